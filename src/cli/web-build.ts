// Builds the browser renderer (out/web) when it is missing or older than its sources, with vite's
// output sent to stderr: stdout of `nianbao serve` carries only the address.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'vite';

/** Sources whose change makes out/web stale. */
const sourcesOf = (projectRoot: string): string[] => [
  path.join(projectRoot, 'src/renderer'),
  path.join(projectRoot, 'src/shared'),
  // The renderer also uses the pure domain (scoring, template definitions).
  path.join(projectRoot, 'src/main/domain'),
  path.join(projectRoot, 'vite.web.config.ts'),
];

async function newestMtimeMs(target: string): Promise<number> {
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

export async function isWebBuildStale(projectRoot: string, outDir: string): Promise<boolean> {
  const built = await stat(path.join(outDir, 'index.html')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!built) return true;
  const sources = await Promise.all(sourcesOf(projectRoot).map(newestMtimeMs));
  return Math.max(...sources) > built.mtimeMs;
}

function stderrLogger(): Logger {
  const warned = new Set<string>();
  const write = (message: string): void => {
    process.stderr.write(`${message}\n`);
  };
  return {
    info: write,
    warn: write,
    warnOnce: (message) => {
      if (warned.has(message)) return;
      warned.add(message);
      write(message);
    },
    error: write,
    clearScreen: () => undefined,
    hasErrorLogged: () => false,
    hasWarned: false,
  };
}

/** Runs the vite build of vite.web.config.ts into outDir. */
export async function buildWeb(projectRoot: string, outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: path.join(projectRoot, 'vite.web.config.ts'),
    customLogger: stderrLogger(),
    logLevel: 'warn',
    build: { outDir },
  });
}

export async function ensureWebBuild(projectRoot: string, outDir: string): Promise<void> {
  if (!(await isWebBuildStale(projectRoot, outDir))) return;
  process.stderr.write(`正在构建网页界面（${path.relative(projectRoot, outDir) || outDir}）…\n`);
  const started = Date.now();
  await buildWeb(projectRoot, outDir);
  process.stderr.write(`网页界面构建完成（${((Date.now() - started) / 1000).toFixed(1)} 秒）。\n`);
}
