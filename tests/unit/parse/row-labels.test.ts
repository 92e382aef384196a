// Which text is a row's label: a short text holding the row's words (prose that happens to hold them is
// not), on a scan also a label with one character misread; and what becomes of a line whose label
// names no row. What the reviewer sees: each cell's value and where it was found, and the notes.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { ExtractedReport } from '../../../src/shared/report';
import { pageReport, textReport, type Line } from './report-documents';

const newRow = ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'];
const requestColumns = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'];
const valuesOf = (report: ExtractedReport, table: string, row: string, columns: string[]) =>
  columns.map((column) => report.cells[`${table}.${row}.${column}`]?.value);
const activeColumns = ['issued', 'repealed', 'inForce'];
const textCopy = (lines: Line[]) => textReport(lines, 'txt');
const scan = (lines: Line[]) => pageReport(lines, { confidence: 0.93 });

describe('prose that holds a row’s words', () => {
  it('is not the row’s label, even when the row itself holds no figure', () => {
    const intro =
      '本年度本机关未制发规章，现行有效规章为零；制发行政规范性文件3件，现行有效18件，均已在区政府门户网站政策文件专栏集中公开，并同步公开政策解读材料。';
    const report = parseReport(
      textCopy([
        ['二、主动公开政府信息情况'],
        [intro],
        ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        ['规章', '-', '-', '-'],
        ['行政规范性文件', '3', '0', '18'],
        ['三、收到和处理政府信息公开申请情况'],
        newRow,
      ]),
    );
    expect(valuesOf(report, 'active', 'rules', activeColumns)).toEqual([null, null, null]);
    // Each blank cell is the row's own mark, found where it stands, not the paragraph.
    for (const column of activeColumns) {
      const cell = report.cells[`active.rules.${column}`]!;
      expect(cell.raw).toBe('-');
      expect(cell.source?.kind === 'text' ? report.text.slice(cell.source.start, cell.source.end) : '').toBe('-');
    }
    expect(valuesOf(report, 'active', 'normativeDocs', activeColumns)).toEqual([3, 0, 18]);
    expect(report.findings).toEqual([]);
  });
});

describe('a typed label with a character wrong', () => {
  it('is not taken for a misreading by OCR: its figures are placed by the form’s order of rows, with a note', () => {
    const labels = ['5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法量卷', '8.属于行政查询事项'];
    const report = parseReport(
      textCopy([
        ['三、收到和处理政府信息公开申请情况'],
        newRow,
        ...labels.map((label) => [label, label.startsWith('7') ? '2' : '0', '0', '0', '0', '0', '0', label.startsWith('7') ? '2' : '0']),
      ]),
    );
    expect(valuesOf(report, 'requests', 'denied.enforcementFile', requestColumns)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(report.findings.map((finding) => [finding.rule, finding.message])).toEqual([
      [
        'structure.inferred',
        '表三 （三）不予公开7.属于行政执法案卷：原件中未能识别行标签，已按法定格式的行序推定其数值，请对照原件核实',
      ],
    ]);
  });
});

describe('table 二 on a scanned page', () => {
  it('reads each row from its own line', () => {
    const report = parseReport(
      scan([
        ['二、主动公开政府信息情况'],
        { row: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'] },
        { row: ['规章', '1', '0', '2'] },
        { row: ['行政规范性文件', '3', '0', '18'] },
        { row: ['信息内容', '本年处理决定数量'] },
        { row: ['行政许可', '5'] },
        { row: ['行政处罚', '7'] },
        ['三、收到和处理政府信息公开申请情况'],
        { row: newRow },
      ]),
    );
    expect(valuesOf(report, 'active', 'rules', activeColumns)).toEqual([1, 0, 2]);
    expect(valuesOf(report, 'active', 'normativeDocs', activeColumns)).toEqual([3, 0, 18]);
    expect(report.cells['active.licensing.decisions']?.value).toBe(5);
    expect(report.cells['active.penalty.decisions']?.value).toBe(7);
  });
});

describe('a label on a scanned page with one character misread', () => {
  it('is the row’s label: its figures are read with no note', () => {
    const report = parseReport(
      scan([
        ['三、收到和处理政府信息公开申请情况'],
        { row: newRow },
        { row: ['（一）予以公开', '2', '0', '0', '0', '0', '1', '3'] },
        { row: ['', '', '（二）部分公幵', '1', '0', '0', '0', '0', '0', '1'] },
        { row: ['', '', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'] },
      ]),
    );
    expect(valuesOf(report, 'requests', 'partial', requestColumns)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.findings).toEqual([]);
  });
});

describe('a line of a scanned table whose label OCR could not read', () => {
  it('gets its figures by the form’s order of rows, with a note, when the merged cells on its left are empty', () => {
    const report = parseReport(
      scan([
        ['三、收到和处理政府信息公开申请情况'],
        { row: newRow },
        { row: ['（一）予以公开', '2', '0', '0', '0', '0', '1', '3'] },
        { row: ['', '', '（二）剖分公廾', '1', '0', '0', '0', '0', '0', '1'] },
        { row: ['', '', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'] },
      ]),
    );
    expect(valuesOf(report, 'requests', 'partial', requestColumns)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.cells['requests.partial.total']).toMatchObject({
      raw: '1',
      reading: { kind: 'ocr', confidence: 0.93, uncertain: false },
    });
    expect(report.findings.map((finding) => [finding.rule, finding.message])).toEqual([
      [
        'structure.inferred',
        '表三 （二）部分公开：原件中未能识别行标签，已按法定格式的行序推定其数值，请对照原件核实',
      ],
    ]);
  });
});
