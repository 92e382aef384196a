// The report's title, body, year and dates as the header of the review shows them, read from the
// lines of a document: titles in their real variants, the body named elsewhere, dates in every style.
import { describe, expect, it } from 'vitest';
import { parseDate, readMetadata } from '../../../src/main/domain/parse/metadata';
import type { SourceDocument } from '../../../src/shared/document';

const doc = (...texts: string[]): SourceDocument => ({
  format: 'txt',
  lines: texts.map((text, i) => ({ cells: [{ text, source: { kind: 'text', start: i, end: i + 1 } }] })),
});
const read = (...texts: string[]) => readMetadata(doc(...texts));
const TITLE = '沭阳县商务局2023年政府信息公开工作年度报告';

describe('parseDate', () => {
  it('reads dates written with dashes, dots, slashes, 年月日 and Chinese numerals', () => {
    expect(parseDate('2024-01-26')).toBe('2024-01-26');
    expect(parseDate('2024.1.5')).toBe('2024-01-05');
    expect(parseDate('2024 / 1 / 5')).toBe('2024-01-05');
    expect(parseDate('落款 2024 年 1 月 6 日')).toBe('2024-01-06');
    expect(parseDate('二〇二四年一月二十六日')).toBe('2024-01-26');
    expect(parseDate('二Ｏ二四年十二月三十一日')).toBe('2024-12-31');
    expect(parseDate('二〇二四年十月十日')).toBe('2024-10-10');
  });

  it('refuses impossible months and days, and goes on to a later date that is possible', () => {
    expect(parseDate('2024年13月1日')).toBeNull();
    expect(parseDate('2024-1-32')).toBeNull();
    expect(parseDate('2024-00-05')).toBeNull();
    expect(parseDate('2024-13-01，即 2024年1月2日')).toBe('2024-01-02');
    expect(parseDate('无日期')).toBeNull();
  });
});

describe('readMetadata: the title', () => {
  it('reads body, year and title from the title line', () => {
    expect(read(TITLE, '一、总体情况', '2023年，我局依法公开。')).toEqual({
      title: TITLE,
      agency: '沭阳县商务局',
      year: 2023,
      date: null,
      signedDate: null,
    });
  });

  it('reads a title naming only a place as its government’s own report', () => {
    expect(read('沭阳县2023年政府信息公开工作年度报告')).toMatchObject({
      agency: '沭阳县人民政府',
      year: 2023,
    });
  });

  it('joins a title broken over two lines', () => {
    expect(read('沭阳县商务局2023年政府信息公开工作', '年度报告')).toMatchObject({
      title: TITLE,
      agency: '沭阳县商务局',
    });
  });

  it('drops the words in front of the body’s name and a Markdown heading mark', () => {
    expect(read('关于沭阳县商务局2023年政府信息公开工作年度报告').agency).toBe('沭阳县商务局');
    expect(read('标题：沭阳县商务局2023年度政府信息公开工作年度报告')).toMatchObject({
      agency: '沭阳县商务局',
      year: 2023,
    });
    expect(read('政务公开 > 沭阳县商务局2023年政府信息公开工作年度报告').agency).toBe('沭阳县商务局');
    expect(read(`## ${TITLE}`)).toMatchObject({ title: TITLE, agency: '沭阳县商务局' });
  });

  it('takes the body from after the year, or from the line above a title that does not name it', () => {
    expect(read('2023年度沭阳县商务局政府信息公开年度报告')).toMatchObject({
      agency: '沭阳县商务局',
      year: 2023,
    });
    expect(read('沭阳县商务局', '', '2023年政府信息公开工作年度报告')).toMatchObject({
      title: '2023年政府信息公开工作年度报告',
      agency: '沭阳县商务局',
    });
  });

  it('does not take a long sentence or a line far down the document for the title', () => {
    const sentence = `${'根据要求'.repeat(10)}${TITLE}`; // 63 characters
    expect(read(sentence).title).toBeNull();
    const late = [...Array<string>(40).fill('正文'), TITLE];
    expect(read(...late).title).toBeNull();
  });

  it('prefers the full name signed under the report to a title that shortens it', () => {
    expect(
      read('县商务局2023年政府信息公开工作年度报告', '正文', '沭阳县商务局', '2024年1月25日'),
    ).toMatchObject({
      agency: '沭阳县商务局',
      date: '2024-01-25',
      signedDate: '2024-01-25',
    });
    // A different body signing is not a fuller name.
    expect(read(TITLE, '正文', '宿迁市商务局', '2024年1月25日').agency).toBe('沭阳县商务局');
  });
});

