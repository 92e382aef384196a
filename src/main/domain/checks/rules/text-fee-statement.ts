// text.feeStatement: from the 2021 format on, section 六 states the 信息处理费 collected
// ("本年度未收取信息处理费", "收取信息公开处理费 380 元"). Warning when the report says nothing
// about it; info when it says it in another section.
import { makeFinding } from '../../findings';
import { BASIS, FEE_ELSEWHERE_MESSAGE, FEE_MISSING_MESSAGE } from '../messages';
import type { Rule } from '../rule';

/** 信息处理费, 信息公开处理费, "未收取任何费用", "政府信息公开未发生收费情况", "未发生…收费事项". */
const FEE_STATEMENT = /处理费|未收取(?:任何|相关)?费用|收取(?:任何|相关)?费用|(?:未发生|未产生|没有发生).{0,12}收费|收费(?:情况|事项)/;

export const mentionsFee = (text: string): boolean => FEE_STATEMENT.test(text.replace(/\s/g, ''));

export const textFeeStatement: Rule = {
  id: 'text.feeStatement',
  check({ report }) {
    const due = report.template === '2021' || (report.year !== null && report.year >= 2021);
    if (!due) return [];
    const section6 = report.sections.find((section) => section.number === 6);
    if (section6 && mentionsFee(section6.text)) return [];
    const elsewhere = mentionsFee(report.text);
    const excerpt = section6?.text.trim().slice(0, 80);
    return [
      makeFinding({
        rule: this.id,
        severity: elsewhere ? 'info' : 'warning',
        message: elsewhere ? FEE_ELSEWHERE_MESSAGE : FEE_MISSING_MESSAGE,
        cells: [],
        ...(excerpt ? { excerpt } : {}),
        ...(section6?.source ? { excerptSource: section6.source } : {}),
        basis: BASIS.fee,
        discriminator: 'section6',
      }),
    ];
  },
};
