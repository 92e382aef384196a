// Gets the installed code ready to run: applies the patches in patches/ (patch-package; see
// patches/README.md), then builds the command line (with the bridge of `nianbao serve`) and the analysis
// worker into JavaScript with esbuild, so that no TypeScript is compiled at run time. The analysis worker and
// pdf.js are each one CommonJS script (analyze-worker.cjs, pdfjs.cjs) that the worker runs with a V8 code
// cache kept beside it (src/main/extract/cached-script.ts).
//
// The project's .npmrc sets ignore-scripts=true, which also stops this package's own install scripts,
// so nothing can run at `npm ci`: bin/nianbao.mjs, `npm start`, `npm run build` and the tests call
// ensureCliBuild(), which checks the recorded inputs' times (a stat call for each of the two hundred-odd inputs,
// 7–9 ms in `npm run bench`)
// and does the work again only when one is newer than the last build: a changed source, a changed patch,
// or packages installed anew (which undoes the patches).
// Each build goes to a folder of its own, made current by an atomic rename of out/cli/build.json:
// a process still running an older build keeps its files, and two processes building at once never mix.
//
// `node scripts/cli-build.mjs` does it all now, whatever the state.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(projectRoot, 'out/cli');
const stampPath = path.join(outDir, 'build.json');
const thisScript = path.relative(projectRoot, fileURLToPath(import.meta.url));
const patchesDir = 'patches';
/** The files the patches change: installing packages anew puts the unpatched files back. */
const patchedFiles = [
  'node_modules/pdfjs-dist/legacy/build/pdf.mjs',
  'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
  'node_modules/jszip/lib/crc32.js',
  'node_modules/jszip/lib/flate.js',
];
const patchFiles = () =>
  readdirSync(path.join(projectRoot, patchesDir))
    .filter((name) => name.endsWith('.patch'))
    .map((name) => `${patchesDir}/${name}`);
/** Files whose change changes the build besides the bundled sources. */
const buildInputs = () => [thisScript, 'package.json', ...patchFiles(), ...patchedFiles];
/** Builds kept besides the current one, for processes still running them. */
const keptBuilds = 3;

/** The current build's record, or null when there is none or it is damaged. */
function readStamp() {
  try {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
    return typeof stamp?.id === 'string' && Array.isArray(stamp.inputs) ? stamp : null;
  } catch {
    return null;
  }
}

/** True when some input changed (or vanished) since the build started. */
function isStale(stamp) {
  for (const input of stamp.inputs) {
    const info = statSync(`${projectRoot}/${input}`, { throwIfNoEntry: false });
    if (!info || info.mtimeMs > stamp.startedAt) return true;
  }
  return false;
}

const entryOf = (stamp) => pathToFileURL(path.join(outDir, stamp.id, 'main.mjs')).href;

/**
 * Applies the patches (already applied ones are left as they are). A patch that no longer applies (another
 * version of the package) is reported and skipped: the patches change speed, never results.
 */
