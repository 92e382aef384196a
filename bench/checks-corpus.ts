// The check benchmark's corpus: generated reports with known injected discrepancies (one or several
// each), clean ones (some with near misses), and consecutive-year pairs of one body. What each must
// raise is what its injections declare plus what the oracle recomputes on its cells.
import type { ReportSpec } from '../tests/fixtures/generator/report-spec';
import { makeReportSpec } from '../tests/fixtures/generator/report-spec';
import { createRng, type Rng } from '../tests/fixtures/generator/prng';
import { benignInjections, injectAll, injections, type Injection } from '../tests/fixtures/generator/inject';
import { consecutivePair, pairInjections } from '../tests/fixtures/generator/inject-pairs';
import { expectationOf, expectedCrossYearRules, oracleView } from '../tests/unit/checks/relations-oracle';

export const FORMATS = ['docx', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface CorpusReport {
  spec: ReportSpec;
  /** The file the report is checked in. */
  format: Format;
  injected: string[];
  /** Rules that must be flagged (error or warning). */
  expected: Set<string>;
}

export interface CorpusPair {
  previous: CorpusReport;
  current: CorpusReport;
  injected: string[];
  /** Cross-year rules that must fire. */
  expected: Set<string>;
}

export interface Corpus {
  /** Every report, pair members included. */
  reports: CorpusReport[];
  pairs: CorpusPair[];
}

/** Injections that cannot go together (a table left out hides what the other put in it). */
const CONFLICTS: [string, RegExp][] = [['structure.tables', /^(appeals\.|cells\.blank)/]];

const conflicting = (chosen: Injection[]): boolean =>
  CONFLICTS.some(
    ([id, other]) => chosen.some((i) => i.id === id) && chosen.some((i) => i.id !== id && other.test(i.id)),
  );

/** Extra injections from other phases than the ones already chosen. */
function extras(rng: Rng, primary: Injection, count: number): Injection[] {
  const chosen = [primary];
  for (const candidate of rng.shuffle(injections)) {
    if (chosen.length > count) break;
    if (chosen.some((injection) => injection.phase === candidate.phase)) continue;
    chosen.push(candidate);
  }
  return chosen;
}

function injectedReport(index: number, format: Format): CorpusReport {
  const primary = injections[index % injections.length]!;
  for (let attempt = 0; attempt < 200; attempt++) {
    const seed = 60_000 + index * 211 + attempt;
    const rng = createRng(seed);
    const id = `inj-${String(index + 1).padStart(3, '0')}`;
    const base = makeReportSpec(seed, { id });
    const wanted = rng.chance(0.45) ? extras(rng, primary, rng.int(1, 2)) : [primary];
    if (conflicting(wanted)) continue;
    const { spec, applied } = injectAll(base, wanted, rng);
    if (!applied.includes(primary)) continue;
    const expected = expectationOf(spec, applied);
    if (!expected) continue;
    return { spec, format, injected: applied.map((injection) => injection.id), expected };
  }
  throw new Error(`no base report fits ${primary.id}`);
}

function cleanReport(index: number, format: Format): CorpusReport {
  const seed = 80_000 + index * 13;
  const rng = createRng(seed);
  const base = makeReportSpec(seed, { id: `clean-${String(index + 1).padStart(3, '0')}` });
  const near = rng.chance(0.4) ? [rng.pick(benignInjections)] : [];
  const { spec, applied } = injectAll(base, near, rng);
  const expected = expectationOf(spec, applied);
  if (!expected || expected.size > 0)
    throw new Error(`${spec.id}: a clean report expects ${[...(expected ?? [])]}`);
  return { spec, format, injected: applied.map((injection) => injection.id), expected };
}

/** Pair kinds in turn: clean, then each injection, then two together. */
const PAIR_PLANS: string[][] = [
  [],
  ['crossYear.carryOver'],
  ['crossYear.prevItems'],
  ['crossYear.inForce'],
  ['crossYear.copied'],
  ['crossYear.carryOver', 'crossYear.copied'],
  ['crossYear.prevItems', 'crossYear.carryOver'],
  ['crossYear.inForce', 'crossYear.copied'],
];
const PAIR_YEARS = [2020, 2021, 2022, 2023, 2024];

function pairAt(index: number, formats: [Format, Format]): CorpusPair {
  const plan = PAIR_PLANS[index % PAIR_PLANS.length]!;
  const planned = pairInjections.filter((injection) => plan.includes(injection.id));
  for (let attempt = 0; attempt < 50; attempt++) {
    const seed = 90_000 + index * 101 + attempt * 7;
    const rng = createRng(seed);
    const year = plan.includes('crossYear.prevItems')
      ? 2020
      : plan.includes('crossYear.inForce')
        ? rng.pick([2022, 2023, 2024])
        : PAIR_YEARS[(index + attempt) % PAIR_YEARS.length]!;
    const label = `pair-${String(index + 1).padStart(2, '0')}`;
    const [previous, clean] = consecutivePair(seed, [`${label}-a`, `${label}-b`], year, rng);
    if (!planned.every((injection) => injection.fits(previous, clean))) continue;
    const current = planned.reduce((spec, injection) => injection.apply(previous, spec, rng), clean);
    const expected = new Set([
      ...planned.map((injection) => injection.expected).flat(),
      ...expectedCrossYearRules(oracleView(previous), oracleView(current)),
    ]);
    const single = (spec: ReportSpec, format: Format): CorpusReport => {
      const rules = expectationOf(spec, []);
      if (!rules || rules.size > 0)
        throw new Error(`${spec.id}: a pair member expects ${[...(rules ?? [])]}`);
      return { spec, format, injected: [], expected: rules };
    };
    return {
      previous: single(previous, formats[0]),
      current: single(current, formats[1]),
      injected: planned.map((injection) => injection.id),
      expected,
    };
  }
  throw new Error(`no pair fits ${plan.join(', ')}`);
}

export interface CorpusSize {
  injected: number;
  clean: number;
  pairs: number;
}

/**
 * The same corpus for the same sizes. Formats rotate docx → pdf → html; for injected reports the
 * rotation shifts by one at each round of the injection list, so that every injection meets every format.
 */
export function checksCorpus(size: CorpusSize): Corpus {
  let slot = 0;
  const next = (): Format => FORMATS[slot++ % FORMATS.length]!;
  const reports: CorpusReport[] = [];
  for (let index = 0; index < size.injected; index++) {
    const round = Math.floor(index / injections.length);
    reports.push(injectedReport(index, FORMATS[(index + round) % FORMATS.length]!));
  }
  for (let index = 0; index < size.clean; index++) reports.push(cleanReport(index, next()));
  const pairs: CorpusPair[] = [];
  for (let index = 0; index < size.pairs; index++) {
    const pair = pairAt(index, [next(), next()]);
    pairs.push(pair);
    reports.push(pair.previous, pair.current);
  }
  return { reports, pairs };
}
