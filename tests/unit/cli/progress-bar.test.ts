// The progress line as a terminal and as a log file see it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgressBar, fitColumns } from '../../../src/cli/progress-bar';

function captureStderr(isTTY: boolean): { written: string[]; restore(): void } {
  const written: string[] = [];
  const previous = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  Object.defineProperty(process.stderr, 'isTTY', { value: isTTY, configurable: true });
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string) => {
    written.push(chunk);
    return true;
  }) as typeof process.stderr.write);
  return {
    written,
    restore() {
      spy.mockRestore();
      if (previous) Object.defineProperty(process.stderr, 'isTTY', previous);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    },
  };
}

describe('progress bar', () => {
  let restore = (): void => undefined;
  afterEach(() => restore());

  it('redraws one line in place on a terminal', () => {
    const stderr = captureStderr(true);
    restore = stderr.restore;
    const bar = createProgressBar('导入');
    bar.update(12, 40, '报告.pdf');
    bar.finish();
    expect(stderr.written[0]).toMatch(/^\r导入 \[█{6}░{14}\] 12\/40 报告\.pdf/);
    expect(stderr.written.at(-1)).toBe('\n');
  });

  it('writes a plain line about every 10% to a log', () => {
    const stderr = captureStderr(false);
    restore = stderr.restore;
    const bar = createProgressBar('导入');
    for (let done = 1; done <= 400; done += 1) bar.update(done, 400, `${done}.pdf`);
    bar.finish();
    expect(stderr.written.length).toBeLessThanOrEqual(11);
    expect(stderr.written.every((line) => !line.includes('\r') && line.endsWith('\n'))).toBe(true);
    expect(stderr.written.at(-1)).toBe('导入 400/400（100%） 400.pdf\n');
  });

  it('cuts a line to the terminal width, counting Chinese characters as two columns', () => {
    expect(fitColumns('abcdef', 10)).toBe('abcdef');
    expect(fitColumns('年报审查台年报审查台', 10)).toBe('年报审查…');
  });
});
