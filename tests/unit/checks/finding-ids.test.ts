// Finding ids are what a reviewer's decisions (confirmed, dismissed, comments) are stored against:
// checking the same report again must give the same ids, and no two findings of a report may share one.
// The ids below are pinned: changing how an id is made would orphan every stored review.
import { describe, expect, it } from 'vitest';
import { checkAcrossYears, checkReport } from '../../../src/main/domain/checks/index';
import { buildReport } from './build-report';

/** A report with many findings of the same rules and no cells (sections, tables), and long cell lists. */
const broken = () =>
  buildReport({
    year: 2022,
    template: '2019',
    date: '2023-03-01',
    agency: '沐阳县商务局',
    omitTables: ['appeals', 'active'],
    sections: { 1: null, 3: null, 6: null },
    rows: { 'requests.new': [1, 0, 0, 0, 0, 0, 2] },
    cells: {
      'requests.granted.legal': null,
      'requests.partial.total': 'missing',
      'requests.denied.safety.natural': -1,
    },
  });

const COPIED_TEXT =
  '本年度我局认真贯彻落实政府信息公开条例，依法推进政府信息公开工作，完善制度建设，加强平台建设，提升公开质量和实效，持续做好依申请公开工作，回应社会关切。';

describe('finding ids', () => {
  it('are the rule, the cells and what tells findings of one rule apart', () => {
    const ids = checkReport(broken()).map((finding) => finding.id);
    expect(ids).toEqual([
      'format.version|old',
      'structure.sections|section1',
      'structure.sections|section3',
      'structure.sections|section6',
      'structure.tables|active',
      'structure.tables|requests.partial.total',
      'structure.tables|appeals',
      'requests.balance|requests.new.natural,requests.carriedOver.natural,requests.total.natural,requests.carriedForward.natural',
      'requests.balance|requests.new.total,requests.carriedOver.total,requests.total.total,requests.carriedForward.total',
      'requests.rowSum|requests.new.natural,requests.new.commercial,requests.new.research,requests.new.nonprofit,requests.new.legal,requests.new.otherOrg,requests.new.total',
      'requests.rowSum|requests.denied.safety.natural,requests.denied.safety.commercial,requests.denied.safety.research,requests.denied.safety.nonprofit,requests.denied.safety.legal,requests.denied.safety.otherOrg,requests.denied.safety.total',
      'requests.rowSum|requests.granted.legal,requests.partial.total|unverifiable',
      // 20 cells of a column: the first, the count of the others and a fingerprint.
      'requests.resultSum|requests.granted.natural+19#2974c9abc4d5cb84',
      'requests.resultSum|requests.granted.legal,requests.partial.total|unverifiable',
      'values.valid|requests.denied.safety.natural',
      'cells.blank|requests.granted.legal',
      'text.feeStatement|section6',
      'publication.deadline|late',
      'agency.place|沐阳县',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkReport(broken()).map((finding) => finding.id)).toEqual(ids);
  });

  it('tell apart the notes of a report without sections, date or the due format', () => {
    const report = buildReport({
      year: 2020,
      template: '2021',
      date: null,
      sections: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null },
    });
    expect(checkReport(report).map((finding) => finding.id)).toEqual([
      'format.version|new',
      'structure.sections|none',
      'text.feeStatement|section6',
      'publication.deadline|noDate',
    ]);
    expect(checkReport(buildReport({ year: 2017 })).map((finding) => finding.id)).toEqual([
      'format.version|unsupported',
    ]);
  });

  it('are unique and stable across two years of one body', () => {
    const pair = () => {
      const previous = buildReport({
        year: 2022,
        rows: { 'requests.carriedForward': [2, 0, 0, 0, 0, 0, 2], 'active.rules': [1, 0, 5] },
        sections: { 1: COPIED_TEXT, 5: COPIED_TEXT },
      });
      const current = buildReport({
        year: 2023,
        rows: { 'active.rules': [1, 0, 9], 'active.normativeDocs': [0, 1, 3] },
        sections: { 1: COPIED_TEXT, 5: COPIED_TEXT },
        cells: { 'requests.carriedOver.legal': null },
      });
      return checkAcrossYears(current, previous);
    };
    const ids = pair().map((finding) => finding.id);
    expect(ids).toEqual([
      'crossYear.carryOver|requests.carriedOver.natural',
      'crossYear.carryOver|requests.carriedOver.total',
      'crossYear.carryOver|requests.carriedOver.legal|unverifiable',
      'crossYear.inForce|active.rules.inForce,active.rules.issued,active.rules.repealed',
      'crossYear.inForce|active.normativeDocs.inForce,active.normativeDocs.issued,active.normativeDocs.repealed',
      'crossYear.copied|section1',
      'crossYear.copied|section5',
    ]);
    expect(pair().map((finding) => finding.id)).toEqual(ids);
  });
});
