// Shared set-up of the service tests: a temp data folder per test, files as the renderer sends them,
// a recording push emitter, and a stub analyzer whose output does not depend on the readers.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportFile, PushEvents, ReportId, Result } from '../../../src/shared/ipc-contract';
import type { ExtractedReport, Finding } from '../../../src/shared/report';
import type { Analysis } from '../../../src/main/services/analyze-file';
import type { AnalyzerPool } from '../../../src/main/services/analyzer-pool';
import type { HandlerContext } from '../../../src/main/services/service-handlers';
import { seedsDir as sharedSeedsDir } from '../../shared-data';

/** The text seeds shared by the project; NIANBAO_SEEDS points elsewhere if needed. */
export const seedsDir = process.env.NIANBAO_SEEDS ?? sharedSeedsDir;

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'nianbao-services-'));
}

export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

export const fileOf = (name: string, bytes: Uint8Array | string): ImportFile => ({
  name,
  base64: Buffer.from(bytes).toString('base64'),
});

export async function seedFiles(): Promise<ImportFile[]> {
  if (!existsSync(seedsDir)) throw new Error(`Seeds not found in ${seedsDir} (set NIANBAO_SEEDS)`);
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => fileOf(name, await readFile(join(seedsDir, name)))));
}

export interface RecordingContext extends HandlerContext {
  events: PushEvents['import.progress'][];
}

export function recordingContext(): RecordingContext {
  const events: PushEvents['import.progress'][] = [];
  return {
    events,
    emit: (event, payload) => {
      if (event === 'import.progress') events.push(payload as PushEvents['import.progress']);
    },
  };
}

/** The value of an ok Result; fails the test with the error otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export const stubCell = 'requests.new.natural';
export const stubFindingId = `stub.check|${stubCell}`;

/**
 * An analyzer that reads "agency|year|value" from a text file, so that review and correction tests
 * control the cells and findings. "FAIL" as content gives a failed analysis.
 */
export function stubAnalyzer(): AnalyzerPool {
  return {
    size: 2,
    async analyze(fileName, bytes): Promise<Analysis> {
      const text = Buffer.from(bytes).toString('utf8').trim();
      if (text === 'FAIL') return { ok: false, code: 'corrupt', error: `${fileName}：文件已损坏` };
      const [agency = '', year = '2024', value = '5'] = text.split('|');
      const finding: Finding = {
        id: stubFindingId,
        rule: 'stub.check',
        severity: 'error',
        message: '桩检查：数值需要核对',
        cells: [stubCell],
      };
      const report: ExtractedReport = {
        format: 'txt',
        agency,
        year: Number(year),
        template: '2021',
        date: `${Number(year) + 1}-01-20`,
        title: `${agency}${year}年政府信息公开工作年度报告`,
        cells: {
          [stubCell]: { value: Number(value), raw: value, source: { kind: 'text', start: 0, end: 1 } },
          'requests.new.total': { value: Number(value), raw: value },
        },
        extraRows: [],
        sections: [],
        text,
        findings: [],
      };
      const document = {
        format: 'txt' as const,
        lines: [{ cells: [{ text, source: { kind: 'text' as const, start: 0, end: text.length } }] }],
      };
      return { ok: true, document, report, findings: [finding] };
    },
    close: async () => undefined,
  };
}

export const asReportId = (value: string): ReportId => value as ReportId;
