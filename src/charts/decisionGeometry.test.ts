import { scaleLinear, scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  brushToData,
  clipPolyline,
  clipSegment,
  cornerPieces,
  labelAnchor,
  levelSetPieces,
  linePieces,
  nudge,
  piecesPath,
  polylinePieces,
  toPixel,
  type Pieces,
} from './decisionGeometry';

const W = 400;
const H = 300;
const lin = (d: [number, number], r: [number, number]) => scaleLinear().domain(d).range(r);
const log = (d: [number, number], r: [number, number]) => scaleLog().domain(d).range(r);
const rect = { x0: 0, x1: W, y0: 0, y1: H };

const inside = (pieces: Pieces) => pieces.every((p) => p.every(([a, b]) => a >= -1e-9 && a <= W + 1e-9 && b >= -1e-9 && b <= H + 1e-9));
const allPoints = (pieces: Pieces) => pieces.flat();

describe('clipping', () => {
  it('clips a segment to the rectangle (Liang–Barsky)', () => {
    expect(clipSegment([-100, 150], [500, 150], rect)).toEqual([
      [0, 150],
      [400, 150],
    ]);
    expect(clipSegment([-10, -10], [-5, 500], rect)).toBeNull();
    const s = clipSegment([200, -100], [200, 100], rect)!;
    expect(s[0]).toEqual([200, 0]);
    expect(s[1]).toEqual([200, 100]);
  });

  it('splits a polyline where it leaves and re-enters, and at NaN vertices', () => {
    const pieces = clipPolyline(
      [
        [10, 10],
        [100, 10],
        [100, -50],
        [200, -50],
        [200, 50],
        [300, 50],
        [NaN, NaN],
        [310, 60],
        [320, 60],
      ],
      rect,
    );
    expect(pieces).toEqual([
      [
        [10, 10],
        [100, 10],
        [100, 0],
      ],
      [
        [200, 0],
        [200, 50],
        [300, 50],
      ],
      [
        [310, 60],
        [320, 60],
      ],
    ]);
  });
});

describe('toPixel', () => {
  it('sends ±Infinity, and non-positive values on a log axis, just past the matching edge', () => {
    const x = lin([0, 10], [0, W]);
    const y = lin([0, 10], [H, 0]);
    expect(toPixel(5, x, false)).toBe(200);
    expect(toPixel(Infinity, x, false)).toBeGreaterThan(W);
    expect(toPixel(-Infinity, x, false)).toBeLessThan(0);
    expect(toPixel(Infinity, y, false)).toBeLessThan(0); // top
    expect(toPixel(-Infinity, y, false)).toBeGreaterThan(H); // bottom
    const ly = log([1, 100], [H, 0]);
    expect(toPixel(0, ly, true)).toBeGreaterThan(H);
    expect(toPixel(-3, ly, true)).toBeGreaterThan(H);
    expect(Number.isNaN(toPixel(NaN, x, false))).toBe(true);
  });
});

