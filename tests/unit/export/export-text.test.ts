import { describe, expect, it } from 'vitest';
import { exportReportsCsv, exportReportsMarkdown } from '../../../src/main/services/export';
import { findingHeaders } from '../../../src/main/services/export/labels';
import { csvRecords, markdownTable } from './read-back';
import { batch, checkedReport, failedReason, generatedAt, messages } from './sample-reports';

describe('exportReportsMarkdown', () => {
  it('writes the same summary as the Word file, as text', async () => {
    const markdown = (await exportReportsMarkdown(batch, { generatedAt, reviewer: '李科长' })).toString(
      'utf8',
    );
    expect(markdown.startsWith('# 政府信息公开工作年度报告审查意见\n')).toBe(true);
    expect(markdown).toContain('- 审查人：李科长');
    expect(markdown).toContain('- 审查范围：单位 3 个，2020—2021 年度，报告 3 份（其中导入失败 1 份）');
    expect(markdown).toContain('> 注意：1 份报告尚未标记“审查完毕”：老城区商务和工业信息化局 2021 年度报告');
    expect(markdown).toContain('标记待复核 1 项，未处理 2 项。另有 1 项已消除。');

    expect(markdownTable(markdown, '## 审查概况')).toEqual([
      expect.objectContaining({
        单位: '芝罘区行政审批服务局',
        错误: '2',
        // Its one warning was judged 不是问题: counted there, not as the body's warning (as in the library).
        警告: '0',
        确认问题: '1',
        不是问题: '1',
        待复核: '1',
        未处理: '1',
        结论: '存在问题',
      }),
      expect.objectContaining({
        单位: '老城区商务和工业信息化局',
        警告: '1',
        待复核: '0',
        未处理: '1',
        结论: '尚未审查完毕',
      }),
      expect.objectContaining({ 单位: '扫描件.pdf', 错误: '—', 结论: '导入失败' }),
    ]);
    expect(markdownTable(markdown, '## 未能审查的报告')).toEqual([
      { 文件: '扫描件.pdf', 失败原因: failedReason },
    ]);

    expect(markdown).toContain(`- SHA-256：\`${checkedReport.summary.id}\``);
    expect(markdown).toContain('- 审查状态：审查完毕（张审查，2024-03-02');
    expect(markdown).toContain('- 审查状态：未审查完毕');
    const standing = markdownTable(markdown, '### 发现的问题');
    expect(standing.map((row) => row['问题说明']?.split('\n')[0])).toEqual([
      messages.balance,
      messages.resultSum,
      messages.blank,
      `${messages.reviewerNote}（审查人添加）`,
    ]);
    expect(standing[0]).toMatchObject({
      计算: '1 + 0 ≠ 0 + 0',
      涉及单元格: '表三 一、本年新收政府信息公开申请数量 · 自然人列\n表三 （七）总计 · 自然人列',
      审查结论: '确认问题',
      审查意见: '总计行填报错误，请单位更正',
    });
    // Exact states: untouched is 未处理, 待复核 only when a reviewer chose it; no rule id in the 规则 column.
    expect(standing.map((row) => row['审查结论'])).toEqual([
      '确认问题',
      '未处理',
      '确认问题（该问题已消除）',
      '待复核',
    ]);
    expect(standing.map((row) => row['规则'])).toEqual(['表三总量不平衡', '表三办理结果合计不符', '漏填', '审查人添加']);
    expect(standing[3]?.['问题说明']).toContain('原文：“本年度共收到政府信息公开申请2件”');
    expect(markdownTable(markdown, '### 经复核认定不是问题的条目')).toEqual([
      expect.objectContaining({
        问题说明: `${messages.deadline}\n原文：“2021年2月3日”`,
        认定理由: '本级政府汇总报告，期限为3月31日',
      }),
    ]);
    expect(markdownTable(markdown, '### 单元格更正记录')).toEqual([
      expect.objectContaining({
        单元格: '表三 （一）予以公开 · 总计列',
        原值: '17',
        更正值: '71',
      }),
    ]);
    // The second report's own findings table.
    expect(markdownTable(markdown, '### 发现的问题', 1)).toEqual([
      expect.objectContaining({ 问题说明: messages.fee }),
    ]);
  });

  it('keeps a pipe in a comment inside its table cell', async () => {
    const piped = {
      ...checkedReport,
      findings: checkedReport.findings.map((finding, index) =>
        index === 0 && finding.review
          ? { ...finding, review: { ...finding.review, comment: 'A|B\n第二行' } }
          : finding,
      ),
    };
    const markdown = (await exportReportsMarkdown([piped], { generatedAt })).toString('utf8');
    expect(markdownTable(markdown, '### 发现的问题')[0]?.['审查意见']).toBe('A|B\n第二行');
  });

  it('leaves dismissed findings out when asked', async () => {
    const markdown = (await exportReportsMarkdown(batch, { generatedAt, dismissed: 'omit' })).toString(
      'utf8',
    );
    expect(markdown).not.toContain(messages.deadline);
    expect(markdown).toContain('另有 1 项经复核认定不是问题，按导出设置未列出。');
  });
});

