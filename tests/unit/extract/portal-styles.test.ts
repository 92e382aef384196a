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
import { declaredCharset } from '../../../src/main/extract/html/read-html';
import { decodeText } from '../../../src/main/extract/text/decode-text';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import { defaultOutDirs, readFixtureManifest } from '../../fixtures/generator/generate';
import { layoutSetDir } from '../../fixtures/generator/layout-set';

const run = promisify(execFile);
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const styles = {
  noborder: 'td{border:none!important} table{border:none!important}',
  underlines: 'td{border:none!important;border-bottom:1px solid #000!important}',
  smallfont: 'td,td *{font-size:8pt!important} body{font-size:8pt}',
  bigfont: 'td,td *{font-size:16pt!important}',
};
const cases = [
  ['std-2019-negative-units', 'noborder'],
  ['std-2021-everything', 'underlines'],
  ['std-2019-blank-cells', 'underlines'],
  // Blank rows, and 一、 / （二） printed as the Kangxi radicals ⼀ / ⼆.
  ['std-2021-blank-rows', 'noborder'],
  // Group and row label in one cell that wraps back to its start: "（四）无法提供 1.本机关不掌握…信" over "息".
  ['std-2019-flat-fullwidth-gbk', 'underlines'],
  ['std-2021-flat-fullwidth', 'noborder'],
  // Group labels set vertically ("︵六︶其他处理", a glyph a line) beside the row labels, which begin further right.
  ['std-2021-everything', 'noborder'],
  // The same, small: a row label split where the font changes ("7.属于" "⾏" "政执法") reaches another column's start.
  ['portal-bare-district', 'smallfont'],
  // Large: the vertical label's rows keep their labels, cut by the page ("2.申请人逾期…", "1.属于国家秘" over "密").
  ['portal-bare-district', 'bigfont'],
] as const;

/** The fixture's folder: the standard set, or the real layouts (portal pages). */
const folderOf = (id: string): string => (id.startsWith('portal-') ? layoutSetDir : defaultOutDirs.standard);

/** The page as UTF-8, decoded as the HTML reader does (GBK copies too), with the portal's style sheet added. */
async function styledPage(id: string, style: keyof typeof styles): Promise<string> {
  const bytes = await readFile(join(folderOf(id), `${id}.html`));
  return decodeText(bytes, declaredCharset(bytes))
    .text.replace(/charset=["']?[\w-]+/i, 'charset=utf-8')
    .replace('</head>', `<style>${styles[style]}</style></head>`);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-portal-styles-'));
  for (const [id, style] of cases) {
    const page = join(dir, `${id}.${style}.html`);
    await writeFile(page, await styledPage(id, style));
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
    const entry = (await readFixtureManifest(folderOf(id))).find((candidate) => candidate.id === id)!;
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
