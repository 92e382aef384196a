// Chinese names of the 汇总's figures, shared by the view, its charts, the Word/Excel summaries and the
// cross-body finding, so that all say the same thing.
import type { AppealGroup, RequestFigure, Timeliness } from './summary';

export const requestFigureLabels: Record<RequestFigure, string> = {
  new: '本年新收申请',
  carriedOver: '上年结转',
  granted: '予以公开',
  partial: '部分公开',
  denied: '不予公开',
  unavailable: '无法提供',
  rejected: '不予处理',
  other: '其他处理',
  total: '办理结果总计',
  carriedForward: '结转下年度',
};

export const appealGroupLabels: Record<AppealGroup, string> = {
  review: '行政复议',
  suitDirect: '行政诉讼（未经复议直接起诉）',
  suitAfterReview: '行政诉讼（复议后起诉）',
};

export const appealColumnLabels = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
} as const;

export const timelinessLabels: Record<Timeliness, string> = {
  onTime: '按时发布',
  late: '逾期发布',
  unknown: '日期不明',
};

export const unknownRegion = '未识别地区';
