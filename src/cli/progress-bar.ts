// A progress line on stderr: redrawn in place on a terminal; in a log, a plain line about every 10%.
const barWidth = 20;

export interface ProgressBar {
  update(done: number, total: number, detail?: string): void;
  /** Ends the redrawn line, so that what follows starts on a line of its own. */
  finish(): void;
}

// East Asian wide characters take two terminal columns.
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The text cut to `columns` terminal columns, with "…" where it was cut. */
export function fitColumns(text: string, columns: number): string {
  let used = 0;
  let result = '';
  for (const char of text) {
    used += wide.test(char) ? 2 : 1;
    if (used > columns - 1) return `${result}…`;
    result += char;
  }
  return result;
}

export function createProgressBar(label: string): ProgressBar {
  const stream = process.stderr;
  const live = stream.isTTY === true;
  let lastTenth = -1;
  let drawn = false;

  const redraw = (done: number, total: number, detail: string): void => {
    const filled = total > 0 ? Math.round((Math.min(done, total) / total) * barWidth) : barWidth;
    const line = `${label} [${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${done}/${total} ${detail}`;
    // \x1b[K clears what a longer previous line left behind.
    stream.write(`\r${fitColumns(line, (stream.columns || 80) - 1)}\x1b[K`);
    drawn = true;
  };

  const logLine = (done: number, total: number, detail: string): void => {
    const tenth = total > 0 ? Math.floor((done * 10) / total) : 10;
    if (tenth <= lastTenth) return;
    lastTenth = tenth;
    const percent = total > 0 ? Math.round((done * 100) / total) : 100;
    stream.write(`${label} ${done}/${total}（${percent}%）${detail ? ` ${detail}` : ''}\n`);
  };

  return {
    update: (done, total, detail = '') => (live ? redraw(done, total, detail) : logLine(done, total, detail)),
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
