// Table borders found in a picture: drawn on a canvas, tilted, made noisy and grey as a scan is, then
// levelled and read as a grid whose rows and columns are the ones drawn.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { inkThreshold, toGrey, type GreyImage } from '../../../../src/main/extract/ocr/grey-image';
import { imageRulingLines } from '../../../../src/main/extract/ocr/image-lines';
import { straighten } from '../../../../src/main/extract/ocr/straighten';
import { findGrids } from '../../../../src/main/extract/pdf/table-grid';

const columns = [100, 400, 520, 640, 760, 880];
const rows = [300, 360, 420, 480, 540, 600];

function drawTable(tiltDegrees: number, noise: number, paper: number): GreyImage {
  const width = 1000;
  const height = 900;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = `rgb(${paper},${paper},${paper})`;
  context.fillRect(0, 0, width, height);
  context.translate(width / 2, height / 2);
  context.rotate((tiltDegrees * Math.PI) / 180);
  context.translate(-width / 2, -height / 2);
  context.strokeStyle = '#111';
  context.lineWidth = 2;
  for (const y of rows) context.strokeRect(columns[0]!, y, columns[columns.length - 1]! - columns[0]!, 0);
  for (const x of columns) context.strokeRect(x, rows[0]!, 0, rows[rows.length - 1]! - rows[0]!);
  context.fillStyle = '#111';
  context.font = '28px sans-serif';
  context.fillText('3001', 420, 400);
  const pixels = context.getImageData(0, 0, width, height).data;
  let seed = 7;
  for (let i = 0; i < pixels.length; i += 4) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const jitter = ((seed / 2 ** 31) * 2 - 1) * noise;
    for (let c = 0; c < 3; c++) pixels[i + c] = Math.max(0, Math.min(255, pixels[i + c]! + jitter));
  }
  return toGrey(pixels, width, height);
}

function gridOf(image: GreyImage) {
  const threshold = inkThreshold(image);
  const level = straighten(image, threshold);
  // One pixel is half a point here.
  return findGrids(imageRulingLines(level, threshold, 0.5));
}

describe('table grids from a scanned picture', () => {
  it('finds the drawn rows and columns of a clean table', () => {
    const [grid] = gridOf(drawTable(0, 0, 255));
    expect(grid?.columnEdges.map((x) => Math.round(x * 2))).toEqual(columns.map((x) => expect.closeTo(x, 0) as number));
    expect(grid?.rowEdges).toHaveLength(rows.length);
  });

  for (const tilt of [0.5, -1.2, 2]) {
    it(`finds them on a page tilted ${tilt}° with noise and grey paper`, () => {
      const grids = gridOf(drawTable(tilt, 40, 215));
      expect(grids).toHaveLength(1);
      expect(grids[0]!.columnEdges).toHaveLength(columns.length);
      expect(grids[0]!.rowEdges).toHaveLength(rows.length);
      // Column widths as drawn (within a few pixels after levelling).
      const widths = grids[0]!.columnEdges.slice(1).map((x, i) => (x - grids[0]!.columnEdges[i]!) * 2);
      widths.forEach((width, i) => expect(Math.abs(width - (columns[i + 1]! - columns[i]!))).toBeLessThan(6));
    });
  }

  it('finds no grid on a page of text', () => {
    const canvas = createCanvas(800, 600);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 800, 600);
    context.fillStyle = '#000';
    context.font = '24px sans-serif';
    for (let line = 0; line < 10; line++) context.fillText('政府信息公开工作年度报告 一二三', 40, 60 + line * 50);
    const image = toGrey(context.getImageData(0, 0, 800, 600).data, 800, 600);
    expect(gridOf(image)).toEqual([]);
  });
});
