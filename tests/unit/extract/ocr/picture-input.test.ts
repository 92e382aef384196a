// Pictures and scans that cannot or should not be read: each gets a clear Chinese message, at once.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/main/extract/read-document';
import { hugePng } from '../../../fixtures/scans/huge-png';

function png(width: number, height: number, draw?: (context: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void): Uint8Array {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  draw?.(context);
  return new Uint8Array(canvas.toBuffer('image/png'));
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
