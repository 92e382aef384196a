// A small generated set for the rule tests: for every rule a report (or a pair of years) that
// violates it, and clean reports and near misses that must not raise it.
import { injectAll, injections, benignInjections, type Injection } from '../../fixtures/generator/inject';
import { consecutivePair, pairInjections } from '../../fixtures/generator/inject-pairs';
import { createRng } from '../../fixtures/generator/prng';
import {
  makeReportSpec,
  type ReportSpec,
  type ReportSpecOverrides,
} from '../../fixtures/generator/report-spec';
import { expectationOf, expectedCrossYearRules, oracleView } from './relations-oracle';

export interface RuleCase {
  spec: ReportSpec;
  injected: string[];
  /** Rules that must be flagged, and no other. */
  expected: Set<string>;
}

export interface RulePair {
  label: string;
  previous: string;
  current: string;
  expected: Set<string>;
}

const byId = (id: string): Injection => {
  const found = [...injections, ...benignInjections].find((injection) => injection.id === id);
  if (!found) throw new Error(`no injection ${id}`);
  return found;
};

/** [case id, injection, base overrides]: short reports, so that converting them stays quick. */
const SINGLE: [string, string | null, ReportSpecOverrides][] = [
  ['balance', 'requests.balance', { volume: 'small' }],
  ['row-sum', 'requests.rowSum', { volume: 'medium', template: '2021' }],
  ['result-sum', 'requests.resultSum', { volume: 'small', template: '2019' }],
  ['group-sum', 'appeals.groupSum', { volume: 'small', appeals: true }],
  ['negative', 'values.valid.negative', { template: '2021' }],
  ['fraction', 'values.valid.fractionInRequests', { volume: 'small', template: '2019' }],
  ['blank', 'cells.blank.requests', { volume: 'small' }],
  ['blank-active', 'cells.blank.active', { template: '2021' }],
  ['blank-legal', 'cells.blank.legalPersons', { volume: 'small', template: '2021' }],
  ['no-heading', 'structure.sections', {}],
  ['no-table', 'structure.tables', { appeals: true }],
  ['old-format', 'format.version.old', { year: 2022 }],
  ['new-format', 'format.version.new', { year: 2020 }],
  ['received', 'text.vsTable.receivedExact', { volume: 'small' }],
  ['no-review', 'text.vsTable.noReview', { volume: 'small', appeals: true }],
  ['completed', 'text.vsTable.completed', { volume: 'small' }],
  ['period', 'text.year', {}],
  ['late-department', 'publication.deadline.departmentMarch', { agency: '洛阳市西工区民政局' }],
  ['late-government', 'publication.deadline.governmentApril', { agency: '长沙县人民政府' }],
  ['no-fee', 'text.feeStatement', { template: '2021' }],
  ['clean-2019', null, { template: '2019', volume: 'medium', appeals: true }],
  ['clean-period', 'benign.period', { template: '2021', volume: 'small' }],
  ['government-march', 'benign.governmentMarch', { agency: '邵阳县人民政府', template: '2021' }],
];

function singleCase([name, injectionId, overrides]: (typeof SINGLE)[number], index: number): RuleCase {
  const seed = 70_000 + index * 31;
  const rng = createRng(seed);
  const base = makeReportSpec(seed, {
    ...overrides,
    id: `rule-${name}`,
    layout: { pageCountTarget: 3, splitRequestsTableAcrossPages: false },
  });
  const chosen = injectionId ? [byId(injectionId)] : [];
  const { spec, applied } = injectAll(base, chosen, rng);
  const expected = expectationOf(spec, applied);
  if (applied.length !== chosen.length || !expected)
    throw new Error(`rule-${name}: ${injectionId} does not fit`);
  return { spec, injected: applied.map((injection) => injection.id), expected };
}

/** Two bodies' years: [label, year, injections into the current year]. */
const PAIRS: [string, number, string[]][] = [
  ['2019-2020', 2020, ['crossYear.carryOver', 'crossYear.prevItems']],
  ['2022-2023', 2023, ['crossYear.inForce', 'crossYear.copied']],
];

export function ruleFixtures(): { cases: RuleCase[]; pairs: RulePair[] } {
  const cases = SINGLE.map(singleCase);
  const pairs: RulePair[] = [];
  PAIRS.forEach(([label, year, ids], index) => {
    const rng = createRng(75_000 + index);
    const names: [string, string] = [`pair-${label}-previous`, `pair-${label}-current`];
    const [previous, current] = consecutivePair(75_000 + index * 17, names, year, rng, {
      volume: 'small',
      layout: { pageCountTarget: 3, splitRequestsTableAcrossPages: false },
    });
    const planned = pairInjections.filter((injection) => ids.includes(injection.id));
    if (planned.length !== ids.length || !planned.every((injection) => injection.fits(previous, current)))
      throw new Error(`pair ${label}: ${ids.join(', ')} do not fit`);
    const broken = planned.reduce((spec, injection) => injection.apply(previous, spec, rng), {
      ...current,
      id: `pair-${label}-broken`,
    });
    for (const spec of [previous, current, broken])
      cases.push({ spec, injected: [], expected: expectationOf(spec, []) ?? new Set() });
    const crossOf = (spec: ReportSpec) => expectedCrossYearRules(oracleView(previous), oracleView(spec));
    pairs.push({
      label: `${label} 无差错`,
      previous: previous.id,
      current: current.id,
      expected: crossOf(current),
    });
    pairs.push({
      label: `${label} ${ids.join('+')}`,
      previous: previous.id,
      current: broken.id,
      expected: new Set([...ids, ...crossOf(broken)]),
    });
  });
  return { cases, pairs };
}