describe('readMetadata without a title', () => {
  it('finds the title inside a sentence', () => {
    expect(read('现特发布眉山市经济和信息化局2020年政府信息公开工作年度报告。')).toMatchObject({
      title: null,
      agency: '眉山市经济和信息化局',
      year: 2020,
    });
  });

  it('takes the year from the statistical period, else from the opening of the text', () => {
    expect(read('统计期限从2025年1月1日至2025年12月31日').year).toBe(2025);
    expect(read('本报告统计期限为2024年1月1日到12月31日。').year).toBe(2024);
    expect(read('2022年，我局认真贯彻《条例》。').year).toBe(2022);
    expect(read('现将我局2021年度政府信息公开工作情况报告如下。').year).toBe(2021);
    expect(read('正文没有年份。').year).toBeNull();
  });

  it('takes the body from the signature', () => {
    expect(read('正文', '沭阳县商务局', '2024年1月25日')).toMatchObject({
      agency: '沭阳县商务局',
      date: '2024-01-25',
    });
  });
});

describe('readMetadata: dates', () => {
  it('keeps the page’s publication date apart from the signed date', () => {
    expect(
      read(TITLE, '发布时间：2024-01-26 来源：本站', '正文', '沭阳县商务局', '2024年1月25日'),
    ).toMatchObject({
      date: '2024-01-26',
      signedDate: '2024-01-25',
    });
    expect(read(TITLE, '发布日期 2024年2月1日', '正文', '沭阳县商务局', '2024年1月25日')).toMatchObject({
      date: '2024-02-01',
      signedDate: '2024-01-25',
    });
  });

  it('takes 成文日期 as the signed date and a date alone under the title', () => {
    expect(
      read(TITLE, '成文日期：2024-01-20', '这是一段没有日期的正文，说明本年度的工作情况。'),
    ).toMatchObject({
      date: '2024-01-20',
      signedDate: '2024-01-20',
    });
    expect(read(TITLE, '（2024年1月22日）', '这是一段没有日期的正文，说明本年度的工作情况。')).toMatchObject({
      date: '2024-01-22',
      signedDate: '2024-01-22',
    });
  });

  it('does not read a time mentioned in a long sentence as the publication date', () => {
    const sentence = `本年度我局于发布时间：2024-03-01 的网站改版中，${'对政府信息公开专栏进行了全面梳理和更新'.repeat(3)}。`;
    expect(read(TITLE, sentence, '正文', '沭阳县商务局', '2024年1月25日').date).toBe('2024-01-25');
  });
});

describe('readMetadata: dates that are not the report’s', () => {
  it('does not take a visit or print date under the report for its date', () => {
    expect(read(TITLE, '正文', '沭阳县商务局', '2024年1月25日', '访问日期：2024-05-01')).toMatchObject({
      date: '2024-01-25',
      signedDate: '2024-01-25',
    });
    expect(
      read(TITLE, '发布时间：2024-01-20', '正文', '沭阳县商务局', '2024年1月18日', '打印日期：2024-05-01'),
    ).toMatchObject({ date: '2024-01-20', signedDate: '2024-01-18' });
    expect(read(TITLE, '正文', '沭阳县商务局', '2024年1月18日', '更新时间 2024.6.1')).toMatchObject({
      date: '2024-01-18',
      signedDate: '2024-01-18',
    });
  });
});