describe('weighted-sum line', () => {
  it('is a straight segment edge to edge on linear axes, every point on a·x + b·y = c', () => {
    const x = lin([0, 10], [0, W]);
    const y = lin([0, 10], [H, 0]);
    // x + y = 10: the diagonal from top-left to bottom-right.
    const pieces = linePieces(1, 1, 10, x, y, false, false);
    expect(pieces).toHaveLength(1);
    expect(inside(pieces)).toBe(true);
    for (const [px, py] of pieces[0]) expect(x.invert(px) + y.invert(py)).toBeCloseTo(10, 9);
    const xs = pieces[0].map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(0, 6);
    expect(Math.max(...xs)).toBeCloseTo(W, 6);
  });

  it('is clipped where it leaves the plot, and empty when it misses it', () => {
    const x = lin([0, 10], [0, W]);
    const y = lin([0, 10], [H, 0]);
    // y = 2x: enters at the origin, leaves through the top at x = 5.
    const pieces = linePieces(-2, 1, 0, x, y, false, false);
    expect(pieces).toHaveLength(1);
    const pts = pieces[0];
    expect(x.invert(pts[pts.length - 1][0])).toBeCloseTo(5, 6);
    expect(pts[pts.length - 1][1]).toBeCloseTo(0, 6);
    expect(linePieces(1, 1, 100, x, y, false, false)).toEqual([]);
  });

  it('handles vertical and horizontal lines and refuses degenerate ones', () => {
    const x = lin([0, 10], [0, W]);
    const y = lin([0, 10], [H, 0]);
    expect(linePieces(2, 0, 8, x, y, false, false)).toEqual([
      [
        [160, H],
        [160, 0],
      ],
    ]);
    expect(linePieces(0, 1, 5, x, y, false, false)).toEqual([
      [
        [0, 150],
        [W, 150],
      ],
    ]);
    expect(linePieces(0, 0, 1, x, y, false, false)).toEqual([]);
    expect(linePieces(NaN, 1, 1, x, y, false, false)).toEqual([]);
  });

  it('curves on a log axis: the samples stay on the line in data units and bend in pixels', () => {
    const x = log([0.01, 100], [0, W]);
    const y = lin([0, 100], [H, 0]);
    // Pass rate falls as cost grows: 0.5·x + y = 90.
    const pieces = linePieces(0.5, 1, 90, x, y, true, false);
    expect(pieces.length).toBe(1);
    const pts = pieces[0];
    expect(pts.length).toBeGreaterThan(20);
    expect(inside(pieces)).toBe(true);
    for (const [px, py] of pts) expect(0.5 * x.invert(px) + y.invert(py)).toBeCloseTo(90, 6);
    // Not straight in pixels: the middle sample is far off the chord between the ends.
    const [ax, ay] = pts[0];
    const [bx, by] = pts[pts.length - 1];
    const dev = (p: [number, number]) => Math.abs((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)) / Math.hypot(bx - ax, by - ay);
    expect(Math.max(...pts.map(dev))).toBeGreaterThan(20);
    // Ordered left to right.
    for (let i = 1; i < pts.length; i++) expect(pts[i][0]).toBeGreaterThanOrEqual(pts[i - 1][0]);
  });

  it('runs to the bottom edge where a log y axis would need non-positive values', () => {
    const x = lin([0, 10], [0, W]);
    const y = log([1, 100], [H, 0]);
    // y = 50 − 10x reaches 0 at x = 5; on the log axis it drops to the bottom edge before that.
    const pieces = linePieces(10, 1, 50, x, y, false, true);
    expect(pieces).toHaveLength(1);
    const pts = pieces[0];
    expect(inside(pieces)).toBe(true);
    const last = pts[pts.length - 1];
    expect(last[1]).toBeCloseTo(H, 6);
    expect(x.invert(last[0])).toBeLessThan(5);
    expect(x.invert(last[0])).toBeCloseTo(4.9, 1); // y = 1 at x = 4.9
  });

  it('is sampled finely enough on steep stretches (samples along both axes)', () => {
    const x = log([1, 1000], [0, W]);
    const y = log([1, 1000], [H, 0]);
    const pieces = linePieces(1, 1, 1001, x, y, true, true);
    const pts = allPoints(pieces);
    for (let i = 1; i < pts.length; i++) expect(Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1])).toBeLessThan(12);
  });

  it('follows the zoom: a rescaled scale gives the visible part only', () => {
    const x = lin([2, 4], [0, W]);
    const y = lin([2, 4], [H, 0]);
    const pieces = linePieces(1, 1, 6, x, y, false, false);
    expect(pieces).toHaveLength(1);
    expect(x.invert(pieces[0][0][0])).toBeCloseTo(2, 6);
    expect(y.invert(pieces[0][0][1])).toBeCloseTo(4, 6);
  });
});

describe('Chebyshev / reference-point corner', () => {
  const x = lin([0, 10], [0, W]);
  const y = lin([0, 10], [H, 0]);

  it('draws both rays from the corner toward the given sides, to the plot edges', () => {
    // Both minimized: rays toward smaller values (left and down).
    const pieces = cornerPieces({ x: 4, y: 6, xToward: -1, yToward: -1 }, x, y, false, false);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toEqual([
      [160, H],
      [160, 120],
      [0, 120],
    ]);
    // x maximized, y minimized: right and down.
    const other = cornerPieces({ x: 4, y: 6, xToward: 1, yToward: -1 }, x, y, false, false);
    expect(other[0]).toEqual([
      [160, H],
      [160, 120],
      [W, 120],
    ]);
    // Up and left.
    const up = cornerPieces({ x: 4, y: 6, xToward: -1, yToward: 1 }, x, y, false, false);
    expect(up[0]).toEqual([
      [160, 0],
      [160, 120],
      [0, 120],
    ]);
  });

  it('keeps the visible ray when the corner is outside the plot, and nothing when both rays are', () => {
    // Corner above the plot: the vertical ray comes down into view, the horizontal one is hidden.
    const above = cornerPieces({ x: 4, y: 20, xToward: -1, yToward: -1 }, x, y, false, false);
    expect(above).toEqual([
      [
        [160, H],
        [160, 0],
      ],
    ]);
    // Corner beyond the right edge with rays running further right and up: nothing to see.
    expect(cornerPieces({ x: 20, y: 20, xToward: 1, yToward: 1 }, x, y, false, false)).toEqual([]);
    expect(cornerPieces({ x: NaN, y: 1, xToward: 1, yToward: 1 }, x, y, false, false)).toEqual([]);
  });

  it('puts a corner at a non-positive value on a log axis at that axis’ low edge', () => {
    const lx = log([1, 100], [0, W]);
    const pieces = cornerPieces({ x: 0, y: 5, xToward: 1, yToward: 1 }, lx, y, true, false);
    // Only the horizontal ray shows, across the whole plot.
    expect(pieces).toEqual([
      [
        [0, 150],
        [W, 150],
      ],
    ]);
  });

  it('dispatches on the level-set kind', () => {
    expect(levelSetPieces({ kind: 'corner', x: 4, y: 6, xToward: -1, yToward: -1 }, x, y, false, false)).toHaveLength(1);
    expect(levelSetPieces({ kind: 'line', a: 1, b: 1, c: 10 }, x, y, false, false)).toHaveLength(1);
  });
});

