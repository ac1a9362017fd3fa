/**
 * Redraws the lines whenever what they show changes (data, colours and theme, order, size, pixel ratio),
 * before paint so that lines and axes move together. Once per new input it marks
 * `paretoscope:chart-rendered` and bumps `data-render-count` on the container, as the scatter does.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { fitCanvas } from '../fitCanvas';
import { useDrawMarks } from '../useDrawMarks';
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
  const drawn = useDrawMarks(containerRef);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0 || height <= 0) return;
    const ctx = fitCanvas(canvas, width, height, dpr);
    drawn(inputToken, () => ctx && drawLines(ctx, dpr, width, height, geometry, lines));
  }, [canvasRef, geometry, lines, width, height, dpr, inputToken, drawn]);
}
