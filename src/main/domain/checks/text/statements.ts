// Numbers the prose of a report states about table 三 and 四 ("共收到政府信息公开申请5件",
// "答复 3050 件", "行政复议 351 件", "未收到行政复议、行政诉讼", "办结率100%", 行政事业性收费 N 万元).
// Patterns run on a Scan (no whitespace). A statement is dropped when its sentence speaks of another
// year (上年, "2019 年（未收到…）", next year's plans) or the number is approximate (余, 多, 约, 近).
import { parseNumberToken } from '../numbers';
import { clausePrefix, mentionsOtherYear, sentencePrefix, type Scan } from './scan';

export type StatementKind =
  | 'received'
  | 'carriedOver'
  | 'carriedForward'
  | 'carried'
  | 'handled'
  | 'review'
  | 'suit'
  | 'appeals'
  | 'noRequests'
  | 'noReview'
  | 'noSuit'
  | 'completed'
  | 'feeAmount';

export interface Statement {
  kind: StatementKind;
  /** The number stated (0 for "未收到…"; absent for "办结率100%"); fee amounts in 万元. */
  stated?: number;
  /** The verb or keyword that matched (办结 / 答复 / 办理 …). */
  verb: string;
  /** [start, end) in scan.text. */
  start: number;
  end: number;
  /** Worded as the form's own row ("本年新收政府信息公开申请", "结转下年度继续办理"). */
  exact: boolean;
  /** The clause gives the number to a sub-unit or another scope (区政府办, 其中, 部门 …). */
  subUnit: boolean;
  /**
   * The scope is plainly another quantity: a part (其中), other bodies (部门, 乡镇, 下属 …). False for the
   * body's own office speaking for it (区政府办代表区政府受理…), which states the same quantity.
   */
  otherQuantity: boolean;
}

const NUM = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百]+)';
const APPROX = '(余|多)?';
const gap = (max: number): string => `([^，,。；;：:！？!?\\d]{0,${max}}?)`;
const COUNT_END = `${NUM}${APPROX}(?:件|起)`;
/** A count right after "…结转下年", before any punctuation. */
const COUNT_AFTER = new RegExp(`^度?${gap(10)}${NUM}${APPROX}件`);

const NOT_REQUESTS =
  /许可|事项|热线|来信|来电|咨询|投诉|建议|提案|留言|案件|复议|诉讼|信访|举报|政务服务|公开答复|处理费|予以|不予|部分公开|无法提供|其他处理|其中/;
/** The body's own office or level speaking for it: the same quantity in other words. */
const OWN_OFFICE = /政府办|办公室|办公厅|代表|本级/;
/** A part of the total or other bodies: another quantity. */
const OTHER_SCOPE = /其中|部门|乡镇|街道|各单位|下属|直属|所属|分局|各县|各区|县区|区县|市直|县直|区直/;
const APPROX_BEFORE = /(近|约|超过|逾|大约)$/;
const NOT_NONE = /^(的)?(纠错|纠正|败诉|被纠|撤销|确认违法|结果|发生率|纠错率)/;

// Every capturing group of these patterns takes part in each match (possibly empty): `match[n]!`.
interface Pattern {
  kind: StatementKind | 'noAppeals';
  regex: RegExp;
  /** Checks the match and returns the statement's number, verb and wording; null to drop it. */
  read(
    match: RegExpExecArray,
    scan: Scan,
  ): { stated?: number; verb: string; exact: boolean; gap: string } | null;
}

const count = (match: RegExpExecArray, numberGroup: number, gapText: string) => {
  if (match[numberGroup + 1] || APPROX_BEFORE.test(gapText)) return undefined;
  return parseNumberToken(match[numberGroup]!);
};

/** The statement read from a match: its number (group `numberGroup`), or null when it is approximate or unreadable. */
function statement(match: RegExpExecArray, numberGroup: number, between: string, verb: string, exact = false) {
  const stated = count(match, numberGroup, between);
  return stated === undefined ? null : { stated, verb, exact, gap: between };
}

