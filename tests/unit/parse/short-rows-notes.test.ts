// The notes a reviewer reads when rows of table 三 came out with fewer figures than columns: one note for
// rows short alike (the first three named, then how many), saying which columns got a figure.
import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text';

const LABELS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开'];

/** A 2021 report copied as tab-separated text; the rows in `short` keep only their first and last figure. */
function copy(short: string[]): string {
  const row = (label: string) => [label, ...(short.includes(label) ? ['1', '1'] : ['1', '0', '0', '0', '0', '0', '1'])].join('\t');
  return [
    '某县商务局2023年政府信息公开工作年度报告',
    '二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t0\t0',
    '信息内容\t本年收费金额（单位：万元）',
    '行政事业性收费\t0',
    '三、收到和处理政府信息公开申请情况',
    ...LABELS.map(row),
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
}

describe('notes on short rows', () => {
  it('names the first three of more than three rows short alike, and how many there are', async () => {
    const report = await parseText(copy(LABELS.slice(2)));
    expect(report.findings.filter((finding) => finding.rule === 'structure.unplaced').map((finding) => finding.message)).toEqual([
      '表三 （一）予以公开、（二）部分公开、1.属于国家秘密等 4 行：每行只找到 2 个数，少于 7 列；已按首尾放入自然人、总计列，商业企业、科研机构、社会公益组织、法律服务机构、其他列无法确定对应的数值，请对照原件核实（可在审查中更正）',
    ]);
    expect(report.cells['requests.denied.prohibited.total']?.value).toBe(1);
  });

  it('names a single short row with its group, and the columns its two figures went to', async () => {
    const report = await parseText(copy(['1.属于国家秘密']));
    expect(report.findings.filter((finding) => finding.rule === 'structure.unplaced').map((finding) => finding.message)).toEqual([
      '表三 （三）不予公开1.属于国家秘密：只找到 2 个数，少于 7 列；已按首尾放入自然人、总计列，商业企业、科研机构、社会公益组织、法律服务机构、其他列无法确定对应的数值，请对照原件核实（可在审查中更正）',
    ]);
  });
});
