// Decoding an original's bytes to text: BOM, then a declared charset, then UTF-8, then GB18030
// (Chinese portals and Notepad files are often GBK).
import { TextDecoder } from 'node:util';

const bomEncodings: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch (error) {
    // An unknown label in a meta tag is the page's mistake: fall back to sniffing.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): string {
  for (const [bom, encoding] of bomEncodings) {
    if (bom.every((byte, index) => bytes[index] === byte)) return new TextDecoder(encoding).decode(bytes);
  }
  const declared = declaredCharset ? decoderFor(declaredCharset) : null;
  if (declared && declared.encoding !== 'utf-8') return declared.decode(bytes);
  return new TextDecoder(isUtf8(bytes) ? 'utf-8' : 'gb18030').decode(bytes);
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head)?.[1] ?? null;
}
