// CSS from an original cannot fetch anything, however the fetch is spelled, and keeps everything else.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { inertCss } from '../../../src/shared/inert-css';

describe('inertCss', () => {
  it.each([
    ['url()', 'background:url(http://x/a.png)', 'background:none'],
    ['quoted url()', "background: url( 'http://x/a.png' ) red", 'background: none red'],
    ['upper case', 'background:URL(http://x/a.png)', 'background:none'],
    ['an escaped letter', 'background:u\\72l(http://x/a.png)', 'background:none'],
    ['every letter escaped', 'background:\\75\\72\\6c(http://x/a.png)', 'background:none'],
    ['escapes with their space', 'background:\\75 \\72 \\6c (http://x/a.png)', 'background:none'],
    ['a six-digit escape', 'background:\\000075rl(http://x/a.png)', 'background:none'],
    ['image-set()', 'background-image:image-set("http://x/a.png" 1x, "http://x/b.png" 2x)', 'background-image:none'],
    ['-webkit-image-set()', 'background-image:-webkit-image-set(url(http://x/a.png) 1x)', 'background-image:none'],
    ['escaped image-set()', 'background-image:im\\61ge-set("http://x/a.png" 1x)', 'background-image:none'],
    ['cross-fade()', 'background:cross-fade(url(a.png), url(b.png), 50%)', 'background:none'],
    ['image()', 'background:image("http://x/a.png")', 'background:none'],
    ['src()', 'background:src("http://x/a.png")', 'background:none'],
    ['expression()', 'width:expression(alert(1))', 'width:none'],
    ['attr()', 'background:attr(data-x type(<url>))', 'background:none'],
    ['a cursor', 'cursor:url(http://x/c.cur), auto', 'cursor:none, auto'],
    ['an unquoted url with a comment opener', 'background:url(http://x/*.png) red; color:blue', 'background:none red; color:blue'],
    ['a url with a ) in quotes', 'background:url("a).png") red', 'background:none red'],
  ])('drops %s', (_name, css, expected) => {
    expect(inertCss(css)).toBe(expected);
  });

  it.each([
    ['@import', '@import url(http://x/a.css); td{color:red}', ' td{color:red}'],
    ['@import of a string', '@import "http://x/a.css" screen; td{color:red}', ' td{color:red}'],
    ['an escaped @import', '@\\69mport "http://x/a.css";td{color:red}', 'td{color:red}'],
    ['@import with ; in quotes', '@import "a;b.css";td{}', 'td{}'],
    ['@font-face sources', '@font-face{font-family:x;src:url(http://x/f.woff)}', '@font-face{font-family:x;src:none}'],
  ])('drops %s', (_name, css, expected) => {
    expect(inertCss(css)).toBe(expected);
  });

  it.each([
    'td { color: red; border: 1px solid #000; width: 12.5% }',
    'p{font-family:"宋体", SimSun; text-indent:2em}',
    'content: "url(http://x)"',
    "content: 'image-set(x)' /* url(http://x) */",
    'u/**/rl(http://x)',
    'url (http://x)',
    'a\\(url(http://x))',
    'background: var(--bg, #fff); --x: 1',
    'transform: rotate(3deg) translate(1px, 2px)',
  ])('keeps what cannot fetch as written: %s', (css) => {
    expect(inertCss(css)).toBe(css);
  });

  it('treats a string that hides a comment opener as a string', () => {
    expect(inertCss('content:"/*" url(http://x/a.png)')).toBe('content:"/*" none');
    expect(inertCss("content:'x;' url(http://x)")).toBe("content:'x;' none");
  });

  it('drops an unterminated fetch to the end', () => {
    expect(inertCss('color:red; background:url(http://x/a.png')).toBe('color:red; background:none');
    expect(inertCss('color:red; background:image-set("a.png" 1x')).toBe('color:red; background:none');
  });
});

describe("main's HTML sanitiser", () => {
  it.each([
    ['u\\72l(', '<td style="background:u\\72l(http://evil.example/a.png)">1</td>'],
    ['\\75\\72\\6c(', '<td style="background:\\75\\72\\6c(http://evil.example/a.png)">1</td>'],
    ['image-set()', '<td style="background-image:image-set(\'http://evil.example/a.png\' 1x)">1</td>'],
    ['-webkit-image-set()', '<td style="background-image:-webkit-image-set(\'http://evil.example/a.png\' 1x)">1</td>'],
    ['an entity that decodes to u', '<td style="background:&amp;#117;rl(http://evil.example/a.png)">1</td>'],
  ])('leaves nothing that fetches from %s', async (_name, html) => {
    const { sanitizeHtml } = await import('../../../src/main/services/sanitize-html');
    const clean = parse(sanitizeHtml(html));
    // The CSS as a browser reads it (attributes entity-decoded, style text raw): nothing left to neutralise.
    const css = [...clean.querySelectorAll('[style]').map((element) => element.attributes.style ?? ''), ...clean.querySelectorAll('style').map((style) => style.rawText)];
    expect(css.length).toBeGreaterThan(0);
    for (const text of css) expect(inertCss(text)).toBe(text);
    expect(clean.textContent).toContain('1');
  });

  it('drops style elements, @import and all, whatever their case', async () => {
    const { sanitizeHtml } = await import('../../../src/main/services/sanitize-html');
    const clean = sanitizeHtml('<style>@\\69mport "http://evil.example/a.css";</style><STYLE>td{background:image-set("http://evil.example/a.png" 1x)}</STYLE><p style="color:red">1</p>');
    expect(clean).not.toMatch(/style>|evil\.example/i);
    expect(clean).toContain('<p style="color:red">1</p>');
  });
});
