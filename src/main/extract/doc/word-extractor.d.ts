// word-extractor ships no types. The reader extends its OLE extractor (pinned version, see word-binary.ts).
declare module 'word-extractor/lib/word-ole-extractor.js' {
  interface Piece {
    startCp: number;
    endCp: number;
    startFilePos: number;
    /** Bytes per character: 1 (cp1252) or 2 (UTF-16). */
    bpc: number;
    text: string;
  }
  export default class WordOleExtractor {
    _pieces: Piece[];
    _boundaries: { ccpText: number };
    extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    documentStream(document: unknown, name: string): Promise<unknown>;
    streamBuffer(stream: unknown): Promise<Buffer>;
    writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    buildDocument(): unknown;
  }
}
