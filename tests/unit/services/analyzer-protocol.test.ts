import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/main/services/analyze-file';
import { serveAnalyses, type AnalyzeRequest, type WorkerMessage } from '../../../src/main/services/analyzer-protocol';

const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((port) => port.close()));

/** A worker's side whose analysis reads two pages, the second by OCR. */
function servedPort(): MessagePort {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveAnalyses(port1, async (_fileName, _bytes, { onProgress }): Promise<Analysis> => {
    onProgress?.({ stage: 'reading', page: 1, pages: 2 });
    onProgress?.({ stage: 'ocr', page: 2, pages: 2 });
    return { ok: false, code: 'read', error: 'done' };
  });
  return port2;
}

/** Every message the worker sends for one request, its answer last. */
function messagesFor(port: MessagePort, request: AnalyzeRequest): Promise<WorkerMessage[]> {
  return new Promise((resolve) => {
    const messages: WorkerMessage[] = [];
    port.on('message', (message: WorkerMessage) => {
      messages.push(message);
      if ('ok' in message) resolve(messages);
    });
    port.postMessage(request);
  });
}

const stages = (messages: WorkerMessage[]): string[] =>
  messages.map((message) => ('progress' in message ? `${message.progress.stage} ${message.progress.page}` : 'answer'));

describe('analysis worker messages', () => {
  it('reports each page read when the caller shows them', async () => {
    const request = { taskId: 1, fileName: 'a.pdf', bytes: new Uint8Array(1), pageProgress: true };
    expect(stages(await messagesFor(servedPort(), request))).toEqual(['reading 1', 'ocr 2', 'answer']);
  });

  it('reports only the pages read by OCR (which extend the time limit) when the caller shows none', async () => {
    const request = { taskId: 1, fileName: 'a.pdf', bytes: new Uint8Array(1) };
    expect(stages(await messagesFor(servedPort(), request))).toEqual(['ocr 2', 'answer']);
  });
});
