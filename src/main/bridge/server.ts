// The loopback bridge of `nianbao serve`: the built renderer plus the IPC contract over HTTP,
// bound to 127.0.0.1 only, guarded by a per-run token and a Host check (DNS rebinding).
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Result } from '../../shared/ipc-contract';
import { createDispatcher, type DispatcherOptions } from '../ipc/dispatch';
import type { PushEmitter, ServiceHandlers } from '../services/service-handlers';
import { createEventStream } from './event-stream';
import { readContentSecurityPolicy, serveStatic } from './static-files';

export interface BridgeOptions {
  handlers: ServiceHandlers;
  /** Loopback only: the bridge is never reachable from another machine. */
  host?: '127.0.0.1';
  /** 0 picks a free port. */
  port: number;
  /** The built web renderer (out/web). */
  staticDir: string;
  token: string;
  /** Largest request body; imports carry whole files as base64. */
  maxBodyBytes?: number;
  logError?: DispatcherOptions['logError'];
}

export interface Bridge {
  /** e.g. http://127.0.0.1:5183 (no token). */
  origin: string;
  port: number;
  emit: PushEmitter;
  close(): Promise<void>;
}

export const tokenHeader = 'x-nianbao-token';
const defaultMaxBodyBytes = 300 * 1024 * 1024;

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        request.pause();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const host = options.host ?? '127.0.0.1';
  const staticDir = path.resolve(options.staticDir);
  const limit = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const expectedToken = digest(options.token);
  const contentSecurityPolicy = await readContentSecurityPolicy(staticDir);
  const events = createEventStream();
  const dispatch = createDispatcher(options.handlers, events.emit, { logError: options.logError });
  const logError = options.logError ?? ((message: string, error: unknown) => console.error(message, error));

  // Filled in once the port is known (port 0 = any free port).
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  // Hash both sides so the comparison is constant-time whatever the length of the guess.
  const tokenMatches = (given: unknown): boolean =>
    typeof given === 'string' && given.length > 0 && timingSafeEqual(digest(given), expectedToken);

  const securityHeaders = {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // The page URL carries the token: never send it anywhere as a referrer.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };

  const sendJson = (response: ServerResponse, status: number, body: Result<unknown>): void => {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
    });
    response.end(text);
  };
  const sendError = (response: ServerResponse, status: number, code: string, message: string): void =>
    sendJson(response, status, { ok: false, error: { code, message } });

  async function handleInvoke(channel: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return sendError(response, 405, 'method_not_allowed', '只接受 POST 请求。');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) {
      return sendError(response, 403, 'forbidden', '拒绝来自其他网站的请求。');
    }
    if (!tokenMatches(request.headers[tokenHeader])) {
      return sendError(response, 401, 'unauthorized', '访问令牌无效：请使用 nianbao serve 输出的完整地址（含 token）重新打开页面。');
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return sendError(response, 415, 'invalid_request', '请求格式不正确：请求体必须是 JSON。');
    }
    let body: Buffer;
    try {
      body = await readBody(request, limit);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      response.setHeader('Connection', 'close');
      sendError(response, 413, 'too_large', `请求过大：一次请求不能超过 ${Math.round(limit / 1024 / 1024)} MB，请分批导入。`);
      response.on('finish', () => request.destroy());
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      return sendError(response, 400, 'invalid_request', '请求格式不正确：请求体不是有效的 JSON。');
    }
    sendJson(response, 200, await dispatch(channel, raw));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    // DNS rebinding: a foreign name that resolves to 127.0.0.1 still carries its own Host header.
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
      return sendError(response, 403, 'forbidden', '拒绝访问：主机名不是 127.0.0.1 或 localhost。');
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/invoke/')) {
      // Channel names are plain ASCII: anything encoded is simply an unknown channel.
      return handleInvoke(url.pathname.slice('/api/invoke/'.length), request, response);
    }
    if (url.pathname === '/api/events') {
      if (request.method !== 'GET') return sendError(response, 405, 'method_not_allowed', '只接受 GET 请求。');
      if (!tokenMatches(url.searchParams.get('token'))) return sendError(response, 401, 'unauthorized', '访问令牌无效。');
      return events.add(response);
    }
    if (url.pathname.startsWith('/api/')) return sendError(response, 404, 'not_found', '没有这个接口。');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(response, 405, 'method_not_allowed', '只接受 GET 请求。');
    }
    return serveStatic(staticDir, url.pathname, request, response);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logError(`处理 ${request.method} ${request.url?.split('?')[0]} 时出错`, error);
      if (!response.headersSent) sendError(response, 500, 'internal', '内部错误：服务器处理请求失败。');
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  return {
    origin: `http://${host}:${port}`,
    port,
    emit: events.emit,
    close: () =>
      new Promise<void>((resolve, reject) => {
        events.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
