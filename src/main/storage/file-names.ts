// What storage and the services read from a file name.
import type { SourceFormat } from '../../shared/document';

/** Lower-case extension without the dot; "" when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

const formats: Record<string, SourceFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  txt: 'txt',
  md: 'txt',
};

/** The format a file name suggests, for files that could not be read (unknown extensions count as text). */
export const formatOfExtension = (extension: string): SourceFormat => formats[extension] ?? 'txt';
