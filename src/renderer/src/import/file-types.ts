// The file types the import accepts (the services decide the rest).
const extensions = ['pdf', 'docx', 'html', 'htm', 'txt', 'md'];

export const acceptAttribute = extensions.map((extension) => `.${extension}`).join(',');

export function isSupportedFile(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && extensions.includes(name.slice(dot + 1).toLowerCase());
}
