// The renderer is served from nianbao://app/ (a privileged custom scheme), never from file://: the page
// gets a real origin of its own, file:// keeps no extra privileges (fuse), and only files inside the
// built renderer folder can be read (the bridge's strict path check: no traversal, no symlink escape).
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { mimeTypeOf, readContentSecurityPolicy, resolveStaticPath } from '../bridge/static-files';

export const appScheme = 'nianbao';
export const appHost = 'app';
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;

/** Before the app is ready: a standard, secure scheme that fetch() and module scripts can use. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Answers nianbao://app/<path> with the file at <path> inside rendererRoot, read-only. */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  let policy: Promise<string> | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, '不允许的请求');
    const url = new URL(request.url);
    if (url.protocol !== `${appScheme}:` || url.host !== appHost) return plain(404, '未找到');
    try {
      const filePath = await resolveStaticPath(rendererRoot, url.pathname);
      if (!filePath) return plain(404, '未找到');
      const headers: Record<string, string> = { 'Content-Type': mimeTypeOf(filePath), 'X-Content-Type-Options': 'nosniff' };
      // The page's own policy as a header too, where frame-ancestors works. Electronegativity CSP_GLOBAL_CHECK
      // ("failed to parse CSP", tentative): the value is not a literal here; it is the policy of
      // src/renderer/index.html (explained there) plus frame-ancestors 'none'.
      if (filePath.endsWith('.html')) headers['Content-Security-Policy'] = await (policy ??= readContentSecurityPolicy(rendererRoot));
      return new Response(request.method === 'HEAD' ? null : await readFile(filePath), { headers });
    } catch (error) {
      console.error(`无法读取界面文件 ${url.pathname}`, error);
      return plain(500, '无法读取界面文件');
    }
  };
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(appScheme, createAppProtocolHandler(rendererRoot));
}
