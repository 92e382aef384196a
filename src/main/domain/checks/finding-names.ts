// The name of each kind of finding, as a reviewer reads it in the review screen and in every export
// (rule ids never reach users). Data only, without imports: the renderer reads it as well.
// By rule, and where one rule raises findings of different kinds, by the discriminator that ends the
// finding's id ("publication.deadline|noDate"): the name says what happened.
const FINDING_NAMES: Record<string, string> = {
  'requests.balance': '表三总量不平衡',
  'requests.rowSum': '表三行合计不符',
  'requests.resultSum': '表三办理结果合计不符',
  'appeals.groupSum': '表四合计不符',
  'values.valid': '数值不合规',
  'cells.blank': '漏填',
  'structure.sections': '缺少章节',
  'structure.tables': '缺少表格',
  'structure.row': '表格缺行',
  'structure.column': '表格缺列',
  'structure.rows': '表格行未按格式细分',
  'structure.unplaced': '数字无法对应到单元格',
  'structure.inferred': '数值由勾稽关系推断',
  'cells.inferred': '数值由勾稽关系推断',
  'cells.unreadable': '单元格无法识别',
  'ocr.uncertain': '识别存疑',
  'agency.place': '单位名称中的地名疑似有误',
  'format.version': '格式版本与年度不符',
  'text.vsTable': '正文与表格不一致',
  'text.year': '年份不一致',
  'text.feeStatement': '未说明信息处理费',
  'publication.deadline': '公布逾期',
  'crossYear.carryOver': '与上年结转不衔接',
  'crossYear.prevItems': '与上年项目数量不衔接',
  'crossYear.inForce': '现行有效件数需说明',
  'crossYear.copied': '与上年内容雷同',
  'reviewer.note': '审查人添加',
};
const KIND_NAMES: Record<string, string> = {
  'publication.deadline|noDate': '未找到报告日期',
  'publication.deadline|maybeLate': '可能逾期（视报告主体而定）',
  'format.version|old': '使用旧版格式',
  'format.version|new': '格式与年度不符',
  'format.version|unsupported': '2018年及以前的报告不予核验',
  'structure.sections|none': '未识别出章节标题',
  'structure.sections|untitled5': '第五部分未见标题',
  'text.year|period': '统计期限与报告年度不符',
  'text.year|thisYear': '“本年度”写作其他年份',
  'text.year|section1': '总体情况讲述其他年份',
  'text.year|stray': '正文残留其他年份',
  'text.vsTable|completed': '“全部办结”与表格不符',
  'requests.balance|unverifiable': '表三总量平衡无法核验',
  'requests.rowSum|unverifiable': '表三行合计无法核验',
  'requests.resultSum|unverifiable': '表三办理结果合计无法核验',
  'appeals.groupSum|unverifiable': '表四合计无法核验',
  'crossYear.carryOver|unverifiable': '与上年结转的衔接无法核验',
  'crossYear.prevItems|unverifiable': '与上年项目数量的衔接无法核验',
};
const FAMILY_NAMES: Record<string, string> = {
  structure: '结构不完整',
  requests: '表三勾稽关系',
  appeals: '表四勾稽关系',
  text: '正文问题',
  crossYear: '跨年度比对',
  reviewer: '审查人添加',
};

/** The finding's name for a reader, e.g. "未找到报告日期", "表三总量平衡无法核验"; never an internal id. */
export function findingName(finding: { id: string; rule: string; severity?: string }): string {
  const { rule } = finding;
  // The fee statement written elsewhere than section 六 is the rule's note-level finding.
  if (rule === 'text.feeStatement' && finding.severity === 'info') return '信息处理费未写在第六部分';
  const discriminator = finding.id.split('|').at(-1)!; // split gives at least one part
  const kind = Object.keys(KIND_NAMES).find(
    (key) => key.startsWith(`${rule}|`) && discriminator.startsWith(key.slice(rule.length + 1)),
  );
  if (kind) return KIND_NAMES[kind] as string;
  return FINDING_NAMES[rule] ?? FAMILY_NAMES[rule.split('.')[0]!] ?? '其他问题';
}
