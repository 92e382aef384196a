// Chinese wording of the exports: one catalog, so that the Word and Excel files say the same thing.
import type { FindingState } from '../../../shared/review-state';
import type { Severity, TemplateVersion } from '../../../shared/report';
import { findingName } from '../../domain/checks/messages';

export const documentTitle = '政府信息公开工作年度报告审查意见';

export const severityLabels: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const severityOrder: Severity[] = ['error', 'warning', 'info'];

/** 未处理: nobody has touched the finding; 待复核: a reviewer chose to look at it again later. */
export const stateLabels: Record<FindingState, string> = {
  unreviewed: '未处理',
  pending: '待复核',
  confirmed: '确认问题',
  dismissed: '不是问题',
};

export const reviewerAddedMark = '（审查人添加）';
/** A finding the checks no longer raise: a cell corrected, another file of the report, the year before changed. */
export const resolvedMark = '（该问题已消除）';
export const resolvedLegend = '单元格数值更正、换用报告的其他文件或相关年度的报告变动后，检查不再发现该问题，保留审查结论备查';

/** RGB hex (no '#') shared by both formats: text colour and a light fill for each severity. */
export const severityColors: Record<Severity, { text: string; fill: string }> = {
  error: { text: 'C00000', fill: 'F8CBAD' },
  warning: { text: 'B26B00', fill: 'FFE699' },
  info: { text: '1F5FA8', fill: 'BDD7EE' },
};
export const dismissedColor = { text: '808080', fill: 'EDEDED' };
export const correctedColor = { fill: 'E2EFDA' };

/** The wording of a report's section, the same in the Word and Markdown exports. */
export const sectionText = {
  findings: '发现的问题',
  noFindings: (checkedAny: boolean) => (checkedAny ? '经复核，检查发现的问题均不成立。' : '未发现问题。'),
  dismissed: '经复核认定不是问题的条目',
  dismissedHeaders: ['序号', '严重程度', '规则', '问题说明', '涉及单元格', '认定理由', '审查人/时间'],
  noReason: '（未填写理由）',
  omitted: (count: number) => `另有 ${count} 项经复核认定不是问题，按导出设置未列出。`,
  corrections: '单元格更正记录',
  correctionHeaders: ['单元格', '原值', '更正值', '更正人', '时间'],
  noCorrections: '无更正。',
  failedIntro: '以下文件未能读取表格，未作审查，请核对原件后重新导入：',
};

export function templateLabel(template: TemplateVersion | null): string {
  return template ? `${template} 版` : '未识别';
}

/** A rule's name in a reviewer's words (never the rule id), for lists by rule. */
export const ruleLabel = (rule: string): string => findingName({ id: rule, rule });

/** One finding's name, saying what happened ("未找到报告日期", not just the rule's "公布逾期"). */
export const findingLabel = (finding: { id: string; rule: string; severity?: string }): string => findingName(finding);

export const summaryHeaders = [
  '文件',
  '单位',
  '年度',
  '格式',
  '日期',
  '错误',
  '警告',
  '提示',
  '确认问题',
  '不是问题',
  '待复核',
  '未处理',
  '审查状态',
  '导入失败原因',
  '报告表',
  'SHA-256',
];
export const findingHeaders = [
  '单位',
  '年度',
  '文件',
  '严重程度',
  '规则',
  '规则编号',
  '问题说明',
  '计算',
  '涉及单元格',
  '摘录',
  '依据',
  '审查结论',
  '审查意见',
  '审查人',
  '时间',
  '来源',
];
export const correctionHeaders = [
  '单位',
  '年度',
  '文件',
  '单元格',
  '单元格编号',
  '原值',
  '更正值',
  '更正人',
  '时间',
];

export const sourceLabels = { check: '检查发现', reviewer: '审查人添加', correction: '审查人更正' };
