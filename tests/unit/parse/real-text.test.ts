// Real reports converted to Markdown by other tools (../shared/fixtures/real), cell by cell.
import { describe, expect, it } from 'vitest';
import { appealsRow, expectedCells } from './expected-cells';
import { cellValues, textFileParser } from './parse-text';
import { realDir } from '../../shared-data';

const real = (name: string) => `${realDir}/${name}`;

describe('shuyang-county-2025.md: 沭阳县人民政府 2025 (tables as headed Markdown fragments)', async () => {
  const { report, text } = await textFileParser(real('shuyang-county-2025.md'));
  it('reads the metadata as written (OCR slip kept)', () => {
    expect(report()).toMatchObject({
      agency: '沐阳县人民政府',
      year: 2025,
      template: '2021',
      date: '2026-01-23',
    });
  });
  it('reads every cell', () => {
    expect(cellValues(report())).toEqual(
      expectedCells('2021', {
        'active.normativeDocs': [6, 1, 32],
        'active.licensing': [517645],
        'active.penalty': [693957],
        'active.coercion': [2154],
        'active.fees': [4068.208],
        'requests.new': [705, 3, 0, 0, 5, 0, 713],
        'requests.carriedOver': [36, 0, 0, 0, 0, 0, 36],
        'requests.granted': [290, 1, 0, 0, 3, 0, 294],
        'requests.partial': [99, 0, 0, 0, 2, 0, 101],
        'requests.denied.safety': [2, 0, 0, 0, 0, 0, 2],
        'requests.denied.thirdParty': [2, 0, 0, 0, 0, 0, 2],
        'requests.denied.internal': [13, 0, 0, 0, 0, 0, 13],
        'requests.denied.deliberative': [2, 0, 0, 0, 0, 0, 2],
        'requests.denied.enforcementFile': [4, 0, 0, 0, 0, 0, 4],
        'requests.denied.inquiry': [9, 0, 0, 0, 0, 0, 9],
        'requests.unavailable.notHeld': [111, 0, 0, 0, 0, 0, 111],
        'requests.unavailable.needsCreation': [2, 0, 0, 0, 0, 0, 2],
        'requests.rejected.complaint': [12, 0, 0, 0, 0, 0, 12],
        'requests.rejected.duplicate': [6, 1, 0, 0, 0, 0, 7],
        'requests.other.noCorrection': [9, 0, 0, 0, 0, 0, 9],
        'requests.other.unpaidFee': [7, 0, 0, 0, 0, 0, 7],
        'requests.other.other': [142, 1, 0, 0, 0, 0, 143],
        'requests.total': [710, 3, 0, 0, 5, 0, 718],
        'requests.carriedForward': [31, 0, 0, 0, 0, 0, 31],
        ...appealsRow([27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]),
      }),
    );
  });
  it('links a cell to its characters in the file', () => {
    const source = report().cells['requests.new.total']?.source;
    expect(source?.kind).toBe('text');
    if (source?.kind === 'text') expect(text.slice(source.start, source.end)).toBe('713');
  });
  it('raises no structural problem', () => expect(report().findings).toEqual([]));
});

describe('shanghai-office-2025.md: 上海市人民政府办公厅 2025 (cells split over lines, labels lost)', async () => {
  const { report } = await textFileParser(real('shanghai-office-2025.md'));
  it('reads the metadata', () => {
    expect(report()).toMatchObject({ agency: '上海市人民政府办公厅', year: 2025, template: '2021' });
  });
  it('reads table 三 and table 四 cell by cell', () => {
    const values = cellValues(report());
    const requests = Object.fromEntries(Object.entries(values).filter(([id]) => !id.startsWith('active.')));
    const expected = expectedCells('2021', {
      'requests.new': [1259, 36, 0, 0, 0, 0, 1295],
      'requests.carriedOver': [170, 15, 0, 0, 4, 0, 189],
      'requests.granted': [201, 5, 0, 0, 0, 0, 206],
      'requests.partial': [2, 0, 0, 0, 0, 0, 2],
      'requests.denied.stateSecret': [4, 0, 0, 0, 0, 0, 4],
      'requests.denied.safety': [1, 0, 0, 0, 0, 0, 1],
      'requests.denied.internal': [8, 0, 0, 0, 1, 0, 9],
      'requests.denied.deliberative': [1, 0, 0, 0, 0, 0, 1],
      'requests.denied.inquiry': [5, 0, 0, 0, 0, 0, 5],
      'requests.unavailable.notHeld': [484, 28, 0, 0, 1, 0, 513],
      'requests.unavailable.needsCreation': [47, 1, 0, 0, 0, 0, 48],
      'requests.unavailable.unclear': [3, 0, 0, 0, 0, 0, 3],
      'requests.rejected.complaint': [61, 1, 0, 0, 0, 0, 62],
      'requests.rejected.duplicate': [16, 0, 0, 0, 0, 0, 16],
      'requests.rejected.publication': [1, 0, 0, 0, 0, 0, 1],
      'requests.rejected.excessive': [1, 0, 0, 0, 0, 0, 1],
      'requests.other.noCorrection': [40, 1, 0, 0, 2, 0, 43],
      'requests.other.other': [264, 12, 0, 0, 0, 0, 276],
      'requests.total': [1139, 48, 0, 0, 4, 0, 1191],
      'requests.carriedForward': [290, 3, 0, 0, 0, 0, 293],
      ...appealsRow([40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22]),
    });
    expect(requests).toEqual(
      Object.fromEntries(Object.entries(expected).filter(([id]) => !id.startsWith('active.'))),
    );
  });
  it('says which rows were placed by order because their labels were lost', () => {
    const inferred = report().findings.find((f) => f.rule === 'structure.inferred');
    expect(inferred?.cells).toContain('requests.rejected.confirmation.natural');
    expect(inferred?.cells).toContain('requests.other.noCorrection.total');
  });
  it('does not guess table 二 rows that lost a figure', () => {
    expect(report().cells['active.rules.issued']?.value).toBeNull();
    expect(report().findings.find((f) => f.rule === 'structure.unplaced')?.cells).toContain(
      'active.rules.inForce',
    );
    expect(report().cells['active.licensing.decisions']?.value).toBe(0);
    expect(report().cells['active.fees.amount']?.value).toBe(0);
  });
});

