// Many short crops (table cells: "0", "34", "1288") read in one go: laid side by side on one line with
// paper between them, so the recogniser runs once per line instead of once per cell. Each character
// read is given back to the crop under its time step.

/** Width of one packed line, in model pixels (48 high). */
export const PACKED_WIDTH = 1280;
/** Paper between two crops: wide enough that the model never joins their characters. */
const GAP = 32;
const MARGIN = 16;

export interface PackedItem {
  index: number;
  x: number;
  width: number;
}

export interface PackedLine {
  items: PackedItem[];
  width: number;
}

/** Crops of the given widths laid into lines, in order; a crop wider than a line gets a line of its own. */
export function packLines(widths: readonly number[]): PackedLine[] {
  const lines: PackedLine[] = [];
  let current: PackedLine | undefined;
  widths.forEach((width, index) => {
    const x = current ? current.width + GAP : MARGIN;
    if (!current || x + width + MARGIN > PACKED_WIDTH) {
      current = { items: [{ index, x: MARGIN, width }], width: MARGIN + width };
      lines.push(current);
    } else {
      current.items.push({ index, x, width });
      current.width = x + width;
    }
  });
  for (const line of lines) line.width += MARGIN;
  return lines;
}

/** The item a character read at `x` (model pixels) belongs to: the one whose span, gaps halved, holds x. */
export function itemAt(line: PackedLine, x: number): PackedItem | undefined {
  return line.items.find((item) => x >= item.x - GAP / 2 && x < item.x + item.width + GAP / 2);
}
