// A start that cannot open the library: the native dialog names the library and the problem, and the
// reviewer can restore the last good copy of library.json, open another library folder, or quit.
// Real services on real folders; only Electron's dialog module is a stand-in.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeStartError, openLibraryOrAsk, type StartFailureApis } from '../../../src/main/app/start-failure';
import { createServices, type Services } from '../../../src/main/services/create-services';
import { LibraryFileError } from '../../../src/main/storage/library-db';
import { hasLastGoodCopy, keepLastGoodCopy, lastGoodCopyPath, restoreLastGoodCopy } from '../../../src/main/storage/last-good-copy';
import { fileOf, makeDataDir, recordingContext, removeDir, stubAnalyzer, valueOf } from '../services/service-test-kit';

const lastGoodCopy = { has: hasLastGoodCopy, restore: restoreLastGoodCopy };
const open = (dataDir: string) => createServices({ dataDir, analyzer: stubAnalyzer() });
let dirs: string[] = [];
let opened: Services[] = [];

const newDir = async () => {
  const dir = await makeDataDir();
  dirs.push(dir);
  return dir;
};

/** A library with one report, opened again later (so a good copy was taken), then damaged. */
async function damagedLibrary(): Promise<string> {
  const dataDir = await newDir();
  const services = await open(dataDir);
  valueOf(await services['library.import']({ files: [fileOf('甲县.txt', '甲县人民政府|2023|7')], batchId: 'b' }, recordingContext()));
  await services.close();
  await (await open(dataDir)).close();
  await writeFile(path.join(dataDir, 'library.json'), '{"schemaVersion": 2, "reports": [');
  return dataDir;
}

/** A dialog stand-in that answers each message box with the button named in `answers`, in turn. */
function answering(answers: string[], folder?: string) {
  const boxes: MessageBoxOptions[] = [];
  const dialog = {
    showMessageBox: vi.fn(async (options: MessageBoxOptions) => {
      boxes.push(options);
      const answer = answers.shift() ?? '退出';
      const index = options.buttons?.indexOf(answer) ?? -1;
      if (index < 0) throw new Error(`没有“${answer}”按钮：${options.buttons?.join('、')}`);
      return { response: index, checkboxChecked: false };
    }),
    showOpenDialog: vi.fn(async () => ({ canceled: folder === undefined, filePaths: folder ? [folder] : [] })),
    showErrorBox: vi.fn(),
  };
  return { boxes, apis: { dialog, lastGoodCopy } as unknown as StartFailureApis, dialog };
}

async function listed(library: { opened: Services } | null): Promise<string[]> {
  expect(library).not.toBeNull();
  opened.push(library!.opened);
  return valueOf(await library!.opened['library.list']({}, recordingContext())).map((summary) => summary.fileName);
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  for (const services of opened) await services.close();
  for (const dir of dirs) await removeDir(dir);
  opened = [];
  dirs = [];
  vi.restoreAllMocks();
});

