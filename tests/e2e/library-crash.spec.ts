// Crash test: `nianbao serve` is killed -9 ten times while imports, review decisions and corrections go
// through the bridge. After each kill every library file still parses; at the end every write the server
// acknowledged is there, and the summary counts agree with the report files.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type {
  ImportOutcome,
  ReportDetail,
  ReportSummary,
  ReviewedFinding,
} from '../../src/shared/ipc-contract';
import { seedFiles } from './support/files';
import { killHard, startServeProcess, type ServeProcess } from './support/serve-process';

const kills = 10;

/** mulberry32: the same kill times and choices on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ledger {
  imports: Map<string, string>;
  /** reportId|findingId → comments of acknowledged decisions, in order. */
  decisions: Map<string, string[]>;
  /** reportId|cellId → values sent, in order, and how many of the first were acknowledged. */
  corrections: Map<string, { sent: number[]; ackedUpTo: number }>;
  acknowledged: number;
}

async function jsonFilesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Imports, decisions and corrections, one after another per kind, until the server dies. */
function writeUntilKilled(
  server: ServeProcess,
  ledger: Ledger,
  texts: string[],
  next: () => number,
  pick: () => number,
) {
  let alive = true;
  let imported = (): void => undefined;
  const firstImport = new Promise<void>((resolve) => {
    imported = resolve;
  });
  const known = () => [...ledger.imports.keys()];
  const detailOf = async (reportId: string) => {
    const result = await server.invoke<ReportDetail>('report.get', { reportId });
    return result.ok && result.value.summary.error === null ? result.value : null;
  };
  const importer = async () => {
    while (alive) {
      const n = next();
      const text = `${texts[n % texts.length]}\n（崩溃测试 ${n}）\n`;
      const files = [{ name: `崩溃测试-${n}.txt`, base64: Buffer.from(text).toString('base64') }];
      const result = await server.invoke<ImportOutcome[]>('library.import', { files, batchId: `crash-${n}` });
      expect(result).toMatchObject({ ok: true, value: [{ status: 'imported' }] });
      if (result.ok) ledger.imports.set(result.value[0]!.reportId!, files[0]!.name);
      ledger.acknowledged += 1;
      imported();
    }
  };
  const reviewer = async () => {
    while (alive) {
      const ids = known();
      const detail = ids.length ? await detailOf(ids[Math.floor(pick() * ids.length)]!) : null;
      const findings = detail?.findings.filter((finding) => !finding.resolved) ?? [];
      if (!detail || findings.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const finding = findings[Math.floor(pick() * findings.length)]!;
      const comment = `决定 ${next()}`;
      const status = pick() < 0.5 ? 'confirmed' : 'dismissed';
      const reportId = detail.summary.id;
      const result = await server.invoke('review.setStatus', {
        reportId,
        findingId: finding.id,
        status,
        comment,
      });
      // A correction running meanwhile may have made the finding go away: not a write, not acknowledged.
      if (!result.ok && result.error.code === 'not_found') continue;
      expect(result.ok).toBe(true);
      const key = `${reportId}|${finding.id}`;
      ledger.decisions.set(key, [...(ledger.decisions.get(key) ?? []), comment]);
      ledger.acknowledged += 1;
    }
  };
  const corrector = async () => {
    while (alive) {
      const ids = known();
      const detail = ids.length ? await detailOf(ids[Math.floor(pick() * ids.length)]!) : null;
      const cellIds = Object.keys(detail?.cells ?? {});
      if (!detail || cellIds.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const cellId = cellIds[Math.floor(pick() * cellIds.length)]!;
      const key = `${detail.summary.id}|${cellId}`;
      const record = ledger.corrections.get(key) ?? { sent: [], ackedUpTo: 0 };
      ledger.corrections.set(key, record);
      const value = 100_000 + next();
      record.sent.push(value);
      const result = await server.invoke('review.correctCell', {
        reportId: detail.summary.id,
        cellId,
        value,
      });
      expect(result.ok).toBe(true);
      record.ackedUpTo = record.sent.indexOf(value) + 1;
      ledger.acknowledged += 1;
    }
  };
  // A request cut by the kill rejects: that write was never acknowledged.
  const loops = [importer(), reviewer(), corrector()].map((loop) =>
    loop.catch((error: unknown) => {
      if (alive) throw error;
    }),
  );
  return {
    /** The analysis workers start with the first import: the kill comes some time after it. */
    firstImport,
    stop: () => {
      alive = false;
    },
    done: Promise.all(loops),
  };
}

const splitKey = (key: string): [string, string] => [
  key.slice(0, key.indexOf('|')),
  key.slice(key.indexOf('|') + 1),
];

/**
 * Checks a server just started on the crashed library, before anything else touches it: the listed
 * counts agree with the report files, and every acknowledged write is there. Returns the lost writes.
 */
async function verify(server: ServeProcess, ledger: Ledger): Promise<string[]> {
  const listed = await server.invoke<ReportSummary[]>('library.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const listedIds = new Set<string>(listed.value.map((summary) => summary.id));
  const lost = [...ledger.imports].filter(([id]) => !listedIds.has(id)).map(([, name]) => `导入 ${name}`);
  for (const summary of listed.value) {
    expect(summary.error, summary.fileName).toBeNull();
    const detail = await server.invoke<ReportDetail>('report.get', { reportId: summary.id });
    if (!detail.ok) throw new Error(detail.error.message);
    // Counts listed = counts from the report files: never stale after a crash.
    const { counts, reviewed, total } = detail.value.summary;
    expect(
      { counts: summary.counts, reviewed: summary.reviewed, total: summary.total },
      summary.fileName,
    ).toEqual({
      counts,
      reviewed,
      total,
    });
    const findings = new Map<string, ReviewedFinding>(
      detail.value.findings.map((finding) => [finding.id, finding]),
    );
    for (const [key, comments] of ledger.decisions) {
      const [reportId, findingId] = splitKey(key);
      if (reportId !== summary.id) continue;
      // A correction that narrows a finding carries its decisions to the narrower one (another id, same rule).
      const finding = findings.get(findingId);
      const rule = findingId.split('|')[0];
      const holders = finding
        ? [finding]
        : detail.value.findings.filter((candidate) => candidate.rule === rule);
      const present = holders.flatMap((holder) => [
        ...holder.history,
        ...(holder.review ? [holder.review] : []),
      ]);
      const kept = new Set(present.map((entry) => entry.comment));
      lost.push(...comments.filter((comment) => !kept.has(comment)).map((comment) => `审查结论 ${comment}`));
    }
    for (const [key, { sent, ackedUpTo }] of ledger.corrections) {
      const [reportId, cellId] = splitKey(key);
      if (reportId !== summary.id || ackedUpTo === 0) continue;
      // The last acknowledged value, or one sent after it that landed before the kill.
      const value = detail.value.corrections.find((correction) => correction.cellId === cellId)?.corrected;
      if (!sent.slice(ackedUpTo - 1).includes(value as number)) lost.push(`更正 ${key}`);
    }
  }
  return lost;
}

test('kill -9 during writes loses no acknowledged write and leaves every file readable', async () => {
  test.setTimeout(150_000);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nianbao-crash-'));
  const texts = await Promise.all(seedFiles.map((file) => readFile(file, 'utf8')));
  const ledger: Ledger = {
    imports: new Map(),
    decisions: new Map(),
    corrections: new Map(),
    acknowledged: 0,
  };
  const choose = random(20261122);
  let counter = 0;
  let filesChecked = 0;
  const lost = new Set<string>();
  try {
    for (let round = 0; round <= kills; round += 1) {
      const server = startServeProcess(dataDir);
      await server.ready;
      for (const write of await verify(server, ledger)) lost.add(write);
      if (round === kills) {
        await killHard(server);
        break;
      }
      const writers = writeUntilKilled(server, ledger, texts, () => counter++, choose);
      await writers.firstImport;
      await new Promise((resolve) => setTimeout(resolve, 300 + choose() * 1200));
      writers.stop();
      await killHard(server);
      await writers.done;
      // Whatever the kill interrupted, every library file is whole.
      for (const file of await jsonFilesOf(dataDir)) {
        const text = await readFile(file, 'utf8');
        expect(() => JSON.parse(text), file).not.toThrow();
        filesChecked += 1;
      }
    }
    const damaged = await readdir(path.join(dataDir, 'damaged')).catch(() => []);
    const decisions = [...ledger.decisions.values()].flat().length;
    const corrections = [...ledger.corrections.values()].reduce((sum, record) => sum + record.ackedUpTo, 0);
    console.log(
      `崩溃测试：kill -9 ${kills} 次，已确认的写入 ${ledger.acknowledged} 次（导入 ${ledger.imports.size}、` +
        `审查结论 ${decisions}、更正 ${corrections}），丢失 ${lost.size} 次；检查文件 ${filesChecked} 次，损坏 ${damaged.length} 个`,
    );
    expect([...lost]).toEqual([]);
    expect(damaged).toEqual([]);
    expect(ledger.imports.size).toBeGreaterThan(kills);
    expect(ledger.decisions.size).toBeGreaterThan(kills);
    expect(ledger.corrections.size).toBeGreaterThan(kills);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
