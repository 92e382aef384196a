// The original's HTML is shown read-only: sanitized again here, without scripts, styles that could
// restyle the app, forms, remote images or working links. The element structure is kept, because
// sources address elements by path.
import DOMPurify from 'dompurify';

const purifier = DOMPurify(window);

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
    FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['class', 'tabindex', 'autofocus'],
    ALLOW_DATA_ATTR: false,
  });
}
