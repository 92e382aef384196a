// What storage and the services read from a file name.
import type { SourceFormat } from '../../shared/document';
import { formatOf } from '../../shared/file-formats';

/** The format a file name suggests, for files that could not be read (unknown extensions count as text). */
export const formatOfFileName = (fileName: string): SourceFormat => formatOf(fileName) ?? 'txt';
