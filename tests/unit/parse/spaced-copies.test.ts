// Copies with a single space for each gap between cells: a row's figures alone on a line ("31 5 1 2 3 4 46",
// table 四's fifteen figures) are the row's cells, not one long number. Cell by cell against the known values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import { splitCell } from '../../../src/main/domain/parse/tokens';

const dir = join(__dirname, '../../fixtures/spaced-copies');
const truth = JSON.parse(readFileSync(join(dir, 'cells.json'), 'utf8')) as Record<string, number>;
const piece = (text: string) => ({
  text,
  source: { kind: 'text' as const, start: 10, end: 10 + text.length },
});
const texts = (text: string) => splitCell(piece(text)).map((part) => part.text);

describe('a copy with a space between cells', () => {
  it.each(['row-and-figures.txt', 'figures-next-line.txt'])(
    '%s: every cell as the report has it, and no finding',
    async (name) => {
      const analysis = await analyzeFile(name, new Uint8Array(readFileSync(join(dir, name))));
      if (!analysis.ok) throw new Error(analysis.error);
      const cells = Object.fromEntries(
        Object.keys(truth).map((id) => [id, analysis.report.cells[id]?.value]),
      );
      expect(cells).toEqual(truth);
      expect(analysis.findings).toEqual([]);
    },
  );

  it('splits a line of three figures or more, each in its place in the original', () => {
    expect(texts('31 5 1 2 3 4 46')).toEqual(['31', '5', '1', '2', '3', '4', '46']);
    expect(texts(' 2 1 15')).toEqual(['2', '1', '15']);
    expect(splitCell(piece(' 2 1 15'))[2]!.source).toEqual({ kind: 'text', start: 15, end: 17 });
    expect(texts('0.5 12.3456 0')).toEqual(['0.5', '12.3456', '0']);
    expect(texts('2  1\t15')).toEqual(['2', '1', '15']);
    // Three-digit figures among others are figures, not the groups of one number.
    expect(texts('12 345 6')).toEqual(['12', '345', '6']);
    expect(texts('12 3456 789')).toEqual(['12', '3456', '789']);
  });

  it('leaves whole what may be one number or a run of figures that lost its separators', () => {
    expect(texts('1 286')).toEqual(['1 286']);
    expect(texts('12 345 678')).toEqual(['12 345 678']);
    expect(texts('230 000023 0')).toEqual(['230 000023 0']);
    expect(texts('3 05 1')).toEqual(['3 05 1']);
  });
});
