// One notice per report and the 通报, through the services as the app and the CLI call them: the zip is
// opened and every Word file read back.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import type { NoticesExported, ReportDetail, ReportId } from '../../../src/shared/ipc-contract';
import { makeDataDir, recordingContext, removeDir, seedFiles, valueOf } from '../services/service-test-kit';
import { docxText } from './read-back';

const now = new Date(2025, 2, 10, 9, 30);
const office = {
  officeName: '某市政务公开办公室',
  contactName: '王审查',
  contactPhone: '0517-8000 1234',
  deadlineDays: 15,
};
const context = recordingContext();

let dataDir = '';
let services: Services;
const ids = new Map<string, ReportId>();
let meishan: ReportDetail;

async function notices(
  cleanReports: 'notice' | 'skip' = 'notice',
): Promise<{ result: NoticesExported; texts: Map<string, string>; zip: JSZip }> {
  const result = valueOf(
    await services['export.notices'](
      { reportIds: [...ids.values()], cleanReports, packaging: 'zip', exportId: 'n' },
      context,
    ),
  );
  const zip = await JSZip.loadAsync(Buffer.from(result.base64, 'base64'));
  const texts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    texts.set(entry.name, (await docxText(await entry.async('nodebuffer'))).text);
  }
  return { result, texts, zip };
}

const decide = async (
  reportId: ReportId,
  findingId: string,
  status: 'confirmed' | 'dismissed',
  comment = '',
) => valueOf(await services['review.setStatus']({ reportId, findingId, status, comment }, context));

beforeAll(async () => {
  dataDir = await makeDataDir();
  services = await createServices({ dataDir, now: () => now });
  const outcomes = valueOf(
    await services['library.import']({ files: await seedFiles(), batchId: 'seeds' }, context),
  );
  for (const outcome of outcomes) ids.set(outcome.fileName.slice(0, 3), outcome.reportId as ReportId);
  valueOf(await services['office.set']({ office }, context));
  valueOf(await services['settings.set']({ reviewerName: '李审查' }, context));

  // 002: late, confirmed with an opinion.
  const chengbu = valueOf(await services['report.get']({ reportId: ids.get('002')! }, context));
  await decide(ids.get('002')!, chengbu.findings[0]!.id, 'confirmed', '请说明逾期发布的原因');
  // 003: two errors confirmed, one dismissed with a reason, the rest dismissed; a finding of the reviewer's own.
  const found = valueOf(await services['report.get']({ reportId: ids.get('003')! }, context)).findings;
  await decide(ids.get('003')!, found[0]!.id, 'confirmed', '自然人列总计填报错误，请更正');
  await decide(ids.get('003')!, found[1]!.id, 'confirmed');
  await decide(ids.get('003')!, found[2]!.id, 'dismissed', '同一问题已在第一项列出');
  for (const finding of found.slice(3)) await decide(ids.get('003')!, finding.id, 'dismissed');
  valueOf(
    await services['review.addFinding'](
      {
        reportId: ids.get('003')!,
        cells: ['requests.new.total'],
        message: '正文未说明申请办理情况',
        severity: 'warning',
      },
      context,
    ),
  );
  // 001: every finding dismissed — reviewed, nothing to correct. 004 stays undecided.
  for (const finding of valueOf(await services['report.get']({ reportId: ids.get('001')! }, context))
    .findings)
    await decide(ids.get('001')!, finding.id, 'dismissed');
  meishan = valueOf(await services['report.get']({ reportId: ids.get('003')! }, context));
});

afterAll(async () => {
  await services.close();
  await removeDir(dataDir);
});

