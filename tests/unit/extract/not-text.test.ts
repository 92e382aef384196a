// Bytes that are not text, saved as .txt, are refused with a Chinese message naming the file;
// every real text file of the project (seeds, real Markdown, reader fixtures) still reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import { readDocument } from '../../../src/main/extract/read-document';
import { realDir, seedsDir } from '../../shared-data';

/** Deterministic "random" bytes (xorshift32), so a failure can be replayed. */
function noise(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const notText = '文件内容不是文本（含大量控制字符或无法识别的字节），可能已损坏，或并非文本格式的报告';

const textFiles = [
  ...readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(seedsDir, name)),
  ...readdirSync(realDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(realDir, name)),
  ...['gb18030.txt', 'utf8-bom.md'].map((name) => join('tests/fixtures/readers', name)),
];

describe('junk saved as text', () => {
  it.each([
    ['随机字节.txt', noise(100 * 1024, 0x9e3779b9)],
    ['随机字节.md', noise(4096, 12345)],
    ['全是零.txt', Buffer.alloc(100 * 1024)],
    ['零与空格.txt', Buffer.concat([Buffer.from('  \n'), Buffer.alloc(2000), Buffer.from('\n')])],
  ])('%s is refused with a Chinese message naming the file', async (name, bytes) => {
    const analysis = await analyzeFile(name, bytes);
    expect(analysis).toEqual({ ok: false, code: 'corrupt', error: `${name}：${notText}` });
  });

  it.each(textFiles)('%s still reads as text', async (path) => {
    const result = await readDocument(path, readFileSync(path));
    if (!result.ok) throw new Error(result.message);
    // Chinese text came through (GB18030 and UTF-8 with BOM included), not mojibake.
    expect(
      result.document.lines.some((line) => line.cells.some((cell) => /政府|信息|公开|报告/.test(cell.text))),
    ).toBe(true);
  });

  it('a report with a few stray control characters is still text', async () => {
    const seed = readFileSync(textFiles[0]!, 'utf8');
    const marred = `${seed.slice(0, 200)}\u0000\u0007\u001a${seed.slice(200)}\u0000`;
    const result = await readDocument('带控制字符.txt', Buffer.from(marred));
    expect(result.ok).toBe(true);
  });
});
