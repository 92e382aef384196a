// `nianbao review … --per-body`: one notice per report and the 通报 into a folder or a zip, read back.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import { saveNoticesFolder } from '../../../src/main/services/notice-folder';
import { seedsDir } from '../../shared-data';
import { docxText } from '../export/read-back';

let work = '';
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'nianbao-per-body-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture((text) => (stdout += text)));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture((text) => (stderr += text)));
  try {
    return { code: await main(['review', ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const bodies = [
  '烟台市芝罘区商务局',
  '芝罘区行政审批服务局',
  '城步苗族自治县商务局',
  '眉山市经济和信息化局',
  '老城区商务和工业信息化局',
];

describe('nianbao review --per-body', () => {
  it('writes one .docx per report and the 通报 into the folder, creating it', async () => {
    const out = path.join(work, '审查意见', '2025');
    const { code, stdout } = await run(seedsDir, '--per-body', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`已写入：${out}（审查意见书 5 份和审查情况通报 1 份）`);
    expect(stdout).toContain('其中 4 份报告尚未复核完毕');
    const names = (await readdir(out)).sort();
    expect(names).toHaveLength(6);
    for (const body of bodies) expect(names.some((name) => name.startsWith(`${body}_`))).toBe(true);
    // Nothing reviewed yet: 眉山's findings await a decision and are not listed as problems.
    const meishan = names.find((name) => name.startsWith('眉山'))!;
    expect(meishan).toBe('眉山市经济和信息化局_2020年度_审查意见书（草稿）.docx');
    const { text } = await docxText(await readFile(path.join(out, meishan)));
    expect(text).toMatch(/^【草稿】该报告尚未复核完毕：另有 5 项检查发现的问题/);
    const bulletin = names.find((name) => name.startsWith('年报审查情况通报_'))!;
    expect((await docxText(await readFile(path.join(out, bulletin)))).text).toContain('本次共审查报告 5 份');
  });

  it('writes one zip when --out ends in .zip, and leaves out clean reviewed reports with --clean-reports skip', async () => {
    const out = path.join(work, '意见.zip');
    const { code, stdout } = await run(
      path.join(seedsDir, '000_c2173b29a2f695bc.txt'),
      path.join(seedsDir, '003_ccaddad691bcdd6a.txt'),
      '--per-body',
      '--clean-reports',
      'skip',
      '--out',
      out,
    );
    expect(code).toBe(0);
    // 000 has no finding at all: reviewed, nothing to correct, no notice.
    expect(stdout).toContain('审查意见书 1 份');
    expect(stdout).toContain('1 份报告未出具意见书');
    const zip = await JSZip.loadAsync(await readFile(out));
    const names = zip.file(/\.docx$/).map((file) => file.name.split('/').pop());
    expect(names.sort()).toEqual([
      expect.stringMatching(/^年报审查情况通报_\d{4}-\d{2}-\d{2}\.docx$/),
      '眉山市经济和信息化局_2020年度_审查意见书（草稿）.docx',
    ]);
  });

  it('refuses a file where the folder should go, and --clean-reports without --per-body', async () => {
    const file = path.join(work, '已有文件');
    await writeFile(file, 'x');
    const taken = await run(seedsDir, '--per-body', '--out', file);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain(`无法写入 ${file}：已有同名文件`);
    const misuse = await run(seedsDir, '--clean-reports', 'skip', '--out', path.join(work, 'a.docx'));
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain('--clean-reports 只能与 --per-body 一起使用。');
  });
});

describe('saveNoticesFolder', () => {
  it('makes a new folder each time, never mixing with an older one', async () => {
    const exported = {
      fileName: '年报审查意见_2025-03-10',
      base64: '',
      files: [{ name: '甲局_2024年度_整改通知书.docx', base64: Buffer.from('一').toString('base64') }],
      notices: 1,
      drafts: 0,
      skipped: 0,
    };
    const first = await saveNoticesFolder(work, exported);
    const second = await saveNoticesFolder(work, exported);
    expect(first).toEqual({ ok: true, value: path.join(work, '年报审查意见_2025-03-10') });
    expect(second).toEqual({ ok: true, value: path.join(work, '年报审查意见_2025-03-10 (2)') });
    expect(
      await readFile(path.join(work, '年报审查意见_2025-03-10 (2)', '甲局_2024年度_整改通知书.docx'), 'utf8'),
    ).toBe('一');
    const blocked = await saveNoticesFolder(
      path.join(work, '年报审查意见_2025-03-10', '甲局_2024年度_整改通知书.docx'),
      exported,
    );
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.message).toMatch(/^无法保存到 .*年报审查意见_2025-03-10：/);
  });
});
