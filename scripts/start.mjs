// `npm start`: the desktop app when an Electron binary is available, otherwise the same review desk
// in the browser through `nianbao serve`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuild } from './cli-build.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The Electron executable, or null when none is installed (electron's index.js throws then). */
function findElectron() {
  try {
    const executable = require('electron');
    if (typeof executable === 'string' && (existsSync(executable) || process.env.ELECTRON_OVERRIDE_DIST_PATH)) return executable;
    return null;
  } catch (error) {
    if (process.env.DEBUG) console.error(error);
    return null;
  }
}

/** Runs a child with inherited stdio, forwarding Ctrl+C / SIGTERM; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

/**
 * Newer npm versions skip install scripts unless allowed, so Electron's own download may never have run:
 * try it once here (it fails at once where the network forbids it).
 */
async function installElectronBinary() {
  const installer = path.join(projectRoot, 'node_modules/electron/install.js');
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !existsSync(installer)) return;
  console.error('正在下载 Electron 可执行文件（仅首次）…');
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: projectRoot, stdio: 'ignore' });
    child.on('error', () => resolve(1));
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) console.error('Electron 下载失败（网络不可用或被禁止）。');
}

// The patches and the command line (also what the browser mode runs) first: npm ci cannot prepare them.
await ensureCliBuild();

let electron = findElectron();
if (!electron) {
  await installElectronBinary();
  electron = findElectron();
}
if (electron) {
  const built = await run(process.execPath, [path.join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
  process.exitCode = built === 0 ? await run(electron, [projectRoot]) : built;
} else {
  const dataDir = path.join(homedir(), '.nianbao', 'library');
  console.error('本机没有可用的 Electron 可执行文件（可设置 ELECTRON_OVERRIDE_DIST_PATH 指向 Electron 所在目录）。');
  console.error(`改为在浏览器中运行审查台：nianbao serve --data ${dataDir} --port 5183`);
  console.error('启动后第一行输出的就是要在浏览器中打开的地址（含访问令牌）。');
  process.exitCode = await run(process.execPath, [path.join(projectRoot, 'bin/nianbao.mjs'), 'serve', '--data', dataDir, '--port', '5183']);
}
