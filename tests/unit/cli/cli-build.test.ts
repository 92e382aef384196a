// The command line runs from JavaScript built ahead of time (scripts/cli-build.mjs): bin/nianbao.mjs uses
// the current build while it is fresh and builds again once a source is newer than it.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureCliBuild } from '../../../scripts/cli-build.mjs';
import type { ExtractJson } from '../../../src/cli/extract-command';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { readDocument } from '../../../src/main/extract/read-document';
import { scoreOneScan } from '../../fixtures/scans/scan-set';
import { realDir, seedsDir } from '../../shared-data';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const stamp = () => JSON.parse(readFileSync(path.join(repoRoot, 'out/cli/build.json'), 'utf8')) as { id: string; inputs: string[] };

describe('the built command line', () => {
  it('is reused while fresh and rebuilt when a source changes', async () => {
    const first = await ensureCliBuild();
    expect(await ensureCliBuild()).toBe(first);
    expect(fileURLToPath(first)).toMatch(/out\/cli\/[^/]+\/main\.mjs$/);
    expect(stamp().inputs).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/main/extract/pdf/read-pdf.ts']));

    const source = path.join(repoRoot, 'src/cli/messages.ts');
    const { atime, mtime } = statSync(source);
    // As if saved now: newer than the last build, older than the next.
    const now = new Date();
    utimesSync(source, now, now);
    try {
      const rebuilt = await ensureCliBuild();
      expect(rebuilt).not.toBe(first);
      expect(await ensureCliBuild()).toBe(rebuilt);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });

  it('runs as `node bin/nianbao.mjs` with no TypeScript loader', async () => {
    const file = path.join(seedsDir, '003_ccaddad691bcdd6a.txt');
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/nianbao.mjs', 'extract', file, '--json'], {
      cwd: repoRoot,
      // A loader given to the process would be inherited: none is.
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(JSON.parse(stdout)[0]).toMatchObject({ agency: '眉山市经济和信息化局', error: null });
    // tsx is only reached for a TypeScript worker entry (the tests'); nothing built imports it.
    const buildDir = path.dirname(fileURLToPath(await ensureCliBuild()));
    const built = readdirSync(buildDir).filter((name) => name.endsWith('.mjs'));
    // The recognition lane's entry sits beside the analysis worker, which starts it from there.
    expect(built).toEqual(expect.arrayContaining(['analyze-worker.mjs', 'recognition-worker.mjs']));
    for (const name of built) expect(readFileSync(path.join(buildDir, name), 'utf8')).not.toMatch(/^import[^;]*["']tsx/m);
  });

  it(
    'runs its analysis worker and pdf.js compiled once and kept, reading as the sources do, pictures by OCR too',
    { timeout: 180_000 },
    async () => {
      const file = path.join(realDir, 'huaian-hongze-2024.pdf');
      const { score } = await scoreOneScan('std-2019-zeros', 'seal300');
      const buildDir = path.dirname(fileURLToPath(await ensureCliBuild()));
      // Two files: a batch, whose caches are its own (src/cli/worker-analyzer.ts).
      const caches = ['analyze-worker.cjs.batch.cache', 'pdfjs.cjs.batch.cache'].map((name) => path.join(buildDir, name));
      for (const cache of caches) rmSync(cache, { force: true });
      const extract = async () =>
        JSON.parse(
          (await promisify(execFile)(process.execPath, ['bin/nianbao.mjs', 'extract', file, score.file, '--json'], { cwd: repoRoot }))
            .stdout,
        ) as ExtractJson[];
      const first = await extract();
      // The first run leaves the compiled worker and pdf.js for the next, which reads the same.
      for (const cache of caches) expect(existsSync(cache)).toBe(true);
      expect(await extract()).toEqual(first);
      // The picture's decoder and the OCR models are loaded on first use, from the cached worker too.
      expect(first[1]!.error).toBeNull();
      expect(Object.values(first[1]!.cells).filter((value) => value !== null).length).toBeGreaterThan(150);
      // These tests import pdf.js and the readers from the sources, as the desktop app does.
      const read = await readDocument(path.basename(file), readFileSync(file));
      if (!read.ok) throw new Error(read.message);
      const cells = Object.fromEntries(Object.entries(parseReport(read.document).cells).map(([id, cell]) => [id, cell.value]));
      expect(first[0]!.cells).toEqual(cells);
      expect(Object.values(cells).filter((value) => value !== null).length).toBeGreaterThan(100);
    },
  );

  it('ends quietly when the command reading its output stops (`| head`)', async () => {
    const file = path.join(seedsDir, '003_ccaddad691bcdd6a.txt');
    const run = spawn(process.execPath, ['bin/nianbao.mjs', 'extract', file, file, file, '--json'], { cwd: repoRoot });
    let stderr = '';
    run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader goes away after the first piece of output, as `head -1` does.
    run.stdout.once('data', () => run.stdout.destroy());
    const code = await new Promise((resolve) => run.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
