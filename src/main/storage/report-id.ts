// Report ids come from the renderer and end up in file names: they are checked before any path is built.
import type { ReportId } from '../../shared/ipc-contract';

const reportIdPattern = /^[a-f0-9]{16,64}$/;
const sha256Pattern = /^[a-f0-9]{64}$/;

export const isReportId = (value: unknown): value is ReportId =>
  typeof value === 'string' && reportIdPattern.test(value);

/** Throws on anything that is not a well-formed id: callers validate first, so this is a bug guard. */
export function toReportId(value: string): ReportId {
  if (!isReportId(value)) throw new Error(`Invalid report id: ${JSON.stringify(value)}`);
  return value;
}

export function assertSha256(value: string): string {
  if (!sha256Pattern.test(value)) throw new Error(`Invalid sha256: ${JSON.stringify(value)}`);
  return value;
}

/** A report's id is its original's sha256 (hex): the same file always gets the same id. */
export const reportIdFromSha256 = (sha256: string): ReportId => toReportId(assertSha256(sha256));
