// The region summary as Word and Excel, read back: the totals are the straight sums of the cells, the
// cross-body finding is there, and the charts are real PNG pictures in both files.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../src/main/domain/scoring/index';
import { regionSummary } from '../../../src/main/domain/summary/region-summary';
import { writeSummaryDocx, writeSummaryXlsx } from '../../../src/main/services/export/summary-export';
import { sampleLibrary, sumOf, sumRows } from '../summary/sample-library';
import { docxText, loadWorkbook, sheetOf, sheetRecords } from './read-back';

const details = sampleLibrary();
// The county government's own 2024 report: below the sum of its department's.
const county2024 = details.find(
  (detail) => detail.summary.agency === '沭阳县人民政府' && detail.summary.year === 2024,
)!;
county2024.cells['requests.new.total'] = { value: 0, raw: '0' };
const summary = regionSummary(details, defaultRubric, (rule) => `规则${rule}`);
const options = {
  office: { officeName: '某市政务公开办公室', contactName: '', contactPhone: '', deadlineDays: 15 },
  generatedAt: new Date(2025, 2, 10),
};

async function pngsIn(buffer: Buffer, folder: RegExp): Promise<Buffer[]> {
  const zip = await JSZip.loadAsync(buffer);
  return Promise.all(zip.file(folder).map((file) => file.async('nodebuffer')));
}

describe('region summary export', () => {
  it('Word: totals in words and tables, the cross-body finding, and four charts', async () => {
    const buffer = await writeSummaryDocx(summary, options);
    const { text } = await docxText(buffer);
    expect(text).toContain('政府信息公开工作年度报告汇总分析');
    expect(text).toContain(`本年新收政府信息公开申请 ${sumOf(details, 'requests.new.total')} 件`);
    expect(text).toContain(
      `其中予以公开 ${sumOf(details, 'requests.granted.total')} 件、部分公开 ${sumOf(details, 'requests.partial.total')} 件、不予公开 ${sumRows(details, 'denied.')} 件`,
    );
    expect(text).toContain('注：2 份报告的部分统计单元格为空白或未找到，汇总时按 0 计。');
    const hongze2024 = details.filter(
      (detail) => detail.summary.region === '淮安市洪泽区' && detail.summary.year === 2024,
    );
    expect(text).toContain(`淮安市洪泽区\n2024\n2\n2\n${sumOf(hongze2024, 'requests.new.total')}\n`);
    expect(text).toContain('沭阳县人民政府 2024 年度：与所属 1 个单位的报告之和比较（沭阳县发展和改革局）');
    expect(text).toMatch(/表三 本年新收申请\n0\n\d+\n-\d+\n小于所属单位之和，请核实/);
    const pngs = await pngsIn(buffer, /^word\/media\/.*\.png$/);
    expect(pngs).toHaveLength(4);
    for (const png of pngs) expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('Excel: one sheet per table with the same numbers, and the charts as pictures', async () => {
    const buffer = await writeSummaryXlsx(summary, options);
    const workbook = await loadWorkbook(buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '申请办理',
      '复议诉讼',
      '发布时效',
      '各单位',
      '问题统计',
      '跨单位核对',
      '图表',
    ]);
    const requests = sheetRecords(sheetOf(workbook, '申请办理'));
    expect(requests.reduce((sum, row) => sum + Number(row['本年新收申请']), 0)).toBe(
      sumOf(details, 'requests.new.total'),
    );
    expect(requests.reduce((sum, row) => sum + Number(row['其他处理']), 0)).toBe(sumRows(details, 'other'));
    const appeals = sheetRecords(sheetOf(workbook, '复议诉讼'));
    expect(appeals.reduce((sum, row) => sum + Number(row['复议·总计']), 0)).toBe(
      sumOf(details, 'appeals.review.total'),
    );
    const bodies = sheetRecords(sheetOf(workbook, '各单位'));
    expect(bodies).toHaveLength(8);
    const cross = sheetRecords(sheetOf(workbook, '跨单位核对'));
    expect(
      cross.find(
        (row) =>
          row['本级政府报告'] === '沭阳县人民政府' &&
          row['年度'] === 2024 &&
          row['项目'] === '表三 本年新收申请',
      ),
    ).toMatchObject({
      本级报告: 0,
      结论: '小于所属单位之和，请核实',
    });
    expect(sheetRecords(sheetOf(workbook, '问题统计'))[0]).toMatchObject({
      规则: '规则publication.deadline',
      确认的问题: 2,
    });
    expect(sheetOf(workbook, '图表').getImages()).toHaveLength(4);
    const pngs = await pngsIn(buffer, /^xl\/media\/.*\.png$/);
    expect(pngs).toHaveLength(4);
  });
});
