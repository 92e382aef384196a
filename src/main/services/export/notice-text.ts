// The wording of the notices (整改通知书 / 审查意见书) and of the 通报: one catalog, in the register of an
// official letter. Corrections are phrased per rule; rules without a line fall back to their family.

export const noticeTitles = {
  rectification: '政府信息公开工作年度报告整改通知书',
  opinion: '政府信息公开工作年度报告审查意见书',
};

/** A blank to fill in by hand where the office has not set a value. */
export const blank = '＿＿＿＿＿＿＿＿';

export const noticeText = {
  salutation: (agency: string) => `${agency}：`,
  intro: (office: string, reportTitle: string, published: string) =>
    `根据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式的有关要求，${office}对你单位发布的《${reportTitle}》（发布日期：${published}）进行了审查。`,
  problemsFound: (count: number) => `经审查，发现以下 ${count} 个问题，请予以整改。`,
  noProblem: '经审查，未发现需要整改的问题。请继续严格按照规定格式和时限编制、发布年度报告。',
  noProblemYet: '审查尚未完成，截至目前未确认需要整改的问题。',
  problemsHeading: '一、存在的问题',
  correctionsHeading: '二、整改要求',
  deadlineHeading: '三、整改期限',
  deadline: (date: string, office: string) =>
    `请于${date}前完成整改，并将整改情况（含更正后的年度报告链接）书面报送${office}。`,
  republish: '整改完成后，在原发布位置更新年度报告，或发布更正说明。',
  contact: (name: string, phone: string) => `联系人：${name}\u3000\u3000联系电话：${phone}`,
  place: '涉及：',
  formula: '计算：',
  excerpt: '原文：',
  opinion: '审查意见：',
  draftBanner: (open: number) =>
    `【草稿】该报告尚未复核完毕：另有 ${open} 项检查发现的问题尚待审查人复核，未列入本通知。复核完毕后请重新生成。`,
};

/** What the body must do, by rule id (then by family). */
const correctionsByRule: Record<string, string> = {
  'requests.balance':
    '核对表三各列数据，使“本年新收”与“上年结转”之和等于“办理结果总计”与“结转下年度继续办理”之和。',
  'requests.rowSum': '核对表三各行数据，使“总计”列等于各类申请人数量之和。',
  'requests.resultSum': '核对表三办理结果，使“（七）总计”等于各项办理结果之和。',
  'appeals.groupSum':
    '核对表四数据，使行政复议、行政诉讼各项“总计”等于结果维持、结果纠正、其他结果、尚未审结之和。',
  'values.valid': '更正统计表中不符合要求的数值（件数应为非负整数，金额按规定单位填写）。',
  'cells.blank': '补填统计表中漏填的单元格，没有数据的填“0”。',
  'structure.sections': '按规定格式补齐年度报告的各部分内容（一至六部分）。',
  'format.version':
    '按照国务院办公厅政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）重新编制统计表。',
  'text.vsTable': '核对正文与统计表中的数据，使二者一致。',
  'text.year': '核对报告标题、统计期限和正文中的年份，使其一致。',
  'text.feeStatement': '在“六、其他需要报告的事项”中说明本年度信息处理费的收取情况。',
  'publication.deadline':
    '严格按照《条例》第四十九条规定的时限发布年度报告（部门于每年1月31日前，本级人民政府于3月31日前）。',
  'crossYear.carryOver':
    '核对表三“上年结转”数据，使其与上一年度报告“结转下年度继续办理”一致，或在报告中说明差异原因。',
  'crossYear.prevItems': '核对表二“上一年项目数量”，使其与上一年度报告一致。',
  'crossYear.inForce': '核对表二“现行有效件数”与上一年度数据的衔接，或在报告中说明原因。',
  'crossYear.copied':
    '结合本年度工作实际重新撰写“总体情况”“存在的主要问题及改进情况”，避免照搬上一年度内容。',
  'reviewer.note': '按照上述审查意见逐项核实整改。',
};
const correctionsByFamily: Record<string, string> = {
  structure: '按规定格式补齐统计表中缺少的表格、行或列，并核对各单元格的填写位置。',
  requests: '核对表三数据的勾稽关系并更正。',
  appeals: '核对表四数据的勾稽关系并更正。',
  text: '核对正文内容并更正。',
  crossYear: '核对与上一年度报告的衔接数据并更正，或说明原因。',
};
const fallbackCorrection = '按照上述问题逐项核实整改。';

export function correctionFor(rule: string): string {
  return correctionsByRule[rule] ?? correctionsByFamily[rule.split('.')[0] ?? ''] ?? fallbackCorrection;
}

/** Chinese ordinals for the numbered problems: （一）（二）… */
export function chineseOrdinal(index: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const n = index + 1;
  if (n < 10) return digits[n] ?? String(n);
  if (n < 20) return `十${digits[n - 10]}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${digits[n % 10]}`;
  return String(n);
}

export const bulletinText = {
  title: (years: string) => `关于${years}政府信息公开工作年度报告审查情况的通报`,
  intro: (office: string, bodies: number, years: string, reports: number) =>
    `${office}对 ${bodies} 个单位${years}的 ${reports} 份政府信息公开工作年度报告进行了审查。现将审查情况通报如下：`,
  overviewHeading: '一、总体情况',
  bodiesHeading: '二、各单位问题情况',
  bodiesNote: '按问题严重程度排列：错误多者在前，其次警告、提示；得分低者在前。',
  rankingHeading: '三、评分排名',
  rubricNote: (fullMarks: number, error: number, warning: number, info: number) =>
    `评分办法：满分 ${fullMarks} 分，每个问题按严重程度扣分（错误 ${error} 分、警告 ${warning} 分、提示 ${info} 分，部分规则另有分值），各部分扣分设有上限。标“暂定”的得分含尚待复核的问题，复核后可能变化。`,
  rulesHeading: '四、问题分布',
  unreviewedHeading: '五、尚未复核完毕的报告',
  unreviewedNote: '以下报告仍有检查发现的问题尚待复核，其审查意见书为草稿，问题数和得分为暂定：',
  failedHeading: (number: string) => `${number}、未能审查的报告`,
  failedNote: '以下文件未能读取统计表，未作审查，请核对原件后重新报送或重新导入：',
  none: '无。',
};
