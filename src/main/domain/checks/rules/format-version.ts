// format.version: the 2019 tables used for 2021 or later, the 2021 tables for 2020 or earlier;
// and reports of 2018 and earlier, which have no statutory tables to check at all.
import type { ExtractedReport, Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { BASIS, OLD_REPORT_MESSAGE, newFormatMessage, oldFormatMessage } from '../messages';
import type { Rule } from '../rule';

export const FORMAT_VERSION = 'format.version';

/** The last report year without statutory tables. */
export const LAST_UNSUPPORTED_YEAR = 2018;

export const isUnsupportedYear = (report: ExtractedReport): boolean =>
  report.year !== null && report.year <= LAST_UNSUPPORTED_YEAR;

/** The one finding a report of 2018 or earlier gets. */
export const unsupportedYearFinding = (): Finding =>
  makeFinding({
    rule: FORMAT_VERSION,
    severity: 'info',
    message: OLD_REPORT_MESSAGE,
    cells: [],
    basis: BASIS.oldReport,
    discriminator: 'unsupported',
  });

export const formatVersion: Rule = {
  id: FORMAT_VERSION,
  check({ report }) {
    const { year, template } = report;
    // Reports of 2018 and earlier never get here: checkReport gives them unsupportedYearFinding() alone.
    if (year === null) return [];
    if (year >= 2021 && template === '2019') {
      return [
        makeFinding({
          rule: this.id,
          severity: 'error',
          message: oldFormatMessage(year),
          cells: [],
          basis: BASIS.format2021,
          discriminator: 'old',
        }),
      ];
    }
    if (year <= 2020 && template === '2021') {
      return [
        makeFinding({
          rule: this.id,
          severity: 'error',
          message: newFormatMessage(year),
          cells: [],
          basis: BASIS.format2019,
          discriminator: 'new',
        }),
      ];
    }
    return [];
  },
};
