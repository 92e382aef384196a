// Whether a page's text layer can be used: a page with (almost) no text is a scan; a page whose text
// is mojibake (a broken font map turns Chinese into rare characters, private-use codes or Latin-1
// letters) is a scan too, for reading purposes.

/** Fewer characters than this on a page: no usable text layer. */
const MIN_CHARS = 10;
/** Below this share of ordinary characters, the text is garbage. */
const MIN_ORDINARY_SHARE = 0.75;

let ordinary: Set<string> | undefined;

/**
 * Characters of ordinary Chinese documents: printable ASCII and the GB2312 character set's hanzi and
 * punctuation (rows 1–3 and 16–87), read from the platform's GB2312 decoder.
 */
function ordinaryCharacters(): Set<string> {
  if (ordinary) return ordinary;
  const set = new Set<string>();
  for (let code = 0x21; code < 0x7f; code++) set.add(String.fromCharCode(code));
  // Every two-byte code of these rows, decoded in one call (each gives one character).
  const rows = [0xa1, 0xa2, 0xa3, ...Array.from({ length: 0xf7 - 0xb0 + 1 }, (_, i) => 0xb0 + i)];
  const codes: number[] = [];
  for (const row of rows) for (let cell = 0xa1; cell <= 0xfe; cell++) codes.push(row, cell);
  for (const character of new TextDecoder('gb18030').decode(new Uint8Array(codes)))
    if (character !== '\ufffd') set.add(character);
  return (ordinary = set);
}

export type TextLayerState = 'usable' | 'short' | 'garbled';

const HAN = /\p{Script=Han}/u;
const ASCII_SYMBOLS = /[!-/:-@[-`{-~]/g;

export function textLayerState(text: string): TextLayerState {
  const compact = text.replace(/\s/g, '');
  const characters = [...compact];
  if (characters.length < MIN_CHARS) return 'short';
  const known = ordinaryCharacters();
  let ordinaryCount = 0;
  for (const character of characters) if (known.has(character)) ordinaryCount += 1;
  if (ordinaryCount < MIN_ORDINARY_SHARE * characters.length) return 'garbled';
  // A page of ASCII symbols and no hanzi at all is a font whose codes map to punctuation.
  if (HAN.test(compact)) return 'usable';
  const symbols = compact.match(ASCII_SYMBOLS)?.length ?? 0;
  return symbols < 0.3 * characters.length ? 'usable' : 'garbled';
}
