// Makes Debian's Chromium behave like the Chromium inside the pinned Electron: every JavaScript built-in
// that Chromium does not have yet (per @mdn/browser-compat-data) is deleted before any app code runs,
// in pages (init script) and in workers (a prelude on every script the app serves).
import { createRequire } from 'node:module';
import type { APIResponse, BrowserContext, Route } from '@playwright/test';
import { electronChromiumMajor } from '../../../vite.web.config';

/** A built-in as a property path from globalThis, e.g. Map + getOrInsertComputed on Map.prototype. */
export interface Builtin {
  name: string;
  path: string[];
  /** true: on owner.prototype; false: on the owner itself; null: the data does not say (both are tried). */
  onPrototype: boolean | null;
  chrome: string;
}

interface SupportStatement {
  version_added: string | boolean | null;
  flags?: unknown[];
}
interface CompatNode {
  __compat?: { spec_url?: string | string[]; support: { chrome?: SupportStatement | SupportStatement[] } };
  [key: string]: unknown;
}

const require = createRequire(import.meta.url);

/** Whether Chromium `major` ships the feature; true when the data does not know. */
function shippedIn(statement: SupportStatement | undefined, major: number): boolean {
  if (!statement || statement.version_added === true || statement.version_added === null) return true;
  if (statement.version_added === false || statement.version_added === 'preview' || statement.flags) return false;
  return Number.parseFloat(statement.version_added.replace('≤', '')) <= major;
}

/** BCD names behaviours (not properties) in snake_case: "iterable_allowed", "options_parameter". */
const isPropertyName = (key: string): boolean => /^[A-Za-z$][\w$]*$/.test(key) && !key.includes('_');

function placeOf(path: string[], specUrl: string | string[] | undefined): boolean | null {
  const fragment = ([specUrl].flat()[0] ?? '').split('#')[1]?.toLowerCase() ?? '';
  const member = path.at(-1)?.toLowerCase() ?? '';
  if (fragment.includes('.prototype.')) return true;
  return fragment.endsWith(`.${member}`) ? false : null;
}

/** The JavaScript built-ins that Chromium `major` does not have. */
export function builtinsMissingIn(major: number): Builtin[] {
  const data = require('@mdn/browser-compat-data') as { javascript: { builtins: CompatNode } };
  const missing: Builtin[] = [];
  const walk = (node: CompatNode, path: string[]): void => {
    for (const [key, child] of Object.entries(node)) {
      if (key === '__compat' || !isPropertyName(key)) continue;
      const childNode = child as CompatNode;
      const childPath = [...path, key];
      const compat = childNode.__compat;
      const chrome = compat ? [compat.support.chrome].flat()[0] : undefined;
      // A constructor's own entry (Map.Map) is the global itself, listed one level up.
      if (compat && key !== path.at(-1) && !shippedIn(chrome, major)) {
        missing.push({ name: childPath.join('.'), path: childPath, onPrototype: placeOf(childPath, compat.spec_url), chrome: String(chrome?.version_added) });
      }
      walk(childNode, childPath);
    }
  };
  walk(data.javascript.builtins, []);
  return missing;
}

/**
 * Runs in the browser (page or worker): finds each built-in that is there and, unless `remove` is false,
 * deletes it; returns the names found. Self-contained on purpose (it is sent as source text).
 */
export function removeBuiltins(builtins: Pick<Builtin, 'name' | 'path' | 'onPrototype'>[], remove = true): string[] {
  const found: string[] = [];
  for (const { name, path, onPrototype } of builtins) {
    let owner: unknown = globalThis;
    for (const key of path.slice(0, -1)) owner = owner === null || owner === undefined ? undefined : (owner as Record<string, unknown>)[key];
    if (owner === null || owner === undefined) continue;
    const key = path[path.length - 1] as string;
    const prototype = (owner as { prototype?: object }).prototype;
    const targets = path.length === 1 || onPrototype === false ? [owner] : onPrototype ? [prototype] : [owner, prototype];
    for (const target of targets) {
      if (!target || !Object.prototype.hasOwnProperty.call(target, key)) continue;
      found.push(name);
      if (remove) Reflect.deleteProperty(target, key);
    }
  }
  return found;
}

/** The script that removes them, for an init script or a prelude. */
export const removalScript = (builtins: Builtin[]): string =>
  `(${removeBuiltins.toString()})(${JSON.stringify(builtins)});\n`;

/**
 * A kept-alive connection that the server closes just as it is reused resets (the server's idle timeout is
 * 5 s); a browser sends such a GET again, and so does this.
 */
async function fetchRetryingReset(route: Route): Promise<APIResponse> {
  try {
    return await route.fetch();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return route.fetch();
  }
}

/**
 * Pages get the removal as an init script. Workers get no init scripts, so every JavaScript file
 * is served with the removal in front (a worker's entry runs it before its own code).
 */
export async function installElectronBaseline(context: BrowserContext, major = electronChromiumMajor()): Promise<Builtin[]> {
  const builtins = builtinsMissingIn(major);
  const script = removalScript(builtins);
  await context.addInitScript({ content: script });
  await context.route(/\.m?js(?:\?.*)?$/, async (route) => {
    const response = await fetchRetryingReset(route);
    if (!response.ok()) return route.fulfill({ response });
    await route.fulfill({ response, body: script + (await response.text()) });
  });
  return builtins;
}
