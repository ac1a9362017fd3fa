/**
 * The Pareto scatter: points on a canvas (faint, dominated, the staircase, then the front on top),
 * gridlines in an SVG underneath, axes, comparison layers, rings, keys and tooltip above. It draws
 * what it is given — coordinates, a status per row, colours, the staircase, layers — and reports
 * clicks and hovers. Layers live in the SVG, so changing them never redraws the canvas.
 */
import { useCallback, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Axes } from './Axes';
import { Backdrop } from './Backdrop';
import { DecisionLegend, type DecisionLegendItems } from './DecisionLegend';
import { DecisionMarks } from './DecisionMarks';
import { decisionColors } from './decisionTheme';
import { LayerKey, wrapKey } from './LayerKey';
import { LayerMarks } from './LayerMarks';
import { computeLayout, headerRowCentre, leftMargin, plotHeightOf, RIGHT_MARGIN, textWidth, TICK_FONT_SIZE, TOP_MARGIN_LEGEND } from './layout';
import { Marks, type MarkPoint } from './Marks';
import { radiusOf } from './drawPoints';
import { withAlpha } from './pointStyles';
import { RankLegend, rankLegendWidth } from './RankLegend';
import { ReferenceMarker } from './ReferenceMarker';
import { ResetZoomButton } from './ResetZoomButton';
import { axisTicks, TICK_SPACING } from './ticks';
import { Tooltip } from './Tooltip';
import type { ScatterLayer, ScatterProps } from './types';
import { useCanvasDraw } from './useCanvasDraw';
import { useBrush } from './useBrush';
import { useChartTheme } from './useChartTheme';
import { useDevicePixelRatio } from './useDevicePixelRatio';
import { RENDER_MARK } from './useDrawMarks';
import { useElementSize } from './useElementSize';
import { useKeyboard } from './useKeyboard';
import { usePointer } from './usePointer';
import { useScatterModel } from './useScatterModel';
import { sameColor, sameLayers, sameStaircase, useStable } from './useStable';
import { useZoom } from './useZoom';
import { viewScales } from './viewScales';

export const MIN_HEIGHT = 420;
const labelHeight = () => TICK_FONT_SIZE + 4;
const NO_LAYERS: ScatterLayer[] = [];

