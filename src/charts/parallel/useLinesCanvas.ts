/**
 * Redraws the lines whenever what they show changes (data, colours and theme, order, size, pixel ratio),
 * before paint so that lines and axes move together. Once per new input it marks
 * `paretoscope:chart-rendered` and bumps `data-render-count` on the container, as the scatter does.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { RENDER_MARK } from '../useCanvasDraw';
import { drawLines } from './drawLines';
import type { LineGeometry } from './lineHitTest';
import type { StyledLines } from './lineStyles';

export interface LinesCanvasInput {
  geometry: LineGeometry;
  lines: StyledLines;
  width: number;
  height: number;
  dpr: number;
  /** A new object whenever the input props change (not on hover, selection or resize). */
  inputToken: object;
}

export function useLinesCanvas(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  containerRef: RefObject<HTMLElement | null>,
  input: LinesCanvasInput,
): void {
  const { geometry, lines, width, height, dpr, inputToken } = input;
  const marked = useRef<object | null>(null);
  const renders = useRef(0);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0 || height <= 0) return;
    const bw = Math.round(width * dpr);
    const bh = Math.round(height * dpr);
    if (canvas.width !== bw) canvas.width = bw;
    if (canvas.height !== bh) canvas.height = bh;
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = canvas.getContext('2d');
    } catch {
      ctx = null; // no canvas (jsdom): axes, brushes and hover still work
    }
    const started = performance.now();
    if (ctx) drawLines(ctx, dpr, width, height, geometry, lines);
    const container = containerRef.current;
    if (container) container.dataset.drawMs = (performance.now() - started).toFixed(1);
    if (marked.current !== inputToken) {
      marked.current = inputToken;
      performance.mark(RENDER_MARK);
      renders.current += 1;
      if (container) container.dataset.renderCount = String(renders.current);
    }
  }, [canvasRef, containerRef, geometry, lines, width, height, dpr, inputToken]);
}
