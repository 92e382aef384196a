// The jszip patch (patches/README.md): in Node, zip entries are deflated by zlib and their CRC-32 taken by
// zlib.crc32. What the Word and Excel exports write must stay a valid zip that gives back every file as it was.
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** The CRC-32 of the zip format, bit by bit: a reference that shares nothing with either implementation. */
function referenceCrc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

interface LocalEntry {
  name: string;
  method: number;
  crc: number;
  data: Uint8Array;
}

/** The entries of a zip as its local headers give them (JSZip writes the sizes there, no data descriptors). */
function localEntries(zip: Buffer): LocalEntry[] {
  const entries: LocalEntry[] = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const crc = zip.readUInt32LE(at + 14);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const start = at + 30 + nameLength + extraLength;
    entries.push({
      name: zip.toString('utf8', at + 30, at + 30 + nameLength),
      method,
      crc,
      data: zip.subarray(start, start + size),
    });
    at = start + size;
  }
  return entries;
}

// Several of JSZip's 16 KB chunks, Chinese and ASCII, and an empty file.
const files: Record<string, string> = {
  'xl/worksheets/sheet1.xml': Array.from(
    { length: 4000 },
    (_, row) => `<row r="${row}"><c><v>${row * 7}</v></c></row>`,
  ).join(''),
  'xl/sharedStrings.xml': '<si><t>郑州市金水区生态环境局 2023 年政府信息公开工作年度报告</t></si>'.repeat(
    500,
  ),
  'empty.txt': '',
};

describe('jszip patch', () => {
  it('writes entries that inflate back to the files, with their true CRC-32', async () => {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text, { createFolders: false });
    const written = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

    const entries = localEntries(written);
    expect(entries.map((entry) => entry.name).sort()).toEqual(Object.keys(files).sort());
    for (const entry of entries) {
      const original = Buffer.from(files[entry.name]!, 'utf8');
      // An empty file is stored, not deflated (JSZip's choice, before the patch too).
      expect(entry.method, entry.name).toBe(original.length > 0 ? 8 : 0);
      const data = entry.method === 8 ? inflateRawSync(entry.data) : entry.data;
      expect(Buffer.from(data).equals(original), entry.name).toBe(true);
      expect(entry.crc, entry.name).toBe(referenceCrc32(original));
    }
    // And JSZip itself reads it back, checking every CRC.
    const read = await JSZip.loadAsync(written, { checkCRC32: true });
    for (const [name, text] of Object.entries(files))
      expect(await read.file(name)!.async('string')).toBe(text);
  });

  it('takes CRC-32 in steps as in one go', () => {
    const crc32 = require('jszip/lib/crc32') as (input: Uint8Array | string, crc?: number) => number;
    const bytes = Buffer.from(files['xl/sharedStrings.xml']!, 'utf8');
    const whole = crc32(bytes, 0);
    expect(whole >>> 0).toBe(referenceCrc32(bytes));
    expect(crc32(bytes.subarray(1000), crc32(bytes.subarray(0, 1000), 0))).toBe(whole);
    // A string is taken character by character, as before the patch.
    expect(crc32('abc', 0) >>> 0).toBe(referenceCrc32(Buffer.from('abc')));
  });

  it('is applied: entries are deflated by zlib in Node', () => {
    const flate = require('jszip/lib/flate') as { compressWorker(options: object): { name: string } };
    expect(flate.compressWorker({}).name).toBe('NodeDeflateWorker');
  });
});