describe('readMetadata: more titles and bodies', () => {
  const BODY = '这是一段没有日期的正文，说明本年度的工作情况，内容较长。';

  it('reads the other words for the report and a spaced-out 年度报告', () => {
    expect(read('沭阳县商务局2023年政务公开工作年度报告')).toMatchObject({
      agency: '沭阳县商务局',
      year: 2023,
    });
    expect(read('沭阳县商务局2023年度信息公开年 度 报 告')).toMatchObject({
      agency: '沭阳县商务局',
      year: 2023,
    });
  });

  it('takes 街道, 镇 and the government of a 自治县 or 旗 for bodies', () => {
    expect(read('城南街道2023年政府信息公开工作年度报告').agency).toBe('城南街道');
    expect(read('某镇2023年政府信息公开工作年度报告').agency).toBe('某镇');
    expect(read('城步苗族自治县2023年政府信息公开工作年度报告').agency).toBe('城步苗族自治县人民政府');
    expect(read('阿拉善左旗2023年政府信息公开工作年度报告').agency).toBe('阿拉善左旗人民政府');
    expect(read('特发布沭阳县商务局2023年政府信息公开工作年度报告').agency).toBe('沭阳县商务局');
  });

  it('looks up to three lines above a title for the body, its colon dropped', () => {
    expect(read('沭阳县商务局：', '', '', '2023年政府信息公开工作年度报告').agency).toBe('沭阳县商务局');
  });

  it('finds the title published or compiled inside a sentence', () => {
    expect(read('我局依法公布了沭阳县商务局2022年度政府信息公开年度报告。')).toMatchObject({
      title: null,
      agency: '沭阳县商务局',
      year: 2022,
    });
  });

  it('reads the year from other ways of stating the period and the year', () => {
    expect(read('统计期限为2024年1月1日起至2024年12月31日').year).toBe(2024);
    expect(read('统计期限2024年1月1日-12月31日').year).toBe(2024);
    expect(read('本年度，我局……', '2021年度，本局依法……').year).toBe(2021);
    expect(read('2021 年 ， 全县各级行政机关').year).toBe(2021);
  });

  it('reads the publication date under its other labels, and the signed date apart', () => {
    expect(read(TITLE, '公开日期：2024-01-26', BODY)).toMatchObject({ date: '2024-01-26' });
    expect(read(TITLE, '发文日期 2024年1月26日', BODY)).toMatchObject({ date: '2024-01-26' });
    expect(read(TITLE, '成文日期：2024-01-20 日期：2024-01-26', BODY)).toMatchObject({
      date: '2024-01-26',
      signedDate: '2024-01-20',
    });
    expect(read(TITLE, '印发日期：2024-01-20', BODY)).toMatchObject({
      date: '2024-01-20',
      signedDate: '2024-01-20',
    });
  });

  it('takes the signature’s date from the last lines, written out or in Chinese numerals, or beside the body’s name', () => {
    expect(read(TITLE, BODY, '沭阳县商务局2024年1月25日')).toMatchObject({ date: '2024-01-25' });
    expect(read(TITLE, BODY, '二〇二四年一月二十五日')).toMatchObject({ date: '2024-01-25' });
    // A date far above the end is the one under the title.
    expect(read(TITLE, BODY, '2024年1月10日', ...Array<string>(15).fill(BODY))).toMatchObject({
      date: '2024-01-10',
    });
  });

  it('does not take a body named far above the end for the signature', () => {
    expect(
      read('县商务局2023年政府信息公开工作年度报告', BODY, '沭阳县商务局', ...Array<string>(15).fill(BODY))
        .agency,
    ).toBe('县商务局');
  });
});

