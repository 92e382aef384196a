// Runs a CommonJS bundle with a V8 code cache kept beside it (FILE.cache, or FILE.VARIANT.cache), so that a
// process loading the bundle again skips most of compiling it. Node 20 has no compile cache for modules (Node 22's
// `module.enableCompileCache` does this for every module); pdf.js alone is 3 MB to compile in every process.
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';

export interface CachedScript<T> {
  exports: T;
  /** True when the compiled code came from the cache. */
  readonly fromCache: boolean;
  /**
   * Writes what V8 has compiled so far to the cache, once, when it was missing or out of date: called after
   * the bundle has done its work, the cache holds the functions that work needed too.
   */
  saveCache(): void;
}

/** The variable naming a process's caches apart: its workers inherit it with the environment. */
const VARIANT_VARIABLE = 'NIANBAO_CODE_CACHE';

/**
 * Keeps this process's caches (and its workers') apart from those of processes run with V8's default flags:
 * V8 refuses a cache made under other flags, so two kinds of process sharing one would each make it anew.
 * Call before starting the workers.
 */
export function nameCodeCacheVariant(name: string): void {
  process.env[VARIANT_VARIABLE] = name;
}

/** Runs `file` as CommonJS, with `parameters` as free variables in its scope (values esbuild's `define` names). */
export function runCachedScript<T>(file: string, parameters: Record<string, unknown> = {}): CachedScript<T> {
  const variant = process.env[VARIANT_VARIABLE];
  const cacheFile = variant ? `${file}.${variant}.cache` : `${file}.cache`;
  const cachedData = readIfPresent(cacheFile);
  const source = sourceText(readFileSync(file));
  const names = ['exports', 'require', 'module', '__filename', '__dirname', ...Object.keys(parameters)];
  // No `import()` in such a bundle: compiled from a cache, V8 11 (Node 20) loses what it needs (nodejs/node#43663).
  const script = new vm.Script(`(function (${names.join(', ')}) {${source}\n})`, { filename: file, cachedData });
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (...values: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file), ...Object.values(parameters));
  let saved = fromCache;
  return {
    exports: module.exports,
    fromCache,
    saveCache() {
      if (saved) return;
      saved = true;
      // Written aside and renamed: a process starting meanwhile reads the old cache or the new, never half of one.
      const temporary = `${cacheFile}.${process.pid}-${threadId}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A folder that cannot be written to (an installation made read-only) runs without the cache.
        rmSync(temporary, { force: true });
      }
    },
  };
}

/**
 * The bundle's text. Decoding UTF-8 costs V8 about 10 ms per MB, Latin-1 a tenth of that, and the two agree
 * on ASCII: pdf.js's bundle is ASCII; ours is not (esbuild escapes what is not ASCII in strings, but not
 * in regular expressions).
 */
const sourceText = (bytes: Buffer): string => bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
