// The one list of the files the app imports and the one size limit. Main, the command line and the
// renderer (file picker, drop filter) all read them here.
import type { SourceFormat } from './document';

/** The largest file the app reads. */
export const MAX_FILE_MB = 200;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

export interface ImportFormat {
  format: SourceFormat;
  /** Name shown in the file dialog's type list. */
  label: string;
  /** Lower case, without the dot. */
  extensions: readonly string[];
}

export const importFormats: readonly ImportFormat[] = [
  { format: 'pdf', label: 'PDF', extensions: ['pdf'] },
  { format: 'docx', label: 'Word 文档（DOCX）', extensions: ['docx'] },
  { format: 'doc', label: 'Word 97-2003 文档（DOC）', extensions: ['doc'] },
  { format: 'wps', label: 'WPS 文字（WPS）', extensions: ['wps'] },
  { format: 'ofd', label: 'OFD 版式文档', extensions: ['ofd'] },
  { format: 'html', label: '网页（HTML）', extensions: ['html', 'htm', 'shtml', 'xhtml'] },
  { format: 'txt', label: '文本（TXT、Markdown）', extensions: ['txt', 'text', 'md', 'markdown'] },
  { format: 'image', label: '图片（PNG、JPEG、TIFF）', extensions: ['png', 'jpg', 'jpeg', 'tif', 'tiff'] },
];

/** "PDF、Word 文档（DOCX）、…": what the app reads, for messages. */
export const importFormatsText = importFormats.map((entry) => entry.label).join('、');

/** Every extension the app reads, lower case, without the dot. */
export const importExtensions: readonly string[] = importFormats.flatMap((entry) => entry.extensions);

const formatByExtension = new Map(
  importFormats.flatMap((entry) => entry.extensions.map((extension) => [extension, entry.format] as const)),
);

/** Lower-case extension without the dot ("docx"); "" when there is none (also for ".bashrc"). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The format a file name announces by its extension; undefined when it is not one the app reads. */
export const formatOf = (fileName: string): SourceFormat | undefined => formatByExtension.get(extensionOf(fileName));

/** "文件过大（250.3 MB，上限 200 MB）": the caller puts the file's name in front. */
export function tooLargeMessage(sizeBytes: number): string {
  // Rounded up, so a file just over the limit never reads as "200 MB，上限 200 MB".
  const mb = Math.ceil((sizeBytes / 1024 / 1024) * 10) / 10;
  return `文件过大（${mb} MB，上限 ${MAX_FILE_MB} MB）`;
}
