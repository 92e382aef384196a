// Limits checked on HTML before it is parsed (saved portal pages, and mammoth's HTML of a DOCX): the
// parser's work grows with the square of the nesting depth (20,000 unclosed <div>s take minutes), and
// the reader's with the number of elements. One linear scan of the tags, which stops at the first limit passed.

/** Browsers stop nesting at 512 levels (Chromium's parser); a real report page needs a few dozen. */
export const MAX_HTML_DEPTH = 512;
/** A saved portal page holds a few thousand elements; this is read within seconds. */
export const MAX_HTML_ELEMENTS = 100_000;

export const HTML_LIMIT_MESSAGES = {
  tooDeep: `HTML 嵌套层数过多（超过 ${MAX_HTML_DEPTH} 层），不像是正常的网页，无法读取`,
  tooManyElements: `HTML 元素过多（超过 ${MAX_HTML_ELEMENTS.toLocaleString('en')} 个），不像是正常的网页，无法读取`,
} as const;

const VOID_TAGS = new Set('area base br col embed hr img input keygen link meta param source track wbr'.split(' '));
/** Elements whose content is raw text: their tags are not looked for inside. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
const BLOCK_CLOSING_P = new Set(
  'address article aside blockquote div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul'.split(' '),
);
const TABLE_SECTIONS = ['tbody', 'thead', 'tfoot'];
/**
 * Elements a start tag ends implicitly: the nearest open one of `closes`, with whatever is open inside it,
 * unless one of `within` comes first (a subset of the HTML rules: enough to measure depth).
 */
const IMPLIED_END: Record<string, { closes: string[]; within: string[] }> = {
  td: { closes: ['td', 'th'], within: ['tr', 'table'] },
  th: { closes: ['td', 'th'], within: ['tr', 'table'] },
  tr: { closes: ['tr'], within: [...TABLE_SECTIONS, 'table'] },
  tbody: { closes: TABLE_SECTIONS, within: ['table'] },
  thead: { closes: TABLE_SECTIONS, within: ['table'] },
  tfoot: { closes: TABLE_SECTIONS, within: ['table'] },
  li: { closes: ['li'], within: ['ul', 'ol'] },
  dt: { closes: ['dt', 'dd'], within: ['dl'] },
  dd: { closes: ['dt', 'dd'], within: ['dl'] },
  option: { closes: ['option'], within: ['select', 'datalist', 'optgroup'] },
};

/** Pops what the start tag `name` ends implicitly off `open`. */
function endImplied(open: string[], name: string): void {
  if (open.at(-1) === 'p' && BLOCK_CLOSING_P.has(name)) open.pop();
  const rule = IMPLIED_END[name];
  if (!rule) return;
  for (let at = open.length - 1; at >= 0 && !rule.within.includes(open[at]!); at--) {
    if (rule.closes.includes(open[at]!)) {
      open.length = at;
      return;
    }
  }
}

const TAG = /<(!--|\/?)([A-Za-z][A-Za-z0-9:-]*)?([^>]*)>?/g;

/** The Chinese reason the page must not be parsed, or null when it is within the limits. */
export function htmlLimitProblem(html: string): string | null {
  const open: string[] = [];
  let elements = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, prefix, rawName, rest] = match;
    if (prefix === '!--') {
      const end = html.indexOf('-->', match.index + 4);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    if (!rawName) {
      // "<" not starting a tag: go on after it.
      TAG.lastIndex = match.index + 1;
      continue;
    }
    const name = rawName.toLowerCase();
    if (prefix === '/') {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (++elements > MAX_HTML_ELEMENTS) return HTML_LIMIT_MESSAGES.tooManyElements;
    if (VOID_TAGS.has(name) || (rest ?? '').endsWith('/') || !whole.endsWith('>')) continue;
    if (RAW_TEXT_TAGS.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = TAG.lastIndex;
      const end = closing.exec(html);
      if (!end) break;
      TAG.lastIndex = end.index;
      continue;
    }
    endImplied(open, name);
    open.push(name);
    if (open.length > MAX_HTML_DEPTH) return HTML_LIMIT_MESSAGES.tooDeep;
  }
  return null;
}
