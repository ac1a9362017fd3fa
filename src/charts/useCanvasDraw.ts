/**
 * Draws the canvas whenever what it shows changes (data, colours, staircase, view, size, theme, pixel
 * ratio), synchronously before paint so that points and axes move together. Once per new input it
 * marks `paretoscope:chart-rendered` and bumps `data-render-count` on the container, for tests and
 * benchmarks; zooming, resizing and theme changes redraw without marking.
 */
import { useLayoutEffect, useMemo, type RefObject } from 'react';
import { drawPoints, type StaircaseStyle } from './drawPoints';
import { fitCanvas } from './fitCanvas';
import type { Layout } from './layout';
import { withAlpha } from './pointStyles';
import { makeSprites } from './sprites';
import type { ChartTheme } from './theme';
import { useDrawMarks } from './useDrawMarks';
import type { ScatterModel } from './useScatterModel';
import type { ViewScales } from './viewScales';

export interface CanvasDrawInput {
  model: ScatterModel;
  view: ViewScales;
  layout: Layout;
  dpr: number;
  theme: ChartTheme;
  staircase: [number, number][] | null;
  /** Colour of the staircase line. */
  staircaseColor: string;
  xLog: boolean;
  yLog: boolean;
  /** A new object whenever the input props change (not on hover, zoom or selection). */
  inputToken: object;
}

export function useCanvasDraw(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  containerRef: RefObject<HTMLElement | null>,
  input: CanvasDrawInput,
): void {
  const { model, view, layout, dpr, theme, staircase, staircaseColor, xLog, yLog, inputToken } = input;
  const sprites = useMemo(() => makeSprites(model.styled.styles, dpr), [model.styled.styles, dpr]);
  const drawn = useDrawMarks(containerRef);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const { plotWidth: w, plotHeight: h } = layout;
    if (!canvas || w <= 0 || h <= 0) return;
    const ctx = fitCanvas(canvas, w, h, dpr);
    drawn(inputToken, () => {
      if (!ctx) return;
      const stairs: StaircaseStyle | null =
        staircase && staircase.length > 0
          ? { points: staircase, x: view.x, y: view.y, xLog, yLog, line: staircaseColor, halo: withAlpha(theme.background, 0.85) }
          : null;
      drawPoints({ ctx, dpr, width: w, height: h, ax: model.ax, ay: model.ay, mx: view.mx, my: view.my, styled: model.styled, sprites, staircase: stairs });
    });
  }, [canvasRef, model, view, layout, dpr, theme, staircase, staircaseColor, xLog, yLog, inputToken, sprites, drawn]);
}
