// The report store keeps the reports it wrote or read, without their document, in memory (exports and the
// checks against the year before read them again). What it gives back must always be what the file holds.
import * as fsp from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportId } from '../../../src/shared/ipc-contract';
import type { WriteFileSystem } from '../../../src/main/storage/atomic-file';
import { dataPaths } from '../../../src/main/storage/data-paths';
import { createReportStore, type StoredReport } from '../../../src/main/storage/report-store';
import { makeDataDir, removeDir } from '../services/service-test-kit';

const id = 'a'.repeat(64) as ReportId;

function storedReport(agency: string, value: number): StoredReport {
  return {
    version: 1,
    id,
    fileName: '报告.pdf',
    document: {
      format: 'pdf',
      lines: [{ cells: [{ text: agency, source: { kind: 'text', start: 0, end: 4 } }] }],
    },
    report: {
      format: 'pdf',
      agency,
      year: 2024,
      template: '2021',
      date: null,
      title: null,
      cells: { 'T1.r1.c1': { value, raw: String(value) } },
      extraRows: [],
      sections: [],
      text: agency,
      findings: [],
    },
    findings: [],
    resolved: [],
    corrections: [],
  } as unknown as StoredReport;
}

/** The node file system, with renames that fail while `failing` is set. */
function fileSystem(state: { failing: boolean }): WriteFileSystem {
  return {
    open: fsp.open,
    rm: fsp.rm,
    rename: async (from, to) => {
      if (state.failing) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      await fsp.rename(from, to);
    },
  };
}

describe('report store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeDataDir();
  });
  afterEach(() => removeDir(dir));

  it('reads back without the document what the file holds, after writes, a failed write and a removal', async () => {
    const state = { failing: false };
    const store = await createReportStore(dataPaths(dir), fileSystem(state));
    const fromFile = async () => (await createReportStore(dataPaths(dir))).readWithoutDocument(id);

    await store.write(storedReport('甲局', 1));
    expect((await store.readWithoutDocument(id))?.report.agency).toBe('甲局');
    expect(await store.readWithoutDocument(id)).toEqual(await fromFile());
    expect((await store.readWithoutDocument(id))?.document).toBeNull();

    await store.write(storedReport('乙局', 2));
    expect((await store.readWithoutDocument(id))?.report.cells['T1.r1.c1']?.value).toBe(2);

    state.failing = true;
    await expect(store.write(storedReport('丙局', 3))).rejects.toThrow();
    // The file still holds 乙局: so must the store.
    expect((await store.readWithoutDocument(id))?.report.agency).toBe('乙局');
    expect(await store.readWithoutDocument(id)).toEqual(await fromFile());

    state.failing = false;
    await store.remove(id);
    expect(await store.readWithoutDocument(id)).toBeNull();
  });

  it('gives each reader an object of its own', async () => {
    const store = await createReportStore(dataPaths(dir));
    await store.write(storedReport('甲局', 1));
    const first = await store.readWithoutDocument(id);
    first!.report.agency = '改过';
    first!.corrections.push({
      cellId: 'T1.r1.c1',
      original: 1,
      corrected: 5,
      reviewer: '张三',
      at: '2026-01-01',
    });
    const second = await store.readWithoutDocument(id);
    expect(second?.report.agency).toBe('甲局');
    expect(second?.corrections).toEqual([]);
  });

  it('reads what a later write of the whole report holds', async () => {
    const store = await createReportStore(dataPaths(dir));
    await store.write(storedReport('甲局', 1));
    expect((await store.readWithoutDocument(id))?.report.agency).toBe('甲局');
    // The stored report written whole, as a correction does, then read without its document.
    const full = await store.read(id);
    await store.write({ ...full!, report: { ...full!.report, agency: '乙局' } });
    expect((await store.readWithoutDocument(id))?.report.agency).toBe('乙局');
  });
});
