// The original's HTML is shown read-only: sanitized again here, without scripts, styles that could
// restyle the app, forms, remote images, anything in a style attribute that fetches, or working links. The element structure is kept as main
// sent it (portal pages use unknown tags such as <ucapcontent>), because sources address elements
// by path.
import DOMPurify from 'dompurify';
import { inertCss } from '../../../../shared/inert-css';

const forbidden = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'head', 'form', 'input', 'button', 'select', 'option',
  'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes',
  'template', 'svg', 'math', 'portal', 'audio', 'video', 'xml', 'dialog',
];
const forbiddenSet = new Set(forbidden);
const plainTagName = /^[a-z][a-z0-9_:-]*$/;

const purifier = DOMPurify(window);

purifier.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName === 'style') data.attrValue = inertCss(data.attrValue);
});

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.removeAttribute('href');
    node.removeAttribute('target');
    node.setAttribute('aria-disabled', 'true');
  }
  if (node.tagName === 'IMG' && !/^(data|blob):/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
  node.removeAttribute('id'); // ids of the original must not clash with the app's
});

export function sanitizeHtml(html: string): string {
  return purifier.sanitize(html, {
    FORBID_TAGS: forbidden,
    FORBID_ATTR: ['class', 'tabindex', 'autofocus', 'contenteditable'],
    // Unknown but inert tags stay, so element paths still count them.
    ADD_TAGS: (tag: string) => plainTagName.test(tag) && !forbiddenSet.has(tag),
    ALLOW_DATA_ATTR: false,
  });
}
