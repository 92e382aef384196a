// Server-side sanitizing of an original's HTML for a read-only view (the renderer runs DOMPurify again).
// Removes active content and anything that would fetch from the network; keeps tables and inline style
// attributes. <style> elements go too: the view never applies them (they could restyle the app), and the
// page's CSP would report each one the renderer's sanitizer parses.
import { parse, type HTMLElement } from 'node-html-parser';
import { inertCss } from '../../shared/inert-css';

const removedElements = [
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'xml',
  'template',
  'svg',
  'math',
  'portal',
  'audio',
  'video',
].join(', ');

// Portal pages (ASP.NET) wrap the whole body in a <form>: keep its content, drop the form itself.
const unwrappedElements = 'form';

const attributeNamePattern = /^[a-z][a-z0-9_.:-]*$/i;
const droppedAttributes = new Set([
  'action',
  'formaction',
  'srcdoc',
  'srcset',
  'ping',
  'background',
  'poster',
  'lowsrc',
  'dynsrc',
  'codebase',
  'data',
  'http-equiv',
]);
const linkAttributes = new Set(['href', 'xlink:href']);
const safeImagePattern = /^data:image\/(?:png|jpe?g|gif|webp|bmp);base64,/i;

/** The scheme as a browser would read it: control characters and whitespace do not count. */
const isIgnoredInScheme = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f);
};

const schemeOf = (url: string): string => {
  const compact = [...url]
    .filter((char) => !isIgnoredInScheme(char))
    .join('')
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1] ?? '';
};

const isSafeLink = (url: string): boolean => ['', 'http', 'https', 'mailto'].includes(schemeOf(url));

function keepAttribute(name: string, value: string): string | null {
  const lower = name.toLowerCase();
  if (!attributeNamePattern.test(name) || lower.startsWith('on') || droppedAttributes.has(lower)) return null;
  if (linkAttributes.has(lower)) return isSafeLink(value) ? value : null;
  if (lower === 'src') return safeImagePattern.test(value.trim()) ? value : null;
  if (lower === 'style') return inertCss(value);
  return value;
}

function cleanAttributes(element: HTMLElement): void {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(element.attributes)) {
    const clean = keepAttribute(name, value);
    // node-html-parser writes values back escaping only quotes: "&" is escaped here, so an "&amp;#117;" in
    // the original cannot come back as a "u" the browser decodes.
    if (clean !== null) kept[name] = clean.replace(/&/g, '&amp;');
  }
  // Rebuilt from what was kept, so nothing the attribute parser skipped survives in the raw text.
  element.setAttributes(kept);
}

export function sanitizeHtml(html: string): string {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: true, noscript: true, style: true, pre: true },
  });
  for (const element of root.querySelectorAll(removedElements)) element.remove();
  for (const form of root.querySelectorAll(unwrappedElements)) form.replaceWith(...form.childNodes);
  for (const element of root.querySelectorAll('*')) cleanAttributes(element);
  return root.toString();
}
