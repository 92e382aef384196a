// A reviewer's finished work after the findings change under it (a correction, the year before imported):
// the 审查完毕 mark does not cover a finding nobody has seen, a typed comment is not lost with its finding,
// and a finding the correction resolved does not count as a problem in the exports. Real checks, seed 003
// (眉山市经济和信息化局 2020: its （七）总计 row reads 0, so the balance and result sums fail).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import { createInProcessAnalyzer } from '../../../src/main/services/in-process-analyzer';
import type { ReportDetail, ReportId } from '../../../src/shared/ipc-contract';
import { docxText, loadWorkbook, sheetOf } from '../export/read-back';
import { fileOf, makeDataDir, recordingContext, removeDir, seedsDir, valueOf } from './service-test-kit';

const context = recordingContext();
const seed003 = () => readFile(join(seedsDir, '003_ccaddad691bcdd6a.txt'), 'utf8');
/** The same body a year later: the 2021 report with the 2020 report's words and figures. */
const nextYear = (text: string) => text.replaceAll('2021', '2022').replaceAll('2020', '2021');
const naturalBalance = (id: string) => id.startsWith('requests.balance|requests.new.natural');

let dataDir: string;
let services: Services;
beforeEach(async () => {
  dataDir = await makeDataDir();
  services = await createServices({ dataDir, analyzer: createInProcessAnalyzer(1) });
});
afterEach(async () => {
  await services.close();
  await removeDir(dataDir);
});

async function importText(name: string, text: string): Promise<ReportId> {
  const [outcome] = valueOf(
    await services['library.import']({ files: [fileOf(name, text)], batchId: name }, context),
  );
  return outcome!.reportId!;
}
const detailOf = async (reportId: ReportId): Promise<ReportDetail> =>
  valueOf(await services['report.get']({ reportId }, context));

/** Every finding dismissed, then marked 审查完毕. */
async function finishReview(reportId: ReportId): Promise<void> {
  for (const finding of (await detailOf(reportId)).findings)
    valueOf(
      await services['review.setStatus'](
        { reportId, findingId: finding.id, status: 'dismissed', comment: '已核' },
        context,
      ),
    );
  valueOf(await services['review.markReviewed']({ reportId, reviewed: true }, context));
}

