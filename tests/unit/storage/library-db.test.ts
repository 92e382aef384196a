import { existsSync } from 'node:fs';
import { link, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/main/storage/atomic-file';
import { LibraryFileError, openLibraryDb } from '../../../src/main/storage/library-db';
import { currentSchemaVersion, migrateLibrary, migrations } from '../../../src/main/storage/migrations';

const v1Library = {
  schemaVersion: 1,
  reviewerName: '王审查',
  reports: [
    {
      id: 'ad4b2455fe4b6a4d9a57757c5b070f471cce1fada3e95c21c4bd8ebcf2d6d36a',
      fileName: '烟台市芝罘区商务局2020年报.PDF',
      format: 'pdf',
      agency: '烟台市芝罘区商务局',
      year: 2020,
      template: '2019',
      date: '2021-01-28',
      importedAt: '2025-02-01T08:00:00.000Z',
      counts: { error: 1, warning: 0, info: 2 },
      reviewed: 1,
      total: 3,
    },
  ],
};

describe('library.json', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-storage-'));
    file = join(dir, 'library.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is created with the current schema version', async () => {
    const db = await openLibraryDb(dir, file);
    expect(db.data).toEqual({
      schemaVersion: currentSchemaVersion,
      reports: [],
      settings: { reviewerName: '' },
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(db.data);
  });

  it('migrates a v1 file, keeping a copy of the original', async () => {
    expect(migrations.map((migration) => migration.from)).toEqual([1]);
    await writeFile(file, JSON.stringify(v1Library));
    const db = await openLibraryDb(dir, file);
    expect(db.data.schemaVersion).toBe(2);
    expect(db.data.settings).toEqual({ reviewerName: '王审查' });
    expect(db.data.reports[0]).toMatchObject({
      agency: '烟台市芝罘区商务局',
      region: '烟台市芝罘区',
      error: null,
      extension: 'pdf',
      originalKept: true,
      counts: { error: 1, warning: 0, info: 2 },
    });
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(2);
    expect(JSON.parse(await readFile(`${file}.v1.bak`, 'utf8'))).toEqual(v1Library);
    // A second open finds nothing to migrate.
    expect(migrateLibrary(JSON.parse(await readFile(file, 'utf8'))).fromVersion).toBe(2);
  });

  it('refuses a damaged or newer file and leaves it untouched', async () => {
    await writeFile(file, '{"schemaVersion": 2, "reports": [');
    await expect(openLibraryDb(dir, file)).rejects.toBeInstanceOf(LibraryFileError);
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion": 2, "reports": [');

    const newer = JSON.stringify({ schemaVersion: 99, reports: [], settings: { reviewerName: '' } });
    await writeFile(file, newer);
    const refusal = await openLibraryDb(dir, file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(LibraryFileError);
    expect((refusal as Error).message).toBe(
      `资料库文件 ${file} 由更新版本的年报审查台创建（格式版本 99，本版本最高支持 ${currentSchemaVersion}），未做任何改动。请升级年报审查台后再打开。`,
    );
    expect(await readFile(file, 'utf8')).toBe(newer);

    const badId = JSON.stringify({
      schemaVersion: 2,
      reports: [{ ...v1Library.reports[0], id: '../x' }],
      settings: { reviewerName: '' },
    });
    await writeFile(file, badId);
    await expect(openLibraryDb(dir, file)).rejects.toBeInstanceOf(LibraryFileError);
  });

  it('is written atomically: a new file is renamed over the old one', async () => {
    const db = await openLibraryDb(dir, file);
    // A hard link keeps pointing at the old inode if the write is temp + rename, not an in-place rewrite.
    const witness = join(dir, 'witness.json');
    await link(file, witness);
    db.data.settings.reviewerName = '赵审查';
    await db.write();
    expect(JSON.parse(await readFile(file, 'utf8')).settings.reviewerName).toBe('赵审查');
    expect(JSON.parse(await readFile(witness, 'utf8')).settings.reviewerName).toBe('');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes per-report files the same way, leaving no temp file', async () => {
    const target = join(dir, 'r.json');
    await writeFileAtomic(target, 'old');
    await link(target, join(dir, 'old.json'));
    await Promise.all(Array.from({ length: 10 }, (_, index) => writeFileAtomic(target, `v${index}`)));
    expect(await readFile(join(dir, 'old.json'), 'utf8')).toBe('old');
    expect(await readFile(target, 'utf8')).toMatch(/^v\d$/);
    expect((await readdir(dir)).sort()).toEqual(['old.json', 'r.json']);
    expect(existsSync(join(dir, '.r.json.tmp'))).toBe(false);
  });
});
