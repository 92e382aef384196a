// Building blocks of the Excel export: fills, borders, list sheets with a frozen bold header, safe sheet names.
import type { Border, Cell, Fill, Style, Workbook, Worksheet } from 'exceljs';

export const solidFill = (rgb: string): Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${rgb}` },
});

const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const thinBorder = { top: thin, left: thin, bottom: thin, right: thin };

export const headerFill = solidFill('D9D9D9');

/** Display width of text in Excel's character units: CJK and full-width characters count double. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

/** A row height (points) that shows wrapped text of each cell in full. */
export function wrappedHeight(cells: { text: string; widthChars: number }[]): number {
  const lines = Math.max(
    1,
    ...cells.map(({ text, widthChars }) =>
      text
        .split('\n')
        .reduce(
          (sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, widthChars - 1))),
          0,
        ),
    ),
  );
  return Math.max(18, lines * 14 + 4);
}

export function styleHeaderCell(cell: Cell): void {
  cell.font = { bold: true };
  cell.fill = headerFill;
  cell.border = thinBorder;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

export interface ListColumn {
  header: string;
  widthChars: number;
}

/** A list sheet: bold grey header row, frozen, and columns of the given widths. */
export function addListSheet(workbook: Workbook, name: string, columns: ListColumn[]): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.widthChars }));
  const header = sheet.getRow(1);
  header.height = 22;
  header.eachCell((cell) => styleHeaderCell(cell));
  return sheet;
}

/** Adds a data row with wrapped, top-aligned, bordered cells and a height that fits the text. */
export function addListRow(
  sheet: Worksheet,
  columns: ListColumn[],
  values: (string | number | null)[],
): void {
  const row = sheet.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = thinBorder;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  row.height = wrappedHeight(
    values.map((value, index) => ({
      text: value === null ? '' : String(value),
      widthChars: columns[index]?.widthChars ?? 10,
    })),
  );
}

/**
 * Gives the cells of a workbook that look alike one style object, just before it is written. ExcelJS gives
 * every cell its own style object, and registers each one by building the XML of its font, border and fill
 * to compare it with the styles seen so far (most of writing a large export); a style object it has seen
 * already it registers at once. The styles themselves do not change. Empty cells are left as they are. Call
 * it last: a cell's style set after it would change every cell of that style.
 */
export function shareStyles(workbook: Workbook): void {
  // Each part (font, border, …) gets a number per distinct JSON, worked out once per part object: many
  // cells share one border or fill object, and a style's key is then a few numbers, quick to hash.
  const partNumbers = new Map<string, number>();
  const numberOfJson = (json: string): number => {
    let number = partNumbers.get(json);
    if (number === undefined) partNumbers.set(json, (number = partNumbers.size));
    return number;
  };
  const partOf = new WeakMap<object, number>();
  const numberOf = (part: unknown): number => {
    if (typeof part !== 'object' || part === null)
      return part === undefined ? -1 : numberOfJson(JSON.stringify(part));
    let number = partOf.get(part);
    if (number === undefined) partOf.set(part, (number = numberOfJson(JSON.stringify(part))));
    return number;
  };
  const shared = new Map<string, Partial<Style>>();
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const { numFmt, font, border, fill, alignment, protection } = cell.style;
        // What ExcelJS makes a style of, and the cell's type: a date cell without a number format gets one.
        const key = `${cell.type}|${numFmt}|${numberOf(font)}|${numberOf(border)}|${numberOf(fill)}|${numberOf(alignment)}|${numberOf(protection)}`;
        const known = shared.get(key);
        if (known) cell.style = known;
        else shared.set(key, cell.style);
      }),
    ),
  );
}

const forbidden = /[[\]:*?/\\]/g;

/**
 * Names sheets as Excel allows: at most 31 characters, none of []:*?/\, no leading or trailing apostrophe,
 * unique without regard to case (a clash gets "(2)", "(3)" …).
 */
export function createSheetNamer(reserved: string[]): (wanted: string) => string {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return (wanted) => {
    const clean =
      wanted
        .replace(forbidden, '_')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '') || '报告';
    let name = [...clean].slice(0, 31).join('').trim();
    for (let copy = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'history'; copy += 1) {
      const suffix = `(${copy})`;
      name =
        [...clean]
          .slice(0, 31 - suffix.length)
          .join('')
          .trim() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}
