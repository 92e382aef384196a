// What the reviewer types into 更正数值, read as a cell value.
/** "" -> blank; full-width digits, thousands separators and a trailing unit are tolerated. */
export function parseCellInput(text: string): number | null | undefined {
  const cleaned = text
    .replace(/[０-９．－]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/(万元|元|件|个|项)$/, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}
