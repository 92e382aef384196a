// Pictures (PNG, JPEG, TIFF) decoded into grey page images for OCR.
// Their size is read from the header first: a picture too big to decode within bounded memory is
// refused before a single pixel is decoded.

import { createCanvas } from './canvas';
import { toGrey, type GreyImage } from './grey-image';

/** Largest picture decoded (a 48-megapixel phone photo is 8000×6000). */
export const MAX_PICTURE_PIXELS = 50_000_000;
/** OCR works on pages whose longer side is within these bounds (about 150–250 dpi for A4). */
const MIN_LONG_SIDE = 1400;
const MAX_LONG_SIDE = 2400;

export type PictureKind = 'png' | 'jpeg' | 'tiff';

export function pictureKind(bytes: Uint8Array): PictureKind | undefined {
  const at = (offset: number, ...values: number[]): boolean => values.every((value, i) => bytes[offset + i] === value);
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  return undefined;
}

export type DecodedPictures =
  | { ok: true; pages: GreyImage[] }
  | { ok: false; reason: 'too_large'; width: number; height: number }
  | { ok: false; reason: 'corrupt' };

/**
 * The picture's pages (a TIFF may hold several), scaled to the size OCR reads best. Decoded by
 * JavaScript decoders: a damaged picture is an error to report, never a crash of the process
 * (the canvas library's native decoders can crash on malformed data).
 */
export async function decodePicture(bytes: Uint8Array): Promise<DecodedPictures> {
  const kind = pictureKind(bytes);
  // The decoders load on first use: a worker reading text PDFs never needs them (about 100 ms of loading).
  if (kind === 'tiff') return decodeTiff(bytes, (await import('utif2')).default);
  if (kind !== 'png' && kind !== 'jpeg') return { ok: false, reason: 'corrupt' };
  const size = headerSize(bytes, kind);
  if (!size) return { ok: false, reason: 'corrupt' };
  if (size.width * size.height > MAX_PICTURE_PIXELS) return { ok: false, reason: 'too_large', ...size };
  type Rgba = { width: number; height: number; data: Uint8Array };
  // Only the decoder this picture needs is loaded.
  const decode: (buffer: Buffer) => Rgba =
    kind === 'png'
      ? await import('pngjs').then(({ PNG }) => (buffer: Buffer) => PNG.sync.read(buffer))
      : await import('jpeg-js').then(({ decode: decodeJpeg }) => (buffer: Buffer) =>
          decodeJpeg(buffer, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PICTURE_PIXELS / 1e6, maxMemoryUsageInMB: 1024 }),
        );
  let rgba: Rgba;
  try {
    rgba = decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (rgba.width === 0 || rgba.height === 0) return { ok: false, reason: 'corrupt' };
  return { ok: true, pages: [toOcrSize(toGrey(rgba.data, rgba.width, rgba.height))] };
}

function ocrSize(width: number, height: number): { width: number; height: number } {
  const long = Math.max(width, height);
  const scale = long > MAX_LONG_SIDE ? MAX_LONG_SIDE / long : long < MIN_LONG_SIDE ? MIN_LONG_SIDE / long : 1;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function toOcrSize(image: GreyImage): GreyImage {
  const size = ocrSize(image.width, image.height);
  return size.width === image.width ? image : scaleGrey(image, size.width, size.height);
}

function decodeTiff(bytes: Uint8Array, UTIF: typeof import('utif2')): DecodedPictures {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const ifds = UTIF.decode(buffer).filter((ifd) => typeof ifd['t256'] !== 'undefined');
    if (ifds.length === 0) return { ok: false, reason: 'corrupt' };
    const pages: GreyImage[] = [];
    for (const ifd of ifds) {
      const width = Number((ifd['t256'] as number[])[0]);
      const height = Number((ifd['t257'] as number[])[0]);
      if (width * height > MAX_PICTURE_PIXELS) return { ok: false, reason: 'too_large', width, height };
      UTIF.decodeImage(buffer, ifd);
      pages.push(toOcrSize(toGrey(UTIF.toRGBA8(ifd), ifd.width, ifd.height)));
    }
    return { ok: true, pages };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

/** Grey pixels rescaled through a canvas (smooth downscaling). */
function scaleGrey(image: GreyImage, width: number, height: number): GreyImage {
  const source = createCanvas(image.width, image.height);
  const sourceContext = source.getContext('2d');
  const rgba = sourceContext.createImageData(image.width, image.height);
  for (let i = 0; i < image.data.length; i++) {
    const value = image.data[i]!;
    rgba.data[i * 4] = value;
    rgba.data[i * 4 + 1] = value;
    rgba.data[i * 4 + 2] = value;
    rgba.data[i * 4 + 3] = 255;
  }
  sourceContext.putImageData(rgba, 0, 0);
  const target = createCanvas(width, height);
  const context = target.getContext('2d');
  context.drawImage(source, 0, 0, width, height);
  return toGrey(context.getImageData(0, 0, width, height).data, width, height);
}

/** Width and height from a PNG's IHDR or a JPEG's frame header, without decoding. */
function headerSize(bytes: Uint8Array, kind: PictureKind): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (kind === 'png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (kind !== 'jpeg') return undefined;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    const length = view.getUint16(offset + 2);
    // Start-of-frame markers (baseline, progressive, …), not DHT (C4), JPG (C8) or DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + length;
  }
  return undefined;
}
