// One notice per report and the 通报 beside them: the files, named by body and year, and their zip.
import { zipSync, type Zippable } from 'fflate';
import type { CleanReportMode, OfficeSettings, ReportDetail } from '../../../shared/ipc-contract';
import type { Rubric } from '../../../shared/scoring';
import { isReportReviewed } from '../../domain/review-outcome';
import { writeBulletin } from './bulletin-docx';
import { noticeProblems } from './notice-docx';
import { writeNoticesHere, type NoticeWriter } from './notice-writers';
import { isFailed, localDate } from './report-view';

export interface NoticeFile {
  name: string;
  bytes: Buffer;
}

export interface NoticeBatch {
  files: NoticeFile[];
  notices: number;
  drafts: number;
  skipped: number;
}

export interface NoticeBatchOptions {
  office: OfficeSettings;
  rubric: Rubric;
  cleanReports: CleanReportMode;
  generatedAt: Date;
  /** Called after each notice written. */
  onNotice?: (done: number, total: number) => void;
  /** Default: on this thread. */
  writeNotices?: NoticeWriter;
}

const forbidden = /[\\/:*?"<>|\p{Cc}]/gu;

/** Makes names safe on every file system and unique without regard to case ("(2)", "(3)" …). */
export function createFileNamer(): (base: string, extension: string) => string {
  const taken = new Set<string>();
  return (base, extension) => {
    const clean =
      [...base.replace(forbidden, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '')]
        .slice(0, 80)
        .join('') || '报告';
    let name = `${clean}.${extension}`;
    for (let copy = 2; taken.has(name.toLowerCase()); copy += 1) name = `${clean}(${copy}).${extension}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

/** "淮安市洪泽区商务局_2024年度_整改通知书", with （草稿） while the review is not finished. */
export function noticeBaseName(detail: ReportDetail): string {
  const { agency, year, fileName } = detail.summary;
  const kind = noticeProblems(detail).length > 0 ? '整改通知书' : '审查意见书';
  const draft = isReportReviewed(detail) ? '' : '（草稿）';
  return `${agency ?? fileName.replace(/\.[^.]+$/, '')}_${year ?? '年度未识别'}年度_${kind}${draft}`;
}

export const bulletinBaseName = (generatedAt: Date): string => `年报审查情况通报_${localDate(generatedAt)}`;

/** A report gets a notice unless it failed, or it has no problem, is reviewed and the user chose none for those. */
function wantsNotice(detail: ReportDetail, mode: CleanReportMode): boolean {
  if (isFailed(detail)) return false;
  if (mode === 'notice') return true;
  return noticeProblems(detail).length > 0 || !isReportReviewed(detail);
}

export async function buildNoticeBatch(
  details: ReportDetail[],
  options: NoticeBatchOptions,
): Promise<NoticeBatch> {
  const nameFile = createFileNamer();
  const bulletinName = nameFile(bulletinBaseName(options.generatedAt), 'docx');
  const chosen = details.filter((detail) => wantsNotice(detail, options.cleanReports));
  const write = options.writeNotices ?? writeNoticesHere;
  const written = await write(chosen, options, (done) => options.onNotice?.(done, chosen.length));
  const files: NoticeFile[] = chosen.map((detail, index) => ({
    name: nameFile(noticeBaseName(detail), 'docx'),
    bytes: written[index] ?? Buffer.alloc(0),
  }));
  files.push({ name: bulletinName, bytes: await writeBulletin(details, options) });
  return {
    files,
    notices: chosen.length,
    drafts: chosen.filter((detail) => !isReportReviewed(detail)).length,
    skipped: details.length - chosen.length,
  };
}

/** The files in one zip; Word files are zips already, so they are stored, not compressed again. */
export function zipFiles(files: NoticeFile[], folder: string): Buffer {
  const entries: Zippable = {};
  for (const file of files) entries[`${folder}/${file.name}`] = [file.bytes, { level: 0 }];
  return Buffer.from(zipSync(entries));
}
