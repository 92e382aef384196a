// Tells text from bytes that are not text (random data, a zeroed-out file, a binary renamed .txt).
// Real reports, in any of the encodings decodeText reads, contain no control characters besides the
// whitespace ones and next to no undecodable bytes; random bytes decode to about a quarter of them.

/** Above this share of such characters the file is not taken as text. */
const MAX_NON_TEXT_SHARE = 0.02;

/** C0 controls except tab, line feed, vertical tab, form feed and carriage return; DEL and C1; U+FFFD. */
function isNonText(code: number): boolean {
  if (code < 0x20) return code < 0x09 || code > 0x0d;
  return (code >= 0x7f && code < 0xa0) || code === 0xfffd;
}

export function looksLikeText(text: string): boolean {
  let nonText = 0;
  for (let i = 0; i < text.length; i++) if (isNonText(text.charCodeAt(i))) nonText++;
  return nonText <= text.length * MAX_NON_TEXT_SHARE;
}