describe('exportReportsCsv', () => {
  it('writes one row per finding, correction and failed file, readable by a CSV parser', async () => {
    const buffer = await exportReportsCsv(batch, { generatedAt });
    expect(buffer.toString('utf8').split('\r\n')[0]).toBe(`\uFEFF${findingHeaders.join(',')}`);
    const records = csvRecords(buffer);
    expect(records).toHaveLength(6 + 1 + 1);
    const balance = records.find((record) => record['问题说明'] === messages.balance);
    expect(balance).toMatchObject({
      单位: '芝罘区行政审批服务局',
      年度: '2020',
      严重程度: '错误',
      规则编号: 'requests.balance',
      涉及单元格: '表三 一、本年新收政府信息公开申请数量 · 自然人列\n表三 （七）总计 · 自然人列',
      审查结论: '确认问题',
      审查意见: '总计行填报错误，请单位更正',
      来源: '检查发现',
    });
    expect(records.find((record) => record['问题说明'] === messages.deadline)?.['审查结论']).toBe('不是问题');
    expect(records.find((record) => record['问题说明'] === messages.resultSum)?.['审查结论']).toBe('未处理');
    expect(records.find((record) => record['问题说明'] === messages.reviewerNote)?.['审查结论']).toBe('待复核');
    expect(records.find((record) => record['问题说明'] === messages.fee)?.['审查结论']).toBe('未处理');
    expect(records.find((record) => record['问题说明'] === messages.blank)?.['审查结论']).toBe(
      '确认问题（该问题已消除）',
    );
    expect(records.find((record) => record['问题说明'] === messages.deadline)?.['规则']).toBe('公布逾期');
    expect(records.find((record) => record['来源'] === '审查人添加')?.['问题说明']).toBe(
      messages.reviewerNote,
    );
    expect(records.find((record) => record['来源'] === '审查人更正')).toMatchObject({
      问题说明: '更正数值：原值 17，更正为 71',
      涉及单元格: '表三 （一）予以公开 · 总计列',
      审查人: '张审查',
    });
    expect(records.find((record) => record['来源'] === '导入失败')).toMatchObject({
      文件: '扫描件.pdf',
      问题说明: failedReason,
    });
  });

  it.each(['=HYPERLINK("x")', "-1+cmd|' /C calc'!A0"])(
    'keeps a comment that looks like a formula as text: %s',
    async (comment) => {
      const risky = {
        ...checkedReport,
        findings: checkedReport.findings.map((finding, index) =>
          index === 0 && finding.review ? { ...finding, review: { ...finding.review, comment } } : finding,
        ),
      };
      const records = csvRecords(await exportReportsCsv([risky], { generatedAt, dismissed: 'omit' }));
      expect(records.find((record) => record['问题说明'] === messages.balance)?.['审查意见']).toBe(
        `'${comment}`,
      );
      expect(records.map((record) => record['问题说明'])).not.toContain(messages.deadline);
    },
  );
});