describe('readMetadata: titles and bodies at the edges', () => {
  const BODY = '这是一段没有日期的正文，说明本年度的工作情况，内容较长，不是落款。';

  it('drops Markdown heading marks with or without a space', () => {
    expect(read(`###${TITLE}`)).toMatchObject({ title: TITLE, agency: '沭阳县商务局' });
    expect(read('## 沭阳县商务局', '', '2023年政府信息公开工作年度报告', ...Array<string>(15).fill(BODY)).agency).toBe('沭阳县商务局');
    expect(read('##沭阳县商务局', '2023年政府信息公开工作年度报告', ...Array<string>(15).fill(BODY)).agency).toBe('沭阳县商务局');
  });

  it('takes the first of two title lines', () => {
    expect(read(TITLE, '沭阳县人民政府2022年政府信息公开工作年度报告')).toMatchObject({ title: TITLE, year: 2023 });
  });

  it('reads a place written with a space, and no body from a title naming neither body nor place', () => {
    expect(read('沭阳 县2023年政府信息公开工作年度报告').agency).toBe('沭阳县人民政府');
    expect(read('沭阳县城管2023年政府信息公开工作年度报告').agency).toBeNull();
  });

  it('takes the body’s name only from the nearest written line within three lines above the title', () => {
    const below = Array<string>(15).fill(BODY);
    const title = '2023年政府信息公开工作年度报告';
    expect(read('沭阳县商务局', title, ...below).agency).toBe('沭阳县商务局');
    expect(read('沭阳县商务局', '', '', title, ...below).agency).toBe('沭阳县商务局');
    expect(read('沭阳县商务局', '', '', '', title, ...below).agency).toBeNull();
    expect(read('沭阳县商务局', '政务公开专栏', title, ...below).agency).toBeNull();
    expect(read(title, '沭阳县商务局', ...below).agency).toBeNull();
    // A sentence ending in a body's suffix is no body.
    expect(read('本报告由沭阳县商务局根据《中华人民共和国政府信息公开条例》的要求编制而成发布单位为县商务局', title, ...below).agency).toBeNull();
  });

  it('looks for a title inside a sentence in the first thirty lines only', () => {
    const prose = '现特发布眉山市经济和信息化局2020年政府信息公开工作年度报告。';
    expect(read(...Array<string>(29).fill(BODY), prose).agency).toBe('眉山市经济和信息化局');
    expect(read(...Array<string>(30).fill(BODY), prose).agency).toBeNull();
  });
});

describe('readMetadata: the year from the text, written with spaces', () => {
  it('reads the statistical period with spaces between its parts', () => {
    expect(read('统计期限为 2024 年 1 月 1 日 起 至 2024 年 12 月 31 日').year).toBe(2024);
    expect(read(...Array<string>(59).fill('正文'), '统计期限为2024年1月1日至12月31日').year).toBe(2024);
    expect(read(...Array<string>(60).fill('正文'), '统计期限为2024年1月1日至12月31日').year).toBeNull();
  });

  it('reads the year of “现将…” and of a report named in a sentence, spaced or not', () => {
    expect(read('现将本机关2021 年政府信息公开工作情况报告如下。').year).toBe(2021);
    expect(read('本机关编写了 2023 年度 政务公开 年度报告。').year).toBe(2023);
    expect(read('本机关编写了2022年政府信息公开工作年度报告。').year).toBe(2022);
    expect(read(...Array<string>(29).fill('正文'), '2021年，我局依法公开。').year).toBe(2021);
    expect(read(...Array<string>(30).fill('正文'), '2021年，我局依法公开。').year).toBeNull();
  });

  it('does not take a year mentioned inside a sentence for the report’s', () => {
    expect(read('截至2022年，全县累计公开政府信息1000条。').year).toBeNull();
  });
});

describe('readMetadata: the signed date at the edges', () => {
  const BODY = '这是一段没有日期的正文，说明本年度的工作情况，内容较长，不是落款。';

  it('finds the signature’s date above blank lines at the end of the copy', () => {
    expect(read(TITLE, ...Array<string>(12).fill(BODY), '沭阳县商务局', '2024年1月25日', ...Array<string>(20).fill('')).signedDate).toBe('2024-01-25');
  });

  it('does not take a date alone in the middle of a long report, nor one inside a closing sentence', () => {
    expect(read(TITLE, ...Array<string>(12).fill(BODY), '2024年1月10日', ...Array<string>(15).fill(BODY)).signedDate).toBeNull();
    expect(read(TITLE, BODY, '本报告已于2024年1月25日经局务会审议通过。').signedDate).toBeNull();
  });
});

