// What the arithmetic rules say when they cannot verify a relation (无法核验, info): which cells, in
// which state, a wholly unreadable row as one item, and rows the report left out entirely.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import type { Finding } from '../../../src/shared/report';
import { buildReport, only } from './build-report';

const COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'];
const rowIds = (row: string) => COLUMNS.map((column) => `requests.${row}.${column}`);
const unplaced = (cells: string[]): Finding[] => [
  { id: 'parser', rule: 'structure.unplaced', severity: 'warning', message: '无法定位', cells },
];

describe('无法核验 of a wholly unreadable row', () => {
  // Checked inside each test (not while the tests are collected), so that every test runs the checks.
  const checked = () => checkReport(buildReport({ findings: unplaced(rowIds('new')) }));

  it('names the row once as 整行 instead of its seven cells', () => {
    const findings = checked();
    const [balance] = only(findings, 'requests.balance');
    expect(balance).toMatchObject({ severity: 'info', cells: rowIds('new') });
    expect(balance?.id).toBe(`requests.balance|${rowIds('new').join(',')}|unverifiable`);
    expect(balance?.message).toBe(
      '无法核验“表三 第一项加第二项之和等于第三项加第四项之和”（自然人列、商业企业列、科研机构列、社会公益组织列、法律服务机构列、其他列 等 7 处）：表三 一、本年新收政府信息公开申请数量 整行（无法识别）未能读出数字。',
    );
    expect(only(findings, 'requests.rowSum')[0]?.message).toBe(
      '无法核验“表三 各行总计等于各类申请人之和”（表三 一、本年新收政府信息公开申请数量）：表三 一、本年新收政府信息公开申请数量 整行（无法识别）未能读出数字。',
    );
  });

  it('raises no error and no 漏填 for it', () => {
    const findings = checked();
    expect(findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(only(findings, 'cells.blank')).toEqual([]);
  });

  it('lists the cells one by one when the row is only partly unreadable or its cells differ in state', () => {
    const partly = checkReport(buildReport({ findings: unplaced(rowIds('new').slice(0, 6)) }));
    const message = only(partly, 'requests.rowSum')[0]?.message ?? '';
    expect(message).not.toContain('整行');
    expect(message).toContain('表三 一、本年新收政府信息公开申请数量 · 自然人列（无法识别）');
    expect(message).not.toContain('等 6 格'); // six items are listed in full
    expect(message.match(/（无法识别）/g)).toHaveLength(6);

    const mixed = checkReport(
      buildReport({ cells: { 'requests.new.total': null }, findings: unplaced(rowIds('new').slice(0, 6)) }),
    );
    const mixedMessage = only(mixed, 'requests.rowSum')[0]?.message ?? '';
    expect(mixedMessage).not.toContain('整行');
    expect(mixedMessage).toContain('等 7 格未能读出数字');
    expect(only(mixed, 'requests.rowSum')[0]?.cells).toEqual(rowIds('new'));
  });

  it('names two wholly unreadable rows as two 整行 items', () => {
    const two = checkReport(buildReport({ findings: unplaced([...rowIds('new'), ...rowIds('carriedOver')]) }));
    const message = only(two, 'requests.balance')[0]?.message ?? '';
    expect(message).toContain(
      '表三 一、本年新收政府信息公开申请数量 整行（无法识别）、表三 二、上年结转政府信息公开申请数量 整行（无法识别）未能读出数字',
    );
  });
});

describe('rows with only some cells missing', () => {
  it('checks the row, and says which cells are missing, while a row missing entirely is left to structure.tables', () => {
    const report = buildReport({
      cells: {
        'requests.granted.legal': 'missing',
        'requests.granted.total': 'missing',
        ...Object.fromEntries(rowIds('partial').map((id) => [id, 'missing' as const])),
      },
    });
    const findings = checkReport(report);
    expect(only(findings, 'requests.rowSum')).toMatchObject([
      {
        severity: 'info',
        cells: ['requests.granted.legal', 'requests.granted.total'],
        message:
          '无法核验“表三 各行总计等于各类申请人之和”（表三 （一）予以公开）：表三 （一）予以公开 · 法律服务机构列（未找到）、表三 （一）予以公开 · 总计列（未找到）未能读出数字。',
      },
    ]);
    expect(only(findings, 'structure.tables').map((finding) => finding.message)).toEqual([
      '表格缺项：表三 （一）予以公开 缺少 法律服务机构列、总计列。',
      '表格缺项：未找到 表三 （二）部分公开 这一行。',
    ]);
  });

  it('still flags a row whose cells were all found but do not add up, next to a partly missing one', () => {
    const report = buildReport({
      rows: { 'requests.new': [1, 0, 0, 0, 0, 0, 2] },
      cells: { 'requests.granted.legal': 'missing' },
    });
    const rowSum = only(checkReport(report), 'requests.rowSum');
    expect(rowSum.map((finding) => [finding.severity, finding.cells.length])).toEqual([
      ['error', 7],
      ['info', 1],
    ]);
    expect(rowSum[0]?.message).toBe(
      '表三 一、本年新收政府信息公开申请数量 · 总计列 为 2，但本行各类申请人之和为 1，相差 1。',
    );
  });
});
