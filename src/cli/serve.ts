// `nianbao serve`: the review desk in a browser. Same services as the desktop app, reached over
// the loopback bridge (127.0.0.1 only, per-run token). The first stdout line is the address to open.
// Exit codes: 0 stopped, 1 port unusable, 2 bad arguments or data folder, 3 library in use or unreadable.
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBridge, type Bridge } from '../main/bridge/server';
import { createServices, type Services } from '../main/services/create-services';
import { isLibraryOpenError } from '../main/storage/storage-errors';
import { DataDirError, prepareDataDir } from './data-dir';
import { argumentProblem } from './messages';
import { projectRoot } from './project-root';
import { ensureWebBuild } from './web-build';
import { cliNoticeWorker } from './notice-workers';
import { createWorkerAnalyzer } from './worker-analyzer';

const webDir = path.join(projectRoot, 'out/web');
const defaultDataDir = path.join(homedir(), '.nianbao', 'library');
const defaultPort = 5183;

const usage = '用法：nianbao serve --data 目录 --port 端口（0 表示任选空闲端口）';

class ServeError extends Error {}

function parseOptions(argv: string[]): { dataDir: string; port: number } {
  let values: { data?: string; port?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, port: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new ServeError(`${argumentProblem(error)}\n${usage}`);
  }
  const port = values.port === undefined ? defaultPort : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ServeError(`端口不正确：“${values.port}”。端口应为 0–65535 的整数。\n${usage}`);
  return { dataDir: path.resolve(values.data ?? defaultDataDir), port };
}

async function listen(port: number, start: (port: number) => Promise<Bridge>): Promise<Bridge> {
  try {
    return await start(port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new ServeError(
        `端口 ${port} 已被占用：请关闭占用它的程序，或用 --port 换一个端口（--port 0 自动选择空闲端口）。`,
      );
    if (code === 'EACCES') throw new ServeError(`没有权限使用端口 ${port}：请换一个大于 1024 的端口。`);
    throw error;
  }
}

const waitForStopSignal = (): Promise<NodeJS.Signals> =>
  new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

export async function runServe(argv: string[]): Promise<number> {
  let options: { dataDir: string; port: number };
  try {
    options = parseOptions(argv);
    await prepareDataDir(options.dataDir);
    await ensureWebBuild(projectRoot, webDir);
  } catch (error) {
    if (!(error instanceof ServeError || error instanceof DataDirError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }

  const analyzer = createWorkerAnalyzer();
  let services: Services;
  try {
    services = await createServices({ dataDir: options.dataDir, analyzer, noticeWorker: cliNoticeWorker });
  } catch (error) {
    await analyzer.close();
    // In use elsewhere, or its folder or library.json unusable: the Chinese message names it.
    if (!isLibraryOpenError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 3;
  }
  // A fresh secret per run: only whoever reads this process's stdout can use the bridge.
  const token = randomBytes(32).toString('base64url');
  let bridge: Bridge;
  try {
    bridge = await listen(options.port, (port) =>
      startBridge({ handlers: services, host: '127.0.0.1', port, staticDir: webDir, token }),
    );
  } catch (error) {
    await services.close();
    await analyzer.close();
    if (!(error instanceof ServeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }

  process.stdout.write(`${bridge.origin}/?token=${token}\n`);
  process.stderr.write(
    `年报审查台已启动：请在浏览器中打开上面的地址（数据目录：${options.dataDir}）。按 Ctrl+C 停止。\n`,
  );

  const signal = await waitForStopSignal();
  process.stderr.write(`收到 ${signal}，正在停止…\n`);
  await bridge.close();
  await services.close();
  await analyzer.close();
  return 0;
}
