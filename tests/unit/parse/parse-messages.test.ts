// The parser's notes as the reviewer reads them: how many rows they name, and how they shorten a long list.
import { describe, expect, it } from 'vitest';
import { parseMessages } from '../../../src/main/domain/parse/messages';
import { templates } from '../../../src/main/domain/template/definitions';

const requests = templates['2021'].find((table) => table.id === 'requests')!;
const rows = (count: number) => requests.rows.slice(0, count);

describe('the parser’s notes', () => {
  it('name up to three rows in full and shorten four or more to the first three and a count', () => {
    const three = parseMessages.unplacedRows(requests, rows(3), 2, false);
    expect(three).toContain(rows(3).map((row) => row.label).join('、'));
    expect(three).not.toContain('等');
    const four = parseMessages.unplacedRows(requests, rows(4), 2, false);
    expect(four).toContain(`${rows(3).map((row) => row.label).join('、')}等 4 行`);
  });

  it('say which rows were split from run-together digits, and by what', () => {
    expect(parseMessages.inferredRows(['规章', '行政规范性文件', '行政许可'], '1018', true)).toBe(
      '推断：规章、行政规范性文件、行政许可的数字在原文中连写在一起（如“1018”），已按位数找到唯一的拆分方式并标为“推断”，请对照原件核实。',
    );
    expect(parseMessages.inferredRows(['（一）', '（二）', '（三）', '（四）'], '2002', false)).toBe(
      '推断：（一）、（二）、（三）等 4 行的数字在原文中连写在一起（如“2002”），已按表格勾稽关系找到唯一的拆分方式并标为“推断”，请对照原件核实。',
    );
  });
});
