// Opens a Word 97-2003 binary file (.doc; WPS Office writes .wps in the same format): the OLE container
// is read with cfb (bounded: it breaks sector-chain loops), the text with word-extractor's piece table
// (which also blanks deleted revisions), and the paragraph properties that give the tables their rows
// and cells with paragraph-properties.ts. The result is the main text's characters, each paragraph
// mark with its properties.

import CFB from 'cfb';
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import {
  PLAIN,
  readParagraphProperties,
  type ParagraphProperties,
  type PropertyRun,
} from './paragraph-properties';

export interface WordBody {
  /** The main text (cp 0 … ccpText), Word's control characters kept: \r paragraph, \x07 cell/row end. */
  text: string;
  /** Properties of the paragraph ending at each paragraph mark, by the mark's index in `text`. */
  properties: (cp: number) => ParagraphProperties;
}

export type WordBinaryProblem = 'encrypted' | 'old-version' | 'not-word';

export class WordBinaryError extends Error {
  constructor(readonly problem: WordBinaryProblem) {
    super(problem);
  }
}

/** nFib of Word 97, the first version of this format; older files (Word 6/95) are laid out differently. */
const WORD_97_NFIB = 0xc0;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const F_OBFUSCATED = 0x8000;

export async function readWordBody(bytes: Uint8Array): Promise<WordBody> {
  const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    type: 'buffer',
  });
  const stream = (name: string): Buffer | undefined => {
    const content = CFB.find(container, name)?.content;
    return content && content.length > 0 ? Buffer.from(content as Uint8Array) : undefined;
  };
  const wordDocument = stream('WordDocument');
  if (!wordDocument || wordDocument.length < 0x1a2 + 4 || wordDocument.readUInt16LE(0) !== 0xa5ec)
    throw new WordBinaryError('not-word');
  const flags = wordDocument.readUInt16LE(0x0a);
  if (flags & (F_ENCRYPTED | F_OBFUSCATED)) throw new WordBinaryError('encrypted');
  if (wordDocument.readUInt16LE(0x02) < WORD_97_NFIB) throw new WordBinaryError('old-version');
  const tableName = flags & F_WHICH_TABLE ? '1Table' : '0Table';
  const table = stream(tableName);
  if (!table) throw new WordBinaryError('not-word');

  const streams = new Map([[tableName, table]]);
  const data = stream('Data');
  if (data) streams.set('Data', data);
  const extractor = new BodyExtractor(streams);
  await extractor.extractWordDocument(undefined, wordDocument);
  return extractor.body();
}

/** word-extractor's OLE extractor, given the streams directly and keeping the paragraph properties. */
class BodyExtractor extends WordOleExtractor {
  private runs: PropertyRun[] = [];

  constructor(private readonly streams: Map<string, Buffer>) {
    super();
  }

  override documentStream(_document: unknown, name: string): Promise<unknown> {
    const buffer = this.streams.get(name);
    return buffer ? Promise.resolve(buffer) : Promise.reject(new WordBinaryError('not-word'));
  }

  override streamBuffer(stream: unknown): Promise<Buffer> {
    return Promise.resolve(stream as Buffer);
  }

  /** Replaces the library's own pass, which only marks row ends and skips sprms it cannot size. */
  override writeParagraphProperties(wordDocument: Buffer, table: Buffer): void {
    this.runs = readParagraphProperties(wordDocument, table, this.streams.get('Data'));
  }

  override buildDocument(): unknown {
    return undefined;
  }

  body(): WordBody {
    const end = this._boundaries.ccpText;
    const pieces = this._pieces.filter((piece) => piece.startCp < end);
    const text = pieces
      .map((piece) => piece.text)
      .join('')
      .slice(0, end);
    const runs = this.runs;
    const properties = (cp: number): ParagraphProperties => {
      const piece = pieces.find((candidate) => cp >= candidate.startCp && cp < candidate.endCp);
      if (!piece) return PLAIN;
      const fc = piece.startFilePos + (cp - piece.startCp) * piece.bpc;
      return runAt(runs, fc)?.properties ?? PLAIN;
    };
    return { text, properties };
  }
}

/** The run holding file position `fc` (runs sorted by start). */
function runAt(runs: PropertyRun[], fc: number): PropertyRun | undefined {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle]!;
    if (fc < run.fcStart) high = middle - 1;
    else if (fc >= run.fcEnd) low = middle + 1;
    else return run;
  }
  return undefined;
}
