// Every cell and the metadata of the five seed reports, against values read off the reports by hand.
import { describe, expect, it } from 'vitest';
import { appealsRow, ends, expectedCells } from './expected-cells';
import { cellValues, textFileParser } from './parse-text';
import { seedsDir } from '../../shared-data';

const seeds = seedsDir;
const seed = (name: string) => `${seeds}/${name}`;
const n = null;
const blankRow = [n, n, n, n, n, n, n];

describe('seed 000: 烟台市芝罘区商务局 2020 (one cell per line, damaged labels)', async () => {
  const { report, text } = await textFileParser(seed('000_c2173b29a2f695bc.txt'));
  it('reads the metadata', () => {
    expect(report()).toMatchObject({ agency: '烟台市芝罘区商务局', year: 2020, template: '2019', date: '2021-01-28' });
  });
  it('reads every cell as zero, with its place in the text', () => {
    expect(cellValues(report())).toEqual(expectedCells('2019', {}));
    for (const cell of Object.values(report().cells)) {
      expect(cell.source?.kind).toBe('text');
      if (cell.source?.kind === 'text') expect(text.slice(cell.source.start, cell.source.end).trim()).toBe('0');
    }
  });
  it('raises no structural problem', () => expect(report().findings).toEqual([]));
  it('finds the six sections', () => expect(report().sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]));
});

describe('seed 001: 芝罘区行政审批服务局 2020 (tab rows, 6 numbers for 7 columns)', async () => {
  const { report } = await textFileParser(seed('001_183d9a740fa2d1ad.txt'));
  it('reads the metadata', () => {
    expect(report()).toMatchObject({ agency: '芝罘区行政审批服务局', year: 2020, template: '2019', date: '2021-01-28' });
  });
  it('reads table 二, a money amount with its unit, and table 四', () => {
    const requestRows = Object.fromEntries(
      ['new', 'carriedOver', 'granted', 'partial', 'denied.stateSecret', 'denied.prohibited', 'denied.safety', 'denied.thirdParty', 'denied.internal', 'denied.deliberative', 'denied.enforcementFile', 'denied.inquiry', 'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclear', 'rejected.complaint', 'rejected.duplicate', 'rejected.publication', 'rejected.excessive', 'rejected.confirmation', 'other', 'total', 'carriedForward'].map((row) => [`requests.${row}`, ends(0, 0)]),
    );
    expect(cellValues(report())).toEqual(
      expectedCells('2019', {
        'active.licensing': [48, 65, 44192],
        'active.otherServices': [10, 3, 323],
        'active.fees': [1, 0],
        'active.procurement': [2, 317.7],
        ...requestRows,
        'requests.new': ends(2, 2),
        'requests.granted': ends(1, 1),
        'requests.other': ends(1, 1),
        'requests.total': ends(2, 2),
        ...appealsRow([0, 0, 0, 0, 0, 1, 1, 0, 2, 4, 0, 0, 0, 0, 0]),
      }),
    );
    expect(report().cells['active.procurement.amount']?.raw).toBe('317.7 万元');
  });
  it('does not guess the missing column: one structural problem names the rows and columns', () => {
    const unplaced = report().findings.filter((f) => f.rule === 'structure.unplaced');
    expect(unplaced).toHaveLength(1);
    expect(unplaced[0]!.severity).toBe('warning');
    expect(unplaced[0]!.cells).toHaveLength(23 * 5);
    expect(unplaced[0]!.cells).toContain('requests.new.commercial');
    expect(unplaced[0]!.cells).not.toContain('requests.new.natural');
    expect(unplaced[0]!.message).toContain('少于 7 列');
    expect(unplaced[0]!.message).toContain('商业企业');
  });
});

describe('seed 002: 城步苗族自治县商务局 2019 (Word conversion, bookmarks, full-width spaces)', async () => {
  const { report } = await textFileParser(seed('002_73a49c1d9e8bef42.txt'));
  it('takes the full name from the signature and the date under it', () => {
    expect(report()).toMatchObject({ agency: '城步苗族自治县商务局', year: 2019, template: '2019', date: '2020-02-12' });
  });
  it('reads every cell as zero', () => expect(cellValues(report())).toEqual(expectedCells('2019', {})));
  it('raises no structural problem', () => expect(report().findings).toEqual([]));
});

describe('seed 003: 眉山市经济和信息化局 2020 (one cell per line with " |")', async () => {
  const { report } = await textFileParser(seed('003_ccaddad691bcdd6a.txt'));
  it('reads the body and year from the opening sentence; no date', () => {
    expect(report()).toMatchObject({ agency: '眉山市经济和信息化局', year: 2020, template: '2019', date: null });
  });
  it('reads every cell', () => {
    expect(cellValues(report())).toEqual(
      expectedCells('2019', {
        'active.normativeDocs': [0, 0, 2],
        'active.licensing': [5, 0, 32],
        'active.otherServices': [6, 0, 42],
        'active.penalty': [9, 0, 0],
        'active.coercion': [2, 0, 0],
        'active.procurement': [4, 297],
        'requests.new': [1, 0, 0, 0, 0, 0, 1],
        'requests.granted': [1, 0, 0, 0, 0, 0, 1],
      }),
    );
  });
});

describe('seed 004: 老城区商务和工业信息化局 2021 (2021 format, blank rows, label cut by a page)', async () => {
  const { report } = await textFileParser(seed('004_ca9055e41dfea331.txt'));
  it('reads the metadata', () => {
    expect(report()).toMatchObject({ agency: '老城区商务和工业信息化局', year: 2021, template: '2021', date: null });
  });
  it('keeps blank cells blank (null, never 0) and reads the rest', () => {
    expect(cellValues(report())).toEqual(
      expectedCells('2021', {
        'requests.granted': blankRow,
        'requests.partial': blankRow,
        'requests.denied.stateSecret': blankRow,
      }),
    );
    // A blank cell is located (its row was found), unlike a missing one.
    expect(report().cells['requests.granted.natural']?.source).toBeDefined();
  });
  it('reads section 六 as written', () => {
    expect(report().sections.find((s) => s.number === 6)?.text).toBe('无');
  });
});