describe('the 审查完毕 mark after the findings change', () => {
  it('is withdrawn when the year before, imported later, raises a cross-year finding nobody decided', async () => {
    const text = await seed003();
    const later = await importText('2021.txt', nextYear(text));
    await finishReview(later);
    expect((await detailOf(later)).summary.completed).not.toBeNull();

    // 2020 carries 2 requests forward; the 2021 report carries none over.
    await importText(
      '2020.txt',
      text.replace(/四、结转下年度继续办理 \|\n0 \|/, '四、结转下年度继续办理 |\n2 |'),
    );
    const detail = await detailOf(later);
    expect(
      detail.findings.filter((finding) => finding.rule === 'crossYear.carryOver' && finding.review === null),
    ).not.toEqual([]);
    expect(detail.summary.completed).toBeNull();
    const notices = valueOf(
      await services['export.notices'](
        { reportIds: [later], cleanReports: 'skip', packaging: 'folder', exportId: 'n' },
        context,
      ),
    );
    expect(notices).toMatchObject({ notices: 1, drafts: 1, skipped: 0 });
  });

  it('is withdrawn when a correction raises a finding, from the year after too; kept when it only resolves findings', async () => {
    const text = await seed003();
    const earlier = await importText('2020.txt', text);
    const later = await importText('2021.txt', nextYear(text));
    await finishReview(earlier);
    await finishReview(later);

    // （七）总计 自然人 read right: its 总计 column now disagrees with it, a new finding, so the mark goes.
    valueOf(
      await services['review.correctCell'](
        { reportId: earlier, cellId: 'requests.total.natural', value: 1 },
        context,
      ),
    );
    expect((await detailOf(earlier)).summary.completed).toBeNull();
    await finishReview(earlier);
    // Its 总计 read right too: findings are only resolved, nothing new fires, the mark stays.
    valueOf(
      await services['review.correctCell'](
        { reportId: earlier, cellId: 'requests.total.total', value: 1 },
        context,
      ),
    );
    expect((await detailOf(earlier)).summary.completed).not.toBeNull();
    expect((await detailOf(later)).summary.completed).not.toBeNull();

    // 2 carried forward: the balance of 2020 fails anew, and 2021 no longer carries over what 2020 carried forward.
    valueOf(
      await services['review.correctCell'](
        { reportId: earlier, cellId: 'requests.carriedForward.natural', value: 2 },
        context,
      ),
    );
    expect((await detailOf(earlier)).summary.completed).toBeNull();
    const next = await detailOf(later);
    expect(
      next.findings.some((finding) => finding.rule === 'crossYear.carryOver' && finding.review === null),
    ).toBe(true);
    expect(next.summary.completed).toBeNull();
    // And after a restart.
    await services.close();
    services = await createServices({ dataDir, analyzer: createInProcessAnalyzer(1) });
    const listed = valueOf(await services['library.list']({}, context));
    expect(listed.filter((report) => report.completed !== null)).toEqual([]);
  });

  it('is withdrawn when the same text, imported again to replace it, reads differently and raises a finding nobody decided', async () => {
    const text = await seed003();
    const reportId = await importText('a.txt', text);
    await finishReview(reportId);
    // The same words, two figures of a row in one cell: the same text to the hash, another reading of the table.
    const again = text.replace('(一)予以公开 |\n1 |\n0 |', '(一)予以公开 |\n1 0 |');
    const [asked] = valueOf(
      await services['library.import'](
        { files: [{ ...fileOf('b.txt', again), sameReport: 'ask' }], batchId: 'b' },
        context,
      ),
    );
    expect(asked!.sameAs?.sameText).toBe(true);
    const replaced = valueOf(
      await services['library.resolveImport']({ reportId: asked!.reportId!, choice: 'replace' }, context),
    );
    const detail = await detailOf(replaced.reportId!);
    expect(detail.findings.filter((finding) => finding.review === null && !finding.resolved)).not.toEqual([]);
    expect(detail.summary.completed).toBeNull();
  });

  it('is withdrawn when a report repaired by its file has its findings back without the corrections that resolved them', async () => {
    const text = await seed003();
    const reportId = await importText('2020.txt', text);
    // （七）总计 read right: the sums hold, their findings are resolved and gone.
    for (const cellId of ['requests.total.natural', 'requests.total.total'])
      valueOf(await services['review.correctCell']({ reportId, cellId, value: 1 }, context));
    await finishReview(reportId);
    await services.close();
    await writeFile(join(dataDir, 'reports', `${reportId}.json`), '{"version":1');
    services = await createServices({ dataDir, analyzer: createInProcessAnalyzer(1) });

    const [repaired] = valueOf(
      await services['library.import']({ files: [fileOf('2020.txt', text)], batchId: 'again' }, context),
    );
    expect(repaired!.notice).toMatch(/“审查完毕”标记已撤销/);
    const detail = await detailOf(reportId);
    expect(detail.findings.some((finding) => naturalBalance(finding.id) && finding.review === null)).toBe(
      true,
    );
    expect(detail.summary.completed).toBeNull();
  });

  it('is withdrawn when the year before, repaired by its file, raises a cross-year finding nobody decided', async () => {
    const text = await seed003();
    const earlierText = text.replace(/四、结转下年度继续办理 \|\n0 \|/, '四、结转下年度继续办理 |\n2 |');
    const earlier = await importText('2020.txt', earlierText);
    const later = await importText('2021.txt', nextYear(text));
    // The year before's data file is damaged: while it cannot be read, nothing is checked against it.
    await services.close();
    await writeFile(join(dataDir, 'reports', `${earlier}.json`), '{"version":1');
    services = await createServices({ dataDir, analyzer: createInProcessAnalyzer(1) });
    expect((await detailOf(earlier)).summary.error).not.toBeNull();
    await finishReview(later);
    expect((await detailOf(later)).summary.completed).not.toBeNull();

    // Its file dropped again repairs it, and 2021 no longer carries over what 2020 carried forward.
    const [repaired] = valueOf(
      await services['library.import'](
        { files: [fileOf('2020.txt', earlierText)], batchId: 'again' },
        context,
      ),
    );
    expect(repaired!.notice).toMatch(/已修复/);
    const detail = await detailOf(later);
    expect(
      detail.findings.some((finding) => finding.rule === 'crossYear.carryOver' && finding.review === null),
    ).toBe(true);
    expect(detail.summary.completed).toBeNull();
  });
});

