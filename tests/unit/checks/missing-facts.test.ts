// Reports whose year or body could not be read: the rules that need them say nothing, and nothing else
// is raised in their place.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, rulesOf } from './build-report';

describe('a report without a year or a body', () => {
  it('without a year: no format, deadline or year finding, only what the text itself lacks', () => {
    const findings = checkReport(buildReport({ year: null, template: '2021' }));
    expect(rulesOf(findings)).toEqual(['structure.sections', 'text.feeStatement']);
  });

  it('without a body name (none, or blank): nothing is raised for a consistent report', () => {
    expect(checkReport(buildReport({ agency: null }))).toEqual([]);
    expect(checkReport(buildReport({ agency: '' }))).toEqual([]);
  });
});
