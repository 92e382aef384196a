// A batch of 100 generated reports through the real services: imported, reviewed (decisions, comments,
// a reviewer's own findings, corrections), exported in every format and read back with real readers.
// The truth is the library itself (report.get), and the export must not change a byte of it.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat, PushEvents, ReportDetail } from '../../../src/shared/ipc-contract';
import { findingStateOf, type FindingState } from '../../../src/shared/review-state';
import { lockOwnerFileName } from '../../../src/main/storage/library-lock';
import { createServices, type Services } from '../../../src/main/services/create-services';
import { createInProcessAnalyzer } from '../../../src/main/services/in-process-analyzer';
import { cellDataColumns, cellHeader } from '../../../src/main/services/export/xlsx-cell-data';
import { generatedBatch } from '../export/generated-batch';
import {
  csvRecords,
  docxText,
  loadWorkbook,
  markdownTable,
  sheetOf,
  sheetRecords,
} from '../export/read-back';
import { fileOf, makeDataDir, recordingContext, removeDir, valueOf } from './service-test-kit';

// The exact words of each state: untouched is 未处理, 待复核 is a reviewer's decision to look again.
const statusLabel: Record<FindingState, string> = {
  unreviewed: '未处理',
  pending: '待复核',
  confirmed: '确认问题',
  dismissed: '不是问题',
};
const statusOf = findingStateOf;
const resolvedMark = '（该问题已消除）';

