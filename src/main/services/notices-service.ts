// export.notices: one Word notice per report (整改通知书 / 审查意见书) and the batch 通报, as one zip or as
// the files themselves (the desktop app writes them into a folder). Reading only: the library is not changed.
import type { NoticesExported, NoticesRequest, Result } from '../../shared/ipc-contract';
import type { NoticeWriter } from './export/notice-writers';
import { localDate } from './export/report-view';
import { loadDetails } from './load-details';
import { messages } from './messages';
import { fail, ok } from './result';
import type { HandlerContext } from './service-handlers';
import type { ServiceContext } from './service-context';
import { officeProfile } from './settings-service';

export async function exportNotices(
  context: ServiceContext,
  { reportIds, cleanReports, packaging, exportId }: NoticesRequest,
  { emit }: HandlerContext,
  writeNotices?: NoticeWriter,
): Promise<Result<NoticesExported>> {
  if (reportIds.length === 0) return fail('invalid_request', messages.nothingToExport);
  const total = reportIds.length;
  const loaded = await loadDetails(context, reportIds, (done) =>
    emit('export.progress', { exportId, done, total, stage: 'loading' }),
  );
  if (!loaded.ok) return loaded;
  const { office, rubric } = await officeProfile(context);
  const generatedAt = context.now();
  // Loaded on first use: the document writers stay out of startup.
  const { buildNoticeBatch, zipFiles } = await import('./export/notice-batch');
  const folder = messages.noticesFolderName(localDate(generatedAt));
  try {
    const batch = await buildNoticeBatch(loaded.value, {
      office,
      rubric,
      cleanReports,
      generatedAt,
      writeNotices,
      onNotice: (done, count) => emit('export.progress', { exportId, done, total: count, stage: 'writing' }),
    });
    const counts = { notices: batch.notices, drafts: batch.drafts, skipped: batch.skipped };
    if (packaging === 'folder')
      return ok({
        fileName: folder,
        base64: '',
        files: batch.files.map((file) => ({ name: file.name, base64: file.bytes.toString('base64') })),
        ...counts,
      });
    const zip = zipFiles(batch.files, folder);
    return ok({ fileName: `${folder}.zip`, base64: zip.toString('base64'), ...counts });
  } catch (error) {
    console.error('[export] notices failed', error);
    return fail('export_failed', messages.noticesFailed(total));
  }
}