describe('export.notices', () => {
  it('writes one notice per report named by body and year, and the 通报, in one folder of the zip', async () => {
    const { result, texts } = await notices();
    expect(result).toMatchObject({
      fileName: '年报审查意见_2025-03-10.zip',
      notices: 5,
      drafts: 1,
      skipped: 0,
    });
    expect([...texts.keys()].sort()).toEqual(
      [
        '烟台市芝罘区商务局_2020年度_审查意见书.docx',
        '芝罘区行政审批服务局_2020年度_审查意见书.docx',
        '城步苗族自治县商务局_2019年度_整改通知书.docx',
        '眉山市经济和信息化局_2020年度_整改通知书.docx',
        '老城区商务和工业信息化局_2021年度_审查意见书（草稿）.docx',
        '年报审查情况通报_2025-03-10.docx',
      ]
        .map((name) => `年报审查意见_2025-03-10/${name}`)
        .sort(),
    );
  });

  it('lists the confirmed and reviewer-added problems with cells, numbers and opinions, never the dismissed ones', async () => {
    const { texts } = await notices();
    const text = texts.get('年报审查意见_2025-03-10/眉山市经济和信息化局_2020年度_整改通知书.docx') ?? '';
    const [first, second, dismissed] = meishan.findings;
    expect(text).toContain('政府信息公开工作年度报告整改通知书');
    expect(text).toContain('眉山市经济和信息化局：');
    expect(text).toContain('某市政务公开办公室对你单位发布的');
    expect(text).toContain('经审查，发现以下 3 个问题，请予以整改。');
    expect(text).toContain(`（一）[错误] 表三总量平衡：${first!.message}`);
    expect(text).toContain(`计算：${first!.formula}`);
    expect(text).toContain('涉及：表三 一、本年新收政府信息公开申请数量 · 自然人列');
    expect(text).toContain('审查意见：自然人列总计填报错误，请更正');
    expect(text).toContain(`（二）[错误] 表三总量平衡：${second!.message}`);
    expect(text).toContain('（三）[警告] 审查人意见：正文未说明申请办理情况');
    expect(text).not.toContain(dismissed!.message);
    expect(text).not.toContain('同一问题已在第一项列出');
    // The corrections, the deadline (15 days after the notice), the contact and the signature.
    expect(text).toContain(
      '1. 核对表三各列数据，使“本年新收”与“上年结转”之和等于“办理结果总计”与“结转下年度继续办理”之和。',
    );
    expect(text).toContain('2. 按照上述审查意见逐项核实整改。');
    expect(text).toContain('3. 整改完成后，在原发布位置更新年度报告，或发布更正说明。');
    expect(text).toContain('请于2025年3月25日前完成整改');
    expect(text).toContain('联系人：王审查\u3000\u3000联系电话：0517-8000 1234');
    expect(text).toMatch(/某市政务公开办公室\n2025年3月10日\s*$/);
  });

  it('tells a reviewed report with nothing to correct so, and marks a report still under review as a draft', async () => {
    const { texts } = await notices();
    const clean = texts.get('年报审查意见_2025-03-10/芝罘区行政审批服务局_2020年度_审查意见书.docx') ?? '';
    expect(clean).toContain('政府信息公开工作年度报告审查意见书');
    expect(clean).toContain('经审查，未发现需要整改的问题。');
    expect(clean).not.toContain('整改期限');
    const draft =
      texts.get('年报审查意见_2025-03-10/老城区商务和工业信息化局_2021年度_审查意见书（草稿）.docx') ?? '';
    expect(draft).toMatch(
      /^【草稿】该报告尚未复核完毕：另有 \d+ 项检查发现的问题尚待审查人复核，未列入本通知。/,
    );
    expect(draft).toContain('审查尚未完成，截至目前未确认需要整改的问题。');
    expect(draft).not.toContain('经审查，未发现');
    const late = texts.get('年报审查意见_2025-03-10/城步苗族自治县商务局_2019年度_整改通知书.docx') ?? '';
    expect(late).toContain('审查意见：请说明逾期发布的原因');
    expect(late).toContain('严格按照《条例》第四十九条规定的时限发布年度报告');
  });

  it('leaves out reviewed reports with no problem when asked', async () => {
    const { result, texts } = await notices('skip');
    expect(result).toMatchObject({ notices: 3, skipped: 2 });
    // Reviewed reports with nothing to correct get none; the one still under review keeps its draft.
    expect([...texts.keys()].filter((name) => name.includes('审查意见书'))).toEqual([
      '年报审查意见_2025-03-10/老城区商务和工业信息化局_2021年度_审查意见书（草稿）.docx',
    ]);
  });

  it('writes the 通报: bodies by seriousness with scores, the ranking, the problems by rule with a chart, and what is not reviewed', async () => {
    const { texts, zip } = await notices();
    const text = texts.get('年报审查意见_2025-03-10/年报审查情况通报_2025-03-10.docx') ?? '';
    expect(text).toContain('关于2019—2021年度政府信息公开工作年度报告审查情况的通报');
    expect(text).toContain('本次共审查报告 5 份');
    expect(text).toContain('共确认问题 4 项（错误 3 项、警告 1 项、提示 0 项），涉及报告 2 份');
    // Seriousness: 眉山 (2 errors, 1 warning) before 城步 (1 error); scores 100 − 8 − 2 = 90 and 100 − 5 = 95.
    const order = ['眉山市经济和信息化局', '城步苗族自治县商务局', '烟台市芝罘区商务局'].map((name) =>
      text.indexOf(name),
    );
    expect(
      order.every((position, index) => position >= 0 && (index === 0 || position > order[index - 1]!)),
    ).toBe(true);
    expect(text).toMatch(/眉山市经济和信息化局\n2020\n2\n1\n0\n3\n90\n复核完毕/);
    expect(text).toMatch(/1\n烟台市芝罘区商务局\n2020\n100\n无扣分/);
    expect(text).toMatch(/\d\n眉山市经济和信息化局\n2020\n90\n统计表数据 −8；审查人发现的其他问题 −2/);
    expect(text).toContain('老城区商务和工业信息化局 2021 年度报告：尚有');
    expect(text).toMatch(/表三总量平衡\n2\n0\n1/);
    const pictures = zip.file(/\.docx$/).filter((file) => file.name.includes('通报'));
    const inner = await JSZip.loadAsync(await pictures[0]!.async('nodebuffer'));
    const png = inner.file(/^word\/media\/.*\.png$/);
    expect(png).toHaveLength(1);
    expect((await png[0]!.async('nodebuffer')).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('recomputes the scores when the rubric changes and changes no decision', async () => {
    const before = valueOf(await services['report.get']({ reportId: ids.get('003')! }, context));
    const profile = valueOf(await services['office.get']({}, context));
    valueOf(
      await services['office.set'](
        { rubric: { ...profile.rubric, severityPoints: { error: 10, warning: 3, info: 0 } } },
        context,
      ),
    );
    const { texts } = await notices();
    const text = texts.get('年报审查意见_2025-03-10/年报审查情况通报_2025-03-10.docx') ?? '';
    expect(text).toMatch(/眉山市经济和信息化局\n2020\n77\n统计表数据 −20；审查人发现的其他问题 −3/);
    const after = valueOf(await services['report.get']({ reportId: ids.get('003')! }, context));
    expect(after.findings.map((finding) => finding.review)).toEqual(
      before.findings.map((finding) => finding.review),
    );
    expect(valueOf(await services['office.set']({ rubric: null }, context)).defaultRubric).toBe(true);
  });
});
