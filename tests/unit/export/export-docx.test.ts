import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReportsDocx } from '../../../src/main/services/export';
import { batch, checkedReport, failedReason, generatedAt, messages } from './sample-reports';

/** The document body's visible text, paragraph by paragraph. */
async function documentText(buffer: Buffer): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml missing');
  const text = xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    )
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { xml, text };
}

describe('exportReportsDocx', () => {
  it('writes the cover, each report and the failed ones', async () => {
    const buffer = await exportReportsDocx(batch, { generatedAt, reviewer: '李科长' });
    const { xml, text } = await documentText(buffer);

    expect(text).toContain('政府信息公开工作年度报告审查意见');
    expect(text).toContain('2024年3月5日');
    expect(text).toContain('李科长');
    expect(text).toContain('3 份（其中导入失败 1 份）');
    // Batch overview and the failed report with its reason.
    expect(text).toContain('审查概况');
    expect(text).toContain('导入失败');
    expect(text).toContain(failedReason);

    expect(text).toContain('芝罘区行政审批服务局 2020 年度报告');
    expect(text).toContain('老城区商务和工业信息化局 2021 年度报告');
    expect(text).toContain('2019 版');
    expect(text).toContain('2021年2月3日');
    expect(text).toContain(messages.balance);
    expect(text).toContain('确认问题');
    expect(text).toContain('待复核');
    expect(text).toContain('不是问题');
    expect(text).toContain(`${messages.reviewerNote}（审查人添加）`);
    // Cells named in the form's own words.
    expect(text).toContain('表三 （七）总计 · 自然人列');

    // The correction, original then corrected value, in the corrections table.
    const corrections = text.slice(text.indexOf('二、单元格更正记录'));
    expect(corrections).toMatch(/表三 （一）予以公开 · 总计列\n17\n71\n张审查/);

    // Dismissed findings are greyed, report sections are landscape A4, text is in 宋体.
    expect(xml).toContain('w:fill="EDEDED"');
    expect(xml).toContain('w:orient="landscape"');
    const zip = await JSZip.loadAsync(buffer);
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:eastAsia="SimSun"');
  });

  it('puts a single report under a title block, without cover page or overview', async () => {
    const { xml, text } = await documentText(await exportReportsDocx([checkedReport], { generatedAt }));
    expect(text).not.toContain('审查概况');
    expect(text).not.toContain('报告数量');
    // Without a named reviewer, the people who reviewed are listed.
    expect(text).toContain('审查人：张审查');
    expect(text).toContain(messages.resultSum);
    expect(xml.match(/<w:sectPr/g)).toHaveLength(1);
  });
});
