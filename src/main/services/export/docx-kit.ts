// Building blocks of the Word export: fonts, page setup, paragraphs and ruled tables with fixed widths.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
} from 'docx';

/** Chinese text in 宋体 (Word knows it as SimSun or 宋体 alike), Latin and digits in Times New Roman. */
export const bodyFont = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: 'SimSun',
  cs: 'SimSun',
  hint: 'eastAsia',
};
export const headingFont = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: 'SimHei',
  cs: 'SimHei',
  hint: 'eastAsia',
};

/** Sizes in half-points, by their Chinese names. */
export const fontSize = { xiaoEr: 36, sanHao: 32, xiaoSi: 24, wuHao: 21, xiaoWu: 18 };

const a4 = { shortTwip: 11906, longTwip: 16838 };
const marginTwip = 1134; // 2 cm

export const contentWidthTwip = {
  portrait: a4.shortTwip - 2 * marginTwip,
  landscape: a4.longTwip - 2 * marginTwip,
};

export function pageProperties(orientation: 'portrait' | 'landscape'): ISectionPropertiesOptions {
  return {
    page: {
      size: {
        width: a4.shortTwip,
        height: a4.longTwip,
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top: 1247, bottom: 1247, left: marginTwip, right: marginTwip, header: 680, footer: 680 },
    },
  };
}

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: bodyFont, size: fontSize.wuHao, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 300 } },
    },
    heading1: {
      run: { font: headingFont, size: fontSize.sanHao, bold: true, color: '000000' },
      paragraph: { spacing: { before: 120, after: 240 }, alignment: AlignmentType.CENTER, keepNext: true },
    },
    heading2: {
      run: { font: headingFont, size: fontSize.xiaoSi, bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
  },
};

export type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

export const run = (text: string, style: RunStyle = {}): TextRun => new TextRun({ text, ...style });

/** A paragraph of runs; plain strings become unstyled runs. */
export function para(
  content: string | (TextRun | string)[],
  options: {
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    spacingAfter?: number;
    spacingBefore?: number;
    keepNext?: boolean;
    style?: RunStyle;
  } = {},
): Paragraph {
  const parts = typeof content === 'string' ? [content] : content;
  return new Paragraph({
    alignment: options.alignment,
    spacing: { before: options.spacingBefore ?? 0, after: options.spacingAfter ?? 0 },
    keepNext: options.keepNext,
    children: parts.map((part) => (typeof part === 'string' ? run(part, options.style) : part)),
  });
}

export interface CellContent {
  /** Lines of the cell: a line is a string or a list of runs. */
  lines: (string | TextRun[])[];
  shading?: string;
  center?: boolean;
  style?: RunStyle;
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function tableCell(content: CellContent, widthTwip: number): TableCell {
  const style: RunStyle = { size: fontSize.xiaoWu, ...content.style };
  const lines = content.lines.length > 0 ? content.lines : [''];
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: content.shading ? { type: ShadingType.CLEAR, color: 'auto', fill: content.shading } : undefined,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: content.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 260 },
          children: typeof line === 'string' ? [run(line, style)] : line,
        }),
    ),
  });
}

export const textCell = (text: string, extra: Omit<CellContent, 'lines'> = {}): CellContent => ({
  lines: text.split('\n'),
  ...extra,
});

/** A ruled table with a repeated bold header row on grey and fixed column widths (twips). */
export function ruledTable(
  columns: { header: string; widthTwip: number; center?: boolean }[],
  rows: CellContent[][],
): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column) =>
      tableCell(
        { lines: column.header.split('\n'), shading: 'D9D9D9', center: true, style: { bold: true } },
        column.widthTwip,
      ),
    ),
  });
  const bodyRows = rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, index) =>
          tableCell({ center: column.center, ...(cells[index] ?? { lines: [] }) }, column.widthTwip),
        ),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columns.reduce((sum, column) => sum + column.widthTwip, 0), type: WidthType.DXA },
    columnWidths: columns.map((column) => column.widthTwip),
    borders: {
      top: cellBorder,
      bottom: cellBorder,
      left: cellBorder,
      right: cellBorder,
      insideHorizontal: cellBorder,
      insideVertical: cellBorder,
    },
    rows: [headerRow, ...bodyRows],
  });
}

/** Column widths in cm turned into twips, the last column taking what is left of the page width. */
export function widthsToFill(cm: number[], totalTwip: number): number[] {
  const twips = cm.map((value) => Math.round(value * 567));
  const rest = totalTwip - twips.slice(0, -1).reduce((sum, value) => sum + value, 0);
  return [...twips.slice(0, -1), rest];
}

/** A centred picture (a chart's PNG) scaled to `widthTwip`, keeping its proportions. */
export function imageParagraph(
  png: Buffer,
  size: { widthPx: number; heightPx: number },
  widthTwip: number,
): Paragraph {
  // docx sizes pictures in pixels at 96 dpi: 15 twips a pixel.
  const width = Math.round(widthTwip / 15);
  const height = Math.round((size.heightPx * width) / size.widthPx);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // Single spacing measured from the picture: an exact line height would clip it.
    spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    children: [new ImageRun({ type: 'png', data: png, transformation: { width, height } })],
  });
}

/** A document's title: 小二 bold, centred, with room for a second line when it wraps. */
export const titleParagraph = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 360, line: 300, lineRule: LineRuleType.AUTO },
    children: [run(text, { font: headingFont, size: fontSize.xiaoEr, bold: true })],
  });
