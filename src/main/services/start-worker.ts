// Starts a worker thread on an entry given as a file URL or an absolute path. Node 20 does not apply
// tsx's `--import tsx` hooks to a worker's entry module (tsx issue #354): a TypeScript entry (tests,
// scripts run from the sources) is started by a small bootstrap that registers tsx first, then imports it.
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const isPath = (entry: URL | string): entry is string =>
  typeof entry === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(entry);

export function startWorker(entry: URL | string, options: WorkerOptions = {}): Worker {
  const url = isPath(entry) ? pathToFileURL(entry) : entry instanceof URL ? entry : new URL(entry);
  // Worker takes a path string or a URL object, not a URL string.
  if (!/\.[cm]?ts$/.test(url.pathname)) return new Worker(isPath(entry) ? entry : url, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
