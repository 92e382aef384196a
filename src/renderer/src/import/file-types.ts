// The file types the import accepts (the services decide the rest): the app's one list of formats.
import { formatOf, importExtensions } from '../../../shared/file-formats';

export const acceptAttribute = importExtensions.map((extension) => `.${extension}`).join(',');

export const isSupportedFile = (name: string): boolean => formatOf(name) !== undefined;
