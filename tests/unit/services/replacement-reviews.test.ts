// What a reviewer did on a report stays with it when a re-published file replaces it: decisions follow the
// sentence they were about, decided findings that no longer arise stay listed as 已消除, drafts on the
// reviewer's own findings are kept, and the reviewer's excerpts are found again in the new file. A draft
// is not lost to a decision saved with another text; a report deleted and imported again starts afresh.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/main/services/analyze-file';
import type { AnalyzerPool } from '../../../src/main/services/analyzer-pool';
import { createServices, type Services } from '../../../src/main/services/create-services';
import type { ImportFile, ReportId } from '../../../src/shared/ipc-contract';
import type { Finding } from '../../../src/shared/report';
import { fileOf, makeDataDir, recordingContext, removeDir, valueOf } from './service-test-kit';

const context = recordingContext();

/**
 * Reads a file of lines: the text of the report, one sentence a line. A sentence opening with a year
 * before 2024 is raised as a stray-year finding, numbered in order as the real rule numbers them.
 */
function sentenceAnalyzer(): AnalyzerPool {
  return {
    size: 1,
    async analyze(_fileName, bytes): Promise<Analysis> {
      const sentences = Buffer.from(bytes).toString('utf8').split('\n');
      let start = 0;
      const lines = sentences.map((text) => {
        const source = { kind: 'text' as const, start, end: start + text.length };
        start += text.length + 1;
        return { cells: [{ text, source }] };
      });
      const strays = lines.filter((line) => /^20(1\d|2[0-3])年/.test(line.cells[0]!.text));
      const findings: Finding[] = strays.map((line, index) => ({
        id: `text.year|stray:${index + 1}`,
        rule: 'text.year',
        severity: 'warning',
        message: '正文写的是往年的事',
        cells: [],
        excerpt: line.cells[0]!.text,
        excerptSource: line.cells[0]!.source,
      }));
      const text = sentences.join('\n');
      const report = {
        format: 'txt' as const,
        agency: '淮安市洪泽区人民政府',
        year: 2024,
        template: '2021' as const,
        date: '2025-01-20',
        title: '淮安市洪泽区人民政府2024年政府信息公开工作年度报告',
        cells: {},
        extraRows: [],
        sections: [],
        text,
        findings: [],
      };
      return { ok: true, document: { format: 'txt', lines }, report, findings };
    },
    close: async () => undefined,
  };
}

const opening = '2024年，本机关认真贯彻落实《政府信息公开条例》。';
const training = '2023年，我局组织政务公开业务培训2次。';
const checking = '2022年，我局开展网站内容检查3次。';

let dataDir: string;
let services: Services;
beforeEach(async () => {
  dataDir = await makeDataDir();
  services = await createServices({ dataDir, analyzer: sentenceAnalyzer() });
});
afterEach(async () => {
  await services.close();
  await removeDir(dataDir);
});

describe('a report replaced by a re-published file', () => {
  const importOne = async (file: ImportFile): Promise<ReportId> => {
    const [outcome] = valueOf(
      await services['library.import']({ files: [file], batchId: file.name }, context),
    );
    return outcome!.reportId!;
  };
  const replaceWith = (name: string, lines: string[]) =>
    importOne({ ...fileOf(name, lines.join('\n')), sameReport: 'replace' });
  const findingsOf = async (reportId: ReportId) =>
    valueOf(await services['report.get']({ reportId }, context)).findings;
  const decide = async (
    reportId: ReportId,
    findingId: string,
    status: 'confirmed' | 'dismissed',
    comment: string,
  ) => valueOf(await services['review.setStatus']({ reportId, findingId, status, comment }, context));

  it('keeps each decision with the sentence it was about when the findings are numbered anew', async () => {
    const first = await importOne(fileOf('v1.txt', [opening, training, checking].join('\n')));
    await decide(first, 'text.year|stray:1', 'dismissed', '培训一句是本年度的事');
    await decide(first, 'text.year|stray:2', 'confirmed', '检查一句照抄上年报告');

    // The re-published file drops the training sentence: the checking sentence is now the first stray one.
    const second = await replaceWith('v2.txt', [opening, checking]);
    const findings = await findingsOf(second);
    const open = findings.filter((finding) => !finding.resolved);
    expect(open.map((finding) => [finding.excerpt, finding.review?.status, finding.review?.comment])).toEqual(
      [[checking, 'confirmed', '检查一句照抄上年报告']],
    );
    // The decision on the sentence that is gone stays listed, 已消除.
    const gone = findings.filter((finding) => finding.resolved);
    expect(gone.map((finding) => [finding.excerpt, finding.review?.status, finding.review?.comment])).toEqual(
      [[training, 'dismissed', '培训一句是本年度的事']],
    );
    const [listed] = valueOf(await services['library.list']({}, context));
    expect([listed?.total, listed?.reviewed]).toEqual([1, 1]);
  });

  it('keeps a decided finding that no longer arises as 已消除, through later replacements too', async () => {
    const first = await importOne(fileOf('v1.txt', [opening, training].join('\n')));
    await decide(first, 'text.year|stray:1', 'confirmed', '已责令整改');
    const kept = async (reportId: ReportId) =>
      (await findingsOf(reportId)).map((finding) => [finding.resolved, finding.review?.comment]);
    const second = await replaceWith('v2.txt', [opening, '2024年，我局组织政务公开业务培训2次。']);
    expect(await kept(second)).toEqual([[true, '已责令整改']]);
    const third = await replaceWith('v3.txt', [opening, '2024年，我局组织政务公开业务培训3次。']);
    expect(await kept(third)).toEqual([[true, '已责令整改']]);
  });

  it('keeps a decision on a finding that still arises where the re-publication edited its words', async () => {
    const first = await importOne(fileOf('v1.txt', [opening, training].join('\n')));
    await decide(first, 'text.year|stray:1', 'confirmed', '仍写往年的事');
    const second = await replaceWith('v2.txt', [opening, '2023年，我局组织政务公开业务培训3次。']);
    const findings = await findingsOf(second);
    expect(findings.map((finding) => [finding.resolved, finding.review?.comment])).toEqual([
      [undefined, '仍写往年的事'],
    ]);
  });

  it('keeps the decisions when the earlier file’s report data turns out damaged as it is replaced', async () => {
    const first = await importOne(fileOf('v1.txt', [opening, training].join('\n')));
    await decide(first, 'text.year|stray:1', 'confirmed', '重要结论');
    await writeFile(join(dataDir, 'reports', `${first}.json`), '{"version": 1, "id"');
    const second = await replaceWith('v2.txt', [opening, training, '']);
    expect((await findingsOf(second)).map((finding) => finding.review?.comment)).toEqual(['重要结论']);
  });

  it('keeps the drafts on the reviewer’s own findings and finds their excerpts in the new file', async () => {
    const first = await importOne(fileOf('v1.txt', [opening, checking].join('\n')));
    const own = valueOf(
      await services['review.addFinding'](
        { reportId: first, cells: [], message: '未写明培训人次', severity: 'warning', excerpt: opening },
        context,
      ),
    );
    valueOf(
      await services['review.saveDraft'](
        { reportId: first, findingId: own.id, text: '待与办公室核对' },
        context,
      ),
    );

    // The new file has a line before the excerpt: the excerpt now stands on the second line.
    const second = await replaceWith('v2.txt', [
      '淮安市洪泽区人民政府2024年政府信息公开工作年度报告',
      opening,
      checking,
    ]);
    const carried = (await findingsOf(second)).find((finding) => finding.id === own.id);
    expect(carried?.draft?.text).toBe('待与办公室核对');
    const title = '淮安市洪泽区人民政府2024年政府信息公开工作年度报告';
    expect(carried?.excerptSource).toEqual({
      kind: 'text',
      start: title.length + 1,
      end: title.length + 1 + opening.length,
    });
  });
});

