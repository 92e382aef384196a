// runCachedScript: a CommonJS bundle run with a V8 code cache beside it, written once after the work and
// used by the next process; a damaged or unusable cache costs only the time it would have saved.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCachedScript } from '../../../src/main/extract/cached-script';

const run = promisify(execFile);
const moduleUrl = new URL('../../../src/main/extract/cached-script.ts', import.meta.url).href;

// Each load in a process of its own, as the command line's workers do (V8 keeps compiled code per process).
// `variant`: run with other V8 flags, as a batch of the command line is (src/cli/worker-analyzer.ts).
async function load(file: string, variant?: string): Promise<{ value: string; fromCache: boolean }> {
  const script = `
    const { runCachedScript, nameCodeCacheVariant } = await import(${JSON.stringify(moduleUrl)});
    if (${JSON.stringify(variant ?? '')}) {
      (await import('node:v8')).setFlagsFromString('--interrupt-budget=270336');
      nameCodeCacheVariant(${JSON.stringify(variant ?? '')});
    }
    const script = runCachedScript(process.argv[1], { greeting: '你好' });
    const value = script.exports.answer(20);
    script.saveCache();
    console.log(JSON.stringify({ value, fromCache: script.fromCache }));`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file]);
  return JSON.parse(stdout) as { value: string; fromCache: boolean };
}

describe('runCachedScript', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nianbao-cached-script-'));
    file = path.join(dir, 'bundle.cjs');
    // A bundle's shape: CommonJS exports, a free variable given by the caller, a package required, and text
    // that is not ASCII in a regular expression (which esbuild leaves as it is).
    writeFileSync(file, "const { basename } = require('node:path');\nconst hanzi = /^[一-龥]+$/;\nmodule.exports = { answer: (n) => `${greeting} ${n * 2 + 2} ${basename(__filename)} ${hanzi.test(greeting)}` };\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle, then keeps its compiled code for the next process', async () => {
    expect(await load(file)).toEqual({ value: '你好 42 bundle.cjs true', fromCache: false });
    expect(existsSync(`${file}.cache`)).toBe(true);
    expect(await load(file)).toEqual({ value: '你好 42 bundle.cjs true', fromCache: true });
  });

  it('keeps apart the caches of processes run with other V8 flags, which V8 refuses each other', async () => {
    for (const variant of [undefined, 'batch']) expect((await load(file, variant)).fromCache).toBe(false);
    for (const variant of [undefined, 'batch', undefined, 'batch'])
      expect(await load(file, variant)).toEqual({ value: '你好 42 bundle.cjs true', fromCache: true });
    expect(readdirSync(dir).sort()).toEqual(['bundle.cjs', 'bundle.cjs.batch.cache', 'bundle.cjs.cache']);
  });

  it('runs without a damaged cache, and replaces it', async () => {
    writeFileSync(`${file}.cache`, Buffer.from('not a code cache'));
    expect(await load(file)).toEqual({ value: '你好 42 bundle.cjs true', fromCache: false });
    expect(await load(file)).toEqual({ value: '你好 42 bundle.cjs true', fromCache: true });
  });

  it('runs without a cache it cannot write, and leaves nothing behind', () => {
    // The cache's place taken by a folder: reading it and renaming onto it both fail.
    mkdirSync(`${file}.cache`);
    const script = runCachedScript<{ answer(n: number): string }>(file, { greeting: 'hi' });
    expect(script.exports.answer(1)).toBe('hi 4 bundle.cjs false');
    expect(() => script.saveCache()).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['bundle.cjs', 'bundle.cjs.cache']);
  });
});
