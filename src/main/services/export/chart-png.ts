// Charts as PNG in the main process, without a browser: ECharts draws the 汇总's own chart options on a
// @napi-rs/canvas (Skia, prebuilt binaries from npm, fonts from the system). Measured against ECharts'
// SVG output rasterised with @resvg/resvg-js: ~0.1 s a chart here against ~1.1 s there (resvg loads the
// CJK font file again for every image), and Skia measures the text ECharts lays out.
import { createCanvas } from '@napi-rs/canvas';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../../../shared/charts/index';
import { chartFont } from '../../../shared/charts/chart-spec';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, CanvasRenderer]);
// ECharts measures text on a canvas of its own making.
type PlatformCanvas = ReturnType<NonNullable<Parameters<typeof echarts.setPlatformAPI>[0]['createCanvas']>>;
echarts.setPlatformAPI({ createCanvas: () => createCanvas(1, 1) as unknown as PlatformCanvas });

export interface PngOptions {
  widthPx?: number;
  /** Drawn over the chart (a PNG saved on its own carries its title). */
  withTitle?: boolean;
  pixelRatio?: number;
}

export interface ChartPng {
  png: Buffer;
  widthPx: number;
  heightPx: number;
}

export function renderChartPng(
  spec: ChartSpec,
  { widthPx = 880, withTitle = false, pixelRatio = 2 }: PngOptions = {},
): ChartPng {
  const titleRoom = withTitle ? 36 : 0;
  const heightPx = spec.heightPx + titleRoom;
  const canvas = createCanvas(widthPx * pixelRatio, heightPx * pixelRatio);
  const chart = echarts.init(canvas as unknown as Parameters<typeof echarts.init>[0], null, {
    width: widthPx,
    height: heightPx,
    devicePixelRatio: pixelRatio,
  });
  try {
    const { tooltip: _tooltip, ...option } = { ...spec.option, backgroundColor: '#ffffff' };
    const grid = option.grid as { top?: number } | undefined;
    const legend = option.legend as { top?: number } | undefined;
    chart.setOption({
      ...option,
      ...(withTitle
        ? {
            title: {
              text: spec.title,
              left: 'center',
              top: 4,
              textStyle: { fontFamily: chartFont, fontSize: 16, fontWeight: 'bold' },
            },
            grid: { ...grid, top: (grid?.top ?? 16) + titleRoom },
            ...(legend ? { legend: { ...legend, top: (legend.top ?? 0) + titleRoom } } : {}),
          }
        : {}),
    });
    return { png: canvas.toBuffer('image/png'), widthPx, heightPx };
  } finally {
    chart.dispose();
  }
}
