// `nianbao review` as the user runs it: the command in-process (stdout/stderr captured), the written
// file read back with real readers (csv-parse, jszip, exceljs), and once through bin/nianbao.mjs.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import { temporaryLibraryPrefix } from '../../../src/cli/review-library';
import { seedsDir } from '../../shared-data';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const generatedDir = path.join(repoRoot, 'tests/fixtures/generated/standard');
const seedFiles: Record<string, string> = {
  '000': '000_c2173b29a2f695bc.txt',
  '002': '002_73a49c1d9e8bef42.txt',
  '003': '003_ccaddad691bcdd6a.txt',
};
const seed = (number: string): string => path.join(seedsDir, seedFiles[number] ?? number);

/** The body each of the five seeds names (000 … 004). */
const seedBodies = [
  '烟台市芝罘区商务局',
  '芝罘区行政审批服务局',
  '城步苗族自治县商务局',
  '眉山市经济和信息化局',
  '老城区商务和工业信息化局',
];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function review(...args: string[]): Promise<Run> {
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
    const code = await main(['review', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** "仍成立的问题：错误 5 个、警告 5 个、提示 7 个…" → 17 (a fresh library: nothing dismissed yet) */
function findingsInSummary(stdout: string): number {
  const match = /仍成立的问题：错误 (\d+) 个、警告 (\d+) 个、提示 (\d+) 个/.exec(stdout);
  if (!match) throw new Error(`no findings line in:\n${stdout}`);
  return Number(match[1]) + Number(match[2]) + Number(match[3]);
}

const temporaryLibraries = async (): Promise<string[]> =>
  (await readdir(tmpdir())).filter((name) => name.startsWith(temporaryLibraryPrefix)).sort();

async function docxBodyText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

describe('nianbao review', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nianbao-cli-test-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes a Markdown summary of a folder of reports and removes its temporary library', async () => {
    const before = await temporaryLibraries();
    const out = path.join(dir, '审查意见.md');
    const run = await review(seedsDir, '--out', out);

    expect(run.code).toBe(0);
    const markdown = await readFile(out, 'utf8');
    for (const body of seedBodies) expect(markdown).toContain(body);
    expect(run.stdout).toContain(`已写入：${out}`);
    expect(run.stdout).toContain('报告 5 份');
    expect(run.stdout).toMatch(/\d+ 份报告尚未审查/);
    expect(run.stderr).toContain('导入 5/5');
    // Nothing but the summary in the output folder: the temporary file was renamed.
    expect(await readdir(dir)).toEqual(['审查意见.md']);
    expect(await temporaryLibraries()).toEqual(before);
  });

  it('imports more files than one chunk holds, each once, in the order given', async () => {
    // Three chunks of files (the next chunk is read while the one before is still being imported), given
    // in an order that is neither the files' names nor the seeds'.
    const seeds = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
    const files: string[] = [];
    for (let index = 0; index < 60; index++) {
      const file = path.join(dir, `copy-${String((index * 37) % 60).padStart(2, '0')}.txt`);
      // A line of its own makes each copy a file of its own.
      await writeFile(file, `${await readFile(path.join(seedsDir, seeds[index % seeds.length]!), 'utf8')}\n副本 ${index}\n`);
      files.push(file);
    }
    const out = path.join(dir, '审查意见.md');
    const run = await review(...files, '--out', out);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('报告 60 份');
    expect(run.stderr).toContain('导入 60/60');
    const listed = [...(await readFile(out, 'utf8')).matchAll(/^- 文件：(.+)$/gm)].map((match) => match[1]);
    expect(listed).toEqual(files.map((file) => path.basename(file)));
  });

  it('writes one CSV row per finding, with the numbers of the 003 balance error', async () => {
    const out = path.join(dir, 'findings.CSV');
    const run = await review(seed('000'), seed('002'), seed('003'), '--out', out);

    expect(run.code).toBe(0);
    const rows = parse(await readFile(out), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(findingsInSummary(run.stdout));
    const rules = (file: string) =>
      rows.filter((row) => row['文件'] === path.basename(file)).map((row) => row['规则编号']);
    expect(rules(seed('000'))).toEqual([]);
    expect(rules(seed('002'))).toEqual(['publication.deadline']);
    expect(rules(seed('003'))).toContain('requests.balance');
    expect(rules(seed('003'))).toContain('requests.resultSum');
    const balance = rows.find(
      (row) => row['规则编号'] === 'requests.balance' && row['问题说明']?.includes('自然人列'),
    );
    expect(balance?.['单位']).toBe('眉山市经济和信息化局');
    expect(balance?.['严重程度']).toBe('错误');
    expect(balance?.['问题说明']).toContain('第一项加第二项之和为 1，第三项加第四项之和为 0，相差 1');
  });

  it('writes a Word summary naming every body', async () => {
    const out = path.join(dir, '审查意见.docx');
    const run = await review(seedsDir, '--out', out, '--dismissed', 'omit');

    expect(run.code).toBe(0);
    const text = await docxBodyText(out);
    for (const body of seedBodies) expect(text).toContain(body);
  });

  it('writes an Excel workbook with a sheet per report, PDF and Word originals included', async () => {
    const out = path.join(dir, '审查意见.xlsx');
    const pdf = path.join(generatedDir, 'std-2021-everything.pdf');
    const docx = path.join(generatedDir, 'std-2019-zeros.docx');
    const run = await review(seed('003'), pdf, docx, '--out', out);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('报告 3 份');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 2)).toEqual(['汇总', '问题清单']);
    expect(names).toContain('眉山市经济和信息化局 2020');
    expect(names).toContain('青岛市崂山区人民政府办公室 2023');
    expect(names).toContain('烟台市芝罘区商务局 2020');
  });

  it('keeps the --data library: a second run finds the reports already there', async () => {
    const dataDir = path.join(dir, 'library');
    const libraryReports = async () =>
      (JSON.parse(await readFile(path.join(dataDir, 'library.json'), 'utf8')) as { reports: unknown[] })
        .reports.length;

    const first = await review(seedsDir, '--out', path.join(dir, 'first.md'), '--data', dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('报告 5 份');
    expect(first.stdout).not.toContain('此前已在资料库中');
    expect(await libraryReports()).toBe(5);

    const second = await review(seedsDir, '--out', path.join(dir, 'second.md'), '--data', dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('报告 5 份（其中 5 份此前已在资料库中）');
    expect(await libraryReports()).toBe(5);
  });

  it('walks folders for report files only, skipping hidden ones', async () => {
    const input = path.join(dir, 'input');
    await mkdir(path.join(input, 'sub'), { recursive: true });
    await writeFile(path.join(input, 'sub', '003.txt'), await readFile(seed('003')));
    await writeFile(path.join(input, '.hidden.txt'), await readFile(seed('002')));
    await writeFile(path.join(input, 'notes.json'), '{}');
    const out = path.join(dir, 'out.md');
    const run = await review(input, '--out', out);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('报告 1 份');
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toContain('眉山市经济和信息化局');
    expect(markdown).not.toContain('城步苗族自治县商务局');
  });

  describe('errors', () => {
    it('needs --out (exit 2 with usage)', async () => {
      const run = await review(seedsDir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('请用 --out 指定输出文件');
      expect(run.stderr).toContain('用法：nianbao review');
    });

    it('needs at least one input (exit 2)', async () => {
      const run = await review('--out', path.join(dir, 'x.md'));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('请给出至少一个报告文件或目录');
    });

    it('refuses an output extension it cannot write, naming it (exit 2)', async () => {
      const out = path.join(dir, 'summary.pdf');
      const run = await review(seedsDir, '--out', out);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('不支持的输出格式“.pdf”');
      expect(existsSync(out)).toBe(false);
    });

    it('names an unknown option or a missing value in Chinese (exit 2)', async () => {
      const unknown = await review(seedsDir, '--out', path.join(dir, 'x.md'), '--fast');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('参数不正确：未知的选项 --fast');
      const missing = await review(seedsDir, '--out');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('参数不正确：--out 需要一个值');
    });

    it('refuses an unknown --dismissed value (exit 2)', async () => {
      const run = await review(seedsDir, '--out', path.join(dir, 'x.md'), '--dismissed', 'hide');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--dismissed 只能是 separate');
      expect(run.stderr).toContain('“hide”');
    });

    it('names a missing input and goes on with the others (exit 0)', async () => {
      const missing = path.join(dir, '不存在的报告.pdf');
      const out = path.join(dir, 'x.md');
      const run = await review(seed('003'), missing, '--out', out);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`${missing}：文件不存在`);
      expect(run.stdout).toContain(`跳过的路径 1 个：\n  ${missing}：文件不存在`);
      expect(await readFile(out, 'utf8')).toContain('眉山市经济和信息化局');
    });

    it('exits 1 when no input can be read', async () => {
      const run = await review(path.join(dir, 'nothing-here'), '--out', path.join(dir, 'x.md'));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('没有可导入的文件');
      expect(existsSync(path.join(dir, 'x.md'))).toBe(false);
    });

    it('fails with exit 1 when the output folder does not exist, creating nothing', async () => {
      const folder = path.join(dir, 'missing-folder');
      const out = path.join(folder, 'x.md');
      const run = await review(seed('003'), '--out', out);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(out);
      expect(run.stderr).toContain('文件夹不存在');
      expect(existsSync(folder)).toBe(false);
    });

    it('lists a corrupt input as failed and still writes the file (exit 0)', async () => {
      const corrupt = path.join(dir, '损坏的报告.pdf');
      await writeFile(corrupt, 'this is not a PDF at all');
      const out = path.join(dir, 'x.md');
      const run = await review(seed('003'), corrupt, '--out', out);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('报告 2 份');
      expect(run.stdout).toMatch(/未能读取的报告 1 份[^\n]*\n {2}损坏的报告\.pdf：\S+/);
      expect(await readFile(out, 'utf8')).toContain('损坏的报告.pdf');
    });
  });

  it('runs through bin/nianbao.mjs', async () => {
    const out = path.join(dir, 'cli.csv');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bin/nianbao.mjs', 'review', seed('002'), seed('003'), '--out', out],
      { cwd: repoRoot, timeout: 120_000 },
    );
    // execFile rejects on a non-zero exit code: reaching here means exit 0.
    expect(stdout).toContain(`已写入：${out}`);
    const rows = parse(await readFile(out), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((row) => row['规则编号'])).toContain('publication.deadline');
  });
});
