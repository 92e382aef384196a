// The reviewer's answer to a "same report" question acts on the report the question named, even when another
// file of the same report was imported while the question waited; if the named report is gone by then,
// nothing is replaced unasked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import type { ImportFile, ImportOutcome, ReportId, SameReportChoice } from '../../../src/shared/ipc-contract';
import {
  fileOf,
  makeDataDir,
  recordingContext,
  removeDir,
  stubAnalyzer,
  stubFindingId,
  valueOf,
} from './service-test-kit';

const context = recordingContext();
const body = '淮安市洪泽区人民政府';

describe('answering a "same report" question', () => {
  let dataDir: string;
  let services: Services;
  let minutes = 0;

  const importOne = async (file: ImportFile): Promise<ImportOutcome> =>
    valueOf(await services['library.import']({ files: [file], batchId: file.name }, context))[0]!;
  const answer = async (reportId: ReportId, choice: SameReportChoice) =>
    valueOf(await services['library.resolveImport']({ reportId, choice }, context));
  const listed = async () =>
    valueOf(await services['library.list']({}, context)).map((entry) => entry.fileName);

  /** A is in the library and reviewed; B is asked about, naming A. */
  const askAboutB = async () => {
    const a = await importOne(fileOf('A.txt', `${body}|2024|5`));
    valueOf(
      await services['review.setStatus'](
        { reportId: a.reportId!, findingId: stubFindingId, status: 'confirmed', comment: '属实' },
        context,
      ),
    );
    const b = await importOne({ ...fileOf('B.txt', `${body}|2024|6`), sameReport: 'ask' });
    expect(b).toMatchObject({ status: 'same-report', sameAs: { reportId: a.reportId, fileName: 'A.txt' } });
    return { a: a.reportId!, b: b.reportId! };
  };
  /** C, another file of the same report, imported (as another version) while B's question waits. */
  const importC = async () =>
    (await importOne({ ...fileOf('C.txt', `${body}|2024|7`), sameReport: 'version' })).reportId!;

  beforeEach(async () => {
    dataDir = await makeDataDir();
    minutes = 0;
    // Each import a minute later than the one before: C is the newest file of the report.
    services = await createServices({
      dataDir,
      analyzer: stubAnalyzer(),
      now: () => new Date(Date.UTC(2026, 10, 22, 8, minutes++)),
    });
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  it('replaces the report the question named, not one imported while it waited', async () => {
    const { a, b } = await askAboutB();
    const c = await importC();
    const settled = await answer(b, 'replace');
    expect(settled).toMatchObject({ status: 'imported', reportId: b, replaced: a });
    expect((await listed()).sort()).toEqual(['B.txt', 'C.txt']);
    // A's decision went to B, C is as it was.
    const findingOf = async (reportId: ReportId) =>
      valueOf(await services['report.get']({ reportId }, context)).findings[0]?.review?.comment ?? null;
    expect(await findingOf(b)).toBe('属实');
    expect(await findingOf(c)).toBeNull();
  });

  it('keeps the file as a version of the report the question named', async () => {
    const { a, b } = await askAboutB();
    await importC();
    expect(await answer(b, 'version')).toMatchObject({ status: 'imported', reportId: b });
    const versionOf = valueOf(await services['library.list']({}, context)).find(
      (entry) => entry.id === b,
    )?.versionOf;
    expect(versionOf).toBe(a);
  });

  it.each(['replace', 'version'] as const)(
    'asks again, naming the report still there, when the named one was deleted meanwhile (%s)',
    async (choice) => {
      const { a, b } = await askAboutB();
      const c = await importC();
      valueOf(await services['library.delete']({ reportId: a }, context));
      const again = await answer(b, choice);
      expect(again).toMatchObject({
        status: 'same-report',
        reportId: b,
        sameAs: { reportId: c, fileName: 'C.txt' },
      });
      expect(await listed()).toEqual(['C.txt']);
      // Answered again, the choice acts on C.
      const settled = await answer(b, 'replace');
      expect(settled).toMatchObject({ status: 'imported', replaced: c });
      expect(await listed()).toEqual(['B.txt']);
    },
  );

  it('imports the file as a new report when the named one was deleted and no other is the same report', async () => {
    const { a, b } = await askAboutB();
    valueOf(await services['library.delete']({ reportId: a }, context));
    const settled = await answer(b, 'replace');
    expect(settled).toMatchObject({ status: 'imported', reportId: b });
    expect(settled.replaced).toBeUndefined();
    expect(await listed()).toEqual(['B.txt']);
  });

  it('skips the file when told to, even when the named report was deleted meanwhile', async () => {
    const { a, b } = await askAboutB();
    valueOf(await services['library.delete']({ reportId: a }, context));
    expect(await answer(b, 'skip')).toMatchObject({ status: 'skipped' });
    expect(await listed()).toEqual([]);
  });
});