describe('a decision saved with a comment', () => {
  it('(a button’s) leaves the typed draft in place', async () => {
    const [outcome] = valueOf(
      await services['library.import'](
        { files: [fileOf('v1.txt', [opening, training].join('\n'))], batchId: 'a' },
        context,
      ),
    );
    const reportId = outcome!.reportId!;
    const findingId = 'text.year|stray:1';
    valueOf(
      await services['review.saveDraft'](
        { reportId, findingId, text: '原件第3页字迹模糊，已去电话核实' },
        context,
      ),
    );
    valueOf(
      await services['review.setStatus'](
        {
          reportId,
          findingId,
          status: 'dismissed',
          comment: '已对照原件核实：识别的数值无误',
          keepDraft: true,
        },
        context,
      ),
    );
    const finding = valueOf(await services['report.get']({ reportId }, context)).findings[0];
    expect(finding?.review?.comment).toBe('已对照原件核实：识别的数值无误');
    expect(finding?.draft?.text).toBe('原件第3页字迹模糊，已去电话核实');
  });

  it('typed (the draft saved a moment before holds less of it) removes the draft', async () => {
    const [outcome] = valueOf(
      await services['library.import'](
        { files: [fileOf('v1.txt', [opening, training].join('\n'))], batchId: 'a' },
        context,
      ),
    );
    const reportId = outcome!.reportId!;
    const findingId = 'text.year|stray:1';
    valueOf(await services['review.saveDraft']({ reportId, findingId, text: '培训一句' }, context));
    const decided = valueOf(
      await services['review.setStatus'](
        { reportId, findingId, status: 'dismissed', comment: '培训一句是本年度的事' },
        context,
      ),
    );
    expect(decided.draft).toBeUndefined();
    expect(valueOf(await services['report.get']({ reportId }, context)).findings[0]?.draft).toBeUndefined();
  });
});

describe('a report deleted and imported again', () => {
  it('starts without the decisions of before, also when the deletion could not remove its review file', async () => {
    const file = fileOf('v1.txt', [opening, training].join('\n'));
    const [first] = valueOf(await services['library.import']({ files: [file], batchId: 'a' }, context));
    const reportId = first!.reportId!;
    valueOf(
      await services['review.setStatus'](
        { reportId, findingId: 'text.year|stray:1', status: 'dismissed', comment: '旧结论：不是问题' },
        context,
      ),
    );
    valueOf(await services['review.markReviewed']({ reportId, reviewed: true }, context));
    const reviewsFile = join(dataDir, 'reviews', `${reportId}.json`);
    const left = await readFile(reviewsFile);
    valueOf(await services['library.delete']({ reportId }, context));
    // What a removal that failed (the file held open elsewhere) leaves behind.
    await writeFile(reviewsFile, left);

    valueOf(await services['library.import']({ files: [file], batchId: 'b' }, context));
    const detail = valueOf(await services['report.get']({ reportId }, context));
    expect(detail.findings.map((finding) => finding.review)).toEqual([null]);
    expect(detail.summary.completed).toBeNull();
    expect(valueOf(await services['library.list']({}, context))[0]?.completed).toBeNull();
  });
});
