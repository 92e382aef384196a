// Packaging readiness, checked without a packager: the app is built into the layout a package has
// (resources/app.asar/out/…, here a plain folder), and the packager config (electron-builder.json) is held
// to what the app relies on: its own files inside app.asar, native modules unpacked, every import of the
// main process a production dependency, fuses as Electron's security checklist recommends, no file://.
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../../src/main/app/app-paths';
import { resolveRendererLocation } from '../../../src/main/app/renderer-location';
import { createAnalyzerPool } from '../../../src/main/services/analyzer-pool';
import { seedsDir } from '../../shared-data';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const config = JSON.parse(readFileSync(path.join(projectRoot, 'electron-builder.json'), 'utf8')) as {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
};
const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'node_modules' ? [] : filesUnder(path.join(dir, entry.name))) : [path.join(dir, entry.name)],
  );
const relative = (from: string, file: string): string => path.relative(from, file).split(path.sep).join('/');
const matchesAny = (file: string, patterns: string[]): boolean => patterns.some((pattern) => minimatch(file, pattern, { dot: true }));

let resources: string;
let appDir: string;

beforeAll(async () => {
  resources = path.join(await mkdtemp(path.join(tmpdir(), 'nianbao-package-')), 'resources');
  appDir = path.join(resources, 'app.asar');
  await mkdir(appDir, { recursive: true });
  const build = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', path.join(appDir, 'out'), '--logLevel', 'error'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`electron-vite build 失败：\n${build.stdout}\n${build.stderr}`);
  await cp(path.join(projectRoot, 'package.json'), path.join(appDir, 'package.json'));
  // Dependencies sit next to the app's files in the package, as node_modules.
  await symlink(path.join(projectRoot, 'node_modules'), path.join(appDir, 'node_modules'), 'junction');
}, 240_000);

afterAll(async () => {
  await rm(path.dirname(resources), { recursive: true, force: true });
});

describe('the app inside its package', () => {
  it('finds its entry, preload, renderer and analysis worker inside app.asar, and the packager puts them there', () => {
    const paths = resolveAppPaths(path.join(appDir, 'out/main'));
    // The recognition lane's entry sits beside the analysis worker, which starts it from there.
    const lane = path.join(path.dirname(paths.analyzeWorker), 'recognition-worker.js');
    const wanted = [path.join(appDir, packageJson.main), paths.preload, path.join(paths.rendererRoot, 'index.html'), paths.analyzeWorker, lane];
    for (const file of wanted) {
      expect(existsSync(file), file).toBe(true);
      expect(relative(appDir, file).startsWith('..'), file).toBe(false);
    }
    expect(config.asar).toBe(true);
    const built = filesUnder(path.join(appDir, 'out')).map((file) => relative(appDir, file));
    for (const file of [...built, 'package.json']) expect(matchesAny(file, config.files), file).toBe(true);
    // The app's own JavaScript, the worker included, stays in the archive: Electron reads app.asar in worker threads.
    expect(built.filter((file) => matchesAny(file, config.asarUnpack))).toEqual([]);
    // The browser build and the sources are not part of the package.
    expect(matchesAny('out/web/index.html', config.files)).toBe(false);
    expect(matchesAny('src/main/index.ts', config.files)).toBe(false);
  });

  it('runs the analysis worker from the package layout', async () => {
    const pool = createAnalyzerPool({ size: 1, workerUrl: resolveAppPaths(path.join(appDir, 'out/main')).analyzeWorker });
    try {
      const seed = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()[0]!;
      const analysis = await pool.analyze(seed, readFileSync(path.join(seedsDir, seed)));
      expect(analysis.ok).toBe(true);
      expect(analysis.ok && analysis.report.agency).toBeTruthy();
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('imports nothing at run time that the package leaves out: only production dependencies', () => {
    const bare = new Set<string>();
    for (const file of filesUnder(path.join(appDir, 'out/main')).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      const imports = /^(?:import|export)\b[^;"']*?\bfrom\s*["']([^"'./][^"']*)["']|^import\s*["']([^"'./][^"']*)["']|\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/gm;
      for (const match of code.matchAll(imports)) bare.add((match[1] ?? match[2] ?? match[3])!);
    }
    const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const outside = [...bare].filter(
      (specifier) => specifier !== 'electron' && !specifier.startsWith('node:') && !builtinModules.includes(specifier) && !(packageOf(specifier) in packageJson.dependencies),
    );
    expect(bare.size).toBeGreaterThan(3);
    expect(outside).toEqual([]);
  });

  it('unpacks every native module of the production dependencies, with the files it loads', () => {
    const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const nativePackages = Object.entries(lock.packages)
      .filter(([folder, entry]) => folder && !entry.dev && existsSync(path.join(projectRoot, folder)))
      .map(([folder]) => folder)
      .filter((folder) => filesUnder(path.join(projectRoot, folder)).some((file) => file.endsWith('.node')));
    // pdf.js's canvas binding, at least on the machines we build on.
    expect(nativePackages.some((folder) => folder.startsWith('node_modules/@napi-rs/canvas'))).toBe(true);
    for (const folder of nativePackages) {
      for (const file of filesUnder(path.join(projectRoot, folder))) {
        const inPackage = relative(projectRoot, file);
        expect(matchesAny(inPackage, config.asarUnpack), inPackage).toBe(true);
      }
    }
  });
});

describe('security of the package', () => {
  it('sets the fuses Electron recommends', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('needs no file:// privileges: the page comes from nianbao://app/ and refers to its files relatively', () => {
    expect(resolveRendererLocation({}).url).toBe('nianbao://app/index.html');
    const html = readFileSync(path.join(appDir, 'out/renderer/index.html'), 'utf8');
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(1);
    for (const reference of references) expect(reference, reference).toMatch(/^(?:\.\/|data:)/);
    expect(readFileSync(path.join(appDir, 'out/main/index.js'), 'utf8')).not.toMatch(/loadFile\(|file:\/\//);
  });
});
