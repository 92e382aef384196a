// A picture file shown as the original: its pages (a TIFF may hold several) as JPEGs on PDF pages of
// the size the image reader gives them, so the PDF viewer shows it and draws OCR boxes exactly where
// the reader put them. Nothing is added but the pixels.

import { createCanvas } from './canvas';
import { decodePicture } from './picture';
import { picturePageSize } from './picture-page';

export async function picturePdf(bytes: Uint8Array): Promise<Buffer | undefined> {
  const decoded = await decodePicture(bytes);
  if (!decoded.ok) return undefined;
  const objects: Buffer[] = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: page tree; then per page: page, content, image.
  let next = 3;
  for (const image of decoded.pages) {
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    const rgba = context.createImageData(image.width, image.height);
    image.data.forEach((value, i) => {
      rgba.data.set([value, value, value, 255], i * 4);
    });
    context.putImageData(rgba, 0, 0);
    const jpeg = await canvas.encode('jpeg', 85);
    const { widthPt, heightPt } = picturePageSize(image);
    const [pageId, contentId, imageId] = [next, next + 1, next + 2];
    next += 3;
    pageIds.push(pageId);
    const draw = `q ${widthPt.toFixed(2)} 0 0 ${heightPt.toFixed(2)} 0 0 cm /I Do Q`;
    objects[pageId] = Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${widthPt.toFixed(2)} ${heightPt.toFixed(2)}] /Resources << /XObject << /I ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    objects[contentId] = Buffer.concat([
      Buffer.from(`<< /Length ${draw.length} >>\nstream\n`),
      Buffer.from(draw),
      Buffer.from('\nendstream'),
    ]);
    objects[imageId] = Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      Buffer.from('\nendstream'),
    ]);
  }
  objects[1] = Buffer.from('<< /Type /Catalog /Pages 2 0 R >>');
  objects[2] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  for (let id = 1; id < next; id++) {
    offsets[id] = length;
    const body = Buffer.concat([Buffer.from(`${id} 0 obj\n`), objects[id]!, Buffer.from('\nendobj\n')]);
    parts.push(body);
    length += body.length;
  }
  const xref = [`xref\n0 ${next}\n0000000000 65535 f \n`, ...offsets.slice(1).map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${next} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
