import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src/shared/ipc-contract';
import { startBridge, type Bridge } from '../../../src/main/bridge/server';
import type { ServiceHandlers } from '../../../src/main/services/service-handlers';

const token = 'test-token-0123456789';
const csp = "default-src 'self'; script-src 'self'";
let root: string;
let staticDir: string;
let bridge: Bridge;
const handlers = Object.fromEntries(channels.map((channel) => [channel, vi.fn(async () => ({ ok: true, value: channel }))])) as unknown as ServiceHandlers;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: bridge.port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const invoke = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send({ method: 'POST', path: `/api/invoke/${channel}`, headers: { 'content-type': 'application/json', 'x-nianbao-token': token, ...headers }, body: JSON.stringify(body) });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'nianbao-bridge-'));
  staticDir = path.join(root, 'web');
  await mkdir(path.join(staticDir, 'pdfjs', 'cmaps'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>年报</body></html>`);
  await writeFile(path.join(staticDir, 'app.mjs'), 'export {}');
  await writeFile(path.join(staticDir, 'pdfjs', 'cmaps', 'UniGB-UCS2-H.bcmap'), Buffer.from([1, 2, 3]));
  await writeFile(path.join(root, 'secret.txt'), 'secret');
  await symlink(path.join(root, 'secret.txt'), path.join(staticDir, 'link.txt'));
  bridge = await startBridge({ handlers, port: 0, staticDir, token, maxBodyBytes: 1024, logError: () => undefined });
});

afterAll(async () => {
  await bridge?.close();
  await rm(root, { recursive: true, force: true });
});

describe('startBridge', () => {
  it('binds to 127.0.0.1 and serves index.html with the page CSP', async () => {
    expect(bridge.origin).toBe(`http://127.0.0.1:${bridge.port}`);
    const reply = await send({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(`${csp}; frame-ancestors 'none'`);
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.body).toContain('年报');
  });

  it('serves .mjs and .bcmap with the right MIME types', async () => {
    expect((await send({ path: '/app.mjs' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send({ path: '/pdfjs/cmaps/UniGB-UCS2-H.bcmap' })).headers['content-type']).toBe('application/octet-stream');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/pdfjs/..%2f..%2fsecret.txt', '/link.txt', '/%00', '/..%5csecret.txt', '/missing.js'])(
    'refuses %s',
    async (urlPath) => {
      const reply = await send({ path: urlPath });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('secret');
    },
  );

  it('rejects foreign Host headers (DNS rebinding)', async () => {
    const reply = await send({ path: '/', headers: { host: `evil.example:${bridge.port}` } });
    expect(reply.status).toBe(403);
    expect((await send({ path: '/', headers: { host: `localhost:${bridge.port}` } })).status).toBe(200);
  });

  it('dispatches invocations with a valid token', async () => {
    const reply = await invoke('library.list', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: 'library.list' });
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await invoke('library.list', {}, { 'x-nianbao-token': 'wrong' })).status).toBe(401);
    const reply = await send({ method: 'POST', path: '/api/invoke/library.list', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses cross-site origins, non-JSON bodies and GET', async () => {
    expect((await invoke('library.list', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await invoke('library.list', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send({ path: '/api/invoke/library.list', headers: { 'x-nianbao-token': token } })).status).toBe(405);
  });

  it('answers invalid JSON and invalid requests with Chinese Result errors', async () => {
    const broken = await send({ method: 'POST', path: '/api/invoke/library.list', headers: { 'content-type': 'application/json', 'x-nianbao-token': token }, body: '{' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toMatch(/^请求格式不正确：/);
    const unknown = JSON.parse((await invoke('fs.readFile', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('refuses bodies over the limit with 413', async () => {
    const reply = await invoke('library.import', { files: [{ name: 'a.txt', base64: 'A'.repeat(4096) }], batchId: 'b' });
    expect(reply.status).toBe(413);
  });

  it('streams push events to subscribers with the token', async () => {
    expect((await send({ path: '/api/events?token=wrong' })).status).toBe(401);
    const received = new Promise<string>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port: bridge.port, path: `/api/events?token=${token}`, headers: { host: `127.0.0.1:${bridge.port}` } }, (response) => {
        expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('import.progress')) {
            request.destroy();
            resolve(text);
          }
        });
        bridge.emit('import.progress', { batchId: 'b', done: 1, total: 2, current: null });
      });
      request.on('error', reject);
      request.end();
    });
    expect(await received).toContain('event: import.progress\ndata: {"batchId":"b","done":1,"total":2,"current":null}\n\n');
  });
});