const PATTERNS: Pattern[] = [
  {
    kind: 'received',
    regex: new RegExp(`(收到|新收|受理|接收|接到)${gap(16)}${NUM}${APPROX}件`, 'g'),
    read(match) {
      const verb = match[1]!;
      const between = match[2]!;
      if (!/申请|信息公开/.test(between) || NOT_REQUESTS.test(between)) return null;
      // Any of these verbs before "…申请 N 件" plainly states 一、本年新收: no need to tell the form's own wording.
      return statement(match, 3, between, verb);
    },
  },
  {
    kind: 'carriedOver',
    regex: new RegExp(`(?:上一?年度?|去年)结转${gap(14)}${NUM}${APPROX}件`, 'g'),
    read(match) {
      const between = match[1]!;
      if (NOT_REQUESTS.test(between)) return null;
      return statement(match, 2, between, '上年结转', between.startsWith('政府信息公开申请'));
    },
  },
  {
    kind: 'carriedForward',
    regex: new RegExp(`(?:结转|转入|转|顺延)(?:至|到|入)?下一?年度?${gap(10)}${NUM}${APPROX}件`, 'g'),
    read(match) {
      const between = match[1]!;
      if (NOT_REQUESTS.test(between)) return null;
      return statement(match, 2, between, '结转下年度', match[0].includes('结转下年度继续办理'));
    },
  },
  {
    kind: 'carriedForward',
    regex: new RegExp(`${NUM}${APPROX}件(?:申请)?需?(?:结转|顺延|转入|转)(?:至|到|入)?下一?年`, 'g'),
    read(match, scan) {
      // "办结2363件结转下年度继续办理229件": a comma lost at a PDF line end; the number after is the carry-forward.
      if (COUNT_AFTER.test(scan.text.slice(match.index + match[0].length))) return null;
      return statement(match, 1, '', '结转下年度');
    },
  },
  {
    // A bare "结转 N 件" may mean either way: it agrees with 二 or 四.
    kind: 'carried',
    regex: new RegExp(`(?<!上一?年度?|去年|上年度)结转(?![至到入下])${gap(6)}${NUM}${APPROX}件`, 'g'),
    read(match) {
      const between = match[1]!;
      if (NOT_REQUESTS.test(between) || /下一?年|上一?年/.test(between)) return null;
      return statement(match, 2, between, '结转');
    },
  },
  {
    kind: 'handled',
    regex: new RegExp(
      `(?<=^|[，,。；;：:（(])((?:(?:19|20)\\d{2}年度?)?(?:全年|本年度?|今年)?(?:共计?|累计|合计|总计|已|全部|均)?)(办结|答复|办理)${gap(12)}${NUM}${APPROX}件`,
      'g',
    ),
    read(match, scan) {
      const verb = match[2]!;
      const between = match[3]!;
      const sentence = sentencePrefix(scan, match.index) + match[0];
      if (!/申请|信息公开/.test(sentence) || NOT_REQUESTS.test(between)) return null;
      return statement(match, 4, between, verb);
    },
  },
  {
    kind: 'review',
    regex: new RegExp(
      `(?<!行政诉讼[、和及与])行政复议(?:案件|申请)?(?:数量?)?(?:为|共计?|有|达)?${COUNT_END}`,
      'g',
    ),
    read: (match) => statement(match, 1, '', '行政复议'),
  },
  {
    kind: 'suit',
    regex: new RegExp(
      `(?<!行政复议[、和及与])行政诉讼(?:应诉)?(?:案件)?(?:数量?)?(?:为|共计?|有|达)?${COUNT_END}`,
      'g',
    ),
    read: (match) => statement(match, 1, '', '行政诉讼'),
  },
  {
    kind: 'appeals',
    regex: new RegExp(`行政复议[、和及与]+(?:提起)?行政诉讼([^。；;！？!?\\d]{0,20}?)${COUNT_END}`, 'g'),
    read(match) {
      const between = match[1]!;
      if (/纠错|败诉|维持|纠正|其中|分别|发生率/.test(between)) return null;
      return statement(match, 2, between, '行政复议、行政诉讼');
    },
  },
  {
    kind: 'noRequests',
    regex:
      /(?<!尚)(未收到|未接到|没有收到|未受理|未有|无)(?:任何|过)?(?:政府信息公开|依申请公开|信息公开|依申请)的?申请/g,
    read: (match) => ({ stated: 0, verb: match[1]!, exact: false, gap: '' }),
  },
  {
    kind: 'noAppeals',
    regex:
      /(?<!尚)(?:未|没有|无(?![法论]))(?!经)(?:发生|收到|产生|接到|出现|有|涉及|发现)?([\u4e00-\u9fa5（）“”]{0,14}?)(行政复议|行政诉讼)(?:案件|申请)?(?:(?:[、和及与或]|以及)被?(?:提起|引发)?(行政复议|行政诉讼))?/g,
    read(match, scan) {
      const between = match[1]!;
      const after = scan.text.slice(match.index + match[0].length);
      if (/纠错|败诉|纠正|撤销|未|没有|比|较/.test(between) || NOT_NONE.test(after)) return null;
      return { stated: 0, verb: match[0], exact: false, gap: between };
    },
  },
  {
    kind: 'completed',
    regex:
      /办结率(?:为|达到?|是)?100(?:\.0+)?%|(?:全部|均已|已全部|均)(?:按时|按期|按要求|在法定期限内|依法)?(?:办结|办理完毕|办理完成)/g,
    read(match, scan) {
      const sentence = sentencePrefix(scan, match.index) + match[0];
      if (!/申请/.test(sentence) || /提案|建议|热线|留言|投诉|咨询/.test(sentence)) return null;
      return { verb: match[0], exact: false, gap: '' };
    },
  },
  {
    kind: 'feeAmount',
    regex: /(行政事业性收费|收费金额)([^。；;！？!?\d]{0,10}?)(\d+(?:\.\d+)?)(万元|元)/g,
    read(match) {
      const between = match[2]!;
      if (/处理费|项目|目录|清单/.test(between) || APPROX_BEFORE.test(between)) return null;
      const amount = Number(match[3]);
      return {
        stated: match[4] === '元' ? amount / 10000 : amount,
        verb: match[1]!,
        exact: false,
        gap: between,
      };
    },
  },
];

