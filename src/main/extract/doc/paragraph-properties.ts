// Paragraph properties of a Word 97-2003 binary document ([MS-DOC] PlcBtePapx → PapxFkp pages), as far
// as the table structure needs them: is the paragraph in a table, at which depth, does it end a row,
// and, for a row end, the row's cell edges and merge flags (sprmTDefTable, sprmTVertMerge).
// word-extractor reads text but skips these sprms (and misreads sprmTDefTable's two-byte length).

export interface CellFormat {
  /** Horizontal merge: 0 none, 1 first cell, 2 or 3 merged into the previous cell. */
  horizontalMerge: number;
  /** Vertical merge: 0 none, 3 first cell, 1 merged into the cell above. */
  verticalMerge: number;
}

export interface RowFormat {
  /** Cell edges in twips, one more than cells. */
  edges: number[];
  cells: CellFormat[];
}

export interface ParagraphProperties {
  inTable: boolean;
  /** Table depth: 1 for an outer table, more for nested ones. */
  depth: number;
  /** The paragraph mark ends a table row (a row-end mark). */
  rowEnd: boolean;
  /** Row end of a nested table. */
  innerRowEnd: boolean;
  /** Cell end of a nested table (its mark is a paragraph mark, not a cell mark). */
  innerCellEnd: boolean;
  row?: RowFormat;
}

/** Properties of the paragraphs whose marks lie in [fcStart, fcEnd) of the WordDocument stream. */
export interface PropertyRun {
  fcStart: number;
  fcEnd: number;
  properties: ParagraphProperties;
}

const FKP_SIZE = 512;
export const PLAIN: ParagraphProperties = {
  inTable: false,
  depth: 0,
  rowEnd: false,
  innerRowEnd: false,
  innerCellEnd: false,
};

// Sprms read here ([MS-DOC] 2.6).
const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_F_TTP = 0x2417;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_F_INNER_TTP = 0x244c;
const SPRM_P_F_INNER_TABLE_CELL = 0x244b;
const SPRM_P_CHG_TABS = 0xc615;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_T_DEF_TABLE_10 = 0xd606;
const SPRM_T_VERT_MERGE = 0xd62b;
/** The paragraph's sprms did not fit in the page: they are in the Data stream, at the operand's offset. */
const SPRM_P_HUGE_PAPX = 0x6646;

