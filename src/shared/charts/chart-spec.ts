// What every chart of the 汇总 is: an ECharts option (the same in the window and in the Word/Excel PNGs),
// its height, and what each bar stands for, so that a click can filter the library.
import type { EChartsOption } from 'echarts';
import type { ReportId } from '../ipc-contract';
import type { BodyRow } from '../summary';

export interface ChartTarget {
  /** What the bar shows ("淮安市洪泽区商务局", "表三总量平衡"), as the library filter names it. */
  label: string;
  reportIds: ReportId[];
}

export interface ChartSpec {
  title: string;
  option: EChartsOption;
  heightPx: number;
  /** By category index (the bar's position on the category axis). */
  targets: ChartTarget[];
  /** Nothing to draw: the view shows a sentence instead. */
  empty: boolean;
}

export interface ChartOptions {
  /** Most bars drawn; the rest are added up into one bar "其余 N 个单位". */
  maxBars?: number;
}

export const chartFont =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

export const baseOption: EChartsOption = {
  animation: false,
  textStyle: { fontFamily: chartFont, fontSize: 12, color: '#333' },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
};

/** Height of a horizontal bar chart with `bars` categories: 26 px a bar plus room for axes and legend. */
export const barChartHeight = (bars: number, extra = 70): number => Math.max(160, bars * 26 + extra);

/** A body's reports of the scope, with their rows added up (several years of one body are one bar). */
export interface BodyGroup {
  label: string;
  rows: BodyRow[];
}

export function groupByBody(rows: BodyRow[]): BodyGroup[] {
  const groups = new Map<string, BodyRow[]>();
  for (const row of rows) groups.set(row.agency, [...(groups.get(row.agency) ?? []), row]);
  return [...groups].map(([label, grouped]) => ({ label, rows: grouped }));
}

/** The largest `maxBars` groups by `size`, the rest added up in one last group. */
export function topGroups<T extends { label: string; reportIds: ReportId[] }>(
  groups: T[],
  size: (group: T) => number,
  maxBars: number,
  merge: (rest: T[]) => T,
): T[] {
  const sorted = [...groups].sort((a, b) => size(b) - size(a) || a.label.localeCompare(b.label, 'zh-CN'));
  if (sorted.length <= maxBars) return sorted;
  return [...sorted.slice(0, maxBars - 1), merge(sorted.slice(maxBars - 1))];
}

export const restLabel = (count: number): string => `其余 ${count} 个单位`;

/**
 * The frame of a horizontal bar chart: a grid whose labels stay inside, a value axis, and the categories
 * down the side, largest first, clickable (a click on a label picks the same as its bar).
 */
export function horizontalBars(
  labels: string[],
  top: number,
  right: number,
  labelWidth = 220,
): EChartsOption {
  return {
    grid: { left: 12, right, top, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      data: labels,
      axisLabel: { width: labelWidth, overflow: 'truncate' },
    },
  };
}
