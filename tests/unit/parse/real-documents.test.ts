// Real PDFs (made by WPS, ruled tables split over pages, vertical labels) and a saved portal page, cell by cell.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { readDocument } from '../../../src/main/extract/read-document';
import type { SourceDocument } from '../../../src/shared/document';
import type { ExtractedReport } from '../../../src/shared/report';
import { appealsRow, expectedCells } from './expected-cells';
import { cellValues } from './parse-text';
import { realDir } from '../../shared-data';

const real = realDir;
const n = null;

/** The file as read (reading is not what these tests judge). */
async function readFile(name: string): Promise<SourceDocument> {
  const read = await readDocument(name, new Uint8Array(readFileSync(`${real}/${name}`)));
  if (!read.ok) throw new Error(read.message);
  return read.document;
}

/**
 * The parse of a document, made in each test that asks for it: a mutation test's mutant is active in
 * tests only, not while they are collected.
 */
const parserOf = (document: SourceDocument) => (): ExtractedReport => parseReport(document);

/** A table 三 row with figures only in the 自然人 and 总计 columns (the others 0). */
const natural = (value: number) => [value, 0, 0, 0, 0, 0, value];
const zeroRow = [0, 0, 0, 0, 0, 0, 0];

describe('huaian-hongze-2023.pdf', async () => {
  const document = await readFile('huaian-hongze-2023.pdf');
  const report = parserOf(document);
  it('reads the metadata', () => {
    expect(report()).toMatchObject({ agency: '洪泽区人民政府', year: 2023, template: '2021', date: null });
  });
  it('reads every cell, across page breaks and vertical labels', () => {
    expect(cellValues(report())).toEqual(
      expectedCells('2021', {
        'active.normativeDocs': [0, 5, 5],
        'active.licensing': [550],
        'active.penalty': [4119],
        'active.coercion': [195],
        'active.fees': [7730.28],
        'requests.new': natural(21),
        'requests.partial': natural(4),
        'requests.denied.stateSecret': natural(1),
        'requests.denied.deliberative': natural(1),
        'requests.denied.enforcementFile': natural(1),
        'requests.unavailable.notHeld': natural(10),
        'requests.unavailable.needsCreation': natural(3),
        'requests.rejected.complaint': natural(1),
        'requests.other.noCorrection': [n, n, n, n, n, n, n],
        'requests.other.unpaidFee': [n, n, n, n, n, n, n],
        'requests.other.other': [n, n, n, n, n, n, n],
        'requests.total': natural(21),
        ...appealsRow([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]),
      }),
    );
  });
  it('keeps the single （六）其他处理 row and says the 2021 format splits it in three', () => {
    expect(report().extraRows).toEqual([
      expect.objectContaining({ table: 'requests', label: '（六）其他处理', values: zeroRow }),
    ]);
    const finding = report().findings.find((f) => f.rule === 'structure.rows');
    expect(finding?.cells).toContain('requests.other.noCorrection.natural');
    expect(report().cells['requests.other.other.total']?.source).toBeUndefined();
  });
  it('reads the damaged label "2.其他法律行政止公开" as its row', () => {
    expect(report().cells['requests.denied.prohibited.natural']?.source).toBeDefined();
  });
  it('links each cell to a box on its page', () => {
    const source = report().cells['appeals.review.upheld']?.source;
    expect(source?.kind).toBe('pdf');
    if (source?.kind !== 'pdf') return;
    const page = document.pages![source.page - 1]!;
    const [x0, y0, x1, y1] = source.bboxPt;
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(page.widthPt);
    expect(y0).toBeLessThan(y1);
    expect(y1).toBeLessThanOrEqual(page.heightPt);
  });
});

describe('huaian-hongze-2024.pdf', async () => {
  const report = parserOf(await readFile('huaian-hongze-2024.pdf'));
  it('reads the metadata and every cell', () => {
    expect(report()).toMatchObject({ agency: '淮安市洪泽区人民政府', year: 2024, template: '2021' });
    expect(cellValues(report())).toEqual(
      expectedCells('2021', {
        'active.normativeDocs': [3, 0, 8],
        'active.licensing': [9487],
        'active.penalty': [2776],
        'active.coercion': [84],
        'active.fees': [7545],
        'requests.new': natural(95),
        'requests.granted': natural(50),
        'requests.partial': natural(9),
        'requests.denied.safety': natural(1),
        'requests.denied.deliberative': natural(1),
        'requests.denied.enforcementFile': natural(1),
        'requests.unavailable.notHeld': natural(31),
        'requests.unavailable.needsCreation': natural(1),
        'requests.rejected.complaint': natural(1),
        'requests.other.noCorrection': [n, n, n, n, n, n, n],
        'requests.other.unpaidFee': [n, n, n, n, n, n, n],
        'requests.other.other': [n, n, n, n, n, n, n],
        'requests.total': natural(95),
        ...appealsRow([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]),
      }),
    );
    expect(report().findings.map((f) => f.rule)).toEqual(['structure.rows']);
  });
});

