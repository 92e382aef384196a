import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultExportName,
  exportFilters,
  replacesUnconfirmedFile,
  saveExportFile,
  withExportExtension,
} from '../../../src/main/services/export-file';

describe('desktop export file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-export-file-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('proposes the dated name of the service and one filter per format', () => {
    expect(defaultExportName('docx', new Date(2026, 0, 5, 23, 59))).toBe('年报审查意见_2026-01-05.docx');
    expect(defaultExportName('csv', new Date(2026, 10, 22))).toBe('年报审查意见_2026-11-22.csv');
    expect(exportFilters.md).toEqual({ name: 'Markdown 文本', extensions: ['md'] });
    expect(Object.values(exportFilters).map((filter) => filter.extensions[0])).toEqual([
      'docx',
      'xlsx',
      'md',
      'csv',
    ]);
  });

  it('gives the file the format’s extension', () => {
    expect(withExportExtension('/home/a/意见', 'docx')).toBe('/home/a/意见.docx');
    expect(withExportExtension('/home/a.b/意见', 'csv')).toBe('/home/a.b/意见.csv');
    expect(withExportExtension('/home/a/意见.xlsx', 'xlsx')).toBe('/home/a/意见.xlsx');
    expect(withExportExtension('/home/a/意见.DOCX', 'docx')).toBe('/home/a/意见.DOCX');
    expect(withExportExtension('/home/a/意见.xlsx', 'docx')).toBe('/home/a/意见.docx');
    expect(withExportExtension('/home/a/意见.2024', 'md')).toBe('/home/a/意见.2024.md');
  });

  it('notices when the added extension lands on a file the dialog did not ask about', async () => {
    await writeFile(join(dir, '意见.docx'), 'old');
    expect(await replacesUnconfirmedFile(join(dir, '意见'), join(dir, '意见.docx'))).toBe(true);
    expect(await replacesUnconfirmedFile(join(dir, '新意见'), join(dir, '新意见.docx'))).toBe(false);
    expect(await replacesUnconfirmedFile(join(dir, '意见.docx'), join(dir, '意见.docx'))).toBe(false);
  });

  it('writes the bytes and replaces an existing file, leaving no temporary file', async () => {
    const target = join(dir, '年报审查意见.md');
    await writeFile(target, 'old');
    const result = await saveExportFile(target, new TextEncoder().encode('# 审查意见\n'));
    expect(result).toEqual({ ok: true, value: target });
    expect(await readFile(target, 'utf8')).toBe('# 审查意见\n');
    expect(await readdir(dir)).toEqual(['年报审查意见.md']);
  });

  it('fails with a Chinese message naming the path and leaves nothing behind', async () => {
    const target = join(dir, '不存在的文件夹', '意见.csv');
    const result = await saveExportFile(target, new Uint8Array([1, 2, 3]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('write_failed');
    expect(result.error.message).toContain(target);
    expect(result.error.message).toContain('文件夹不存在');
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not touch an existing folder of the same name', async () => {
    const target = join(dir, '意见.docx');
    await mkdir(target);
    const result = await saveExportFile(target, new Uint8Array([1]));
    expect(result.ok).toBe(false);
    expect(await readdir(dir)).toEqual(['意见.docx']);
  });
});
