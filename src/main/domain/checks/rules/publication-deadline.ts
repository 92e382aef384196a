// publication.deadline: the report was published after the statutory deadline (《条例》第四十九条):
// 31 January of the next year for departments, 31 March for a government level's own report. The
// page's publication date is checked when there is one (a report signed in time may go online late).
// When whose report it is cannot be told, nothing is called late that the later deadline allows: a
// note says what each deadline gives.
// A report is a government level's when its body is a 人民政府 itself ("淮安市人民政府",
// "沭阳县人民政府", "洪泽区政府"), not one of its offices ("…人民政府办公室", "上海市人民政府办公厅"
// are departments). 乡镇人民政府 and 街道办事处 get 31 March as well: the 条例 sets no date for them
// and local rules vary, so the later statutory date is used rather than raise false errors.
import type { ExtractedReport } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { BASIS, lateMessage, maybeLateMessage, noDateMessage, type DeadlineLevel } from '../messages';
import type { Rule } from '../rule';

const GOVERNMENT = /(人民政府|[省市区县旗州盟]政府|街道办事处)$/;
/** The 管委会 of a 综合实验区, 开发区, 新区…: it reports for its whole area, as a government does. */
const AREA_COMMITTEE = /(综合实验区|开发区|高新区|新区|试验区|实验区|示范区).{0,8}(管理委员会|管委会)$/;
const DEPARTMENT = /(局|委|委员会|办|办公室|办公厅|厅|院|中心|署|会|所|站|队|馆|处|公司|管委会|管理委员会)$/;
/** Body text of a government level's own summary report, when no name says whose report it is. */
const SUMMARY_TEXT = /本级政府|全(?:县|区|市|州|盟|旗)(?:各级)?(?:行政机关|政府信息公开|政务公开)|本报告由[^，。]{2,24}人民政府办公[室厅][^，。]{0,40}编制/;
const DEPARTMENT_TEXT = /我(?:局|委|办|厅|中心|院|署)/;

/** The body's name: the agency, else the title's words before the year. */
function bodyName(report: ExtractedReport): string | undefined {
  const name = report.agency ?? report.title?.split(/(?:19|20)\d{2}|二[〇零]/)[0];
  const cleaned = name?.replace(/[\s\u3000]/g, '');
  return cleaned ? cleaned : undefined;
}

/**
 * Whose report it is, from the title and the body text: a government level's own (县/区/市人民政府,
 * the 管委会 of a 开发区 or 综合实验区; due 31 March) or a department's (due 31 January).
 */
export function deadlineLevel(report: ExtractedReport): DeadlineLevel {
  const name = bodyName(report);
  if (name && (GOVERNMENT.test(name) || AREA_COMMITTEE.test(name))) return 'government';
  if (name && DEPARTMENT.test(name)) return 'department';
  const opening = report.text.slice(0, 3000);
  if (SUMMARY_TEXT.test(opening)) return 'government';
  if (DEPARTMENT_TEXT.test(opening)) return 'department';
  return 'unknown';
}

export const deadlineOf = (year: number, level: DeadlineLevel): string =>
  `${year + 1}-${level === 'government' ? '03-31' : '01-31'}`;

export const publicationDeadline: Rule = {
  id: 'publication.deadline',
  check({ report }) {
    const { year, date } = report;
    if (year === null) return [];
    const level = deadlineLevel(report);
    const base = { rule: this.id, cells: [], basis: BASIS.deadline };
    if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      return [
        makeFinding({ ...base, severity: 'info', message: noDateMessage(level), discriminator: 'noDate' }),
      ];
    }
    const departmentDeadline = deadlineOf(year, 'department');
    const governmentDeadline = deadlineOf(year, 'government');
    if (level === 'unknown' && date > departmentDeadline && date <= governmentDeadline) {
      return [
        makeFinding({
          ...base,
          severity: 'info',
          message: maybeLateMessage(date),
          discriminator: 'maybeLate',
        }),
      ];
    }
    const deadline = level === 'department' ? departmentDeadline : governmentDeadline;
    if (date <= deadline) return [];
    return [
      makeFinding({
        ...base,
        severity: 'error',
        message: lateMessage(date, deadline, level, report.signedDate ?? null),
        formula: `报告日期 ${date} > 期限 ${deadline}`,
        discriminator: 'late',
      }),
    ];
  },
};
