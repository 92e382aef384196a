import { describe, expect, it } from 'vitest';
import { countsAsProblem, isReportReviewed } from '../../../src/main/domain/review-outcome';
import {
  defaultRubric,
  normaliseRubric,
  rankByScore,
  scoreReport,
} from '../../../src/main/domain/scoring/index';
import type { Rubric } from '../../../src/shared/scoring';
import { buildDetail, finding } from '../summary/build-detail';

describe('which findings are problems', () => {
  it('counts confirmed and reviewer-added findings, never dismissed or resolved ones', () => {
    expect(countsAsProblem(finding({ rule: 'requests.balance', status: 'confirmed' }))).toBe(true);
    expect(countsAsProblem(finding({ rule: 'reviewer.note', origin: 'reviewer', status: 'confirmed' }))).toBe(
      true,
    );
    expect(countsAsProblem(finding({ rule: 'requests.balance' }))).toBe(false);
    expect(countsAsProblem(finding({ rule: 'requests.balance', status: 'pending' }))).toBe(false);
    expect(countsAsProblem(finding({ rule: 'requests.balance', status: 'dismissed' }))).toBe(false);
    expect(countsAsProblem(finding({ rule: 'reviewer.note', origin: 'reviewer', status: 'dismissed' }))).toBe(
      false,
    );
    expect(countsAsProblem(finding({ rule: 'requests.balance', status: 'confirmed', resolved: true }))).toBe(
      false,
    );
  });

  it('calls a report reviewed when no finding awaits a decision', () => {
    const decided = buildDetail({
      agency: '甲局',
      findings: [
        finding({ rule: 'a.b', status: 'confirmed' }),
        finding({ rule: 'a.c', status: 'dismissed' }),
      ],
    });
    expect(isReportReviewed(decided)).toBe(true);
    expect(isReportReviewed(buildDetail({ agency: '乙局', findings: [finding({ rule: 'a.b' })] }))).toBe(
      false,
    );
    expect(
      isReportReviewed(buildDetail({ agency: '丙局', findings: [finding({ rule: 'a.b', resolved: true })] })),
    ).toBe(true);
  });
});

describe('scoreReport', () => {
  it('deducts per problem by rule and severity, and caps each section', () => {
    const findings = [
      // 统计表数据: 12 errors × 4 = 48, capped at 40.
      ...Array.from({ length: 12 }, () => finding({ rule: 'requests.balance', status: 'confirmed' })),
      finding({ rule: 'publication.deadline', status: 'confirmed' }), // own line: 5
      finding({ rule: 'text.vsTable', severity: 'warning', status: 'dismissed' }), // dismissed: 0
      finding({ rule: 'reviewer.note', severity: 'warning', origin: 'reviewer', status: 'confirmed' }), // 2
      finding({ rule: 'crossYear.inForce', severity: 'info' }), // 0 points, not listed
    ];
    const score = scoreReport(findings, defaultRubric);
    expect(score.sections).toEqual([
      { section: 'tables', deducted: 48, lost: 40, cap: 40 },
      { section: 'timeliness', deducted: 5, lost: 5, cap: 10 },
      { section: 'reviewer', deducted: 2, lost: 2, cap: 20 },
    ]);
    expect(score.score).toBe(100 - 40 - 5 - 2);
    expect(score.deductions).toHaveLength(14);
    expect(score.provisional).toBe(false);
  });

  it('counts undecided findings provisionally and withdraws them once dismissed', () => {
    const open = finding({ rule: 'format.version' });
    expect(scoreReport([open], defaultRubric)).toMatchObject({ score: 90, provisional: true });
    const dismissed = {
      ...open,
      review: { status: 'dismissed' as const, comment: '', reviewer: '李', at: '' },
    };
    expect(scoreReport([dismissed], defaultRubric)).toMatchObject({ score: 100, provisional: false });
  });

  it('never goes below zero', () => {
    const rubric: Rubric = { ...defaultRubric, sectionCaps: { ...defaultRubric.sectionCaps, tables: 500 } };
    const findings = Array.from({ length: 40 }, () =>
      finding({ rule: 'requests.rowSum', status: 'confirmed' }),
    );
    expect(scoreReport(findings, rubric).score).toBe(0);
  });

  it('changes with the rubric and leaves the decisions alone', () => {
    const findings = [
      finding({ rule: 'requests.balance', status: 'confirmed' }),
      finding({ rule: 'text.year', severity: 'warning', status: 'confirmed' }),
    ];
    const before = structuredClone(findings);
    expect(scoreReport(findings, defaultRubric).score).toBe(94);
    const stricter = normaliseRubric({
      ...defaultRubric,
      severityPoints: { error: 10, warning: 5, info: 0 },
    });
    expect(scoreReport(findings, stricter).score).toBe(85);
    expect(findings).toEqual(before);
  });
});

describe('normaliseRubric', () => {
  it('fills what is missing and refuses values out of range', () => {
    const rubric = normaliseRubric({
      fullMarks: 120,
      severityPoints: { error: -3, warning: 2.25, info: Number.NaN },
      rulePoints: { 'text.year': { warning: 7 }, 'x.y': {} },
    } as never);
    expect(rubric.fullMarks).toBe(120);
    expect(rubric.severityPoints).toEqual({ error: 4, warning: 2.3, info: 0 });
    expect(rubric.rulePoints).toEqual({ 'text.year': { warning: 7 } });
    expect(rubric.sectionCaps).toEqual(defaultRubric.sectionCaps);
    expect(normaliseRubric(undefined)).toEqual(defaultRubric);
  });
});

describe('rankByScore', () => {
  it('shares a place between equal scores', () => {
    const items = [
      { name: '乙局', score: 90 },
      { name: '甲局', score: 95 },
      { name: '丙局', score: 90 },
      { name: '丁局', score: 70 },
    ];
    const ranked = rankByScore(
      items,
      (item) => item.score,
      (item) => item.name,
    );
    expect(ranked.map(({ rank, item }) => `${rank} ${item.name}`)).toEqual([
      '1 甲局',
      '2 丙局',
      '2 乙局',
      '4 丁局',
    ]);
  });
});
