// The report's structure as the parser reads it: which lines are the six section headings, which
// format the tables follow, and which lines of a saved portal page are the site's and not the report's.
import { describe, expect, it } from 'vitest';
import { withoutChrome } from '../../../src/main/domain/parse/chrome';
import { detectTemplate } from '../../../src/main/domain/parse/detect-template';
import { buildSections, findHeadings, headingOf } from '../../../src/main/domain/parse/sections';
import type { SourceDocument } from '../../../src/shared/document';

describe('headingOf', () => {
  it('reads the six statutory headings and their common variants', () => {
    const headings: [string, number][] = [
      ['一、总体情况', 1],
      ['一.总体情况', 1],
      ['一：概述', 1],
      ['## 一、基本情况', 1],
      ['第二部分、主动公开政府信息情况', 2],
      ['二、主动公开', 2],
      ['三、收到和处理政府信息公开申请的情况', 3],
      ['三、依申请公开情况', 3],
      ['四、政府信息公开行政复议、行政诉讼情况', 4],
      ['四、行政诉讼情况', 4],
      ['五、存在的主要问题及改进情况', 5],
      ['五、存在问题及整改措施', 5],
      ['六、其他需要报告的事项', 6],
      ['六、其他事项', 6],
      // A numbering that restarts: the title decides.
      ['三、总体情况', 1],
    ];
    for (const [text, number] of headings) expect(headingOf(text)?.number, text).toBe(number);
    expect(headingOf('## 一、总体情况')?.title).toBe('一、总体情况');
    expect(headingOf('一：概述')?.title).toBe('一:概述');
  });

  it('does not take table rows, sub-items, other numbers or long lines for headings', () => {
    for (const text of [
      '四、结转下年度继续办理',
      '四、结转下年度继续办理 3',
      '一、本年新收政府信息公开申请数量',
      '（一）总体情况',
      '七、其他',
      '二、行政复议',
      `一、总体情况${'说明'.repeat(20)}`,
      '总体情况',
    ])
      expect(headingOf(text), text).toBeNull();
  });
});

const lines = (...texts: string[]): SourceDocument => ({
  format: 'txt',
  lines: texts.map((text, i) => ({
    cells: [{ text, source: { kind: 'text', start: i * 100, end: i * 100 + text.length } }],
  })),
});

describe('findHeadings and buildSections', () => {
  it('keeps the first heading of each number in increasing order, and each section’s text up to the next', () => {
    const document = lines(
      '某局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '2023年，我局依法公开。',
      '',
      '二、主动公开政府信息情况',
      '见下表。',
      '一、总体情况',
      '五、存在的主要问题及改进情况',
      '一是……',
      '二是……',
    );
    const headings = findHeadings(document);
    expect(headings).toEqual([
      { number: 1, line: 1, title: '一、总体情况' },
      { number: 2, line: 4, title: '二、主动公开政府信息情况' },
      { number: 5, line: 7, title: '五、存在的主要问题及改进情况' },
    ]);
    expect(buildSections(document, headings)).toEqual([
      {
        number: 1,
        title: '一、总体情况',
        text: '2023年，我局依法公开。',
        source: { kind: 'text', start: 100, end: 106 },
      },
      {
        number: 2,
        title: '二、主动公开政府信息情况',
        text: '见下表。\n一、总体情况',
        source: { kind: 'text', start: 400, end: 412 },
      },
      {
        number: 5,
        title: '五、存在的主要问题及改进情况',
        text: '一是……\n二是……',
        source: { kind: 'text', start: 700, end: 714 },
      },
    ]);
  });

  it('ignores headings inside table rows and lines of several cells', () => {
    const document: SourceDocument = {
      format: 'docx',
      lines: [
        {
          cells: [{ text: '一、总体情况', source: { kind: 'element', path: 'p[1]' } }],
          table: { index: 0, row: 0 },
        },
        {
          cells: ['二、主动公开政府信息情况', '3'].map((text) => ({
            text,
            source: { kind: 'element' as const, path: 'p[2]' },
          })),
        },
        {
          cells: [{ text: '三、收到和处理政府信息公开申请情况', source: { kind: 'element', path: 'p[3]' } }],
        },
      ],
    };
    expect(findHeadings(document).map((heading) => heading.number)).toEqual([3]);
  });
});

describe('detectTemplate', () => {
  it('counts each format’s markers; the year breaks a tie', () => {
    expect(detectTemplate('本年新制作数量|对外公开总数量|本年制发件数', 2022)).toBe('2019');
    expect(detectTemplate('本年新制作数量|本年制发件数|现行有效件数', 2020)).toBe('2021');
    expect(detectTemplate('本年新制作数量|本年制发件数', 2021)).toBe('2021');
    expect(detectTemplate('本年新制作数量|本年制发件数', 2020)).toBe('2019');
    expect(detectTemplate('本年新制作数量|本年制发件数', null)).toBe('2019');
    expect(detectTemplate('本年制发件数', null)).toBe('2021');
    expect(detectTemplate('第二十条第(九)项|政府集中采购', 2023)).toBe('2019');
    expect(detectTemplate('逾期不补正|缴纳费用', 2020)).toBe('2021');
  });

  it('finds no format in text without the tables', () => {
    expect(detectTemplate('', 2021)).toBeNull();
    expect(detectTemplate('总体情况|主动公开', 2021)).toBeNull();
  });
});

describe('withoutChrome', () => {
  it('blanks the site’s lines and keeps the report’s, line for line', () => {
    const page = [
      '首页 > 政务公开 > 年度报告',
      '当前位置：首页',
      '今天是：2024年5月1日',
      '某局2023年政府信息公开工作年度报告',
      '来源：某局 时间：2024-01-15 【字体：大 中 小】',
      '正文',
      '上一篇：某局2022年报告',
      '【打印本页】【关闭窗口】',
      '网站地图 | 联系我们',
      '主办单位：某县人民政府',
      '网站标识码 3213220001 京ICP备123号 公网安备 3213',
      '版权所有 © 2024',
      'Copyright (c) 2024',
      '建议使用1920*1080分辨率浏览',
    ];
    expect(withoutChrome(page)).toEqual([
      '',
      '',
      '',
      '某局2023年政府信息公开工作年度报告',
      '来源：某局 时间：2024-01-15 【字体：大 中 小】',
      '正文',
      ...Array<string>(8).fill(''),
    ]);
  });

  it('drops everything from a list of related articles on', () => {
    expect(withoutChrome(['正文', '相关文章：', '某局2022年报告', '2023-01-20'])).toEqual([
      '正文',
      '',
      '',
      '',
    ]);
    expect(withoutChrome(['正文', '相关链接 某网站'])).toEqual(['正文', '相关链接 某网站']);
    expect(withoutChrome(['首页', '首页新闻很多'])).toEqual(['', '首页新闻很多']);
  });
});
