// Recognition with a second lane (a worker thread reading every other packed line) reads a page as the
// calling thread alone does; a lane that cannot start leaves recognition on the calling thread.
import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { scoreOneScan } from '../../../fixtures/scans/scan-set';

const laneEntry = new URL('../../../../src/main/services/recognition-worker.ts', import.meta.url);

/** Fresh OCR modules (the lane is chosen once per thread) and the boxes of a sealed page of figures. */
async function freshPage() {
  vi.resetModules();
  const { score } = await scoreOneScan('std-2019-zeros', 'seal300');
  const { decodePicture } = await import('../../../../src/main/extract/ocr/picture');
  const { detectText } = await import('../../../../src/main/extract/ocr/detect-text');
  const decoded = await decodePicture(await readFile(score.file));
  if (!decoded.ok) throw new Error('fixture did not decode');
  const image = decoded.pages[0]!;
  return { image, boxes: await detectText(image) };
}

const texts = (readings: { text: string }[]): string[] => readings.map((reading) => reading.text);

describe('recognition lanes', () => {
  it(
    'reads every box of a page the same with a second lane as on one thread',
    { timeout: 180_000 },
    async () => {
      const { image, boxes } = await freshPage();
      const { recognizeBoxes } = await import('../../../../src/main/extract/ocr/recognize-text');
      const alone = await recognizeBoxes(image, boxes);

      vi.resetModules();
      const lanes = await import('../../../../src/main/extract/ocr/recognition-lane');
      lanes.useRecognitionLane(laneEntry);
      const { recognizeBoxes: recognizeWithLane } =
        await import('../../../../src/main/extract/ocr/recognize-text');
      const withLane = await recognizeWithLane(image, boxes);

      expect(await lanes.recognitionLane()).toBeDefined();
      expect(boxes.length).toBeGreaterThan(100);
      expect(texts(withLane)).toEqual(texts(alone));
      withLane.forEach((reading, i) => expect(reading.confidence).toBeCloseTo(alone[i]!.confidence, 2));
    },
  );

  it('reads on the calling thread when the lane cannot start', { timeout: 180_000 }, async () => {
    const { image, boxes } = await freshPage();
    const { recognizeBoxes } = await import('../../../../src/main/extract/ocr/recognize-text');
    const alone = await recognizeBoxes(image, boxes);

    vi.resetModules();
    const lanes = await import('../../../../src/main/extract/ocr/recognition-lane');
    lanes.useRecognitionLane(new URL('./no-such-recognition-worker.ts', laneEntry));
    const { recognizeBoxes: recognizeWithout } =
      await import('../../../../src/main/extract/ocr/recognize-text');

    expect(texts(await recognizeWithout(image, boxes))).toEqual(texts(alone));
    expect(await lanes.recognitionLane()).toBeUndefined();
  });
});