export async function applyPatches() {
  // Loaded here, not at the top: every start of bin/nianbao.mjs loads this module, few need a child process.
  const { spawnSync } = await import('node:child_process');
  const patchPackage = path.join(projectRoot, 'node_modules/patch-package/index.js');
  const run = spawnSync(process.execPath, [patchPackage, '--error-on-fail'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (run.status === 0) return true;
  process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}${run.error ?? ''}\n`);
  process.stderr.write('警告：依赖包的补丁（pdf.js、jszip）未能应用（见上）。结果不受影响，但读取 PDF 和导出会较慢。\n');
  return false;
}

/**
 * In a script run with a code cache, `import()` fails (V8 11's cache drops what it needs; nodejs/node#43663):
 * the packages the worker loads on first use (picture decoders, the OCR runtime) are required then instead.
 * pdf.js (ES modules only) is left as it is: the worker loads it from pdfjs.cjs.
 */
const requireLazyPackages = {
  name: 'require-lazy-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/, namespace: 'file' }, (args) =>
      args.kind === 'dynamic-import' && !args.path.startsWith('pdfjs-dist/')
        ? { path: args.path, namespace: 'lazy-package' }
        : undefined,
    );
    // As an ES module re-exporting the package: esbuild's own interop (which honours `__esModule`) gives
    // the namespace the sources expect, as Node's import() does.
    build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
      contents: `export * from ${JSON.stringify(args.path)};\nexport { default } from ${JSON.stringify(args.path)};`,
      resolveDir: projectRoot,
    }));
  },
};

/** Applies the patches and builds now; resolves with the file URL of the CLI entry (exporting `main`). */
export async function buildCli() {
  const { build } = await import('esbuild');
  await applyPatches();
  const startedAt = Date.now();
  const id = `${startedAt.toString(36)}-${process.pid}`;
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: {
      main: 'src/cli/main.ts',
      // Runs analyze-worker.cjs (below) with a code cache.
      'analyze-worker': 'src/main/services/analyze-worker-cached.ts',
      'recognition-worker': 'src/main/services/recognition-worker.ts',
    },
    outdir: path.join(outDir, id),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Commands load what they need on first use: `extract` never loads the bridge or the exporters.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // Installed packages are loaded from node_modules as they are (pdf.js finds its data there).
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  // pdf.js, and the analysis worker, each as one CommonJS script that the worker runs with a V8 code cache
  // (src/main/extract/cached-script.ts): Node 20 compiles every module anew in every process and worker.
  const script = {
    absWorkingDir: projectRoot,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  };
  const [worker] = await Promise.all([
    build({
      ...script,
      entryPoints: ['src/main/services/analyze-worker-serve.ts'],
      outfile: path.join(outDir, id, 'analyze-worker.cjs'),
      packages: 'external',
      // Its `import.meta` is its entry's (analyze-worker-cached.ts), which passes both in.
      define: { 'import.meta.url': 'importMetaUrl', 'import.meta.resolve': 'importMetaResolve' },
      plugins: [requireLazyPackages],
      metafile: true,
    }),
    build({
      ...script,
      stdin: {
        contents: "export * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';\nexport * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';",
        resolveDir: projectRoot,
      },
      outfile: path.join(outDir, id, 'pdfjs.cjs'),
      // pdf.js finds its optional packages from its own URL, which the loader passes in.
      define: { 'import.meta.url': 'pdfjsModuleUrl' },
    }),
  ]);
  const inputs = [...Object.keys(result.metafile.inputs), ...Object.keys(worker.metafile.inputs)];
  // Files only: not the packages, nor the plugin's stand-ins ("lazy-package:pngjs").
  const sources = [...new Set(inputs)].filter((input) => !input.startsWith('node_modules/') && !input.includes(':'));
  const stamp = { id, startedAt, inputs: [...buildInputs(), ...sources] };
  const temporary = `${stampPath}.${id}.tmp`;
  writeFileSync(temporary, JSON.stringify(stamp, null, 1));
  renameSync(temporary, stampPath);
  removeOldBuilds(id);
  return entryOf(stamp);
}

function removeOldBuilds(current) {
  const builds = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== current)
    .map((entry) => ({ name: entry.name, mtimeMs: statSync(path.join(outDir, entry.name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { name } of builds.slice(keptBuilds)) rmSync(path.join(outDir, name), { recursive: true, force: true });
}

/** The file URL of an up-to-date CLI entry, building first when there is none or it is stale. */
export async function ensureCliBuild() {
  const stamp = readStamp();
  if (stamp && !isStale(stamp)) return entryOf(stamp);
  mkdirSync(outDir, { recursive: true });
  process.stderr.write(stamp ? '源代码或依赖已更改，正在重新构建命令行…\n' : '正在构建命令行（仅首次）…\n');
  try {
    return await buildCli();
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND')
      throw new Error('无法构建命令行：未安装 esbuild。请在项目目录中运行 npm ci。', { cause: error });
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  await buildCli();
  process.stderr.write(`命令行已构建（${(performance.now() - started).toFixed(0)} ms）：${path.relative(projectRoot, outDir)}\n`);
}
