// Files given at launch: from the command line, from a second launch, queued until the app is ready.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createLaunchImports, filesOfSecondLaunch, reportFilesIn } from '../../../src/main/app/launch-files';

describe('reportFilesIn', () => {
  it('keeps the report files, resolved in the launch folder, and skips the executable, the app folder and switches', () => {
    const argv = ['/opt/年报审查台/nianbao', '.', '--no-sandbox', '--inspect=9229', '报告/甲县.PDF', '/data/乙县.docx', 'notes.exe', 'c.md'];
    expect(reportFilesIn(argv, '/home/审查员')).toEqual(['/home/审查员/报告/甲县.PDF', '/data/乙县.docx', '/home/审查员/c.md']);
  });

  it('reads a Windows command line', () => {
    const argv = ['C:\\Program Files\\年报审查台\\年报审查台.exe', 'D:\\年报\\丙县.pdf', '--allow-file-access-from-files'];
    const files = reportFilesIn(argv, 'C:\\Users\\审查员');
    expect(files).toHaveLength(1);
    expect(files[0]).toContain('丙县.pdf');
  });
});

describe('filesOfSecondLaunch', () => {
  it('takes the files the second instance resolved itself', () => {
    expect(filesOfSecondLaunch(['x'], '/elsewhere', { files: ['/a/甲.pdf', '/a/乙.html'] })).toEqual(['/a/甲.pdf', '/a/乙.html']);
  });

  it('drops what is not an absolute report path, and falls back to the command line when the data is malformed', () => {
    expect(filesOfSecondLaunch([], '/', { files: ['relative.pdf', '/a/run.exe', '/a/ok.txt'] })).toEqual(['/a/ok.txt']);
    expect(filesOfSecondLaunch(['app', 'b.pdf'], '/work', { files: [1, 2] })).toEqual(['/work/b.pdf']);
    expect(filesOfSecondLaunch(['app', 'b.pdf'], '/work', null)).toEqual([path.resolve('/work', 'b.pdf')]);
  });
});

describe('createLaunchImports', () => {
  it('holds files until the app is ready, then imports them at once, and later ones straight away', () => {
    const imports = createLaunchImports();
    const importFiles = vi.fn();
    imports.add(['/a.pdf']);
    imports.add([]);
    imports.add(['/b.pdf', '/c.pdf']);
    imports.ready(importFiles);
    expect(importFiles).toHaveBeenCalledExactlyOnceWith(['/a.pdf', '/b.pdf', '/c.pdf']);
    imports.add(['/d.pdf']);
    expect(importFiles).toHaveBeenLastCalledWith(['/d.pdf']);
    imports.add([]);
    expect(importFiles).toHaveBeenCalledTimes(2);
  });

  it('imports nothing when no file came', () => {
    const importFiles = vi.fn();
    createLaunchImports().ready(importFiles);
    expect(importFiles).not.toHaveBeenCalled();
  });
});
