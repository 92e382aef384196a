import { describe, expect, it } from 'vitest';
import { dataPaths, originalPath, reportPath, reviewPath } from '../../../src/main/storage/data-paths';
import { isReportId, reportIdFromSha256, toReportId } from '../../../src/main/storage/report-id';
import type { ReportId } from '../../../src/shared/ipc-contract';

const paths = dataPaths('/data');

describe('report ids', () => {
  it('accept 16 to 64 lower-case hex digits only', () => {
    expect(isReportId('0123456789abcdef')).toBe(true);
    expect(isReportId('a'.repeat(64))).toBe(true);
    for (const bad of [
      '../x',
      '..\\x',
      'a'.repeat(15),
      'a'.repeat(65),
      'ABCDEF0123456789',
      '0123456789abcdeg',
      '',
      null,
      42,
    ]) {
      expect(isReportId(bad)).toBe(false);
    }
  });

  it('are never turned into paths unchecked', () => {
    expect(() => toReportId('../x')).toThrow(/Invalid report id/);
    expect(() => reportPath(paths, '../x' as ReportId)).toThrow(/Invalid report id/);
    expect(() => reviewPath(paths, '../../etc/passwd' as ReportId)).toThrow(/Invalid report id/);
    expect(() => originalPath(paths, '../x')).toThrow(/Invalid sha256/);
    expect(reportPath(paths, toReportId('0123456789abcdef'))).toMatch(/reports[\\/]0123456789abcdef\.json$/);
  });

  it('come from the content hash', () => {
    const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(reportIdFromSha256(sha)).toBe(sha);
    expect(() => reportIdFromSha256('abc')).toThrow();
  });
});
