// The numbers a report's prose states about requests and appeals, as the text-vs-table check reads them.
import { describe, expect, it } from 'vitest';
import { scanOf } from '../../../src/main/domain/checks/text/scan';
import { statementsIn } from '../../../src/main/domain/checks/text/statements';

const read = (text: string, year: number | null = 2023) =>
  statementsIn(scanOf(text), year).map(({ kind, stated, verb, subUnit, otherQuantity }) => ({
    kind,
    stated,
    verb,
    subUnit,
    otherQuantity,
  }));

describe('statementsIn', () => {
  it('reads nothing from a text that states no figures about requests or appeals', () => {
    expect(statementsIn(scanOf('我局坚持以公开为常态、不公开为例外，持续深化政务公开。'), 2023)).toEqual([]);
  });

  it('reads a count handled only in a sentence about requests, and not one about letters or hotline calls', () => {
    expect(read('全年共收到政府信息公开申请12件，共办结12件。')).toEqual([
      { kind: 'received', stated: 12, verb: '收到', subUnit: false, otherQuantity: false },
      { kind: 'handled', stated: 12, verb: '办结', subUnit: false, otherQuantity: false },
    ]);
    expect(read('全年共办结群众来信12件。')).toEqual([]);
    expect(read('对于政府信息公开申请以外的诉求，共办理热线工单35件。')).toEqual([]);
  });

  it('gives a "none" statement about a part of the body’s appeals to that part', () => {
    expect(read('全年未发生涉及下属单位的行政复议案件。')).toEqual([
      { kind: 'noReview', stated: 0, verb: '未发生涉及下属单位的行政复议案件', subUnit: true, otherQuantity: true },
    ]);
    expect(read('全年未发生行政复议案件。')).toEqual([
      { kind: 'noReview', stated: 0, verb: '未发生行政复议案件', subUnit: false, otherQuantity: false },
    ]);
  });

  it('reads "all handled" only of requests, not of hotline calls or deputies’ suggestions', () => {
    expect(read('收到的政府信息公开申请均已按期办结。')).toEqual([
      { kind: 'completed', stated: undefined, verb: '均已按期办结', subUnit: false, otherQuantity: false },
    ]);
    expect(read('群众通过热线提出的公开申请均已按期办结。')).toEqual([]);
    expect(read('代表建议和委员提案的答复申请均已按期办结。')).toEqual([]);
    expect(read('人大代表建议均已按期办结。')).toEqual([]);
  });
});