it('keeps a comment typed on a finding that a correction resolves, with the finding listed as resolved', async () => {
  const reportId = await importText('2020.txt', await seed003());
  const finding = (await detailOf(reportId)).findings.find((candidate) => naturalBalance(candidate.id))!;
  valueOf(
    await services['review.saveDraft'](
      { reportId, findingId: finding.id, text: '经电话核实，原件为 1' },
      context,
    ),
  );

  const detail = valueOf(
    await services['review.correctCell']({ reportId, cellId: 'requests.total.natural', value: 1 }, context),
  );
  const kept = detail.findings.find((candidate) => candidate.id === finding.id);
  expect(kept?.resolved).toBe(true);
  expect(kept?.draft?.text).toBe('经电话核实，原件为 1');
});

it('does not count a confirmed finding that a correction resolved as a problem in the Word, Excel and Markdown exports', async () => {
  const reportId = await importText('2020.txt', await seed003());
  for (const finding of (await detailOf(reportId)).findings) {
    const confirmed = naturalBalance(finding.id);
    valueOf(
      await services['review.setStatus'](
        {
          reportId,
          findingId: finding.id,
          status: confirmed ? 'confirmed' : 'dismissed',
          comment: confirmed ? '确认' : '不是问题',
        },
        context,
      ),
    );
  }
  // The （七）总计 cells were misread: corrected, no check fails any more.
  valueOf(
    await services['review.correctCell']({ reportId, cellId: 'requests.total.natural', value: 1 }, context),
  );
  valueOf(
    await services['review.correctCell']({ reportId, cellId: 'requests.total.total', value: 1 }, context),
  );
  valueOf(await services['review.markReviewed']({ reportId, reviewed: true }, context));
  const detail = await detailOf(reportId);
  expect(
    detail.findings.filter((finding) => finding.resolved && finding.review?.status === 'confirmed'),
  ).toHaveLength(1);
  expect(detail.findings.filter((finding) => !finding.resolved).map((finding) => finding.severity)).toEqual([
    'info',
  ]);

  // With a second report, as a batch: the overview gives each report its verdict and counts.
  const other = await importText(
    '000.txt',
    await readFile(join(seedsDir, '000_c2173b29a2f695bc.txt'), 'utf8'),
  );
  const exported = async (format: 'md' | 'docx' | 'xlsx') =>
    Buffer.from(
      valueOf(
        await services['export.reports'](
          { reportIds: [reportId, other], format, dismissed: 'separate', exportId: format },
          context,
        ),
      ).base64,
      'base64',
    );
  const markdown = (await exported('md')).toString('utf8');
  const { text } = await docxText(await exported('docx'));
  const totals = '共发现问题 1 项，其中错误 0 项、警告 0 项、提示 1 项；经复核确认问题 0 项';
  expect(markdown).toContain(totals);
  expect(text).toContain(totals);
  expect(text).toContain('审查情况：发现问题 1 项（提示 1）：确认问题 0 项');
  // The overview counts open findings by severity, as the library does: the info finding judged 不是问题 is
  // counted there only.
  expect(markdown.split('\n').find((line) => line.includes('| 眉山市经济和信息化局 |'))).toMatch(
    /\| 0 \| 0 \| 0 \| 0 \| 1 \| 0 \| 0 \| 经复核无问题 \|$/,
  );
  const overview = sheetOf(await loadWorkbook(await exported('xlsx')), '汇总');
  const header = (overview.getRow(1).values as unknown[]).slice(1);
  const rows = [2, 3].map((number) => (overview.getRow(number).values as unknown[]).slice(1));
  const row = rows.find((values) => values[header.indexOf('单位')] === '眉山市经济和信息化局')!;
  const column = (name: string) => row[header.indexOf(name)];
  expect([column('错误'), column('警告'), column('提示'), column('确认问题'), column('不是问题')]).toEqual([
    0, 0, 0, 0, 1,
  ]);
  // The resolved finding is still listed, with its decision and its mark.
  expect(markdown).toContain('已消除');
});