describe('huaian-city-2024.pdf', async () => {
  const report = parserOf(await readFile('huaian-city-2024.pdf'));
  it('reads large numbers and money with decimals in every cell', () => {
    expect(report()).toMatchObject({ agency: '淮安市人民政府', year: 2024, template: '2021' });
    expect(cellValues(report())).toEqual(
      expectedCells('2021', {
        'active.rules': [1, 0, 11],
        'active.normativeDocs': [8, 26, 66],
        'active.licensing': [447228],
        'active.penalty': [3985758],
        'active.coercion': [88283],
        'active.fees': [96171.6],
        'requests.new': [3001, 53, 0, 0, 61, 4, 3119],
        'requests.carriedOver': natural(34),
        'requests.granted': [1288, 21, 0, 0, 50, 3, 1362],
        'requests.partial': [447, 7, 0, 0, 0, 0, 454],
        'requests.denied.stateSecret': natural(2),
        'requests.denied.prohibited': [30, 1, 0, 0, 0, 0, 31],
        'requests.denied.safety': natural(5),
        'requests.denied.thirdParty': natural(6),
        'requests.denied.internal': [7, 1, 0, 0, 0, 0, 8],
        'requests.denied.deliberative': natural(12),
        'requests.denied.enforcementFile': natural(9),
        'requests.denied.inquiry': natural(105),
        'requests.unavailable.notHeld': [746, 12, 0, 0, 10, 1, 769],
        'requests.unavailable.needsCreation': natural(11),
        'requests.unavailable.unclear': natural(1),
        'requests.rejected.complaint': [56, 6, 0, 0, 0, 0, 62],
        'requests.rejected.duplicate': natural(25),
        'requests.rejected.confirmation': natural(1),
        'requests.other.noCorrection': [67, 3, 0, 0, 1, 0, 71],
        'requests.other.unpaidFee': natural(6),
        'requests.other.other': [108, 2, 0, 0, 0, 0, 110],
        'requests.total': [2932, 53, 0, 0, 61, 4, 3050],
        'requests.carriedForward': natural(103),
        ...appealsRow([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]),
      }),
    );
    expect(report().findings).toEqual([]);
  });
});

describe('shuyang-fgj-2023.html (Word-made portal page)', async () => {
  const report = parserOf(await readFile('shuyang-fgj-2023.html'));
  const blanks = (value: number) => [value, n, n, n, n, n, value];
  it('reads the metadata, the non-standard section 五 title and the publication date', () => {
    expect(report()).toMatchObject({
      agency: '沭阳县发展和改革局',
      year: 2023,
      template: '2021',
      date: '2024-01-17',
    });
    expect(report().sections.find((s) => s.number === 5)?.title).toContain('整改措施');
  });
  it('keeps the legal-person cells blank, not 0', () => {
    const rows: Record<string, (number | null)[]> = {};
    for (const id of Object.keys(report().cells)) {
      const row = id.slice(0, id.lastIndexOf('.'));
      if (row.startsWith('requests.')) rows[row] = blanks(0);
    }
    rows['requests.new'] = blanks(26);
    rows['requests.granted'] = blanks(26);
    rows['requests.total'] = blanks(26);
    expect(cellValues(report())).toEqual(
      expectedCells('2021', {
        'active.normativeDocs': [8, 0, 18],
        ...rows,
        ...appealsRow([0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      }),
    );
    expect(report().findings).toEqual([]);
  });
});

describe('template-2021-blank.docx (the blank 2021 form in Word)', async () => {
  const report = parserOf(await readFile('template-2021-blank.docx'));
  it('is the 2021 format with every cell found and blank, table 四 included', () => {
    expect(report().template).toBe('2021');
    const cells = Object.entries(report().cells);
    expect(cells).toHaveLength(200);
    for (const [id, cell] of cells) {
      expect([id, cell.value]).toEqual([id, null]);
      expect(cell.source, `${id} not located`).toBeDefined();
    }
  });
});
