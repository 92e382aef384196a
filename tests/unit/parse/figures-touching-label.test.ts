// A web page or Word file whose tables were flattened into paragraphs, each row's label followed by its
// figures kept apart by spaces, except the first figure, which touches the label ("总计1 0 0 0 1 …").
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/main/extract/html/read-html';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { ExtractedReport } from '../../../src/shared/report';
import { cellValuesUnder } from './parse-text';

const ZEROS = '0 0 0 0 0 0 0';

async function flattenedPage(appealsRow: string, normativeDocs: string): Promise<ExtractedReport> {
  const paragraphs = [
    '某县商务局2023年政府信息公开工作年度报告',
    '一、总体情况',
    '2023年，我局认真贯彻《条例》，依法公开政府信息。',
    '二、主动公开政府信息情况',
    '第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 0 0 0',
    normativeDocs,
    '第二十条第（五）项 信息内容 本年处理决定数量',
    '行政许可 5',
    '三、收到和处理政府信息公开申请情况',
    `一、本年新收政府信息公开申请数量 2 3 0 0 0 0 0 2 3 二、上年结转政府信息公开申请数量 ${ZEROS}`,
    `三、本年度办理结果 （一）予以公开 2 3 0 0 0 0 0 2 3 （七）总计 2 3 0 0 0 0 0 2 3 四、结转下年度继续办理 ${ZEROS}`,
    '四、政府信息公开行政复议、行政诉讼情况',
    `行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 ${appealsRow}`,
    '五、存在的主要问题及改进情况',
    '一是公开不够及时。',
    '六、其他需要报告的事项',
    '无。',
  ];
  const html = `<html><body>${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</body></html>`;
  const read = await readHtml(new TextEncoder().encode(html));
  if (!read.ok) throw new Error(read.message);
  return parseReport(read.document);
}

describe('a figure touching its label in a flattened paragraph', () => {
  it('reads table 四’s fifteen figures when the first touches 总计', async () => {
    const report = await flattenedPage('总计1 0 0 0 1 0 0 0 0 0 0 0 0 0 2', '行政规范性文件 3 1 2');
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(9).fill(0), 2]);
    expect(report.cells['appeals.review.upheld']).toMatchObject({ raw: '1' });
    expect(cellValuesUnder(report, 'active.normativeDocs.')).toEqual([3, 1, 2]);
  });

  it('reads a table 二 row whose first figure touches its label', async () => {
    const report = await flattenedPage('总计 1 0 0 0 1 0 0 0 0 0 0 0 0 0 2', '行政规范性文件3 1 2');
    expect(cellValuesUnder(report, 'active.normativeDocs.')).toEqual([3, 1, 2]);
  });
});
