// Colours and font families of OFD objects, as CSS for the original view.

import type { DrawnText } from '../../../shared/page-drawing';

/** "156 82 35", "#ee #20 #25" (hex components), a grey level or CMYK, as a CSS colour; undefined when unreadable. */
export function cssColor(
  value: string | undefined,
  space: string | undefined,
  alpha: string | undefined,
): string | undefined {
  if (!value) return undefined;
  const components = value
    .trim()
    .split(/\s+/)
    .map((token) => (token.startsWith('#') ? Number.parseInt(token.slice(1), 16) : Number(token)));
  if (components.some((component) => !Number.isFinite(component))) return undefined;
  const byte = (n: number): number => Math.max(0, Math.min(255, Math.round(n)));
  let rgb: number[];
  if (components.length === 1 || space === 'GRAY') rgb = [components[0]!, components[0]!, components[0]!];
  else if (components.length === 4 || space === 'CMYK') {
    const [c = 0, m = 0, y = 0, k = 0] = components.map((n) => n / 255);
    rgb = [c, m, y].map((n) => 255 * (1 - n) * (1 - k));
  } else rgb = components.slice(0, 3);
  const opacity = alpha === undefined ? 1 : Math.max(0, Math.min(1, Number(alpha) / 255));
  const [r, g, b] = rgb.map(byte);
  return Number.isFinite(opacity) && opacity < 1
    ? `rgba(${r},${g},${b},${opacity.toFixed(2)})`
    : `rgb(${r},${g},${b})`;
}

/** The generic family closest to an OFD font name (宋体, 黑体, 楷体, 仿宋, Arial …). */
export function fontFamily(name: string): DrawnText['family'] {
  if (/黑|hei|arial|helvetica|calibri|sans/i.test(name)) return 'sans-serif';
  if (/楷|kai/i.test(name)) return 'kai';
  if (/仿宋|fang/i.test(name)) return 'fangsong';
  return 'serif';
}