export function Scatter(props: ScatterProps) {
  const { x, y, status, xLabel, yLabel, xScale: xType, yScale: yType, xSense, ySense, selected, onSelect, tooltip } = props;
  const { levelSet = null, best = null, knee = null, unsupported, referencePoint = null, onReferenceDrag, onBrush } = props;
  const { highlighted = null, baseTone: tone = 'normal' } = props;
  const color = useStable(props.color, sameColor);
  const staircase = useStable(props.staircase, sameStaircase);
  const layers = useStable(props.layers ?? NO_LAYERS, sameLayers);
  const helpId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(containerRef);
  const theme = useChartTheme(containerRef);
  const dpr = useDevicePixelRatio();
  const model = useScatterModel(x, y, status, xType, yType, color, theme, props.domain, tone);

  const colors = useMemo(() => decisionColors(theme, containerRef.current), [theme]);
  const unsupportedRows = useMemo(() => {
    const rows: number[] = [];
    if (unsupported) for (let i = 0; i < Math.min(unsupported.length, x.length); i++) if (unsupported[i] && radiusOf(model.styled, i) > 0) rows.push(i);
    return rows;
  }, [unsupported, model.styled, x.length]);
  const reference = referencePoint && Number.isFinite(referencePoint.x) && Number.isFinite(referencePoint.y) ? referencePoint : null;
  const bestLabel = useMemo(() => (best !== null && best >= 0 && best < x.length ? tooltip(best).title : null), [best, x.length, tooltip]);
  const legendItems: DecisionLegendItems = {
    best: bestLabel,
    levelSet: levelSet?.kind ?? null,
    knee: knee !== null && knee >= 0 && knee < x.length,
    unsupported: unsupportedRows.length,
    reference: reference !== null,
    brush: onBrush !== undefined,
  };
  const decisionLegend = Object.values(legendItems).some((v) => v !== null && v !== false && v !== 0);
  const legend = color.mode === 'rank' || decisionLegend;
  // Rows above the plot: the rank or deciding key, then the layer key, wrapped to the plot's width.
  const legendRows = legend ? 1 : 0;
  const labelled = layers.some((l) => l.label);
  const plotH = plotHeightOf(size.height, legendRows + (labelled ? 1 : 0));
  const baseYTicks = useMemo(() => axisTicks(yType, model.yDomain, plotH, TICK_SPACING.y), [yType, model.yDomain, plotH]);
  const yTickLabels = useMemo(() => baseYTicks.major.map(baseYTicks.format), [baseYTicks]);
  const keyWidth = size.width - leftMargin(yTickLabels) - RIGHT_MARGIN;
  const keyRows = useMemo(() => wrapKey(labelled ? layers : NO_LAYERS, keyWidth), [layers, labelled, keyWidth]);
  const headerRows = legendRows + keyRows.rows.length;
  const layout = useMemo(() => computeLayout(size.width, size.height, yTickLabels, headerRows), [size.width, size.height, yTickLabels, headerRows]);
  const { plotWidth: w, plotHeight: h, margin } = layout;
  const resetToken = useMemo(() => ({}), [x, y, xType, yType]);
  // With brushing on, Shift-drag draws a rectangle instead of panning.
  const zoom = useZoom(canvasRef, w, h, resetToken, (e) => !(onBrush && e.shiftKey && e.type !== 'wheel'));
  const { transform } = zoom;
  const view = useMemo(
    () => viewScales(xType, yType, model.xDomain, model.yDomain, model.xWindow, model.yWindow, w, h, transform),
    [xType, yType, model.xDomain, model.yDomain, model.xWindow, model.yWindow, w, h, transform],
  );
  const xTicks = useMemo(() => axisTicks(xType, view.x.domain() as [number, number], w, TICK_SPACING.x, textWidth), [xType, view.x, w]);
  const yTicks = useMemo(() => axisTicks(yType, view.y.domain() as [number, number], h, TICK_SPACING.y, labelHeight), [yType, view.y, h]);

  const inputToken = useMemo(() => ({}), [x, y, status, color, staircase, tone, model.xDomain, model.yDomain]);
  const inputMarked = useRef<object | null>(null);
  // With group colours the accent could read as one more group, so the staircase goes neutral; muted,
  // it is a faint reference like the points.
  const regionColor = tone === 'muted' ? theme.textMuted : color.mode === 'group' ? theme.text : theme.front;
  const staircaseColor = tone === 'muted' ? withAlpha(theme.textMuted, 0.6) : regionColor;
  useCanvasDraw(canvasRef, containerRef, { model, view, layout, dpr, theme, staircase, staircaseColor, xLog: xType === 'log', yLog: yType === 'log', inputToken });
  // A new ranking (weights, method, reference point) or new layers redraw only the SVG overlay: mark it
  // too, once React has committed it, so the latency from a slider to the drawn winner can be measured.
  const overlayToken = useMemo(() => ({}), [levelSet, best, knee, layers]);
  const overlayMarked = useRef<object | null>(null);
  useLayoutEffect(() => {
    if (overlayMarked.current !== null && overlayMarked.current !== overlayToken && inputMarked.current === inputToken) {
      performance.mark(RENDER_MARK);
    }
    overlayMarked.current = overlayToken;
    inputMarked.current = inputToken;
  }, [overlayToken, inputToken]);

  const pointer = usePointer(canvasRef, model, status, w, h, transform, zoom.active, onSelect, props.onHover);
  const brush = useBrush(canvasRef, view.x, view.y, onBrush);
  const [keyboardRow, setKeyboardRow] = useState<number | null>(null);
  const onKeyDown = useKeyboard(model, selected, onSelect, zoom, w, h, setKeyboardRow);

  const markOf = useCallback(
    (row: number | null): MarkPoint | null => {
      if (row === null || row < 0 || row >= x.length) return null;
      const r = radiusOf(model.styled, row);
      if (r === 0) return null;
      return { px: view.x(x[row]), py: view.y(y[row]), r, x: x[row], y: y[row] };
    },
    [model.styled, view, x, y],
  );
  const unsupportedMarks = useMemo(
    () => unsupportedRows.map((row) => ({ px: view.x(x[row]), py: view.y(y[row]), r: radiusOf(model.styled, row) })),
    [unsupportedRows, view, x, y, model.styled],
  );
  const drawn = useCallback((row: number) => radiusOf(model.styled, row) > 0, [model.styled]);
  const bestMark = markOf(best);
  const highlightMark = markOf(highlighted);
  const kneeMark = markOf(knee);
  const hoverRow = pointer.hover ?? (keyboardRow === selected ? keyboardRow : null);
  const hoverMark = markOf(hoverRow);
  const selectedMark = markOf(selected);
  const tooltipContent = useMemo(() => (hoverRow === null ? null : tooltip(hoverRow)), [hoverRow, tooltip]);
  const selectedDrawn = selected !== null && selected >= 0 && selected < x.length && radiusOf(model.styled, selected) > 0;
  const announcement = useMemo(() => (selected !== null && selectedDrawn ? `Selected: ${tooltip(selected).title}` : ''), [selected, selectedDrawn, tooltip]);
  const zoomed = transform.k !== 1 || transform.x !== 0 || transform.y !== 0;
  const empty = model.styled.count === 0;
  useImperativeHandle(
    props.ref,
    () => ({
      viewState: () => {
        const [x0, x1] = view.x.domain();
        const [y0, y1] = view.y.domain();
        return {
          xDomain: [Math.min(x0, x1), Math.max(x0, x1)],
          yDomain: [Math.min(y0, y1), Math.max(y0, y1)],
          width: layout.width,
          height: layout.height,
          zoomed,
        };
      },
    }),
    [view, layout.width, layout.height, zoomed],
  );

  return (
    <div
      ref={containerRef}
      data-testid="scatter"
      tabIndex={0}
      role="group"
      aria-roledescription="scatter plot"
      aria-label={props.ariaLabel}
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
      onBlur={() => setKeyboardRow(null)}
      className="relative w-full overflow-hidden rounded-md outline-none select-none focus-visible:ring-2 focus-visible:ring-blue-500/70 dark:focus-visible:ring-blue-400/70"
      style={{ height: props.height ?? '100%', minHeight: props.height ?? MIN_HEIGHT }}
    >
      <Backdrop layout={layout} x={view.x} y={view.y} xTicks={xTicks.major} yTicks={yTicks.major} staircase={staircase} regionColor={regionColor} xLog={xType === 'log'} yLog={yType === 'log'} theme={theme} />
      <canvas
        ref={canvasRef}
        data-testid="scatter-canvas"
        className={`absolute ${zoom.active ? 'cursor-grabbing' : pointer.hover !== null ? 'cursor-pointer' : 'cursor-crosshair'}`}
        style={{ left: margin.left, top: margin.top, width: w, height: h, touchAction: 'none' }}
        onPointerDown={brush.onPointerDown}
        onPointerMove={(e) => brush.onPointerMove(e) || pointer.onPointerMove(e)}
        onPointerUp={brush.onPointerUp}
        onPointerLeave={pointer.onPointerLeave}
        onClick={(e) => brush.takeClick() || pointer.onClick(e)}
        onDoubleClick={() => zoom.reset()}
      />
      <svg className="pointer-events-none absolute inset-0" width={layout.width} height={layout.height} aria-hidden="true">
        <Axes layout={layout} x={view.x} y={view.y} xTicks={xTicks} yTicks={yTicks} xLabel={xLabel} yLabel={yLabel} xSense={xSense} ySense={ySense} theme={theme} />
        {color.mode === 'rank' && <RankLegend maxRank={color.maxRank} theme={theme} right={layout.width - margin.right} cy={headerRowCentre(0)} />}
        {layers.length > 0 && (
          <LayerMarks
            layout={layout}
            layers={layers}
            halo={theme.background}
            x={x}
            y={y}
            drawn={drawn}
            xScale={view.x}
            yScale={view.y}
            xLog={xType === 'log'}
            yLog={yType === 'log'}
          />
        )}
        {(decisionLegend || brush.rect) && (
          <DecisionMarks
            layout={layout}
            theme={theme}
            colors={colors}
            x={view.x}
            y={view.y}
            xLog={xType === 'log'}
            yLog={yType === 'log'}
            levelSet={levelSet}
            best={bestMark}
            bestLabel={bestLabel ?? ''}
            knee={kneeMark}
            unsupported={unsupportedMarks}
            brush={brush.rect}
          />
        )}
        <Marks layout={layout} theme={theme} hover={hoverMark} selected={selectedMark} highlighted={highlightMark} />
        {empty && (
          <text x={margin.left + w / 2} y={margin.top + h / 2} textAnchor="middle" dominantBaseline="central" fontSize={14} fill={theme.textMuted} data-testid="scatter-empty">
            No points to show
          </text>
        )}
      </svg>
      {decisionLegend && (
        <DecisionLegend items={legendItems} colors={colors} theme={theme} left={margin.left} height={TOP_MARGIN_LEGEND} width={layout.width - margin.left - margin.right - (color.mode === 'rank' ? rankLegendWidth(color.maxRank, theme) + 16 : 0)} />
      )}
      <LayerKey keyRows={keyRows} theme={theme} left={margin.left} width={layout.width - margin.left - margin.right} firstRow={legendRows} />
      {reference && (
        <ReferenceMarker
          layout={layout}
          x={view.x}
          y={view.y}
          point={reference}
          color={colors.accent}
          halo={theme.background}
          xLabel={xLabel}
          yLabel={yLabel}
          plotRef={canvasRef}
          onMove={onReferenceDrag}
        />
      )}
      {zoomed && <ResetZoomButton onReset={() => zoom.reset()} top={margin.top + 8} right={margin.right + 8} />}
      {tooltipContent && hoverMark && !zoom.active && (
        <Tooltip
          content={tooltipContent}
          x={hoverMark.px + margin.left}
          y={hoverMark.py + margin.top}
          r={hoverMark.r}
          width={layout.width}
          height={layout.height}
          dx={xSense === 'max' ? -1 : 1}
          dy={ySense === 'min' ? -1 : 1}
        />
      )}
      <p id={helpId} className="sr-only">
        Arrow keys move the selection along the frontier, Escape clears it; plus and minus zoom, 0 resets.
        {onBrush && ' Shift and drag draws a rectangle that keeps only the rows inside it; plain drag pans.'}
        {reference && onReferenceDrag && ' The reference point can be dragged, or focused with Tab and moved with the arrow keys.'}
      </p>
      <div className="sr-only" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
