// An OFD file is a ZIP package of XML parts (GB/T 33190). This opens it with bounded work: the
// entries' declared sizes and compression ratios are checked before anything is inflated, and
// inflating never writes past the declared size. Parts are addressed by the paths the XML uses:
// absolute from the package root ("/Doc_0/Document.xml") or relative to the referring part.

import { unzipSync, type UnzipFileInfo } from 'fflate';
import { parseXml, type Element } from './ofd-xml';

/** Bounds on what one OFD file may make the reader do. */
export const OFD_LIMITS = {
  entries: 20_000,
  /** Largest inflated XML part, and all parts together. */
  partBytes: 32 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  /** An entry above `ratioFloorBytes` inflating more than this many times its stored size is a zip bomb. */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** Images handed to the original view (the reader reads none). */
  mediaBytes: 8 * 1024 * 1024,
  /** Objects and glyphs drawn on one page: composite objects nested in each other multiply. */
  pageWork: 200_000,
} as const;

/** The package breaks one of OFD_LIMITS: the file is refused, never read in part. */
export class OfdLimitError extends Error {}

const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  bmp: 'image/bmp',
  gif: 'image/gif',
};

export class OfdPackage {
  private readonly parsed = new Map<string, Element | undefined>();

  private constructor(
    /** Inflated entries by normalized lower-case path. */
    private readonly entries: Map<string, Uint8Array>,
  ) {}

  /** Opens the package; with `media`, also the images the original view can show. Throws on a broken ZIP. */
  static open(bytes: Uint8Array, options: { media?: boolean } = {}): OfdPackage {
    let count = 0;
    let total = 0;
    let media = 0;
    const files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (++count > OFD_LIMITS.entries) throw new OfdLimitError(`entries > ${OFD_LIMITS.entries}`);
        const extension = file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase();
        if (extension === 'xml') {
          checkEntry(file);
          total += file.originalSize;
          if (total > OFD_LIMITS.totalBytes) throw new OfdLimitError('total size');
          return true;
        }
        if (!options.media || !(extension in MEDIA_TYPES)) return false;
        if (media + file.originalSize > OFD_LIMITS.mediaBytes) return false;
        media += file.originalSize;
        return true;
      },
    });
    const entries = new Map<string, Uint8Array>();
    for (const [name, data] of Object.entries(files)) entries.set(normalize(name).toLowerCase(), data);
    return new OfdPackage(entries);
  }

  /** `path` as the package root sees it, resolved against the folder of `from` (a part's path). */
  resolve(path: string, from = ''): string {
    const cleaned = path.trim().replace(/\\/g, '/');
    if (cleaned.startsWith('/')) return normalize(cleaned);
    const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    return normalize(folder + cleaned);
  }

  /** The parsed XML part at the resolved `path`; undefined when it is missing or not well-formed XML. */
  xml(path: string): Element | undefined {
    const key = path.toLowerCase();
    if (!this.parsed.has(key)) {
      const data = this.entries.get(key);
      let root: Element | undefined;
      try {
        root = data ? parseXml(data) : undefined;
      } catch {
        root = undefined; // one broken part costs its content, not the whole file
      }
      this.parsed.set(key, root);
    }
    return this.parsed.get(key);
  }

  /** An image as a data: URL for the original view; undefined when it was not loaded or is not a web image. */
  mediaUrl(path: string): string | undefined {
    const data = this.entries.get(path.toLowerCase());
    const type = MEDIA_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
    if (!data || !type) return undefined;
    return `data:${type};base64,${Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64')}`;
  }
}

function checkEntry(file: UnzipFileInfo): void {
  if (file.originalSize > OFD_LIMITS.partBytes)
    throw new OfdLimitError(`${file.name}: ${file.originalSize} bytes`);
  const ratio = file.originalSize / Math.max(1, file.size);
  if (file.originalSize > OFD_LIMITS.ratioFloorBytes && ratio > OFD_LIMITS.ratio)
    throw new OfdLimitError(`${file.name}: ratio ${Math.round(ratio)}`);
}

/** "a/./b/../c" → "a/c", without a leading slash; ".." never climbs above the root. */
function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