/** The runs in file order; `wordDocument` is the WordDocument stream, `table` the 0Table/1Table stream, `data` the Data stream. */
export function readParagraphProperties(
  wordDocument: Buffer,
  table: Buffer,
  data: Buffer | undefined,
): PropertyRun[] {
  const fcPlcfBtePapx = wordDocument.readUInt32LE(0x0102);
  const lcbPlcfBtePapx = wordDocument.readUInt32LE(0x0106);
  if (lcbPlcfBtePapx < 12 || fcPlcfBtePapx + lcbPlcfBtePapx > table.length) return [];
  const plc = table.subarray(fcPlcfBtePapx, fcPlcfBtePapx + lcbPlcfBtePapx);
  const count = Math.floor((lcbPlcfBtePapx - 4) / 8);
  const runs: PropertyRun[] = [];
  for (let i = 0; i < count; i++) {
    const page = plc.readUInt32LE((count + 1) * 4 + i * 4) & 0x3fffff;
    const fkp = wordDocument.subarray(page * FKP_SIZE, (page + 1) * FKP_SIZE);
    if (fkp.length < FKP_SIZE) continue;
    runs.push(...fkpRuns(fkp, data));
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

function fkpRuns(fkp: Buffer, data: Buffer | undefined): PropertyRun[] {
  const crun = fkp.readUInt8(FKP_SIZE - 1);
  const runs: PropertyRun[] = [];
  for (let j = 0; j < crun && (crun + 1) * 4 + j * 13 < FKP_SIZE; j++) {
    const fcStart = fkp.readUInt32LE(j * 4);
    const fcEnd = fkp.readUInt32LE((j + 1) * 4);
    const offset = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
    runs.push({ fcStart, fcEnd, properties: offset === 0 ? PLAIN : papx(fkp, offset, data) });
  }
  return runs;
}

/** A PapxInFkp at `offset`: its size byte(s), then the style index and the sprms. */
function papx(fkp: Buffer, offset: number, data: Buffer | undefined): ParagraphProperties {
  if (offset >= FKP_SIZE - 1) return PLAIN;
  const cb = fkp.readUInt8(offset);
  const [start, size] = cb !== 0 ? [offset + 1, 2 * cb - 1] : [offset + 2, 2 * fkp.readUInt8(offset + 1)];
  const properties: ParagraphProperties = { ...PLAIN };
  applySprms(fkp.subarray(start + 2, Math.min(start + size, FKP_SIZE - 1)), properties, data);
  if (properties.inTable && properties.depth === 0) properties.depth = 1;
  if (properties.depth > 0) properties.inTable = true;
  return properties;
}

function applySprms(grpprl: Buffer, properties: ParagraphProperties, data: Buffer | undefined): void {
  for (const { sprm, operand } of sprms(grpprl)) {
    switch (sprm) {
      case SPRM_P_HUGE_PAPX: {
        const at = operand.readUInt32LE(0);
        if (data && at + 2 <= data.length) {
          const length = data.readUInt16LE(at);
          // Read once: the Data stream's own sprms never point back into it.
          applySprms(data.subarray(at + 2, Math.min(at + 2 + length, data.length)), properties, undefined);
        }
        break;
      }
      case SPRM_P_F_IN_TABLE:
        properties.inTable = operand[0] === 1;
        break;
      case SPRM_P_F_TTP:
        properties.rowEnd = operand[0] === 1;
        break;
      case SPRM_P_F_INNER_TTP:
        properties.innerRowEnd = operand[0] === 1;
        break;
      case SPRM_P_F_INNER_TABLE_CELL:
        properties.innerCellEnd = operand[0] === 1;
        break;
      case SPRM_P_ITAP:
        if (operand.length >= 4) properties.depth = operand.readInt32LE(0);
        break;
      case SPRM_T_DEF_TABLE:
      case SPRM_T_DEF_TABLE_10:
        properties.row = rowFormat(operand);
        break;
      case SPRM_T_VERT_MERGE:
        if (properties.row && operand.length >= 3) {
          const cell = properties.row.cells[operand[1]!];
          if (cell) cell.verticalMerge = operand[2]!;
        }
        break;
    }
  }
}

/** The sprms of a grpprl with their operands; stops at the first that runs past the end. */
export function* sprms(grpprl: Buffer): Generator<{ sprm: number; operand: Buffer }> {
  let offset = 0;
  while (offset + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(offset);
    offset += 2;
    const size = operandSize(sprm, grpprl, offset);
    if (size === undefined || offset + size > grpprl.length) return;
    yield { sprm, operand: grpprl.subarray(offset, offset + size) };
    offset += size;
  }
}

const FIXED_SIZES = [1, 1, 2, 4, 2, 2, -1, 3];

function operandSize(sprm: number, grpprl: Buffer, offset: number): number | undefined {
  const fixed = FIXED_SIZES[sprm >> 13]!;
  if (fixed >= 0) return fixed;
  if (sprm === SPRM_T_DEF_TABLE || sprm === SPRM_T_DEF_TABLE_10) {
    if (offset + 2 > grpprl.length) return undefined;
    return grpprl.readUInt16LE(offset) + 1; // cb counts the rest plus one, after its own two bytes
  }
  if (offset >= grpprl.length) return undefined;
  const cb = grpprl.readUInt8(offset);
  if (sprm === SPRM_P_CHG_TABS && cb === 255) {
    // PChgTabsDelClose then PChgTabsAdd, each sized by its own count.
    let at = offset + 1;
    const deleted = grpprl.readUInt8(at);
    at += 1 + deleted * 4;
    if (at >= grpprl.length) return undefined;
    const added = grpprl.readUInt8(at);
    at += 1 + added * 3;
    return at - offset;
  }
  return cb + 1;
}

/** TDefTableOperand: cb (2), column count (1), the edges, then one TC80 (20 bytes) per cell. */
function rowFormat(operand: Buffer): RowFormat | undefined {
  if (operand.length < 3) return undefined;
  const columns = operand.readUInt8(2);
  const edgesEnd = 3 + (columns + 1) * 2;
  if (columns === 0 || edgesEnd > operand.length) return undefined;
  const edges = Array.from({ length: columns + 1 }, (_, i) => operand.readInt16LE(3 + i * 2));
  const cells = Array.from({ length: columns }, (_, i): CellFormat => {
    const at = edgesEnd + i * 20;
    const flags = at + 2 <= operand.length ? operand.readUInt16LE(at) : 0;
    return { horizontalMerge: flags & 0x3, verticalMerge: (flags >> 5) & 0x3 };
  });
  return { edges, cells };
}
