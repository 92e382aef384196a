// Turns the bytes of a text-like file (TXT, Markdown, HTML) into a string.
// Chinese government files come as UTF-8 (with or without BOM), GBK/GB2312/GB18030,
// and now and then UTF-16 saved by Notepad ("Unicode").

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "gb18030". */
  encoding: string;
}

/** The whole GB family is decoded as GB18030, a superset of GB2312 and GBK. */
const GB_LABELS = new Set(
  'gb2312 gbk gb18030 x-gbk cp936 windows-936 ms936 csgb2312 chinese gb_2312-80 iso-ir-58 euc-cn'.split(' '),
);
/** Western labels on Chinese pages are CMS defaults, not information: treated as no declaration. */
const IGNORED_LABELS = new Set('iso-8859-1 latin1 us-ascii ascii windows-1252 cp1252 utf-8'.split(' '));
/** A UTF-8 file with a few damaged bytes stays UTF-8; GBK read as UTF-8 breaks almost every character. */
const MAX_DAMAGED_PERCENT = 1;

/**
 * Decodes `bytes`. Order: a byte-order mark; clean UTF-8 (Chinese text in GBK is practically
 * never valid UTF-8, so this wins over a wrong declaration); the declared charset (an HTML
 * <meta>); UTF-8 with a few damaged bytes; else GB18030.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };

  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const { damaged, nonAscii } = countUtf8Damage(utf8);
  if (damaged === 0) return { text: utf8, encoding: 'utf-8' };

  const declared = declaredCharset ? normaliseCharset(declaredCharset) : undefined;
  if (declared && !IGNORED_LABELS.has(declared)) {
    const text = decodeWith(declared, bytes);
    if (text !== undefined) return { text, encoding: declared };
  }
  if (damaged * 100 <= nonAscii * MAX_DAMAGED_PERCENT) return { text: utf8, encoding: 'utf-8' };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}

/** Maps a charset label to the decoder name used here; GB labels become "gb18030". */
export function normaliseCharset(label: string): string {
  const lower = label.trim().toLowerCase();
  if (GB_LABELS.has(lower)) return 'gb18030';
  if (lower === 'utf8') return 'utf-8';
  return lower;
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Decodes with a declared label; undefined when this runtime has no decoder for it. */
function decodeWith(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) return undefined; // unknown label: fall back to sniffing
    throw error;
  }
}

/** Replacement characters (bytes that were not UTF-8) against well-formed non-ASCII characters. */
function countUtf8Damage(decoded: string): { damaged: number; nonAscii: number } {
  let damaged = 0;
  let nonAscii = 0;
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    if (code === 0xfffd) damaged++;
    else if (code > 0x7f) nonAscii++;
  }
  return { damaged, nonAscii };
}
