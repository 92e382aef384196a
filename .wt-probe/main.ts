import { Worker } from 'node:worker_threads';
function run(label: string, w: Worker) {
  w.on('message', (m) => { console.log(label, 'got', m); void w.terminate(); });
  w.on('error', (e) => console.error(label, 'err', String(e).slice(0, 120)));
  w.postMessage(1);
}
run('mjs+import', new Worker(new URL('./boot.mjs', import.meta.url), { execArgv: ['--import', 'tsx'] }));
const target = new URL('./w.ts', import.meta.url).href;
run('eval-register', new Worker(`import('tsx/esm/api').then(async (api) => { api.register(); await import(${JSON.stringify(target)}); });`, { eval: true }));
run('data-url', new Worker(new URL(`data:text/javascript,${encodeURIComponent(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(target)});`)}`)));
