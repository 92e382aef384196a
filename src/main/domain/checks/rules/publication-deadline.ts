// publication.deadline: the report is dated after the statutory deadline (《条例》第四十九条):
// 31 January of the next year for departments, 31 March for a government level's own report.
// A report is a government level's when its body is a 人民政府 itself ("淮安市人民政府",
// "沭阳县人民政府", "洪泽区政府"), not one of its offices ("…人民政府办公室", "上海市人民政府办公厅"
// are departments). 乡镇人民政府 and 街道办事处 get 31 March as well: the 条例 sets no date for them
// and local rules vary, so the later statutory date is used rather than raise false errors.
import type { ExtractedReport } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { BASIS, lateMessage, maybeLateMessage, noDateMessage, type DeadlineLevel } from '../messages';
import type { Rule } from '../rule';

const GOVERNMENT = /(人民政府|[省市区县旗州盟]政府|街道办事处)$/;

/** The body's name: the agency, else the title's words before the year. */
function bodyName(report: ExtractedReport): string | undefined {
  const name = report.agency ?? report.title?.split(/(?:19|20)\d{2}|二[〇零]/)[0];
  const cleaned = name?.replace(/[\s\u3000]/g, '');
  return cleaned ? cleaned : undefined;
}

export function deadlineLevel(report: ExtractedReport): DeadlineLevel {
  const name = bodyName(report);
  if (!name) return 'unknown';
  return GOVERNMENT.test(name) ? 'government' : 'department';
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
          severity: 'warning',
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
        message: lateMessage(date, deadline, level),
        formula: `报告日期 ${date} > 期限 ${deadline}`,
        discriminator: 'late',
      }),
    ];
  },
};
