// Durable, private writes: every library file (library.json included) is fsynced before its rename and
// its folder after it; files are 0600 and folders 0700; temp files a crash left are removed on open.
import * as fsp from 'node:fs/promises';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteFileSystem } from '../../../src/main/storage/atomic-file';
import { createServices } from '../../../src/main/services/create-services';
import {
  fileOf,
  makeDataDir,
  recordingContext,
  removeDir,
  stubAnalyzer,
  stubFindingId,
  valueOf,
} from '../services/service-test-kit';

const context = recordingContext();

/** The file system, with every open, fsync, rename of the writes recorded (paths relative to the library). */
function recordingFileSystem(root: string, calls: string[]): WriteFileSystem {
  const name = (path: unknown) => relative(root, String(path)).replace(/\.[0-9a-f]{12}\.tmp$/, '.TMP') || '.';
  return {
    rm: fsp.rm,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      calls.push(`open ${name(path)}`);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        calls.push(`sync ${name(path)}`);
        await sync();
      };
      return handle;
    }) as WriteFileSystem['open'],
    rename: async (from, to) => {
      calls.push(`rename ${name(from)} -> ${name(to)}`);
      await fsp.rename(from, to);
    },
  };
}

async function modes(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = { '.': ((await stat(root)).mode & 0o777).toString(8) };
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    result[relative(root, path)] = ((await stat(path)).mode & 0o777).toString(8);
  }
  return result;
}

describe('durable writes', () => {
  let parent: string;
  let dataDir: string;
  beforeEach(async () => {
    parent = await makeDataDir();
    dataDir = join(parent, '资料库');
  });
  afterEach(() => removeDir(parent));

  it('fsyncs each file before its rename and the folder after it, library.json included', async () => {
    const calls: string[] = [];
    const services = await createServices({
      dataDir,
      analyzer: stubAnalyzer(),
      fileSystem: recordingFileSystem(dataDir, calls),
    });
    calls.length = 0;
    valueOf(await services['settings.set']({ reviewerName: '王审查' }, context));
    expect(calls).toEqual([
      'open .library.json.TMP',
      'sync .library.json.TMP',
      'rename .library.json.TMP -> library.json',
      'open .',
      'sync .',
    ]);
    const [imported] = valueOf(
      await services['library.import']({ files: [fileOf('a.txt', '淮安市|2024|5')], batchId: 'd' }, context),
    );
    calls.length = 0;
    const reportId = imported!.reportId!;
    valueOf(
      await services['review.setStatus'](
        { reportId, findingId: stubFindingId, status: 'confirmed', comment: '' },
        context,
      ),
    );
    expect(calls).toEqual([
      `open reviews/.${reportId}.json.TMP`,
      `sync reviews/.${reportId}.json.TMP`,
      `rename reviews/.${reportId}.json.TMP -> reviews/${reportId}.json`,
      'open reviews',
      'sync reviews',
    ]);
    await services.close();
  });

  it.skipIf(process.platform === 'win32')('keeps files 0600 and folders 0700', async () => {
    const services = await createServices({ dataDir, analyzer: stubAnalyzer() });
    const [imported] = valueOf(
      await services['library.import']({ files: [fileOf('a.txt', '淮安市|2024|5')], batchId: 'p' }, context),
    );
    const reportId = imported!.reportId!;
    valueOf(
      await services['review.setStatus'](
        { reportId, findingId: stubFindingId, status: 'confirmed', comment: '' },
        context,
      ),
    );
    const seen = await modes(dataDir);
    await services.close();
    expect(seen).toEqual({
      '.': '700',
      'library.json': '600',
      'library.lock': '700',
      'library.lock-owner.json': '600',
      originals: '700',
      [`originals/${reportId}`]: '600',
      reports: '700',
      [`reports/${reportId}.json`]: '600',
      reviews: '700',
      [`reviews/${reportId}.json`]: '600',
    });
  });

  it('removes the temp files an interrupted write left, and nothing else', async () => {
    const first = await createServices({ dataDir, analyzer: stubAnalyzer() });
    valueOf(await first['settings.set']({ reviewerName: '王审查' }, context));
    await first.close();
    const leftovers = [
      '.library.json.0123456789ab.tmp',
      '.library.json.tmp',
      'reports/.x.json.0123456789ab.tmp',
    ];
    for (const leftover of leftovers) await writeFile(join(dataDir, leftover), '{"half":');
    await mkdir(join(dataDir, 'notes'));
    await writeFile(join(dataDir, 'notes', '.keep.tmp'), 'not ours');

    const services = await createServices({ dataDir, analyzer: stubAnalyzer() });
    const names = await readdir(dataDir, { recursive: true });
    await services.close();
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual(['notes/.keep.tmp']);
    expect(JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')).settings.reviewerName).toBe(
      '王审查',
    );
  });
});
