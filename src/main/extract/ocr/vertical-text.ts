// Labels written top to bottom (table row labels in vertical writing): the recogniser reads lines, so a
// tall narrow box is cut into one square per character, each read alone, and the characters joined.

import type { TextReading } from './recognize-text';
import type { PixelBox } from './text-boxes';

/** A box this many times taller than wide holds vertical writing. */
const VERTICAL_RATIO = 2.5;

export interface VerticalSplit {
  /** The boxes to recognise: other boxes as they are, vertical ones cut into characters. */
  boxes: PixelBox[];
  /** The readings of `boxes` put back together: one reading per original box. */
  joinVertical(readings: readonly TextReading[]): TextReading[];
}

export function verticalLabelBoxes(detected: readonly PixelBox[]): VerticalSplit {
  const boxes: PixelBox[] = [];
  const groups = new Map<PixelBox, PixelBox[]>();
  for (const box of detected) {
    const width = box.x1 - box.x0;
    const height = box.y1 - box.y0;
    if (height < VERTICAL_RATIO * width) {
      boxes.push(box);
      continue;
    }
    const count = Math.max(2, Math.round(height / width));
    const step = height / count;
    const parts = Array.from({ length: count }, (_, i) => ({ x0: box.x0, y0: box.y0 + i * step, x1: box.x1, y1: box.y0 + (i + 1) * step }));
    groups.set(box, parts);
    boxes.push(...parts);
  }
  return {
    boxes,
    joinVertical(readings) {
      const byBox = new Map(readings.map((reading) => [reading.box, reading]));
      const joined: TextReading[] = [];
      const grouped = new Set([...groups.values()].flat());
      for (const reading of readings) if (!grouped.has(reading.box)) joined.push(reading);
      for (const [box, parts] of groups) {
        const partReadings = parts.map((part) => byBox.get(part)).filter((reading) => reading !== undefined);
        joined.push({
          box,
          text: partReadings.map((reading) => reading.text.trim()).join(''),
          confidence: Math.min(1, ...partReadings.filter((reading) => reading.text.trim()).map((reading) => reading.confidence)),
        });
      }
      return joined;
    },
  };
}
