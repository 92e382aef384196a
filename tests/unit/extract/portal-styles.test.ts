// Generated portal pages printed by Chromium (at test time) with the style sheets portals use for tables
// drawn without full rules: no borders at all, or a line under each row only. Cell by cell against the
// known values: table 二's small tables stay apart, each row keeps its own label and figures, and no
// section is reported missing.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import { defaultOutDirs, readFixtureManifest } from '../../fixtures/generator/generate';

const run = promisify(execFile);
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const styles = {
  noborder: 'td{border:none!important} table{border:none!important}',
  underlines: 'td{border:none!important;border-bottom:1px solid #000!important}',
};
const cases = [
  ['std-2019-negative-units', 'noborder'],
  ['std-2021-everything', 'underlines'],
  ['std-2019-blank-cells', 'underlines'],
  // Blank rows, and 一、 / （二） printed as the Kangxi radicals ⼀ / ⼆.
  ['std-2021-blank-rows', 'noborder'],
] as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-portal-styles-'));
  for (const [id, style] of cases) {
    const html = await readFile(join(defaultOutDirs.standard, `${id}.html`), 'utf8');
    const page = join(dir, `${id}.${style}.html`);
    await writeFile(page, html.replace('</head>', `<style>${styles[style]}</style></head>`));
    await run(chromium, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--print-to-pdf=${page.replace(/html$/, 'pdf')}`,
      page,
    ]);
  }
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('portal pages printed with tables drawn without full rules', () => {
  it.each(cases)('%s (%s): every cell as the report has it, and no section missing', async (id, style) => {
    const entry = (await readFixtureManifest(defaultOutDirs.standard)).find(
      (candidate) => candidate.id === id,
    )!;
    const analysis = await analyzeFile(
      `${id}.pdf`,
      new Uint8Array(await readFile(join(dir, `${id}.${style}.pdf`))),
    );
    if (!analysis.ok) throw new Error(analysis.error);
    const cells = Object.fromEntries(
      Object.keys(entry.expected.cells).map((cell) => [cell, analysis.report.cells[cell]?.value ?? null]),
    );
    expect(cells).toEqual(entry.expected.cells);
    expect(analysis.findings.filter((finding) => finding.rule === 'structure.sections')).toEqual([]);
  });
});