function scopeOf(scan: Scan, start: number, between: string): Pick<Statement, 'subUnit' | 'otherQuantity'> {
  const { clause, before } = clausePrefix(scan, start);
  const words = clause + between;
  const otherQuantity = OTHER_SCOPE.test(words) || before.endsWith('其中');
  return { subUnit: otherQuantity || OWN_OFFICE.test(words), otherQuantity };
}

/** Every statement of the text about request and appeal numbers, in reading order. */
export function statementsIn(scan: Scan, year: number | null): Statement[] {
  const statements: Statement[] = [];
  for (const pattern of PATTERNS) {
    for (const match of scan.text.matchAll(pattern.regex)) {
      const start = match.index;
      const read = pattern.read(match as RegExpExecArray, scan);
      if (!read || mentionsOtherYear(sentencePrefix(scan, start), clausePrefix(scan, start).clause, year))
        continue;
      const base = {
        start,
        end: start + match[0].length,
        exact: read.exact,
        ...scopeOf(scan, start, read.gap),
        verb: read.verb,
      };
      const stated = read.stated === undefined ? {} : { stated: read.stated };
      if (pattern.kind !== 'noAppeals') {
        statements.push({ kind: pattern.kind, ...stated, ...base });
        continue;
      }
      if (match[0].includes('行政复议')) statements.push({ kind: 'noReview', ...stated, ...base });
      if (match[0].includes('行政诉讼')) statements.push({ kind: 'noSuit', ...stated, ...base });
    }
  }
  return statements.sort((a, b) => a.start - b.start);
}
