// An export asked for right after a decision and a correction holds both, though they were still waiting
// their turn to be saved when the export was asked for.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import {
  fileOf,
  makeDataDir,
  recordingContext,
  removeDir,
  stubAnalyzer,
  stubCell,
  stubFindingId,
  valueOf,
} from './service-test-kit';

const context = recordingContext();
let dataDir: string;
let services: Services;
beforeEach(async () => {
  dataDir = await makeDataDir();
  services = await createServices({ dataDir, analyzer: stubAnalyzer() });
});
afterEach(async () => {
  await services.close();
  await removeDir(dataDir);
});

it('holds the decisions and corrections sent before it', async () => {
  const [outcome] = valueOf(
    await services['library.import'](
      { files: [fileOf('a.txt', '淮安市洪泽区人民政府|2024|5')], batchId: 'a' },
      context,
    ),
  );
  const reportId = outcome!.reportId!;
  // Sent one after another without waiting, as quick clicks in the window send them.
  const decision = services['review.setStatus'](
    { reportId, findingId: stubFindingId, status: 'confirmed', comment: '总计列与分项之和不符，已去函' },
    context,
  );
  const correction = services['review.correctCell']({ reportId, cellId: stubCell, value: 7 }, context);
  const exported = services['export.reports'](
    { reportIds: [reportId], format: 'md', dismissed: 'separate', exportId: 'e' },
    context,
  );
  const [, , file] = await Promise.all([decision, correction, exported]);
  const markdown = Buffer.from(valueOf(file).base64, 'base64').toString('utf8');
  expect(markdown).toContain('总计列与分项之和不符，已去函');
  expect(markdown).toMatch(/5\D+7/);
});
