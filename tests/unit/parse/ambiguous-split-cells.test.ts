// Figures run together that split more than one way: the reviewer sees the row's cells as 无法识别
// (never 漏填), each holding the digits as written and the note naming the candidates, and one warning.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { parseText } from './parse-text';

/** A 2021 report copied from a portal as one line, with table 四's figures run together as `appeals`. */
const flattened = (appeals: string): string =>
  [
    '某县商务局2023年政府信息公开工作年度报告',
    '一、总体情况2023年，我局依法公开政府信息。',
    '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件3 1 2',
    '三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量0000000二、上年结转政府信息公开申请数量0000000',
    `四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计${appeals}`,
    '五、存在的主要问题及改进情况一是公开不够及时。六、其他需要报告的事项无。',
  ].join('');

describe('a run of digits with several splits', () => {
  it('leaves each cell of the row unreadable, holding the digits and the note, under one warning', async () => {
    // 10│1│0│0│11 and 1│0│10│0│11 are both "1010011".
    const digits = `1010011${'0'.repeat(10)}`;
    const report = await parseText(flattened(digits));
    const warnings = report.findings.filter((finding) => finding.rule === 'structure.unplaced');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.cells).toHaveLength(15);
    for (const id of warnings[0]!.cells) {
      expect(report.cells[id], id).toMatchObject({ value: null, raw: digits, reading: { kind: 'unreadable', note: warnings[0]!.message } });
    }
    const blank = checkReport(report).filter((finding) => finding.rule === 'cells.blank');
    expect(blank.flatMap((finding) => finding.cells).filter((id) => id.startsWith('appeals.'))).toEqual([]);
  });
});
