// summary.region: the region at a glance (汇总) over the chosen reports; summary.export: the same as a Word
// or Excel summary with its charts; summary.chart: one chart as PNG. Reading only.
import type { ExportedFile, ReportId, Result, SummaryChart, SummaryFormat } from '../../shared/ipc-contract';
import type { RegionSummary } from '../../shared/summary';
import { regionSummary } from '../domain/summary/region-summary';
import { ruleLabel } from './export/labels';
import { localDate } from './export/report-view';
import { loadDetails } from './load-details';
import { messages } from './messages';
import { fail, ok } from './result';
import type { HandlerContext } from './service-handlers';
import type { ServiceContext } from './service-context';
import { officeProfile } from './settings-service';

async function summarise(
  context: ServiceContext,
  reportIds: ReportId[],
  onProgress?: (done: number, total: number) => void,
): Promise<Result<RegionSummary>> {
  const loaded = await loadDetails(context, reportIds, onProgress);
  if (!loaded.ok) return loaded;
  const { rubric } = await officeProfile(context);
  return ok(regionSummary(loaded.value, rubric, ruleLabel));
}

export async function getRegionSummary(
  context: ServiceContext,
  { reportIds }: { reportIds: ReportId[] },
): Promise<Result<RegionSummary>> {
  return summarise(context, reportIds);
}

export async function exportRegionSummary(
  context: ServiceContext,
  { reportIds, format, exportId }: { reportIds: ReportId[]; format: SummaryFormat; exportId: string },
  { emit }: HandlerContext,
): Promise<Result<ExportedFile>> {
  const total = reportIds.length;
  const result = await summarise(context, reportIds, (done) =>
    emit('export.progress', { exportId, done, total, stage: 'loading' }),
  );
  if (!result.ok) return result;
  const summary = result.value;
  if (summary.scope.reports === 0) return fail('invalid_request', messages.nothingToSummarise);
  emit('export.progress', { exportId, done: total, total, stage: 'writing' });
  const { office } = await officeProfile(context);
  const generatedAt = context.now();
  try {
    const writer = await import('./export/summary-export');
    const bytes = await (format === 'docx' ? writer.writeSummaryDocx : writer.writeSummaryXlsx)(summary, {
      office,
      generatedAt,
    });
    return ok({
      fileName: messages.summaryFileName(localDate(generatedAt), format),
      base64: bytes.toString('base64'),
      unreviewed: summary.scope.unreviewed,
    });
  } catch (error) {
    console.error('[export] summary failed', error);
    return fail('export_failed', messages.summaryFailed(format === 'docx' ? 'Word' : 'Excel'));
  }
}

export async function exportSummaryChart(
  context: ServiceContext,
  { reportIds, chart, trendOf }: { reportIds: ReportId[]; chart: SummaryChart; trendOf?: string },
): Promise<Result<ExportedFile>> {
  const result = await summarise(context, reportIds);
  if (!result.ok) return result;
  const { buildChart, parseSubject } = await import('../../shared/charts/index');
  const spec = buildChart(chart, result.value, { trend: parseSubject(trendOf) });
  if (spec.empty) return fail('invalid_request', messages.chartEmpty);
  const { renderChartPng } = await import('./export/chart-png');
  const { png } = renderChartPng(spec, { withTitle: true });
  return ok({
    fileName: messages.chartFileName(spec.title.replace(/[\\/:*?"<>|：]/g, '_'), localDate(context.now())),
    base64: png.toString('base64'),
    unreviewed: result.value.scope.unreviewed,
  });
}
