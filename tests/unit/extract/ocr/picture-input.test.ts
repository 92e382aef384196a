// Pictures and scans that cannot or should not be read: each gets a clear Chinese message, at once.
import { createCanvas } from '@napi-rs/canvas';
import { deflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/main/extract/read-document';

function png(width: number, height: number, draw?: (context: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void): Uint8Array {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  draw?.(context);
  return new Uint8Array(canvas.toBuffer('image/png'));
}

/** A PNG that says it is `side`×`side` pixels (1 bit each, all white): small on disk, huge decoded. */
function hugePng(side: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + Math.ceil(side / 8), 0xff);
  row[0] = 0;
  const pixels = deflateSync(Buffer.concat(Array.from({ length: side }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]));
}

describe('pictures that cannot be read', () => {
  it('refuses a 20000×20000 picture from its header, before decoding it', async () => {
    const started = performance.now();
    const rssBefore = process.memoryUsage().rss;
    const result = await readDocument('巨图.png', hugePng(20000));
    expect(result).toEqual({
      ok: false,
      code: 'too_large',
      message: '图片尺寸过大（20000×20000 像素，上限 50 百万像素）：请缩小后再导入',
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('says a damaged picture is damaged', async () => {
    const bytes = new Uint8Array([...png(400, 300).slice(0, 33), ...new Uint8Array(500).fill(7)]);
    expect(await readDocument('坏图.png', bytes)).toEqual({ ok: false, code: 'corrupt', message: '图片已损坏或无法解析' });
  });

  it('says a blank picture holds no text', async () => {
    expect(await readDocument('空白.png', png(1240, 1754))).toEqual({
      ok: false,
      code: 'empty',
      message: '文件中没有可读取的文字',
    });
  });

  it('does not read a picture when OCR is off', async () => {
    const result = await readDocument('扫描.jpg', png(200, 200), { ocr: false });
    expect(result).toEqual({ ok: false, code: 'scanned', message: '图片需要文字识别才能读取，但文字识别已关闭' });
  });
});
