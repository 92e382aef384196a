// The native dialogs' paths with a stand-in for Electron's dialog module: import (cancel, refused files,
// files started by main) and export (cancel, the replace question, the saved file).
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseReportFiles, importFromMain, importReportsWithDialog, withSaveDialog } from '../../../src/main/app/dialogs';
import type { ImportOutcome } from '../../../src/shared/ipc-contract';
import type { HandlerContext, ServiceHandlers } from '../../../src/main/services/service-handlers';

let dir: string;
const context: HandlerContext = { emit: vi.fn() };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-dialogs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const imported = (fileName: string): ImportOutcome => ({ fileName, status: 'imported', reportId: null, error: null });
const importer = () =>
  vi.fn<ServiceHandlers['library.import']>(async ({ files }) => ({ ok: true, value: files.map((file) => imported(file.name)) }));
const openDialog = (filePaths: string[], canceled = false) => ({ showOpenDialog: vi.fn(async () => ({ canceled, filePaths })) });

describe('import', () => {
  it('imports nothing when the dialog is cancelled', async () => {
    const importReports = importer();
    expect(await importReportsWithDialog(openDialog([], true), null, importReports, context)).toEqual({ ok: true, value: [] });
    expect(importReports).not.toHaveBeenCalled();
  });

  it('offers the app formats and imports the chosen files; unreadable and too large files are refused by name', async () => {
    const good = path.join(dir, '甲县2023年报.txt');
    const big = path.join(dir, '太大.pdf');
    await writeFile(good, '政府信息公开工作年度报告');
    await writeFile(big, '');
    await truncate(big, 201 * 1024 * 1024);
    const dialog = openDialog([good, big, path.join(dir, '不存在.docx')]);
    const importReports = importer();
    const result = await importReportsWithDialog(dialog, null, importReports, context);
    const filters = (dialog.showOpenDialog.mock.calls[0] as unknown as [{ filters: { extensions: string[] }[] }])[0].filters;
    expect(filters[0]?.extensions).toEqual(expect.arrayContaining(['pdf', 'docx', 'html', 'txt']));
    expect(importReports).toHaveBeenCalledOnce();
    const request = importReports.mock.calls[0]![0];
    expect(request.files.map((file) => file.name)).toEqual(['甲县2023年报.txt']);
    expect(Buffer.from(request.files[0]!.base64, 'base64').toString('utf8')).toBe('政府信息公开工作年度报告');
    expect(result.ok && result.value.map((outcome) => [outcome.fileName, outcome.status, outcome.error])).toEqual([
      ['甲县2023年报.txt', 'imported', null],
      ['太大.pdf', 'failed', '太大.pdf：文件过大（201 MB，上限 200 MB）'],
      ['不存在.docx', 'failed', '不存在.docx：无法读取文件（ENOENT）'],
    ]);
  });

  it('returns the chosen paths for main to import itself', async () => {
    expect(await chooseReportFiles(openDialog(['/a.pdf', '/b.pdf']), null)).toEqual(['/a.pdf', '/b.pdf']);
    expect(await chooseReportFiles(openDialog(['/a.pdf'], true), null)).toEqual([]);
  });

  it('shows what an import started by main could not take, the rest goes to the services', async () => {
    const good = path.join(dir, 'a.txt');
    await writeFile(good, '报告');
    const dialog = { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) };
    const importReports = importer();
    await importFromMain(dialog, null, [good, path.join(dir, '丢失.pdf')], importReports, context);
    expect(importReports.mock.calls[0]![0].files.map((file) => file.name)).toEqual(['a.txt']);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: '丢失.pdf：无法读取文件（ENOENT）' }));

    dialog.showMessageBox.mockClear();
    await importFromMain(dialog, null, [good], importReports, context);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();

    const failing = vi.fn<ServiceHandlers['library.import']>(async () => ({ ok: false, error: { code: 'write_failed', message: '磁盘空间不足，导入未保存' } }));
    await importFromMain(dialog, null, [good], failing, context);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: '磁盘空间不足，导入未保存' }));
  });
});

describe('export', () => {
  const request = { reportIds: [], format: 'docx', dismissed: 'omit', exportId: 'e1' } as unknown as Parameters<ServiceHandlers['export.reports']>[0];
  const exporter = () =>
    vi.fn<ServiceHandlers['export.reports']>(async () => ({ ok: true, value: { fileName: 'x.docx', base64: Buffer.from('PK-bytes').toString('base64'), unreviewed: 2 } }));
  const saveDialog = (filePath: string | undefined, answer = 0) => ({
    showSaveDialog: vi.fn(async () => ({ canceled: filePath === undefined, filePath: filePath ?? '' })),
    showMessageBox: vi.fn(async () => ({ response: answer, checkboxChecked: false })),
  });

  it('builds nothing when the save dialog is cancelled', async () => {
    const exportReports = exporter();
    const result = await withSaveDialog(saveDialog(undefined), exportReports, () => null)(request, context);
    expect(result).toEqual({ ok: false, error: { code: 'cancelled', message: '已取消导出。' } });
    expect(exportReports).not.toHaveBeenCalled();
  });

  it('writes the file where the reviewer chose, adding the extension, and keeps the bytes in main', async () => {
    const dialog = saveDialog(path.join(dir, '审查意见'));
    const result = await withSaveDialog(dialog, exporter(), () => null)(request, context);
    const target = path.join(dir, '审查意见.docx');
    expect(result).toEqual({ ok: true, value: { fileName: 'x.docx', base64: '', unreviewed: 2, savedTo: target } });
    expect(await readFile(target, 'utf8')).toBe('PK-bytes');
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks before replacing a file the dialog did not ask about, and keeps it when told so', async () => {
    const target = path.join(dir, '意见.docx');
    await writeFile(target, 'old');
    const keep = saveDialog(path.join(dir, '意见'), 1);
    const exportReports = exporter();
    expect(await withSaveDialog(keep, exportReports, () => null)(request, context)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(keep.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: '“意见.docx”已存在，要替换它吗？' }));
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(exportReports).not.toHaveBeenCalled();

    const replace = saveDialog(path.join(dir, '意见'), 0);
    expect(await withSaveDialog(replace, exporter(), () => null)(request, context)).toMatchObject({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('PK-bytes');
  });
});
