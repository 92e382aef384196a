// Runs a service that builds a file (a chart's PNG, the Word/Excel summary) and delivers it: main saved it
// (desktop) or the browser downloads it; the reviewer is told where it went.
import type { ExportedFile, Result } from '../../../shared/ipc-contract';
import { downloadExport } from '../export/save-export';
import { t } from '../i18n/zh-CN';
import type { Notices } from '../common/notice-context';

export async function deliverFile(request: Promise<Result<ExportedFile>>, notices: Notices): Promise<void> {
  const result = await request;
  if (!result.ok) {
    if (result.error.code !== 'cancelled') notices.fail(result.error);
    return;
  }
  const file = result.value;
  if (file.savedTo) {
    notices.info(t.export.savedTo(file.savedTo));
    return;
  }
  try {
    downloadExport(file);
    notices.info(t.export.downloaded(file.fileName));
  } catch (error) {
    console.error('[summary] download failed', error);
    notices.error(t.export.downloadFailed(file.fileName));
  }
}
