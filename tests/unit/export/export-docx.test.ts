import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReportsDocx } from '../../../src/main/services/export';
import { docxText } from './read-back';
import { batch, checkedReport, cleanReport, failedReason, generatedAt, messages } from './sample-reports';

/** The text from a heading (a paragraph of its own) to the next given heading, or to the end. */
const between = (text: string, from: string, to?: string): string => {
  const start = text.indexOf(`\n${from}\n`);
  if (start < 0) throw new Error(`${from} missing`);
  const end = to === undefined ? -1 : text.indexOf(`\n${to}\n`, start + 1);
  return end < 0 ? text.slice(start) : text.slice(start, end);
};

describe('exportReportsDocx', () => {
  it('writes the cover, the overview, each report and the failed ones', async () => {
    const buffer = await exportReportsDocx(batch, { generatedAt, reviewer: '李科长' });
    const { xml, text } = await docxText(buffer);

    expect(text).toContain('政府信息公开工作年度报告审查意见');
    expect(text).toContain('生成日期：2024年3月5日');
    expect(text).toContain('李科长');
    expect(text).toContain('审查范围：单位 3 个，2020—2021 年度，报告 3 份（其中导入失败 1 份）');
    // Five findings standing: by severity and by review state; the one a correction resolved counted apart.
    expect(text).toContain(
      '共发现问题 5 项，其中错误 2 项、警告 2 项、提示 1 项；经复核确认问题 1 项，认定不是问题 1 项，标记待复核 1 项，未处理 2 项。另有 1 项已消除。',
    );
    // The second report is not marked 审查完毕: the cover says so, by name.
    expect(text).toContain('注意：1 份报告尚未标记“审查完毕”：老城区商务和工业信息化局 2021 年度报告');
    expect(text).not.toContain('尚待复核');

    // Overview: one row per report, open findings by severity (the dismissed warning is not one), then all by state.
    const overview = between(text, '审查概况', '未能审查的报告');
    expect(overview).toContain(
      '序号\n单位\n年度\n格式\n错误\n警告\n提示\n确认\n问题\n不是\n问题\n待复核\n未处理\n结论',
    );
    expect(overview).toContain('1\n芝罘区行政审批服务局\n2020\n2019 版\n2\n0\n1\n1\n1\n1\n1\n存在问题');
    expect(overview).toContain(
      '2\n老城区商务和工业信息化局\n2021\n2021 版\n0\n1\n0\n0\n0\n0\n1\n尚未审查完毕',
    );
    expect(overview).toContain('3\n扫描件.pdf\n—\n未识别\n—');
    expect(between(text, '未能审查的报告', '芝罘区行政审批服务局 2020 年度报告')).toContain(failedReason);

    // A report: metadata with the original's hash, then its findings.
    const first = between(
      text,
      '芝罘区行政审批服务局 2020 年度报告',
      '老城区商务和工业信息化局 2021 年度报告',
    );
    expect(first).toContain('单位：芝罘区行政审批服务局　　年度：2020 年度');
    expect(first).toContain(`文件：${checkedReport.summary.fileName}`);
    expect(first).toContain(`SHA-256：${checkedReport.summary.id}`);
    expect(first).toContain('格式：2019 版　　发布日期：2021年2月3日');
    const standing = between(first, '一、发现的问题', '二、经复核认定不是问题的条目');
    expect(standing).toContain(messages.balance);
    expect(standing).toContain('1 + 0 ≠ 0 + 0');
    expect(standing).toContain('表三 （七）总计 · 自然人列');
    expect(standing).toContain('确认问题\n总计行填报错误，请单位更正\n张审查\n2024-03-02');
    expect(standing).toContain(`${messages.reviewerNote}（审查人添加）`);
    expect(standing).toContain('确认问题\n（该问题已消除）');
    // Exact states in 审查结论: the untouched finding is 未处理, the reviewer's 待复核 is 待复核.
    expect(standing).toMatch(new RegExp(`${messages.resultSum}[^]*?0 ≠ 1\\n表三 （七）总计 · 自然人列\\n未处理\\n`));
    expect(standing).toMatch(/审查人添加[^]*?待复核\n\n张审查/);
    // The 规则 column names what happened; no internal id anywhere in the report.
    expect(standing).toContain('\n表三总量不平衡\n');
    expect(text).not.toMatch(/requests\.|reviewer\.note|publication\.deadline|cells\.blank/);
    expect(first).toContain('审查状态：审查完毕（张审查，2024-03-02');
    expect(standing).not.toContain(messages.deadline);
    // The dismissed finding has a list of its own, with the reviewer's reason.
    const dismissed = between(first, '二、经复核认定不是问题的条目', '三、单元格更正记录');
    expect(dismissed).toContain(messages.deadline);
    expect(dismissed).toContain('本级政府汇总报告，期限为3月31日');
    // The correction: original then corrected value.
    expect(between(first, '三、单元格更正记录')).toMatch(/表三 （一）予以公开 · 总计列\n17\n71\n张审查/);

    expect(between(text, '老城区商务和工业信息化局 2021 年度报告')).toContain(messages.fee);
    expect(xml).toContain('w:orient="landscape"');
    const zip = await JSZip.loadAsync(buffer);
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:eastAsia="SimSun"');
  });

  it('leaves dismissed findings out when asked, and says how many', async () => {
    const { text } = await docxText(await exportReportsDocx(batch, { generatedAt, dismissed: 'omit' }));
    expect(text).not.toContain(messages.deadline);
    expect(text).not.toContain('经复核认定不是问题的条目');
    expect(text).toContain('另有 1 项经复核认定不是问题，按导出设置未列出。');
    expect(text).toContain('二、单元格更正记录');
  });

  it('puts a single report under a title block, without cover page or overview', async () => {
    const { xml, text } = await docxText(await exportReportsDocx([checkedReport], { generatedAt }));
    expect(text).not.toContain('审查概况');
    // Without a named reviewer, the people who reviewed are listed.
    expect(text).toContain('审查人：张审查');
    expect(text).toContain(messages.resultSum);
    expect(xml.match(/<w:sectPr/g)).toHaveLength(1);
  });

  it('says nothing of unfinished review once the report is marked 审查完毕', async () => {
    const decided = {
      ...cleanReport,
      findings: cleanReport.findings.map((finding) => ({
        ...finding,
        review: {
          status: 'confirmed' as const,
          comment: '',
          reviewer: '张审查',
          at: '2024-03-02T02:00:00.000Z',
        },
      })),
    };
    const { text } = await docxText(await exportReportsDocx([decided], { generatedAt }));
    expect(text).toContain('注意：1 份报告尚未标记“审查完毕”');
    expect(text).toContain('发现问题 1 项（警告 1）：确认问题 1 项，不是问题 0 项，标记待复核 0 项，未处理 0 项。');
    const marked = { ...decided, summary: { ...decided.summary, completed: { reviewer: '张审查', at: '2024-03-03T01:00:00.000Z' } } };
    const done = (await docxText(await exportReportsDocx([marked], { generatedAt }))).text;
    expect(done).not.toContain('审查完毕”：');
    expect(done).toContain('审查状态：审查完毕（张审查，2024-03-03');
  });
});
