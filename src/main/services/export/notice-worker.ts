// Worker thread entry: writes the notices it is given, one message back per notice, then "done".
import { parentPort } from 'node:worker_threads';
import type { NoticeChunk, NoticeWorkerMessage } from './notice-writers';
import { writeNotice } from './notice-docx';

const port = parentPort;
port?.on('message', async ({ jobs, options }: NoticeChunk) => {
  try {
    for (const { index, detail } of jobs) {
      const bytes = await writeNotice(detail, options);
      port.postMessage({ kind: 'notice', index, bytes: new Uint8Array(bytes) } satisfies NoticeWorkerMessage);
    }
    port.postMessage({ kind: 'done' } satisfies NoticeWorkerMessage);
  } catch (error) {
    port.postMessage({
      kind: 'failed',
      reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies NoticeWorkerMessage);
  }
});
