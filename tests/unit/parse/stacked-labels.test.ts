// Labels stacked above their figures, as Markdown conversions of PDF tables write them: the labels of
// several rows one after another, then one full line of figures for each, in the same order.
import { describe, expect, it } from 'vitest';
import type { ExtractedReport } from '../../../src/shared/report';
import { parseText } from './parse-text';

const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'];
const valuesOf = (report: ExtractedReport, row: string) =>
  columns.map((column) => report.cells[`requests.${row}.${column}`]?.value);
const figures = (first: number) => `| ${first} | 0 | 0 | 0 | 0 | 0 | ${first} |`;
const table = (...lines: string[]) =>
  [
    '三、收到和处理政府信息公开申请情况',
    '| 一、本年新收政府信息公开申请数量 | 20 | 0 | 0 | 0 | 0 | 0 | 20 |',
    '| （一）予以公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |',
    '| 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ...lines,
    '| （七）总计 | 20 | 0 | 0 | 0 | 0 | 0 | 20 |',
  ].join('\n');

describe('labels stacked above their figures', () => {
  it('gives each label the line of figures in its place, a group label merged into the first one', async () => {
    const report = await parseText(
      table(
        '（四）无2.没有现成信息需要另',
        '法提供行制作',
        '3.补正后申请内容仍不',
        '明确',
        figures(6),
        figures(0),
      ),
    );
    expect(valuesOf(report, 'unavailable.needsCreation')).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(valuesOf(report, 'unavailable.unclear')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.cells['requests.unavailable.unclear.total']?.raw).toBe('0');
  });

  it('places a label by its numbered first line when its words stand on the next, past a vertical group label', async () => {
    const report = await parseText(
      table(
        '（五）不',
        '予处理4.无正当理由大量反复',
        '申请',
        '5.要求行政机关确认或',
        '重新出具已获取信息',
        figures(3),
        figures(5),
      ),
    );
    expect(valuesOf(report, 'rejected.excessive')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(valuesOf(report, 'rejected.confirmation')).toEqual([5, 0, 0, 0, 0, 0, 5]);
  });

  it('keeps a blank cell of a line of figures blank', async () => {
    const report = await parseText(
      table(
        '（四）无2.没有现成信息需要另',
        '法提供行制作',
        '3.补正后申请内容仍不',
        '明确',
        '| 6 |  | 0 | 0 | 0 | 0 | 6 |',
        figures(0),
      ),
    );
    expect(valuesOf(report, 'unavailable.needsCreation')).toEqual([6, null, 0, 0, 0, 0, 6]);
    expect(valuesOf(report, 'unavailable.unclear')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives a row numbered otherwise that stands among the stacked labels none of their figures', async () => {
    const report = await parseText(
      [
        '三、收到和处理政府信息公开申请情况',
        '| 一、本年新收政府信息公开申请数量 | 20 | 0 | 0 | 0 | 0 | 0 | 20 |',
        '3.补正后申请内容仍不',
        '明确',
        '4.无正当理由大量反复',
        '申请',
        '（七）总计',
        figures(6),
        figures(0),
      ].join('\n'),
    );
    expect(valuesOf(report, 'unavailable.unclear')).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(valuesOf(report, 'rejected.excessive')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(valuesOf(report, 'total')).toEqual([null, null, null, null, null, null, null]);
  });

  it('places nothing by order when a line of figures is not a full row', async () => {
    const report = await parseText(
      table(
        '（四）无2.没有现成信息需要另',
        '法提供行制作',
        '3.补正后申请内容仍不',
        '明确',
        '| 6 | 0 | 0 | 0 | 0 | 6 |',
        figures(0),
      ),
    );
    expect(valuesOf(report, 'unavailable.needsCreation')).toEqual([null, null, null, null, null, null, null]);
  });

  it('places nothing by order when the labels and the lines of figures differ in number', async () => {
    const report = await parseText(
      table(
        '（四）无2.没有现成信息需要另',
        '法提供行制作',
        '3.补正后申请内容仍不',
        '明确',
        figures(6),
        figures(0),
        figures(7),
      ),
    );
    expect(valuesOf(report, 'unavailable.needsCreation')).toEqual([null, null, null, null, null, null, null]);
  });
});
