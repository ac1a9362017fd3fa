/**
 * The deciding overlays in the SVG layer, in data coordinates through the current zoom: the level set
 * of the scoring function through the winner ("equal score": a line for the weighted sum, a corner for
 * Chebyshev and the reference point), the winner as a star with its name, the knee as a ring whose
 * hover text gives its definition, small diamonds on front points no weighted sum can pick, and the
 * rectangle being brushed.
 */
import { memo, useMemo } from 'react';
import type { LevelSet } from '../state/decisionTypes';
import { labelAnchor, levelSetPieces, piecesPath } from './decisionGeometry';
import { KNEE_DEFINITION, type DecisionColors } from './decisionTheme';
import { FONT_FAMILY, textWidth, type Layout } from './layout';
import type { MarkPoint } from './Marks';
import type { ChartTheme } from './theme';
import type { Scale } from './viewScales';

export interface BrushRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface DecisionMarksProps {
  layout: Layout;
  theme: ChartTheme;
  colors: DecisionColors;
  x: Scale;
  y: Scale;
  xLog: boolean;
  yLog: boolean;
  levelSet: LevelSet | null;
  best: MarkPoint | null;
  bestLabel: string;
  knee: MarkPoint | null;
  /** Plot pixels and radii of drawn front points that no weighted sum can pick. */
  unsupported: readonly { px: number; py: number; r: number }[];
  brush: BrushRect | null;
}

const LABEL_FONT = 11;
const MAX_LABEL = 34;

/** A five-pointed star centred on (cx, cy). */
export function starPath(cx: number, cy: number, outer: number, inner = outer * 0.45): string {
  let d = '';
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    d += `${i ? 'L' : 'M'}${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`;
  }
  return d + 'Z';
}

function diamondPath(cx: number, cy: number, d: number): string {
  return `M${cx.toFixed(2)},${(cy - d).toFixed(2)}l${d},${d}l${-d},${d}l${-d},${-d}Z`;
}

function inPlot(px: number, py: number, layout: Layout, pad = 0): boolean {
  return px >= -pad && px <= layout.plotWidth + pad && py >= -pad && py <= layout.plotHeight + pad;
}

function shorten(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export const DecisionMarks = memo(function DecisionMarks(props: DecisionMarksProps) {
  const { layout, theme, colors, x, y, xLog, yLog, levelSet, best, bestLabel, knee, unsupported, brush } = props;
  const { margin, plotWidth: w } = layout;
  const halo = theme.background;
  const bx = best?.px;
  const by = best?.py;
  const avoid = useMemo<[number, number] | null>(() => (bx === undefined || by === undefined ? null : [bx, by]), [bx, by]);

  const level = useMemo(() => {
    if (!levelSet) return null;
    const pieces = levelSetPieces(levelSet, x, y, xLog, yLog);
    if (pieces.length === 0) return null;
    return { d: piecesPath(pieces), anchor: labelAnchor(pieces, avoid) };
  }, [levelSet, x, y, xLog, yLog, avoid]);

  const diamonds = useMemo(
    () =>
      unsupported
        .filter((p) => inPlot(p.px, p.py, layout, p.r))
        .map((p) => diamondPath(p.px, p.py, p.r + 3.2))
        .join(''),
    [unsupported, layout],
  );

  const bestShown = best && inPlot(best.px, best.py, layout, best.r) ? best : null;
  const kneeShown = knee && inPlot(knee.px, knee.py, layout, knee.r) ? knee : null;
  const label = shorten(bestLabel, MAX_LABEL);
  const starR = bestShown ? Math.max(7, bestShown.r + 3.5) : 0;
  const labelW = textWidth(label, `600 ${LABEL_FONT}px ${FONT_FAMILY}`);
  const labelRight = bestShown ? bestShown.px + starR + 5 + labelW <= w - 2 : true;

  return (
    <g transform={`translate(${margin.left},${margin.top})`} data-testid="decision-marks">
      {level && (
        <g data-testid="level-set" data-kind={levelSet?.kind}>
          <path d={level.d} fill="none" stroke={halo} strokeWidth={4} strokeOpacity={0.7} strokeLinejoin="round" />
          <path d={level.d} fill="none" stroke={colors.accent} strokeWidth={1.6} strokeDasharray="7 4" strokeLinejoin="round" />
          {level.anchor && (
            <text
              transform={`translate(${level.anchor.x.toFixed(1)},${level.anchor.y.toFixed(1)}) rotate(${level.anchor.angle.toFixed(1)})`}
              y={-6}
              textAnchor="middle"
              fontSize={10.5}
              fontStyle="italic"
              fill={colors.accent}
              stroke={halo}
              strokeWidth={3}
              paintOrder="stroke"
              strokeLinejoin="round"
            >
              equal score
            </text>
          )}
        </g>
      )}
      {diamonds && (
        <path d={diamonds} fill="none" stroke={colors.mark} strokeWidth={1.1} strokeOpacity={0.85} strokeLinejoin="round" data-testid="unsupported-marks" />
      )}
      {kneeShown && (
        <g data-testid="knee-point">
          <title>{KNEE_DEFINITION}</title>
          <circle cx={kneeShown.px} cy={kneeShown.py} r={kneeShown.r + 6} fill="none" stroke={halo} strokeWidth={4} strokeOpacity={0.8} />
          <circle cx={kneeShown.px} cy={kneeShown.py} r={kneeShown.r + 6} fill="none" stroke={colors.mark} strokeWidth={1.5} />
          {/* Only the ring and its word take the pointer, so the point inside still hovers and clicks. */}
          <circle cx={kneeShown.px} cy={kneeShown.py} r={kneeShown.r + 6} fill="none" stroke="transparent" strokeWidth={7} style={{ pointerEvents: 'stroke' }} />
          <text
            x={kneeShown.px - kneeShown.r - 10}
            y={kneeShown.py}
            textAnchor="end"
            dominantBaseline="central"
            fontSize={10.5}
            fill={colors.mark}
            stroke={halo}
            strokeWidth={3}
            paintOrder="stroke"
            style={{ pointerEvents: 'all', cursor: 'help' }}
          >
            knee
          </text>
        </g>
      )}
      {bestShown && (
        <g data-testid="best-marker">
          <path d={starPath(bestShown.px, bestShown.py, starR + 1.5)} fill={halo} opacity={0.9} />
          <path d={starPath(bestShown.px, bestShown.py, starR)} fill={colors.accent} stroke={halo} strokeWidth={0.8} strokeLinejoin="round" />
          {label && (
            <text
              x={labelRight ? bestShown.px + starR + 5 : bestShown.px - starR - 5}
              y={bestShown.py - starR * 0.6}
              textAnchor={labelRight ? 'start' : 'end'}
              dominantBaseline="central"
              fontSize={LABEL_FONT}
              fontWeight={600}
              fill={colors.accent}
              stroke={halo}
              strokeWidth={3.5}
              paintOrder="stroke"
              strokeLinejoin="round"
            >
              {label}
            </text>
          )}
        </g>
      )}
      {brush && (
        <rect
          data-testid="brush-rect"
          x={Math.min(brush.x0, brush.x1)}
          y={Math.min(brush.y0, brush.y1)}
          width={Math.abs(brush.x1 - brush.x0)}
          height={Math.abs(brush.y1 - brush.y0)}
          fill={colors.accent}
          fillOpacity={0.08}
          stroke={colors.accent}
          strokeWidth={1}
          strokeDasharray="4 3"
        />
      )}
    </g>
  );
});
