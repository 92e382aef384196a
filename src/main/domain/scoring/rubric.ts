// The rubric as data: which section each rule counts in, the default points and caps (see README.md),
// and the repair of a stored or edited rubric (missing or bad values fall back to the default).
import type { Severity } from '../../../shared/report';
import type { Rubric, ScoringSection } from '../../../shared/scoring';

/** Sections in the order they are shown, with their names in the form's words. */
export const scoringSections: { id: ScoringSection; label: string }[] = [
  { id: 'structure', label: '格式与结构' },
  { id: 'tables', label: '统计表数据' },
  { id: 'text', label: '正文内容' },
  { id: 'timeliness', label: '发布时效' },
  { id: 'crossYear', label: '跨年度衔接' },
  { id: 'reviewer', label: '审查人发现的其他问题' },
  { id: 'other', label: '其他' },
];

export const sectionLabel = (section: ScoringSection): string =>
  scoringSections.find((entry) => entry.id === section)?.label ?? section;

/** Rule families (the part of the id before the dot) by section; a few rules are placed by their full id. */
const sectionByRule: Record<string, ScoringSection> = { 'format.version': 'structure' };
const sectionByFamily: Record<string, ScoringSection> = {
  structure: 'structure',
  format: 'structure',
  requests: 'tables',
  appeals: 'tables',
  values: 'tables',
  cells: 'tables',
  text: 'text',
  publication: 'timeliness',
  crossYear: 'crossYear',
  reviewer: 'reviewer',
};

export function sectionOf(rule: string): ScoringSection {
  return sectionByRule[rule] ?? sectionByFamily[rule.split('.')[0] ?? ''] ?? 'other';
}

/** The default rubric; README.md gives the reasons for each number. */
export const defaultRubric: Rubric = {
  fullMarks: 100,
  severityPoints: { error: 4, warning: 2, info: 0 },
  rulePoints: {
    'format.version': { error: 10 },
    'structure.tables': { error: 10, warning: 3 },
    'structure.sections': { warning: 3 },
    'cells.blank': { warning: 1 },
    'publication.deadline': { error: 5, warning: 2 },
    'crossYear.copied': { warning: 5 },
    'crossYear.inForce': { info: 0 },
  },
  sectionCaps: {
    structure: 20,
    tables: 40,
    text: 20,
    timeliness: 10,
    crossYear: 15,
    reviewer: 20,
    other: 10,
  },
};

const severities: Severity[] = ['error', 'warning', 'info'];

/** A number of points the rubric accepts: finite, 0 … 1000, rounded to one decimal. */
function points(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1000) return fallback;
  return Math.round(value * 10) / 10;
}

/** A complete rubric from a stored or edited one: every value in range, missing ones from the default. */
export function normaliseRubric(input: Partial<Rubric> | null | undefined): Rubric {
  const source = input ?? {};
  const severityPoints = Object.fromEntries(
    severities.map((severity) => [
      severity,
      points(source.severityPoints?.[severity], defaultRubric.severityPoints[severity]),
    ]),
  ) as Record<Severity, number>;
  const rulePoints: Rubric['rulePoints'] = {};
  for (const [rule, byRule] of Object.entries(source.rulePoints ?? defaultRubric.rulePoints)) {
    const line: Partial<Record<Severity, number>> = {};
    for (const severity of severities) {
      const value = byRule?.[severity];
      if (value !== undefined) line[severity] = points(value, severityPoints[severity]);
    }
    if (Object.keys(line).length > 0) rulePoints[rule] = line;
  }
  const sectionCaps = Object.fromEntries(
    scoringSections.map(({ id }) => [id, points(source.sectionCaps?.[id], defaultRubric.sectionCaps[id])]),
  ) as Record<ScoringSection, number>;
  return {
    fullMarks: points(source.fullMarks, defaultRubric.fullMarks) || defaultRubric.fullMarks,
    severityPoints,
    rulePoints,
    sectionCaps,
  };
}

/** Points one problem of this rule and severity costs. */
export const pointsFor = (rubric: Rubric, rule: string, severity: Severity): number =>
  rubric.rulePoints[rule]?.[severity] ?? rubric.severityPoints[severity];