describe('readMetadata: the body’s name at its limits', () => {
  const REPORT = '2023年政府信息公开工作年度报告';

  it('keeps 发布 inside a name (only a leading 关于/发布 is the title’s wording)', () => {
    expect(read(`某市新闻发布中心${REPORT}`).agency).toBe('某市新闻发布中心');
  });

  it('takes a name of up to 40 characters, and no one-character name', () => {
    const long = `${'某'.repeat(39)}局`;
    expect(read(`${long}${REPORT}`)).toMatchObject({ agency: long, year: 2023 });
    expect(read(`某${long}${REPORT}`).agency).toBeNull();
    expect(read(`局${REPORT}`).agency).toBeNull();
  });

  it('reads a title of up to 60 characters', () => {
    const title = `${'某'.repeat(60 - REPORT.length - 1)}局${REPORT}`;
    expect(title).toHaveLength(60);
    expect(read(title)).toMatchObject({ title, year: 2023 });
    expect(read(`某${title}`).title).not.toBe(`某${title}`);
  });
});

describe('readMetadata: labels and the signature’s reach', () => {
  const BODY = '这是一段没有日期的正文，说明本年度的工作情况，内容较长，不是落款。';
  const REPORT = '2023年政府信息公开工作年度报告';
  /** A line of a portal's info box or of a table: its cells side by side. */
  const row = (...cells: string[]): SourceDocument['lines'][number] => ({
    cells: cells.map((text, i) => ({ text, source: { kind: 'text', start: i, end: i + 1 } })),
  });

  it('drops an info box’s label written in its own cell, without a colon', () => {
    const document: SourceDocument = { format: 'html', lines: [row('标题', TITLE), row(BODY)] };
    expect(readMetadata(document)).toMatchObject({ title: TITLE, agency: '沭阳县商务局', year: 2023 });
  });

  it('gives the title without the breadcrumb or the label in front of it', () => {
    expect(read(`政务公开 > ${TITLE}`).title).toBe(TITLE);
    expect(read(`名称：${TITLE}`).title).toBe(TITLE);
    expect(read(`文章标题 ： ${TITLE}`).title).toBe(TITLE);
  });

  it('does not take a page’s 来源 line under the report for the body’s name', () => {
    expect(read(TITLE, BODY, '沭阳县商务局', '2024年1月25日', '信息来源：沭阳县商务局').agency).toBe('沭阳县商务局');
    expect(read(BODY, '来源：沭阳县商务局').agency).toBe('沭阳县商务局');
    expect(read('来源：本站', `标题：关于沭阳县商务局${REPORT}`)).toMatchObject({ agency: '沭阳县商务局', year: 2023 });
  });

  it('reads a title naming only a place behind a label or 关于 as its government’s own report', () => {
    expect(read(`标题：沭阳县${REPORT}`).agency).toBe('沭阳县人民政府');
    expect(read(`关于沭阳县${REPORT}`).agency).toBe('沭阳县人民政府');
  });

  it('looks for the signed body in the last fifteen lines', () => {
    expect(read(BODY, '沭阳县商务局', ...Array<string>(14).fill(BODY)).agency).toBe('沭阳县商务局');
    expect(read(BODY, '沭阳县商务局', ...Array<string>(15).fill(BODY)).agency).toBeNull();
  });

  it('takes a signed name of up to 30 characters, and no longer sentence ending like a name', () => {
    const name = `${'某'.repeat(29)}局`;
    expect(read(BODY, name, '2024年1月25日').agency).toBe(name);
    expect(read(BODY, `某${name}`, '2024年1月25日').agency).toBeNull();
    expect(read(BODY, '本报告所列数据的统计口径和最终解释权均归属于沭阳县人民政府办公室', '2024年1月25日').agency).toBeNull();
  });

  it('reads a labelled date on an info line of up to 80 characters', () => {
    const line = (length: number) => `发布时间：2024-01-26 来源：${'某'.repeat(length - 20)}局`;
    expect(line(80)).toHaveLength(80);
    expect(read(TITLE, line(80), BODY).date).toBe('2024-01-26');
    expect(read(TITLE, line(81), BODY).date).toBeNull();
  });
});
