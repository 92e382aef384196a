import { parentPort } from 'node:worker_threads';
parentPort.postMessage(String(globalThis.PRE));
