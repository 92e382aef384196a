// @napi-rs/canvas, loaded the first time a picture is drawn or scaled: a process or worker that reads
// only text layers (nearly every PDF) never pays its load (about 45 MB and 0.1–0.2 s at each start).
import { createRequire } from 'node:module';

type Canvas = typeof import('@napi-rs/canvas');

let canvas: Canvas | undefined;

export function createCanvas(width: number, height: number): ReturnType<Canvas['createCanvas']> {
  canvas ??= createRequire(import.meta.url)('@napi-rs/canvas') as Canvas;
  return canvas.createCanvas(width, height);
}
