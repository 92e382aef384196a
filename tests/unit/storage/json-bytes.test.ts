// jsonBytes writes library.json and the per-report files in pieces: the bytes must be JSON.stringify's exactly.
import { describe, expect, it } from 'vitest';
import { jsonBytes } from '../../../src/main/storage/json-bytes';

const same = (value: unknown): void => expect(jsonBytes(value).toString('utf8')).toBe(JSON.stringify(value));

/** A report-like object large enough to be written in many pieces and groups. */
function largeReport(lines: number) {
  return {
    version: 1,
    id: 'f'.repeat(64),
    fileName: '郑州市金水区生态环境局 2023 年报告.pdf',
    document: {
      format: 'pdf',
      lines: Array.from({ length: lines }, (_, index) => ({
        cells: [
          {
            text: `第${index}行：政府信息公开"引号"\\反斜杠\n换行 😀`,
            source: { kind: 'pdf', page: index % 7, bboxPt: [index, -0, 1.5e-7, 1e21] },
          },
        ],
        table: index % 3 === 0 ? { index: 1, row: index } : undefined,
      })),
      pages: [{ widthPt: 595.3, heightPt: 841.9 }],
    },
    report: {
      agency: null,
      cells: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`T${i}`, { value: i, raw: `${i}` }])),
    },
    findings: [],
    resolved: [],
    corrections: [{ cellId: 'T1', original: null, corrected: 3, reviewer: '张三', at: new Date(0) }],
  };
}

describe('jsonBytes', () => {
  it('gives the bytes of JSON.stringify for large reports and libraries', () => {
    for (const lines of [0, 1, 15, 16, 17, 1000, 5000]) same(largeReport(lines));
    same({
      schemaVersion: 3,
      reports: Array.from({ length: 2000 }, (_, i) => ({ id: `${i}`, agency: '某局', counts: { error: i } })),
    });
  });

  it('leaves out what JSON.stringify leaves out, and writes null where it does', () => {
    same({
      a: undefined,
      b: () => 1,
      c: Symbol('s'),
      d: [undefined, () => 1, Symbol('s'), null],
      e: { f: undefined },
    });
    same({ nested: { deeper: { deepest: [1, undefined, { x: undefined }] } } });
    // eslint-disable-next-line no-sparse-arrays
    same({ holes: [1, , 3], empty: [], emptyObject: {}, date: new Date(86_400_000), negativeZero: -0 });
    same({ lone: '\ud800 and \udfff', escapes: '\u0000\u001f\u2028\u2029' });
  });

  it('writes plain values and top-level arrays as JSON.stringify does', () => {
    for (const value of [
      null,
      0,
      1.5,
      'text',
      true,
      [],
      [[1, 2], [3]],
      Array.from({ length: 3000 }, (_, i) => ({ i })),
    ])
      same(value);
  });
});