describe('a finding a correction narrows (one of its cells read right, the others still wrong)', () => {
  // 规章 of table 二 left blank in two of its three cells: one 漏填 finding over both.
  const twoBlank = (text: string) => text.replace('规章 |\n0 |\n0 |\n0 |', '规章 |\n- |\n- |\n0 |');
  const blankRow = (detail: ReportDetail) =>
    detail.findings.filter(
      (finding) => finding.rule === 'cells.blank' && finding.cells[0]?.startsWith('active.rules'),
    );

  it('keeps the decision, the comment and the 审查完毕 mark on what remains, not listed again as resolved', async () => {
    const reportId = await importText('2020.txt', twoBlank(await seed003()));
    const [finding] = blankRow(await detailOf(reportId));
    expect(finding?.cells).toHaveLength(2);
    await finishReview(reportId);
    valueOf(
      await services['review.setStatus'](
        { reportId, findingId: finding!.id, status: 'confirmed', comment: '规章两项漏填，请补正' },
        context,
      ),
    );
    valueOf(
      await services['review.saveDraft']({ reportId, findingId: finding!.id, text: '已电话告知' }, context),
    );
    valueOf(await services['review.markReviewed']({ reportId, reviewed: true }, context));

    // The first blank cell was misread: it reads 0 in the original.
    valueOf(
      await services['review.correctCell']({ reportId, cellId: finding!.cells[0]!, value: 0 }, context),
    );
    const detail = await detailOf(reportId);
    const [narrowed] = blankRow(detail);
    expect(narrowed?.cells).toEqual([finding!.cells[1]]);
    expect(narrowed?.resolved).toBeUndefined();
    expect(narrowed?.review).toMatchObject({ status: 'confirmed', comment: '规章两项漏填，请补正' });
    expect(narrowed?.draft?.text).toBe('已电话告知');
    expect(detail.findings.filter((candidate) => candidate.id === finding!.id)).toEqual([]);
    expect(detail.summary.completed).not.toBeNull();

    // Undone, the finding is whole again with its decision, and the narrowed one is not listed beside it.
    valueOf(
      await services['review.correctCell']({ reportId, cellId: finding!.cells[0]!, value: null }, context),
    );
    const undone = blankRow(await detailOf(reportId));
    expect(undone.map((candidate) => [candidate.id, candidate.review?.status, candidate.resolved])).toEqual([
      [finding!.id, 'confirmed', undefined],
    ]);
  });

  it('gives the finding set back whole the decision taken on it while narrowed, not the older one', async () => {
    // A clock that moves: each decision is later than the one before.
    let tick = 0;
    await services.close();
    services = await createServices({
      dataDir,
      analyzer: createInProcessAnalyzer(1),
      now: () => new Date(Date.UTC(2026, 0, 5) + 60_000 * tick++),
    });
    const reportId = await importText('2020.txt', twoBlank(await seed003()));
    const [finding] = blankRow(await detailOf(reportId));
    await finishReview(reportId);
    valueOf(
      await services['review.saveDraft']({ reportId, findingId: finding!.id, text: '待核实' }, context),
    );
    valueOf(
      await services['review.correctCell']({ reportId, cellId: finding!.cells[0]!, value: 0 }, context),
    );
    const [narrowed] = blankRow(await detailOf(reportId));
    valueOf(
      await services['review.setStatus'](
        { reportId, findingId: narrowed!.id, status: 'confirmed', comment: '第二项确为漏填' },
        context,
      ),
    );
    valueOf(await services['review.markReviewed']({ reportId, reviewed: true }, context));

    valueOf(
      await services['review.correctCell']({ reportId, cellId: finding!.cells[0]!, value: null }, context),
    );
    const detail = await detailOf(reportId);
    const [whole] = blankRow(detail);
    expect(whole?.id).toBe(finding!.id);
    expect(whole?.review).toMatchObject({ status: 'confirmed', comment: '第二项确为漏填' });
    expect(whole?.draft).toBeUndefined();
    expect(detail.summary.completed).not.toBeNull();
  });
});
