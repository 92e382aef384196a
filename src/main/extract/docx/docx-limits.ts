// Limits checked on a DOCX before mammoth opens it. A ZIP can hold far more than its size suggests
// (61 KB unpacking to 400,000 paragraphs took 25 s and 2.9 GB), so every part (the XML, and the pictures
// that OCR reads) is unpacked here first, with a cap on its output, from the archive's central directory,
// and measured.
import { inflateRawSync } from 'node:zlib';

/** A Word body part of a long report is a few megabytes. */
export const MAX_DOCX_XML_BYTES = 32 * 1024 * 1024;
/** Any other part (a picture). */
export const MAX_DOCX_MEDIA_BYTES = 64 * 1024 * 1024;
/** All parts together. */
export const MAX_DOCX_TOTAL_BYTES = 256 * 1024 * 1024;
/** Unpacked size over packed size above which a large part is a ZIP bomb (Word's XML packs 5–30 times, pictures hardly at all). */
export const MAX_DOCX_RATIO = 200;
/** Paragraphs of the body, table cells' included: a 400-page document has fewer. */
export const MAX_DOCX_PARAGRAPHS = 20_000;
const MAX_ENTRIES = 5_000;

export const DOCX_LIMIT_MESSAGES = {
  tooManyEntries: `DOCX 文件中的部件过多（超过 ${MAX_ENTRIES} 个），无法读取`,
  partTooLarge: (name: string, limitBytes: number) => `DOCX 文件中的 ${name} 解压后过大（超过 ${limitBytes / 1024 / 1024} MB），无法读取`,
  totalTooLarge: `DOCX 文件解压后过大（超过 ${MAX_DOCX_TOTAL_BYTES / 1024 / 1024} MB），无法读取`,
  ratio: (name: string) => `DOCX 文件中的 ${name} 压缩比异常（超过 ${MAX_DOCX_RATIO} 倍），疑似“压缩炸弹”，无法读取`,
  tooManyParagraphs: `DOCX 文件段落过多（超过 ${MAX_DOCX_PARAGRAPHS.toLocaleString('en')} 段），不像是正常的年度报告，无法读取`,
} as const;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The central directory's entries; null when there is none to read (mammoth then reports the file as damaged). */
function zipEntries(zip: Buffer): ZipEntry[] | null {
  // The end record is in the last 22 bytes plus at most 64 KB of comment.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's unpacked bytes, at most `cap` + 1 of them (more means over the cap); null when unreadable. */
function unpack(zip: Buffer, entry: ZipEntry, cap: number): Buffer | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const packed = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return packed.subarray(0, cap + 1);
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(packed, { maxOutputLength: cap + 1 });
  } catch (error) {
    // Over the cap: report as too large; any other inflate error is the archive's damage, left to mammoth.
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? Buffer.alloc(cap + 1) : null;
  }
}

/** Paragraph start tags (<w:p>, <w:p w:rsidR=…>, whatever the prefix), not <w:pPr> and the like. */
const PARAGRAPH = /<(?:[A-Za-z_][\w.-]*:)?p[\s/>]/g;

function countParagraphs(xml: Buffer): number {
  const text = xml.toString('latin1');
  let count = 0;
  PARAGRAPH.lastIndex = 0;
  while (PARAGRAPH.exec(text)) if (++count > MAX_DOCX_PARAGRAPHS) break;
  return count;
}

/** The Chinese reason the DOCX must not be opened, or null when it is within the limits (or not a readable ZIP). */
export function docxLimitProblem(bytes: Uint8Array): string | null {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = zipEntries(zip);
  if (!entries) return null;
  if (entries.length > MAX_ENTRIES) return DOCX_LIMIT_MESSAGES.tooManyEntries;
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const xml = /\.(xml|rels)$/i.test(entry.name);
    const cap = xml ? MAX_DOCX_XML_BYTES : MAX_DOCX_MEDIA_BYTES;
    if (entry.size > cap) return DOCX_LIMIT_MESSAGES.partTooLarge(entry.name, cap);
    const part = unpack(zip, entry, cap);
    if (!part) continue;
    if (part.length > cap) return DOCX_LIMIT_MESSAGES.partTooLarge(entry.name, cap);
    if (/^word\/document\.xml$/i.test(entry.name) && countParagraphs(part) > MAX_DOCX_PARAGRAPHS)
      return DOCX_LIMIT_MESSAGES.tooManyParagraphs;
    if (part.length > 1024 * 1024 && part.length > MAX_DOCX_RATIO * entry.compressedSize)
      return DOCX_LIMIT_MESSAGES.ratio(entry.name);
    total += part.length;
    if (total > MAX_DOCX_TOTAL_BYTES) return DOCX_LIMIT_MESSAGES.totalTooLarge;
  }
  return null;
}
