// CSS from an original document made inert: nothing in it may fetch. url(), image-set() and the other
// functions that take an image or a URL become `none`, @import rules go, however they are spelled
// (CSS escapes such as u\72l( or \75\72\6c(, upper case, vendor prefixes). Everything else is kept as
// written, comments and strings included, so no two tokens can merge into a new one. Main's HTML
// sanitiser and the renderer's both use it.

/** Functions (without vendor prefix) that load or reference something. */
const fetchingFunctions = new Set(['url', 'src', 'image', 'image-set', 'cross-fade', 'element', 'expression', 'attr']);

const isNameChar = (char: string): boolean => /[\w-]/.test(char) || char.charCodeAt(0) >= 0x80;

/** One escape at `at` (which holds the backslash): the character it stands for and its length. */
function readEscape(css: string, at: number): { char: string; length: number } {
  const hex = /^[0-9a-f]{1,6}[ \t\n\r\f]?/i.exec(css.slice(at + 1, at + 8));
  if (!hex) return { char: css[at + 1] ?? '', length: at + 1 < css.length ? 2 : 1 };
  const code = Number.parseInt(hex[0], 16);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return { char: valid ? String.fromCodePoint(code) : '\ufffd', length: 1 + hex[0].length };
}

/** A name (identifier) starting at `at`: its value with escapes decoded, and where it ends. */
function readName(css: string, at: number): { name: string; end: number } {
  let name = '';
  let index = at;
  while (index < css.length) {
    const char = css[index] as string;
    if (char === '\\' && css[index + 1] !== '\n') {
      const escape = readEscape(css, index);
      name += escape.char;
      index += escape.length;
    } else if (isNameChar(char)) {
      name += char;
      index += 1;
    } else break;
  }
  return { name, end: index };
}

/** Where a string, comment or escape that starts at `at` ends; `at` itself when none starts there. */
function skipOpaque(css: string, at: number): number {
  const char = css[at];
  if (char === '/' && css[at + 1] === '*') {
    const close = css.indexOf('*/', at + 2);
    return close < 0 ? css.length : close + 2;
  }
  if (char === '"' || char === "'") {
    let index = at + 1;
    while (index < css.length && css[index] !== char && css[index] !== '\n') index += css[index] === '\\' ? 2 : 1;
    return Math.min(index + 1, css.length);
  }
  if (char === '\\') return at + readEscape(css, at).length;
  return at;
}

/** From just inside a function's "(" (or anywhere in a rule) to just after its closing ")" or the `stop` char. */
function skipUntil(css: string, at: number, stop: ')' | ';'): number {
  let depth = 0;
  let index = at;
  while (index < css.length) {
    const after = skipOpaque(css, index);
    if (after !== index) {
      index = after;
      continue;
    }
    const char = css[index];
    index += 1;
    if (char === '(') depth += 1;
    else if (char === ')' && depth > 0) depth -= 1;
    else if (char === stop && depth === 0) return index;
    else if (stop === ';' && char === '}' && depth === 0) return index - 1;
  }
  return css.length;
}

/** url( without quotes is one token up to the first unescaped ")": no comments or nesting inside. */
function skipUrl(css: string, at: number): number {
  const start = at + (/^[ \t\n\r\f]*/.exec(css.slice(at))?.[0].length ?? 0);
  if (css[start] === '"' || css[start] === "'") return skipUntil(css, at, ')');
  let index = start;
  while (index < css.length && css[index] !== ')') index += css[index] === '\\' ? 2 : 1;
  return Math.min(index + 1, css.length);
}

export function inertCss(css: string): string {
  let out = '';
  let index = 0;
  while (index < css.length) {
    const after = skipOpaque(css, index);
    const char = css[index] as string;
    if (after !== index && char !== '\\') {
      out += css.slice(index, after);
      index = after;
      continue;
    }
    if (char === '@') {
      const { name, end } = readName(css, index + 1);
      if (name.toLowerCase() === 'import') {
        index = skipUntil(css, end, ';');
        continue;
      }
      out += css.slice(index, end);
      index = end;
      continue;
    }
    if (isNameChar(char) || char === '\\') {
      const { name, end } = readName(css, index);
      const base = name.toLowerCase().replace(/^-[a-z]+-/, '');
      if (css[end] === '(' && fetchingFunctions.has(base)) {
        out += 'none';
        index = base === 'url' ? skipUrl(css, end + 1) : skipUntil(css, end + 1, ')');
        continue;
      }
      out += css.slice(index, Math.max(end, index + 1));
      index = Math.max(end, index + 1);
      continue;
    }
    out += char;
    index += 1;
  }
  return out;
}
