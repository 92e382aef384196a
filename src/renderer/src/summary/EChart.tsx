// One ECharts chart drawn from a ChartSpec (the same options the Word/Excel PNGs use). A click on a bar, a
// point or a category label hands back what it stands for; the chart follows its container's width.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartSpec, ChartTarget } from '../../../shared/charts/index';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface EChartProps {
  spec: ChartSpec;
  label: string;
  onPick?: (target: ChartTarget) => void;
}

interface ClickEvent {
  componentType?: string;
  dataIndex?: number;
  value?: unknown;
}

export function EChart({ spec, label, onPick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  const targets = useRef(spec.targets);
  useEffect(() => {
    pick.current = onPick;
    targets.current = spec.targets;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (event: ClickEvent) => {
      // A bar or point carries its index; a category label (triggerEvent) its text.
      const index =
        typeof event.dataIndex === 'number' && event.componentType === 'series'
          ? event.dataIndex
          : targets.current.findIndex((target, position) => {
              const option = chart.getOption() as {
                yAxis?: { data?: unknown[] }[];
                xAxis?: { data?: unknown[] }[];
              };
              const labels = option.yAxis?.[0]?.data ?? option.xAxis?.[0]?.data ?? [];
              return labels[position] === event.value || target.label === event.value;
            });
      const target = targets.current[index];
      if (target) pick.current?.(target);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(spec.option, { notMerge: true });
    chartRef.current?.resize();
  }, [spec]);

  return (
    <div
      ref={ref}
      className="echart"
      role="img"
      aria-label={label}
      style={{ height: spec.heightPx }}
      data-bars={spec.targets.length}
    />
  );
}
