import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only } from './build-report';

describe('requests.balance', () => {
  it('passes a table whose columns balance (new + carried over = total + carried forward)', () => {
    const report = buildReport({
      rows: {
        'requests.new': [3, 1, 0, 0, 0, 0, 4],
        'requests.carriedOver': [1, 0, 0, 0, 0, 0, 1],
        'requests.granted': [2, 1, 0, 0, 0, 0, 3],
        'requests.total': [2, 1, 0, 0, 0, 0, 3],
        'requests.carriedForward': [2, 0, 0, 0, 0, 0, 2],
      },
    });
    expect(checkReport(report)).toEqual([]);
  });

  it('flags each column that does not balance, with the formula and the four cells', () => {
    const report = buildReport({ rows: { 'requests.new': [1, 0, 0, 0, 0, 0, 1] } });
    const findings = only(checkReport(report), 'requests.balance');
    expect(findings).toHaveLength(2);
    const natural = findings.find((finding) => finding.cells.includes('requests.new.natural'));
    expect(natural).toMatchObject({
      severity: 'error',
      formula: '一+二 = 1+0 = 1，（七）总计+四 = 0+0 = 0，相差 1',
      cells: [
        'requests.new.natural',
        'requests.carriedOver.natural',
        'requests.total.natural',
        'requests.carriedForward.natural',
      ],
      basis: '表三注：第一项加第二项之和，等于第三项加第四项之和',
    });
    expect(natural?.message).toContain('自然人列');
  });

  it('reports a column with a blank input as 无法核验 (info), never as an error', () => {
    const report = buildReport({ cells: { 'requests.carriedForward.natural': null } });
    const findings = only(checkReport(report), 'requests.balance');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', cells: ['requests.carriedForward.natural'] });
    expect(findings[0]?.message).toContain('无法核验');
    expect(findings[0]?.message).toContain('表三 四、结转下年度继续办理 · 自然人列（空白）');
  });

  it('says nothing when the whole table is missing (structure.tables does)', () => {
    const findings = checkReport(buildReport({ omitTables: ['requests'] }));
    expect(only(findings, 'requests.balance')).toEqual([]);
    expect(only(findings, 'requests.rowSum')).toEqual([]);
    expect(only(findings, 'structure.tables')).toHaveLength(1);
  });
});

describe('requests.rowSum', () => {
  it('passes rows whose total is the sum of the applicant columns', () => {
    const report = buildReport({
      rows: {
        'requests.new': [2, 1, 1, 0, 0, 1, 5],
        'requests.granted': [2, 1, 1, 0, 0, 1, 5],
        'requests.total': [2, 1, 1, 0, 0, 1, 5],
      },
    });
    expect(only(checkReport(report), 'requests.rowSum')).toEqual([]);
  });

  it('flags a row whose total differs from its parts', () => {
    const report = buildReport({ rows: { 'requests.denied.thirdParty': [1, 1, 0, 0, 0, 0, 1] } });
    const findings = only(checkReport(report), 'requests.rowSum');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      formula: '自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 1+1+0+0+0+0 = 2，总计 = 1，相差 1',
    });
    expect(findings[0]?.message).toContain('表三 （三）不予公开4.保护第三方合法权益 · 总计列 为 1');
  });
});

describe('requests.resultSum', () => {
  it('passes when （七）总计 is the sum of （一） to （六） (2021 format, three （六） rows)', () => {
    const report = buildReport({
      year: 2022,
      rows: {
        'requests.new': [3, 0, 0, 0, 0, 0, 3],
        'requests.unavailable.notHeld': [1, 0, 0, 0, 0, 0, 1],
        'requests.other.unpaidFee': [1, 0, 0, 0, 0, 0, 1],
        'requests.other.other': [1, 0, 0, 0, 0, 0, 1],
        'requests.total': [3, 0, 0, 0, 0, 0, 3],
      },
    });
    expect(checkReport(report)).toEqual([]);
  });

  it('flags a column whose total is not the sum of the results, naming groups （一）…（六）', () => {
    const report = buildReport({
      year: 2022,
      rows: {
        'requests.new': [2, 0, 0, 0, 0, 0, 2],
        'requests.granted': [2, 0, 0, 0, 0, 0, 2],
        'requests.rejected.duplicate': [1, 0, 0, 0, 0, 0, 1],
        'requests.total': [2, 0, 0, 0, 0, 0, 2],
      },
    });
    const findings = only(checkReport(report), 'requests.resultSum');
    expect(findings.map((finding) => finding.formula)).toEqual([
      '（一）+（二）+（三）+（四）+（五）+（六） = 2+0+0+0+1+0 = 3，（七）总计 = 2，相差 1',
      '（一）+（二）+（三）+（四）+（五）+（六） = 2+0+0+0+1+0 = 3，（七）总计 = 2，相差 1',
    ]);
    expect(findings[0]?.message).toContain('表三 （七）总计 · 自然人列');
  });
});

describe('appeals.groupSum', () => {
  it('passes groups whose total is the sum of the four results', () => {
    const report = buildReport({
      rows: {
        'appeals.review': [1, 1, 0, 0, 2],
        'appeals.suitDirect': [1, 0, 0, 0, 1],
        'appeals.suitAfterReview': [2, 0, 1, 0, 3],
      },
    });
    expect(checkReport(report)).toEqual([]);
  });

  it('flags each group whose total differs', () => {
    const report = buildReport({
      rows: { 'appeals.review': [10, 1, 0, 0, 0], 'appeals.suitAfterReview': [5, 0, 0, 0, 0] },
    });
    const findings = only(checkReport(report), 'appeals.groupSum');
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      formula: '结果维持+结果纠正+其他结果+尚未审结 = 10+1+0+0 = 11，总计 = 0，相差 11',
    });
    expect(findings[0]?.message).toContain('表四 行政复议 · 总计 为 0');
    expect(findings[1]?.message).toContain('表四 行政诉讼·复议后起诉 · 总计 为 0');
  });

  it('checks the figures of cells the parser only noted (split by the sums), as read', () => {
    // The parser split a run-together row of table 四 and said so; the figures it read still count.
    const report = buildReport({
      rows: { 'appeals.review': [10, 1, 0, 0, 5] },
      findings: [
        {
          id: 'p1',
          rule: 'cells.inferred',
          severity: 'info',
          message: '数字连写，已按合计关系拆分',
          cells: ['appeals.review.upheld', 'appeals.review.corrected', 'appeals.review.total'],
        },
      ],
    });
    const findings = only(checkReport(report), 'appeals.groupSum');
    expect(findings.map((finding) => finding.severity)).toEqual(['error']);
    expect(findings[0]?.message).toContain('表四 行政复议 · 总计 为 5');
  });

  it('does not treat cells the parser could not place as blank or as errors', () => {
    const report = buildReport({
      cells: { 'appeals.review.total': null },
      findings: [
        {
          id: 'p1',
          rule: 'structure.unplaced',
          severity: 'warning',
          message: '无法定位',
          cells: ['appeals.review.total'],
        },
      ],
    });
    const findings = checkReport(report);
    expect(only(findings, 'cells.blank')).toEqual([]);
    expect(only(findings, 'appeals.groupSum')).toMatchObject([
      { severity: 'info', cells: ['appeals.review.total'] },
    ]);
    // One cell of the row, named as such: not the whole row.
    expect(only(findings, 'appeals.groupSum')[0]?.message).toContain('表四 行政复议 · 总计（无法识别）未能读出数字');
  });
});
