// Push events to browser tabs as Server-Sent Events (the browser side is EventSource).
import type { ServerResponse } from 'node:http';
import type { PushEmitter } from '../services/service-handlers';

export interface EventStream {
  /** Takes over a response and keeps it open until the tab goes away or the stream closes. */
  add(response: ServerResponse): void;
  emit: PushEmitter;
  close(): void;
}

const heartbeatMs = 20_000;

export function createEventStream(): EventStream {
  const clients = new Set<ServerResponse>();
  // Comment lines keep idle connections (and proxies, if any) from timing out.
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  return {
    add(response) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write('retry: 2000\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    emit(event, payload) {
      // JSON never contains a raw newline, so one data line per event is enough.
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of clients) client.write(frame);
    },
    close() {
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
