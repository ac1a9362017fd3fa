import { describe, expect, it } from 'vitest';
import { LIGHT_THEME } from '../theme';
import { drawLines } from './drawLines';
import type { LineGeometry } from './lineHitTest';
import { buildLineStyles } from './lineStyles';

/** A 2-D context that records path commands and the stroke style of each stroke. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    canvas: { width: 400, height: 200 },
    strokeStyle: '',
    lineWidth: 1,
    lineJoin: 'miter',
    lineCap: 'butt',
    setTransform() {},
    clearRect() {},
    beginPath() {},
    moveTo: (x: number, y: number) => calls.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`L${x},${y}`),
    stroke() {
      calls.push(`stroke ${ctx.strokeStyle}`);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('drawLines', () => {
  it('breaks a line at a missing value and draws the front last', () => {
    const status = Uint8Array.of(3, 2);
    const g: LineGeometry = {
      xs: [0, 100, 200, 300],
      cols: [Float32Array.of(10, 50), Float32Array.of(20, 60), Float32Array.of(NaN, 70), Float32Array.of(40, 80)],
      status,
    };
    const { ctx, calls } = recorder();
    drawLines(ctx, 1, 400, 200, g, buildLineStyles(status, { mode: 'front' }, LIGHT_THEME));
    const paths = calls.join(' ');
    // Row 1 (dominated) first, all four vertices; then row 0 (front) with a break after the second axis.
    expect(paths.indexOf('M0,50')).toBeLessThan(paths.indexOf('M0,10'));
    expect(paths).toContain('M0,50 L100,60 L200,70 L300,80');
    expect(paths).toMatch(/M0,10 L100,20 M300,40 stroke/);
  });
});
