// Cells that look alike share one style object before the workbook is written (ExcelJS then registers each
// style once): the file must come out the same, part for part, as without the sharing.
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportReportsXlsx } from '../../../src/main/services/export';
import { batch, generatedAt } from './sample-reports';

const kitPath = '../../../src/main/services/export/xlsx-kit';

/** Every part of the file but the document properties (which hold the time of writing). */
async function parts(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files)
    .filter((name) => !zip.files[name]!.dir && !name.startsWith('docProps/'))
    .sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await zip.file(name)!.async('string')] as const)),
  );
}

afterEach(() => {
  vi.doUnmock(kitPath);
  vi.resetModules();
});

describe('shareStyles', () => {
  it('leaves the exported workbook as it was: the same sheets, cells and styles', async () => {
    // The sample batch twice: flagged, corrected, dismissed, failed and clean reports, and the same styles
    // on many sheets.
    const details = [...batch, ...batch];
    const options = { generatedAt, reviewer: '李科长' };
    const shared = await parts(await exportReportsXlsx(details, options));

    vi.resetModules();
    vi.doMock(kitPath, async (importOriginal) => ({
      ...(await importOriginal<object>()),
      shareStyles: () => undefined,
    }));
    const unsharedExport = (await import('../../../src/main/services/export')).exportReportsXlsx;
    const unshared = await parts(await unsharedExport(details, options));

    expect([...shared.keys()]).toEqual([...unshared.keys()]);
    for (const [name, xml] of unshared) expect(shared.get(name), name).toBe(xml);
    // Styled cells: fills of flagged cells, bold italic corrections, borders, the grey header.
    expect(unshared.get('xl/styles.xml')).toMatch(/<fills count="[4-9]"/);
  });
});
