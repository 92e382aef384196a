import { parentPort } from 'node:worker_threads';
const x: number = 41;
parentPort?.on('message', (m: number) => parentPort?.postMessage(m + x));
