// Serves the built renderer (out/web) read-only: no directory traversal, no symlink escape, explicit MIME types.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // pdfjs: packed CMaps and Type1 standard fonts.
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeTypeOf = (filePath: string): string => mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/** A strict policy for when the built index.html carries none. */
export const defaultContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // The original's HTML keeps its (sanitized) inline style attributes; no inline <style> elements.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const decodeEntities = (text: string): string =>
  text.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The CSP of the page's own <meta http-equiv>, so the browser gets the same policy as the desktop window. */
export async function readContentSecurityPolicy(staticDir: string): Promise<string> {
  const html = await readFile(path.join(staticDir, 'index.html'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const meta = /<meta\b[^>]*http-equiv\s*=\s*["']content-security-policy["'][^>]*>/i.exec(html)?.[0];
  const content = meta ? /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta) : null;
  const policy = content ? decodeEntities(content[1] ?? content[2] ?? '').trim() : '';
  const base = policy || defaultContentSecurityPolicy;
  // frame-ancestors only works as a header: add it so no other site can frame the app.
  return /frame-ancestors/i.test(base) ? base : `${base.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/** Maps a URL path to a file strictly inside root, or null (traversal, NUL, hidden files, outside root). */
export async function resolveStaticPath(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch (error) {
    if (error instanceof URIError) return null;
    throw error;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((segment) => segment === '..' || segment.startsWith('.'))) return null;
  const candidate = path.resolve(root, relative);
  const inside = (target: string, base: string): boolean => target === base || target.startsWith(base + path.sep);
  if (!inside(candidate, root)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!inside(realFile, realRoot)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
}

export async function serveStatic(root: string, urlPath: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const filePath = await resolveStaticPath(root, urlPath);
  if (!filePath) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end('未找到');
    return;
  }
  const { size } = await stat(filePath);
  response.writeHead(200, {
    'Content-Type': mimeTypeOf(filePath),
    'Content-Length': size,
    // The token page must not be cached; assets revalidate so a rebuilt renderer is picked up.
    'Cache-Control': filePath.endsWith('.html') ? 'no-store' : 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(filePath);
  stream.on('error', (error) => response.destroy(error));
  stream.pipe(response);
}
