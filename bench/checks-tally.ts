// Scoring of the check benchmark: per rule, recall over the cases where it was expected and false
// flags over the cases where it was not; and the table printed in Chinese.

export interface Outcome {
  /** Report id (or pair label), format, for the lists of misses and false flags. */
  label: string;
  expected: Set<string>;
  flagged: Set<string>;
  /** What was flagged, for the lists: "rule: message". */
  details: string[];
}

export interface RuleScore {
  rule: string;
  expected: number;
  found: number;
  falseFlags: number;
  /** Cases where the rule was not expected. */
  notExpected: number;
}

/** Rule order of the engine's README; rules outside it (parser findings) follow alphabetically. */
export const RULE_ORDER = [
  'requests.balance',
  'requests.rowSum',
  'requests.resultSum',
  'appeals.groupSum',
  'values.valid',
  'cells.blank',
  'structure.sections',
  'structure.tables',
  'format.version',
  'text.vsTable',
  'text.year',
  'publication.deadline',
  'text.feeStatement',
  'crossYear.carryOver',
  'crossYear.prevItems',
  'crossYear.inForce',
  'crossYear.copied',
];

export function scoreRules(outcomes: Outcome[], rules: string[]): RuleScore[] {
  return rules.map((rule) => {
    const expected = outcomes.filter((outcome) => outcome.expected.has(rule));
    const others = outcomes.filter((outcome) => !outcome.expected.has(rule));
    return {
      rule,
      expected: expected.length,
      found: expected.filter((outcome) => outcome.flagged.has(rule)).length,
      falseFlags: others.filter((outcome) => outcome.flagged.has(rule)).length,
      notExpected: others.length,
    };
  });
}

/** Every rule expected or flagged anywhere, in README order. */
export function rulesSeen(outcomes: Outcome[]): string[] {
  const seen = new Set(outcomes.flatMap((outcome) => [...outcome.expected, ...outcome.flagged]));
  const known = RULE_ORDER.filter((rule) => seen.has(rule) || rule.startsWith('crossYear.'));
  const others = [...seen].filter((rule) => !RULE_ORDER.includes(rule)).sort();
  return [...known, ...others];
}

/** Display width: CJK characters take two columns. */
const width = (text: string): number =>
  [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);
const pad = (text: string, size: number, right = false): string => {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
};
const percent = (part: number, whole: number): string =>
  whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;

export function scoreTable(scores: RuleScore[]): string {
  const header = ['规则', '应报', '检出', '召回率', '误报', '误报率（未应报的份数）'];
  const rows = scores.map((score) => [
    score.rule,
    String(score.expected),
    String(score.found),
    percent(score.found, score.expected),
    String(score.falseFlags),
    `${percent(score.falseFlags, score.notExpected)}（${score.notExpected}）`,
  ]);
  const total = scores.reduce(
    (sum, score) => ({
      expected: sum.expected + score.expected,
      found: sum.found + score.found,
      falseFlags: sum.falseFlags + score.falseFlags,
      notExpected: sum.notExpected + score.notExpected,
    }),
    { expected: 0, found: 0, falseFlags: 0, notExpected: 0 },
  );
  rows.push([
    '合计',
    String(total.expected),
    String(total.found),
    percent(total.found, total.expected),
    String(total.falseFlags),
    `${percent(total.falseFlags, total.notExpected)}（${total.notExpected}）`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => pad(cell, widths[column] ?? 0, column > 0)).join('  ');
  const rule = widths.map((size) => '-'.repeat(size)).join('  ');
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n');
}

/** The misses and false flags, one line each (at most `limit`). */
export function problemLines(outcomes: Outcome[], limit = 60): string[] {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    const missed = [...outcome.expected].filter((rule) => !outcome.flagged.has(rule));
    const extra = [...outcome.flagged].filter((rule) => !outcome.expected.has(rule));
    if (missed.length === 0 && extra.length === 0) continue;
    const parts = [
      ...(missed.length ? [`漏报 ${missed.join(', ')}`] : []),
      ...(extra.length ? [`误报 ${extra.join(', ')}`] : []),
    ];
    lines.push(`  ${outcome.label}：${parts.join('；')}`);
    for (const detail of outcome.details.filter((text) => extra.some((rule) => text.startsWith(rule))))
      lines.push(`      ${detail.slice(0, 160)}`);
  }
  return lines.length > limit ? [...lines.slice(0, limit), `  …另有 ${lines.length - limit} 行`] : lines;
}
