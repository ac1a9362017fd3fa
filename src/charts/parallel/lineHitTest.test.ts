import { describe, expect, it } from 'vitest';
import { hitLine, lineYAt, segmentAt, type LineGeometry } from './lineHitTest';

// Three axes at x = 0, 100, 200; rows as pixel y per axis.
function geometry(rows: number[][], status: number[]): LineGeometry {
  const cols = [0, 1, 2].map((j) => Float32Array.from(rows, (r) => r[j]));
  return { xs: [0, 100, 200], cols, status: Uint8Array.from(status) };
}

describe('segmentAt', () => {
  it('finds the segment and the fraction along it', () => {
    expect(segmentAt([0, 100, 200], 50)).toEqual({ j: 0, t: 0.5 });
    expect(segmentAt([0, 100, 200], 150)).toEqual({ j: 1, t: 0.5 });
    expect(segmentAt([0, 100, 200], 200)).toEqual({ j: 1, t: 1 });
    expect(segmentAt([0, 100, 200], 250)).toBeNull();
    expect(segmentAt([0], 0)).toBeNull();
  });
});

describe('hitLine', () => {
  const g = geometry(
    [
      [10, 10, 10], // flat at 10
      [0, 40, 0], // 20 at x = 50
      [100, 100, 30], // 65 at x = 150
    ],
    [2, 2, 2],
  );

  it('picks the nearest line by vertical distance at the pointer', () => {
    expect(hitLine(g, 50, 11)).toBe(0);
    expect(hitLine(g, 50, 18)).toBe(1);
    expect(hitLine(g, 150, 64)).toBe(2);
    expect(lineYAt(g, 2, 150)).toBeCloseTo(65);
  });

  it('finds nothing farther than the radius or off the axes', () => {
    expect(hitLine(g, 50, 60)).toBe(-1);
    expect(hitLine(g, -20, 10)).toBe(-1);
  });

  it('prefers front lines on ties and skips rows not drawn', () => {
    const tie = geometry([[50, 50, 50], [50, 50, 50], [50, 50, 50]], [2, 3, 1]);
    expect(hitLine(tie, 50, 50)).toBe(1);
    const hidden = geometry([[50, 50, 50], [52, 52, 52]], [0, 2]);
    expect(hitLine(hidden, 50, 50)).toBe(1);
  });

  it('never hits a segment broken by a missing value', () => {
    const broken = geometry([[10, NaN, 10], [14, 14, 14]], [3, 2]);
    expect(hitLine(broken, 50, 10)).toBe(1);
    expect(hitLine(broken, 150, 10)).toBe(1);
    expect(lineYAt(broken, 0, 50)).toBeNaN();
  });
});