/** sha256 of every file under the data folder, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // The lock's owner note exists only while the library is open: it is not library content.
  const files = entries
    .filter((entry) => entry.isFile() && entry.name !== lockOwnerFileName)
    .map((entry) => join(entry.parentPath, entry.name));
  const hashes = await Promise.all(
    files.map(async (file) => [
      file.slice(dir.length),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    ]),
  );
  return Object.fromEntries(hashes.sort());
}

describe('export of a reviewed batch of 100 generated reports', () => {
  let dataDir: string;
  let services: Services;
  let details: ReportDetail[];
  const events: PushEvents['export.progress'][] = [];
  const context = {
    emit: (event: string, payload: unknown) => {
      if (event === 'export.progress') events.push(payload as PushEvents['export.progress']);
    },
  };
  const exported: Partial<Record<ExportFormat, { bytes: Buffer; unreviewed: number }>> = {};
  let omitted: Buffer;
  let before: Record<string, string>;
  let after: Record<string, string>;

  beforeAll(async () => {
    dataDir = await makeDataDir();
    services = await createServices({
      dataDir,
      analyzer: createInProcessAnalyzer(2),
      now: () => new Date(2026, 10, 22, 9, 30),
    });
    valueOf(await services['settings.set']({ reviewerName: '王审查' }, recordingContext()));
    const files = generatedBatch(100).map((file) => fileOf(file.name, file.bytes));
    const outcomes = valueOf(
      await services['library.import']({ files, batchId: 'batch' }, recordingContext()),
    );
    const ids = outcomes.map((outcome) => outcome.reportId!);

    // Review: every report gets a different mix, so every state, comment and correction is exercised.
    for (const [index, reportId] of ids.entries()) {
      const detail = valueOf(await services['report.get']({ reportId }, recordingContext()));
      for (const [position, finding] of detail.findings.entries()) {
        const choice = (index + position) % 4;
        if (choice === 2) continue; // left untouched: 未处理
        const status = choice === 0 ? 'confirmed' : choice === 1 ? 'dismissed' : 'pending';
        const comment = `意见 ${index + 1}-${position + 1}${status === 'dismissed' ? '：属合理情形' : ''}`;
        valueOf(
          await services['review.setStatus'](
            { reportId, findingId: finding.id, status, comment },
            recordingContext(),
          ),
        );
      }
      if (index % 4 === 0)
        valueOf(
          await services['review.addFinding'](
            {
              reportId,
              cells: ['requests.new.natural'],
              message: `审查人发现 ${index + 1}：正文所述件数待核实`,
              severity: 'warning',
            },
            recordingContext(),
          ),
        );
      if (index % 5 === 0) {
        const original = detail.cells['requests.new.natural']?.value ?? 0;
        valueOf(
          await services['review.correctCell'](
            { reportId, cellId: 'requests.new.natural', value: original + 1 },
            recordingContext(),
          ),
        );
      }
      if (index % 3 === 0)
        valueOf(await services['review.markReviewed']({ reportId, reviewed: true }, recordingContext()));
    }
    details = await Promise.all(
      ids.map(async (reportId) => valueOf(await services['report.get']({ reportId }, recordingContext()))),
    );
    await services.close(); // pending writes land before the snapshot
    services = await createServices({
      dataDir,
      analyzer: createInProcessAnalyzer(1),
      now: () => new Date(2026, 10, 22, 9, 30),
    });

    before = await snapshot(dataDir);
    for (const format of ['docx', 'xlsx', 'md', 'csv'] as const) {
      const file = valueOf(
        await services['export.reports'](
          { reportIds: ids, format, dismissed: 'separate', exportId: format },
          context,
        ),
      );
      exported[format] = { bytes: Buffer.from(file.base64, 'base64'), unreviewed: file.unreviewed };
    }
    const md = valueOf(
      await services['export.reports'](
        { reportIds: ids, format: 'md', dismissed: 'omit', exportId: 'omit' },
        context,
      ),
    );
    omitted = Buffer.from(md.base64, 'base64');
    await services.close();
    after = await snapshot(dataDir);
  }, 180_000);

  afterAll(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  const bytesOf = (format: ExportFormat): Buffer => {
    const file = exported[format];
    if (!file) throw new Error(`${format} not exported`);
    return file.bytes;
  };
  const allFindings = () =>
    details.flatMap((detail) => detail.findings.map((finding) => ({ detail, finding })));

  it('has a batch worth exporting: findings in every state, reviewer findings and corrections', () => {
    const findings = allFindings().map(({ finding }) => finding);
    expect(details).toHaveLength(100);
    expect(details.every((detail) => detail.summary.error === null)).toBe(true);
    for (const status of ['unreviewed', 'pending', 'confirmed', 'dismissed'] as const)
      expect(findings.filter((finding) => statusOf(finding) === status).length).toBeGreaterThan(5);
    expect(details.filter((detail) => detail.summary.completed)).toHaveLength(34);
    expect(findings.filter((finding) => finding.origin === 'reviewer')).toHaveLength(25);
    expect(details.filter((detail) => detail.corrections.length > 0)).toHaveLength(20);
  });

  it('leaves every file of the library as it was', () => {
    expect(Object.keys(before).length).toBeGreaterThan(200);
    expect(after).toEqual(before);
  });

  it('reports progress and how many reports are not marked 审查完毕', () => {
    const unreviewed = details.filter((detail) => !detail.summary.completed).length;
    expect(unreviewed).toBe(66);
    for (const format of ['docx', 'xlsx', 'md', 'csv'] as const)
      expect(exported[format]?.unreviewed).toBe(unreviewed);
    const docx = events.filter((event) => event.exportId === 'docx');
    expect(docx.at(-2)).toEqual({ exportId: 'docx', done: 100, total: 100, stage: 'loading' });
    expect(docx.at(-1)).toEqual({ exportId: 'docx', done: 100, total: 100, stage: 'writing' });
    expect(docx.filter((event) => event.stage === 'loading').map((event) => event.done)).toEqual(
      Array.from({ length: 100 }, (_, index) => index + 1),
    );
  });

  it('Excel lists every finding with its state, comment and reviewer, and every cell of every report', async () => {
    const workbook = await loadWorkbook(bytesOf('xlsx'));
    const records = sheetRecords(sheetOf(workbook, '问题清单'));
    expect(records).toHaveLength(allFindings().length);
    for (const { detail, finding } of allFindings()) {
      const record = records.find(
        (candidate) =>
          candidate['文件'] === detail.summary.fileName && candidate['问题说明'] === finding.message,
      );
      expect(record, `${detail.summary.fileName}: ${finding.message}`).toMatchObject({
        年度: detail.summary.year,
        规则编号: finding.rule,
        审查结论: statusLabel[statusOf(finding)] + (finding.resolved ? resolvedMark : ''),
        审查意见: finding.review?.comment || null,
        审查人: finding.review?.reviewer ?? null,
        来源: finding.origin === 'reviewer' ? '审查人添加' : '检查发现',
      });
    }
    const corrections = sheetRecords(sheetOf(workbook, '更正记录'));
    expect(corrections).toHaveLength(20);
    for (const detail of details.filter((candidate) => candidate.corrections.length > 0)) {
      const [correction] = detail.corrections;
      expect(corrections).toContainEqual(
        expect.objectContaining({
          文件: detail.summary.fileName,
          单元格编号: correction?.cellId,
          原值: correction?.original,
          更正值: correction?.corrected,
          更正人: '王审查',
        }),
      );
    }
    // One row per report, one column per cell: every value as the library holds it (corrections applied).
    const cells = sheetRecords(sheetOf(workbook, '单元格数据'));
    expect(cells).toHaveLength(100);
    const ids = cellDataColumns(details);
    details.forEach((detail, index) => {
      const row = cells[index] ?? {};
      expect(row['文件']).toBe(detail.summary.fileName);
      for (const id of ids)
        expect(row[cellHeader(id)], `${detail.summary.fileName} ${id}`).toBe(detail.cells[id]?.value ?? null);
    });
    const summary = sheetRecords(sheetOf(workbook, '汇总'));
    expect(summary).toHaveLength(100);
    details.forEach((detail, index) => {
      const counts = { unreviewed: 0, pending: 0 };
      for (const finding of detail.findings) {
        const state = statusOf(finding);
        if (state === 'unreviewed' || state === 'pending') counts[state] += 1;
      }
      expect(summary[index]).toMatchObject({
        未处理: counts.unreviewed,
        待复核: counts.pending,
        审查状态: detail.summary.completed ? expect.stringMatching(/^审查完毕（王审查，/) : '未审查完毕',
      });
    });
  });

  it('CSV has the same rows as the Excel list, plus one per correction', async () => {
    const records = csvRecords(bytesOf('csv'));
    const findingRows = records.filter((record) => record['来源'] !== '审查人更正');
    expect(findingRows).toHaveLength(allFindings().length);
    expect(records.filter((record) => record['来源'] === '审查人更正')).toHaveLength(20);
    for (const { detail, finding } of allFindings()) {
      const record = findingRows.find(
        (row) => row['文件'] === detail.summary.fileName && row['问题说明'] === finding.message,
      );
      expect(record?.['审查结论']).toContain(statusLabel[statusOf(finding)]);
      expect(record?.['审查意见']).toBe(finding.review?.comment ?? '');
    }
  });

  it('Word has a section per report with its hash, findings, decisions and comments', async () => {
    const { text } = await docxText(bytesOf('docx'));
    expect(text).toContain('审查范围：');
    expect(text).toContain('报告 100 份');
    expect(text).toContain('注意：66 份报告尚未标记“审查完毕”');
    expect(text).not.toContain('尚待复核');
    for (const detail of details) {
      const start = text.indexOf(`SHA-256：${detail.summary.id}`);
      expect(start, detail.summary.fileName).toBeGreaterThan(0);
      const end = text.indexOf('SHA-256：', start + 10);
      const section = text.slice(start, end < 0 ? undefined : end);
      for (const finding of detail.findings) {
        expect(section).toContain(finding.message);
        if (finding.review?.comment) expect(section).toContain(finding.review.comment);
      }
      for (const correction of detail.corrections)
        expect(section).toContain(`\n${correction.original}\n${correction.corrected}\n王审查`);
    }
  });

  it('Markdown lists standing and dismissed findings apart, or leaves the dismissed out', () => {
    const markdown = bytesOf('md').toString('utf8');
    const withoutDismissed = omitted.toString('utf8');
    const reviewed = details.filter((detail) => detail.findings.length > 0);
    let dismissedTables = 0;
    for (const detail of details) {
      if (detail.findings.length === 0) continue;
      const standing = detail.findings.filter((finding) => statusOf(finding) !== 'dismissed');
      const dismissed = detail.findings.filter((finding) => statusOf(finding) === 'dismissed');
      const section = markdown.slice(markdown.indexOf(`\`${detail.summary.id}\``));
      if (standing.length > 0) {
        const rows = markdownTable(section, '### 发现的问题');
        expect(
          rows.map((row) => row['问题说明']?.split('\n')[0]?.replace('（审查人添加）', '')).sort(),
        ).toEqual(standing.map((finding) => finding.message).sort());
      }
      if (dismissed.length > 0) {
        dismissedTables += 1;
        const rows = markdownTable(section, '### 经复核认定不是问题的条目');
        expect(rows.map((row) => row['认定理由']).sort()).toEqual(
          dismissed.map((finding) => finding.review?.comment).sort(),
        );
        expect(withoutDismissed).not.toContain(dismissed[0]?.review?.comment);
      }
    }
    expect(reviewed.length).toBeGreaterThan(30);
    expect(dismissedTables).toBeGreaterThan(5);
    expect(withoutDismissed).toContain('经复核认定不是问题，按导出设置未列出。');
  });
});
