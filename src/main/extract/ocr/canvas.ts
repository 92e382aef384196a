// @napi-rs/canvas, loaded the first time a picture is drawn or scaled: a process or worker that reads
// only text layers (nearly every PDF) never pays its load (about 45 MB and 0.1–0.2 s at each start).
import { createRequire } from 'node:module';
import type { Canvas } from '@napi-rs/canvas';

type CanvasModule = typeof import('@napi-rs/canvas');

let loaded: CanvasModule | undefined;

export function createCanvas(width: number, height: number): Canvas {
  loaded ??= createRequire(import.meta.url)('@napi-rs/canvas') as CanvasModule;
  return loaded.createCanvas(width, height);
}
