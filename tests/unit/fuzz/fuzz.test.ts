// Fuzz test: about 300 mutated PDF, DOCX, HTML and text files (fixed seed), each analysed in the worker
// pool as the app and the CLI do: each must give a result or a clean Chinese error naming the file, and
// none may crash a reader or need the pool's time or memory limits to end.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/main/services/analyze-file';
import { analysisFailure } from '../../../src/main/services/analysis-failure';
import { createAnalyzerPool } from '../../../src/main/services/analyzer-pool';
import { mutants, type FuzzSource, type Mutant } from '../../fixtures/fuzz/mutate';
import { defaultOutDirs } from '../../fixtures/generator/generate';
import { realDir, seedsDir } from '../../shared-data';

const SEED = 20_241_203;
const PER_FORMAT = 75;

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const source = (file: string): FuzzSource => ({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
const generated = (name: string) => path.join(defaultOutDirs.standard, name);

const sources: Record<string, string[]> = {
  pdf: [
    path.join(realDir, 'huaian-hongze-2023.pdf'),
    generated('std-2021-everything.pdf'),
    generated('std-2019-split-vertical.pdf'),
    path.join(repoRoot, 'tests/fixtures/pdf/cff-fonts.pdf'),
  ],
  docx: [
    path.join(repoRoot, 'tests/fixtures/readers/template-2021-filled.docx'),
    generated('std-2021-everything.docx'),
    generated('std-2019-zeros.docx'),
  ],
  html: [path.join(realDir, 'shuyang-fgj-2023.html'), generated('std-2021-everything.html'), path.join(repoRoot, 'tests/fixtures/readers/gbk-layout.html')],
  txt: [path.join(seedsDir, '003_ccaddad691bcdd6a.txt'), path.join(realDir, 'shanghai-stcsm-2024.md'), path.join(repoRoot, 'tests/fixtures/readers/gb18030.txt')],
};

/** What is wrong with the outcome of `mutant`, or null when it is a result or a clean Chinese error. */
function problem(mutant: Mutant, analysis: Analysis): string | null {
  if (analysis.ok) return null;
  if (analysis.code === 'internal') return 'a reader crashed';
  if (analysis.code === 'timeout') return 'stopped by the time limit';
  if (/内存超过上限/.test(analysis.error)) return 'stopped by the memory limit';
  if (!analysis.error.startsWith(`${mutant.name}：`)) return `error does not name the file: ${analysis.error}`;
  if (!/[\u4e00-\u9fff]/.test(analysis.error) || /Error\b|\n\s+at /.test(analysis.error)) return `not a clean Chinese error: ${analysis.error}`;
  return null;
}

describe('fuzz', () => {
  it(`${PER_FORMAT * 4} mutated files each give a result or a clean Chinese error within the limits`, async () => {
    const files: Mutant[] = [];
    for (const [index, list] of Object.values(sources).entries())
      files.push(...(await mutants(list.map(source), PER_FORMAT, SEED + index)));
    const analyzer = createAnalyzerPool({ size: 2, workerUrl: new URL('../../../src/main/services/analyze-worker.ts', import.meta.url) });
    const outcomes = await Promise.all(
      files.map(async (mutant) => {
        const analysis = await analyzer.analyze(mutant.name, mutant.bytes).catch((error: unknown) => analysisFailure(mutant.name, error));
        return { mutant, analysis };
      }),
    );
    await analyzer.close();

    const tally = new Map<string, number>();
    for (const { analysis } of outcomes) {
      const key = analysis.ok ? 'read' : analysis.code;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    console.log(`fuzz: ${files.length} files (seed ${SEED}):`, Object.fromEntries(tally));
    const problems = outcomes.flatMap(({ mutant, analysis }) => {
      const found = problem(mutant, analysis);
      return found ? [`${mutant.name} (${mutant.how}): ${found}`] : [];
    });
    expect(problems).toEqual([]);
    // The mutations leave some files readable and damage others beyond reading.
    expect(tally.get('read')).toBeGreaterThan(0);
    expect(files.length - (tally.get('read') ?? 0)).toBeGreaterThan(0);
  }, 300_000);
});
