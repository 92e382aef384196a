import { Worker } from 'node:worker_threads';
const w = new Worker(new URL('./w2.mjs', import.meta.url), { execArgv: ['--import', new URL('./pre.mjs', import.meta.url).href] });
w.on('message', (m) => { console.log('PRE=', m); void w.terminate(); });
w.on('error', (e) => console.error(e));
const w3 = new Worker(new URL('./w.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
w3.on('message', (m) => { console.log('w3', m); void w3.terminate(); });
w3.on('error', (e) => console.error('w3 err', String(e)));
w3.postMessage(1);
