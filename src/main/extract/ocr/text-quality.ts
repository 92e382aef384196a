// Whether a page's text layer can be used: a page with (almost) no text is a scan; a page whose text
// is mojibake (a broken font map turns Chinese into rare characters, private-use codes or Latin-1
// letters) is a scan too, for reading purposes.
import { isWhiteSpace } from '../../../shared/white-space';

/** Fewer characters than this on a page: no usable text layer. */
const MIN_CHARS = 10;
/** Below this share of ordinary characters, the text is garbage. */
const MIN_ORDINARY_SHARE = 0.75;

/** 1 at the UTF-16 code of each ordinary character (all of them are in the Basic Multilingual Plane). */
let ordinary: Uint8Array | undefined;

/**
 * Characters of ordinary Chinese documents: printable ASCII and the GB2312 character set's hanzi and
 * punctuation (rows 1–3 and 16–87), read from the platform's GB2312 decoder.
 */
function ordinaryCodes(): Uint8Array {
  if (ordinary) return ordinary;
  const known = new Uint8Array(0x10000);
  known.fill(1, 0x21, 0x7f);
  // Every two-byte code of these rows, decoded in one call (each gives one character of the Basic
  // Multilingual Plane; Node's decoder gives the gaps of a row private-use characters, a decoder that gave
  // U+FFFD would not make it ordinary). Plain index loops: this runs once per worker, before anything is
  // optimised (iterators and growing arrays made it ~9 ms of each worker's first file).
  const rows = [0xa1, 0xa2, 0xa3];
  for (let row = 0xb0; row <= 0xf7; row++) rows.push(row);
  const codes = new Uint8Array(rows.length * 94 * 2);
  let at = 0;
  for (const row of rows)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      codes[at++] = row;
      codes[at++] = cell;
    }
  const characters = new TextDecoder('gb18030').decode(codes);
  for (let index = 0; index < characters.length; index++) known[characters.charCodeAt(index)] = 1;
  known[0xfffd] = 0;
  return (ordinary = known);
}

export type TextLayerState = 'usable' | 'short' | 'garbled';

const HAN = /\p{Script=Han}/u;
const ASCII_SYMBOLS = /[!-/:-@[-`{-~]/g;

/** The two UTF-16 codes of a character beyond the Basic Multilingual Plane. */
const isLeadCode = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isTrailCode = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

export function textLayerState(text: string): TextLayerState {
  const known = ordinaryCodes();
  // Characters (code points) other than white space, and the ordinary ones among them: counted by code,
  // without copying the page's text (a page's worth of strings and set lookups cost ~2 ms a report).
  let characters = 0;
  let ordinaryCount = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWhiteSpace(code)) continue;
    characters += 1;
    // A character beyond the Basic Multilingual Plane (two codes) is never an ordinary one. The next code is
    // read only after a lead code: a read past the end makes optimised code start over.
    if (isLeadCode(code) && isTrailCode(text.charCodeAt(index + 1))) index += 1;
    else ordinaryCount += known[code]!;
  }
  if (characters < MIN_CHARS) return 'short';
  if (ordinaryCount < MIN_ORDINARY_SHARE * characters) return 'garbled';
  // A page of ASCII symbols and no hanzi at all is a font whose codes map to punctuation (white space is
  // neither a hanzi nor a symbol: both are looked for in the text as it is).
  if (HAN.test(text)) return 'usable';
  const symbols = text.match(ASCII_SYMBOLS)?.length ?? 0;
  return symbols < 0.3 * characters ? 'usable' : 'garbled';
}