describe('shanghai-stcsm-2024.md: 上海市科学技术委员会 2024 (numbering restarts inside the tables)', async () => {
  const { report } = await textFileParser(real('shanghai-stcsm-2024.md'));
  it('reads the metadata', () => {
    expect(report()).toMatchObject({ agency: '上海市科委', year: 2024, template: '2021', date: null });
  });
  it('reads the rows whose labels survived, and table 四', () => {
    const values = cellValues(report());
    const rows = {
      'active.rules': [0, 0, 0],
      'active.normativeDocs': [13, 0, 55],
      'active.licensing': [97],
      'active.penalty': [0],
      'active.coercion': [0],
      'active.fees': [0],
      'requests.new': [32, 2, 0, 0, 0, 0, 34],
      'requests.carriedOver': [2, 0, 0, 0, 0, 0, 2],
      'requests.granted': [9, 0, 0, 0, 0, 0, 9],
      'requests.other.other': [4, 0, 0, 0, 0, 0, 4],
      'requests.total': [33, 2, 0, 0, 0, 0, 35],
      ...appealsRow([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    };
    const expected = expectedCells('2021', rows);
    for (const row of Object.keys(rows)) {
      for (const id of Object.keys(expected).filter((id) => id.startsWith(`${row}.`)))
        expect([id, values[id]]).toEqual([id, expected[id]]);
    }
  });
  it('gives the rows whose labels stand stacked above their figures the figures in the same order', () => {
    // The text says: 无法提供的 10 件 (4 + 6 + 0), 不予处理 0 件, 其他处理 14 件 (10 + 0 + 4).
    const values = cellValues(report());
    const rows = {
      'requests.unavailable.notHeld': [4, 0, 0, 0, 0, 0, 4],
      'requests.unavailable.needsCreation': [6, 0, 0, 0, 0, 0, 6],
      'requests.unavailable.unclear': [0, 0, 0, 0, 0, 0, 0],
      'requests.rejected.excessive': [0, 0, 0, 0, 0, 0, 0],
      'requests.rejected.confirmation': [0, 0, 0, 0, 0, 0, 0],
      'requests.other.noCorrection': [8, 2, 0, 0, 0, 0, 10],
      'requests.other.unpaidFee': [0, 0, 0, 0, 0, 0, 0],
    };
    const expected = expectedCells('2021', rows);
    for (const row of Object.keys(rows)) {
      for (const id of Object.keys(expected).filter((id) => id.startsWith(`${row}.`)))
        expect([id, values[id]]).toEqual([id, expected[id]]);
    }
    // No row is said to be missing; the two whose label was not read are said to be placed by order.
    const findings = report().findings;
    expect(findings.filter((finding) => finding.rule === 'structure.tables')).toEqual([]);
    const inferred = findings.filter((finding) => finding.rule === 'structure.inferred').flatMap((finding) => finding.cells);
    expect(inferred).toContain('requests.unavailable.notHeld.total');
    expect(inferred).toContain('requests.other.unpaidFee.total');
    expect(inferred).not.toContain('requests.unavailable.unclear.total');
  });
  it('keeps the empty 结转下年度 总计 cell blank', () => {
    expect(report().cells['requests.carriedForward.natural']?.value).toBe(1);
    expect(report().cells['requests.carriedForward.total']?.value).toBeNull();
    expect(report().cells['requests.carriedForward.total']?.source).toBeDefined();
  });
});
