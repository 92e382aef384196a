// One drawn page (OFD): its paths, images and positioned text as SVG, drawn when near the viewport,
// with boxes for sources and search hits above it.
import { memo, useEffect, useRef, useState } from 'react';
import type { DrawnText, PageDrawing } from '../../../../shared/page-drawing';
import { t } from '../../i18n/zh-CN';
import { Box } from './PdfPage';
import type { RectPt } from './pdf-search';

interface OfdPageProps {
  drawing: PageDrawing;
  pageNumber: number;
  scale: number;
  root: HTMLElement | null;
  boxes: RectPt[];
  hits: RectPt[];
  activeHit: RectPt | null;
}

const FAMILIES: Record<DrawnText['family'], string> = {
  serif: "'Noto Serif CJK SC', 'Source Han Serif SC', SimSun, 'Songti SC', serif",
  'sans-serif': "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', SimHei, sans-serif",
  kai: "KaiTi, STKaiti, 'Noto Serif CJK SC', serif",
  fangsong: "FangSong, STFangsong, 'Noto Serif CJK SC', serif",
};

/** x and y for every code point: a glyph standing for several characters (a ligature) spreads them over its step. */
function positions(run: DrawnText): { text: string; x: string; y: string } {
  const xs: number[] = [];
  const ys: number[] = [];
  let text = '';
  run.chars.forEach((chars, g) => {
    const codePoints = [...chars];
    const next = run.x[g + 1];
    const step =
      next !== undefined && run.y[g + 1] === run.y[g] && next > run.x[g]!
        ? next - run.x[g]!
        : (codePoints.length * run.sizePt) / 2;
    codePoints.forEach((char, k) => {
      text += char;
      xs.push(run.x[g]! + (k * step) / codePoints.length);
      ys.push(run.y[g]!);
    });
  });
  return { text, x: xs.join(' '), y: ys.join(' ') };
}

function PageSvg({ drawing }: { drawing: PageDrawing }) {
  return (
    <svg
      className="ofd-svg"
      viewBox={`0 0 ${drawing.widthPt} ${drawing.heightPt}`}
      preserveAspectRatio="none"
    >
      {drawing.images.map((image, index) => (
        <image
          key={`i${index}`}
          href={image.href}
          width={1}
          height={1}
          preserveAspectRatio="none"
          transform={`matrix(${image.matrix.join(' ')})`}
        />
      ))}
      {drawing.paths.map((path, index) => (
        <path
          key={`p${index}`}
          d={path.d}
          fill={path.fill ?? 'none'}
          fillRule={path.evenOdd ? 'evenodd' : 'nonzero'}
          stroke={path.stroke ?? 'none'}
          strokeWidth={path.widthPt}
        />
      ))}
      {drawing.texts.map((run, index) => {
        const { text, x, y } = positions(run);
        return (
          <text
            key={`t${index}`}
            x={x}
            y={y}
            fontSize={run.sizePt}
            fill={run.fill}
            fontFamily={FAMILIES[run.family]}
            fontWeight={run.bold ? 700 : 400}
          >
            {text}
          </text>
        );
      })}
    </svg>
  );
}

export const OfdPage = memo(function OfdPage({
  drawing,
  pageNumber,
  scale,
  root,
  boxes,
  hits,
  activeHit,
}: OfdPageProps) {
  const pageRef = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = pageRef.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((entry) => entry.isIntersecting)),
      {
        root,
        rootMargin: '600px 0px',
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);

  return (
    <div
      ref={pageRef}
      className="pdf-page ofd-page"
      style={{ width: drawing.widthPt * scale, height: drawing.heightPt * scale }}
      data-page-number={pageNumber}
      data-page-rendered={near}
      aria-label={t.document.page(pageNumber)}
    >
      {near ? (
        <PageSvg drawing={drawing} />
      ) : (
        <div className="pdf-placeholder">{t.document.page(pageNumber)}</div>
      )}
      <div className="pdf-marks" aria-hidden="true">
        {hits.map((rect, index) => (
          <Box
            key={`h${index}`}
            rect={rect}
            scale={scale}
            pad={1}
            className={rect === activeHit ? 'search-hit active' : 'search-hit'}
          />
        ))}
      </div>
      <div className="pdf-marks top" aria-hidden="true">
        {boxes.map((rect, index) => (
          <Box
            key={`b${index}`}
            rect={rect}
            scale={scale}
            pad={2}
            className="source-box"
            sourceBox={pageNumber}
          />
        ))}
      </div>
    </div>
  );
});
