// nianbao://app/ serves the built renderer and nothing else: the strict path check, MIME types, the
// page's CSP as a header, and the scheme's privileges. Electron's protocol module is a recorder.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, handleAppProtocol, registerAppScheme } from '../../../src/main/app/app-protocol';

let root: string;
let rendererRoot: string;
let serve: (request: Request) => Promise<Response>;
const csp = "default-src 'self'; script-src 'self'; form-action 'none'";

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'nianbao-protocol-'));
  rendererRoot = path.join(root, 'resources', 'app.asar', 'out', 'renderer');
  await mkdir(path.join(rendererRoot, 'assets'), { recursive: true });
  await mkdir(path.join(rendererRoot, 'pdfjs', 'cmaps'), { recursive: true });
  await writeFile(path.join(rendererRoot, 'index.html'), `<meta http-equiv="Content-Security-Policy" content="${csp}"><p>审查台</p>`);
  await writeFile(path.join(rendererRoot, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(rendererRoot, 'pdfjs', 'cmaps', 'UniGB-UCS2-H.bcmap'), Buffer.from([1, 2, 3]));
  await writeFile(path.join(rendererRoot, '.hidden'), 'x');
  await writeFile(path.join(root, 'resources', 'secret.txt'), 'secret');
  await symlink(path.join(root, 'resources', 'secret.txt'), path.join(rendererRoot, 'assets', 'link.txt'));
  serve = createAppProtocolHandler(rendererRoot);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('nianbao://app/', () => {
  it('serves the page with its CSP as a header', async () => {
    const response = await get('nianbao://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(`${csp}; frame-ancestors 'none'`);
    expect(await response.text()).toContain('审查台');
  });

  it('serves scripts and pdf.js data with their types, without a CSP of their own', async () => {
    const script = await get('nianbao://app/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('content-security-policy')).toBeNull();
    const cmap = await get('nianbao://app/pdfjs/cmaps/UniGB-UCS2-H.bcmap');
    expect(new Uint8Array(await cmap.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it.each([
    ['a parent folder', 'nianbao://app/%2e%2e/secret.txt'],
    ['an encoded parent folder', 'nianbao://app/assets/..%2f..%2f..%2fsecret.txt'],
    ['Windows separators', 'nianbao://app/..%5c..%5csecret.txt'],
    ['a NUL byte', 'nianbao://app/index.html%00.js'],
    ['a hidden file', 'nianbao://app/.hidden'],
    ['a symlink out of the folder', 'nianbao://app/assets/link.txt'],
    ['a missing file', 'nianbao://app/assets/none.js'],
    ['a broken escape', 'nianbao://app/%E0%A4%A.js'],
    ['another host', 'nianbao://other/index.html'],
  ])('refuses %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers only reads', async () => {
    expect((await get('nianbao://app/index.html', 'POST')).status).toBe(405);
    const head = await get('nianbao://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is registered as a standard, secure scheme that fetch() can use, and handled by the handler', async () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'nianbao', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    handleAppProtocol(protocol, rendererRoot);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('nianbao');
    expect((await handler(new Request('nianbao://app/index.html'))).status).toBe(200);
  });
});