describe('a library that does not open', () => {
  it('is named with its problem, and the last good copy brings the reports back; the damaged file is kept', async () => {
    const dataDir = await damagedLibrary();
    const { boxes, apis } = answering(['恢复上次正常的副本']);
    const library = await openLibraryOrAsk(dataDir, open, apis);
    expect(library?.dataDir).toBe(dataDir);
    expect(await listed(library)).toEqual(['甲县.txt']);

    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect(box.type).toBe('error');
    expect(box.title).toBe('年报审查台无法启动');
    expect(box.message).toBe(`无法打开审查库：${dataDir}`);
    expect(box.detail).toContain(path.join(dataDir, 'library.json'));
    expect(box.detail).toMatch(/损坏|无法读取/);
    expect(box.buttons).toEqual(['选择其他审查库文件夹…', '恢复上次正常的副本', '退出']);
    expect(box.cancelId).toBe(2);

    const kept = (await readdir(dataDir)).filter((name) => name.startsWith('library.json.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dataDir, kept[0]!), 'utf8')).toBe('{"schemaVersion": 2, "reports": [');
  });

  it('opens another library folder when the reviewer picks one, and leaves the damaged one as it is', async () => {
    const dataDir = await damagedLibrary();
    const other = await newDir();
    const { apis, dialog } = answering(['选择其他审查库文件夹…'], other);
    const library = await openLibraryOrAsk(dataDir, open, apis);
    expect(library?.dataDir).toBe(other);
    expect(await listed(library)).toEqual([]);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));
    expect(existsSync(path.join(other, 'library.json'))).toBe(true);
    expect(await readFile(path.join(dataDir, 'library.json'), 'utf8')).toBe('{"schemaVersion": 2, "reports": [');
  });

  it('asks again when the folder dialog is cancelled, and quitting changes nothing', async () => {
    const dataDir = await damagedLibrary();
    const { boxes, apis } = answering(['选择其他审查库文件夹…', '退出']);
    expect(await openLibraryOrAsk(dataDir, open, apis)).toBeNull();
    expect(boxes).toHaveLength(2);
    expect(await readFile(path.join(dataDir, 'library.json'), 'utf8')).toBe('{"schemaVersion": 2, "reports": [');
    expect((await readdir(dataDir)).some((name) => name.includes('damaged'))).toBe(false);
  });

  it('offers the copy once: a copy that does not open either is not offered again', async () => {
    const dataDir = await damagedLibrary();
    await writeFile(lastGoodCopyPath(path.join(dataDir, 'library.json')), 'also damaged');
    const { boxes, apis } = answering(['恢复上次正常的副本', '退出']);
    expect(await openLibraryOrAsk(dataDir, open, apis)).toBeNull();
    expect(boxes[1]?.buttons).toEqual(['选择其他审查库文件夹…', '退出']);
  });

  it('offers no copy when there is none', async () => {
    const dataDir = await newDir();
    await writeFile(path.join(dataDir, 'library.json'), 'not json');
    const { boxes, apis } = answering(['退出']);
    expect(await openLibraryOrAsk(dataDir, open, apis)).toBeNull();
    expect(boxes[0]?.buttons).toEqual(['选择其他审查库文件夹…', '退出']);
  });

  it('shows any other error by its own Chinese message and never offers the copy for it', async () => {
    const dataDir = await damagedLibrary();
    const locked = new Error(`审查库 ${dataDir} 正被另一个程序（进程 4242）使用，请先关闭它。`);
    const { boxes, apis } = answering(['退出']);
    expect(await openLibraryOrAsk(dataDir, async () => Promise.reject(locked), apis)).toBeNull();
    expect(boxes[0]?.detail).toBe(locked.message);
    expect(boxes[0]?.buttons).toEqual(['选择其他审查库文件夹…', '退出']);
  });
});

describe('describeStartError', () => {
  it('keeps a Chinese message, explains a damaged library file, and gives the details of anything else', () => {
    expect(describeStartError(new Error('磁盘空间不足，审查库未保存'))).toBe('磁盘空间不足，审查库未保存');
    const damaged = describeStartError(new LibraryFileError('/库/library.json', 'Unexpected end of JSON input'));
    expect(damaged).toContain('审查库文件 /库/library.json 无法读取');
    expect(damaged).toContain('Unexpected end of JSON input');
    expect(describeStartError(new TypeError('x is not a function'))).toBe(
      '启动时发生内部错误，请将下面的详细信息反馈给开发人员。\n\n详细信息：x is not a function',
    );
  });
});

describe('the last good copy', () => {
  it('is only ever a file that reads as a library', async () => {
    const dataDir = await newDir();
    const libraryFile = path.join(dataDir, 'library.json');
    await (await open(dataDir)).close();
    await keepLastGoodCopy(libraryFile);
    const good = await readFile(lastGoodCopyPath(libraryFile), 'utf8');
    await writeFile(libraryFile, '{"schemaVersion": 2, "reports": "not a list"}');
    await keepLastGoodCopy(libraryFile);
    expect(await readFile(lastGoodCopyPath(libraryFile), 'utf8')).toBe(good);
  });

  it('is taken when the library opens and follows it', async () => {
    const dataDir = await newDir();
    const libraryFile = path.join(dataDir, 'library.json');
    const first = await open(dataDir);
    valueOf(await first['library.import']({ files: [fileOf('乙县.txt', '乙县人民政府|2023|3')], batchId: 'b' }, recordingContext()));
    await first.close();
    // The first open created the library; the copy is of the last open that read one.
    opened.push(await open(dataDir));
    expect(await hasLastGoodCopy(libraryFile)).toBe(true);
    expect(JSON.parse(await readFile(lastGoodCopyPath(libraryFile), 'utf8'))).toEqual(JSON.parse(await readFile(libraryFile, 'utf8')));
  });
});
