// Where a text copy whose cells ran together is cut into lines, and which of its lines are taken as the
// rows of tables 二 and 三: the bounds of each cut and of each table, the labels of the rows 3.其他 and
// （七）总计, and the longest figure a split may hold.
import { describe, expect, it } from 'vitest';
import type { ExtractedReport } from '../../../src/shared/report';
import { parseText } from './parse-text';

const ZEROS = '0000000';
const TITLE = '某县商务局2023年政府信息公开工作年度报告';
const TABLE2 =
  '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件3 1 2其他主动公开文件7 0 12第二十条第（五）项信息内容本年处理决定数量行政许可5第二十条第（六）项信息内容本年处理决定数量行政处罚12行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0';
const TABLE3 = `一、本年新收政府信息公开申请数量230000023二、上年结转政府信息公开申请数量${ZEROS}三、本年度办理结果（一）予以公开230000023（二）部分公开${ZEROS}（七）总计230000023四、结转下年度继续办理${ZEROS}`;
const TABLE4 = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计100010000000000';

/** The whole report on one line, as a portal's text copy gives it. */
const oneLine = (overview: string): string =>
  [
    TITLE,
    `一、总体情况${overview}`,
    `二、主动公开政府信息情况${TABLE2}`,
    `三、收到和处理政府信息公开申请情况${TABLE3}`,
    `四、政府信息公开行政复议、行政诉讼情况${TABLE4}`,
    '五、存在的主要问题及改进情况一是2023年公开不够及时。六、其他需要报告的事项无。',
    '某县商务局2024年1月20日',
  ].join('');

const values = (report: ExtractedReport, prefix: string): (number | null)[] =>
  Object.entries(report.cells)
    .filter(([id]) => id.startsWith(prefix))
    .map(([, cell]) => cell.value);

describe('a report on one line, cut into lines', () => {
  it('keeps the sections after the tables whole when 总体情况 speaks of 本年新收 applications', async () => {
    const report = await parseText(oneLine('2023年，我局本年新收政府信息公开申请23件，均已按时答复。'));
    // Table 二's rows end at their last figure; the text after table 二 is not cut at its figures.
    expect(values(report, 'active.normativeDocs.')).toEqual([3, 1, 2]);
    expect(report.sections.map((section) => section.text).slice(4)).toEqual(['一是2023年公开不够及时。', '无。\n某县商务局\n2024年1月20日']);
    expect(report.signedDate).toBe('2024-01-20');
  });
});