describe('polyline in data coordinates', () => {
  const x = scaleLinear().domain([0, 10]).range([0, 100]);
  const y = scaleLinear().domain([0, 10]).range([100, 0]);

  it('runs ±Infinity to the edges, breaks at NaN, and clips', () => {
    const pieces = polylinePieces([[-Infinity, 8], [3, 8], [3, 20], [NaN, 1], [5, 5], [Infinity, 5]], x, y, false, false);
    expect(pieces.map((p) => p.map(([a, b]) => [Math.round(a * 1e6) / 1e6, Math.round(b * 1e6) / 1e6]))).toEqual([
      [[0, 20], [30, 20], [30, 0]],
      [[50, 50], [100, 50]],
    ]);
  });

  it('treats non-positive values on a log axis as the low edge', () => {
    const ly = scaleLog().domain([1, 100]).range([100, 0]);
    expect(polylinePieces([[5, 0], [5, 10]], x, ly, false, true)).toEqual([[[50, 100], [50, 50]]]);
  });
});

describe('label, path, brush and nudge', () => {
  it('writes the path with rounded coordinates', () => {
    expect(
      piecesPath([
        [
          [0, 1.234],
          [2.005, 3],
        ],
        [
          [5, 5],
          [6, 6],
        ],
      ]),
    ).toBe('M0,1.23L2.01,3M5,5L6,6');
  });

  it('anchors the label on the longest piece, away from the winner, reading left to right', () => {
    const piece: [number, number][] = [
      [0, 300],
      [400, 0],
    ];
    const mid = labelAnchor([piece])!;
    expect(mid.x).toBeCloseTo(200);
    expect(mid.angle).toBeCloseTo((Math.atan2(-300, 400) * 180) / Math.PI);
    const away = labelAnchor([piece], [200, 150])!;
    expect(Math.hypot(away.x - 200, away.y - 150)).toBeGreaterThanOrEqual(90);
    // Drawn right to left, the text still reads left to right.
    const back = labelAnchor([[...piece].reverse()])!;
    expect(Math.abs(back.angle)).toBeLessThanOrEqual(90);
    expect(labelAnchor([[[0, 0], [10, 0]]])).toBeNull();
  });

  it('turns a brushed rectangle into data ranges, low to high, through log axes and clamped to the plot', () => {
    const x = log([1, 1000], [0, 300]);
    const y = lin([0, 100], [H, 0]);
    const d = brushToData([200, 30], [100, 240], x, y);
    expect(d.x[0]).toBeCloseTo(10, 9);
    expect(d.x[1]).toBeCloseTo(100, 9);
    expect(d.y[0]).toBeCloseTo(20, 9);
    expect(d.y[1]).toBeCloseTo(90, 9);
    const clamped = brushToData([-50, -50], [400, 400], x, y);
    expect(clamped.x[0]).toBeCloseTo(1, 9);
    expect(clamped.x[1]).toBeCloseTo(1000, 9);
    expect(clamped.y).toEqual([0, 100]);
  });

  it('nudges a value by pixels, multiplicatively on a log axis, and keeps it in view', () => {
    const x = log([1, 1000], [0, 300]);
    expect(nudge(10, x, 100)).toBeCloseTo(100, 9);
    expect(nudge(10, x, -1000)).toBeCloseTo(1, 9);
    const y = lin([0, 100], [H, 0]);
    expect(nudge(50, y, -30)).toBeCloseTo(60, 9);
  });
});
