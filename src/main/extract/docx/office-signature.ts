// Recognises Office containers by their bytes: ZIP (OOXML: .docx, .xlsx) and OLE compound
// files (old .doc/.xls/.ppt, and password-protected OOXML, which Office wraps in OLE).

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type OleKind = 'doc' | 'encrypted' | 'other';

export const isZip = (bytes: Uint8Array): boolean =>
  startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE);

export const isOle = (bytes: Uint8Array): boolean => startsWith(bytes, OLE_HEADER);

/** A ZIP holding a Word body part. Entry names are stored uncompressed, so a byte search finds them. */
export const isDocxZip = (bytes: Uint8Array): boolean =>
  isZip(bytes) && contains(bytes, 'word/document.xml', 'latin1');

/** A ZIP with an OFD.xml entry: an OFD package (GB/T 33190). Entry names are stored uncompressed. */
export const isOfdZip = (bytes: Uint8Array): boolean =>
  isZip(bytes) && (contains(bytes, 'OFD.xml', 'latin1') || contains(bytes, 'ofd.xml', 'latin1'));

/** What an OLE file holds, told by its stream names (UTF-16LE in the directory sectors). */
export function oleKind(bytes: Uint8Array): OleKind {
  if (contains(bytes, 'EncryptedPackage', 'utf16le')) return 'encrypted';
  if (contains(bytes, 'WordDocument', 'utf16le')) return 'doc';
  return 'other';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, needle: string, encoding: 'latin1' | 'utf16le'): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from(needle, encoding),
  );
}
