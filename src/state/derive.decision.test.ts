import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kneePoint, pseudoWeights, scalarize, supportedMask, weightRange2d, type Sense } from '../core';
import type { Dataset, NumberColumn } from '../data/types';
import { addConstraint, setMethod, setReferencePoint, setWeight, setX, setY, toggleObjective, setSense } from './actions';
import type { LevelSet } from './decisionTypes';
import { defaultSpec } from './defaults';
import { deriveView, pointDecision, STATUS_FRONT } from './derive';
import { withDerived } from './derived';
import { datasetAndSpecArb } from './testing/arbitraries';
import { aiderLikeDataset, fakeDataset } from './testing/fakeDataset';
import type { ViewSpec } from './viewSpec';

/** The ranked rows of a view and the ticked objectives on them, computed independently of derive.ts. */
function ranked(dataset: Dataset, spec: ViewSpec) {
  const view = deriveView(dataset, spec);
  const ds = withDerived(dataset, spec.derived);
  const rows = [...view.status.keys()].filter((i) => view.status[i] >= 2);
  const ticked = spec.objectives.filter((o) => o.active && ds.byKey.get(o.key)?.kind === 'number');
  const columns = ticked.map((o) => Float64Array.from(rows, (i) => (ds.byKey.get(o.key) as NumberColumn).values[i]));
  const senses = ticked.map((o) => o.sense);
  const weights = ticked.map((o) => (Object.hasOwn(spec.weights, o.key) ? spec.weights[o.key] : 1));
  return { view, ds, rows, ticked, columns, senses, weights };
}

describe('deriveView: the decision', () => {
  it('scores, ranking, winner, knee, unsupported and ranges agree with the core on the ranked rows', () => {
    fc.assert(
      fc.property(datasetAndSpecArb, ({ dataset, spec }) => {
        const { view, rows, ticked, columns, senses, weights } = ranked(dataset, spec);
        const d = view.decision;
        expect(d.scores).toHaveLength(dataset.rowCount);
        if (rows.length === 0 || columns.length === 0) {
          expect(d.best).toBeNull();
          expect(d.ranking).toEqual([]);
          expect([...d.scores].every(Number.isNaN)).toBe(true);
          return;
        }
        const ideal = ticked.map((o, k) => (o.sense === 'max' ? Math.max(...columns[k]) : Math.min(...columns[k])));
        const ref =
          spec.method === 'weighted-sum' || (spec.method === 'chebyshev' && spec.referencePoint === null)
            ? undefined
            : ticked.map((o, k) => (spec.referencePoint && Object.hasOwn(spec.referencePoint, o.key) ? spec.referencePoint[o.key] : ideal[k]));
        const expected = scalarize(columns, senses, weights, { method: spec.method, normalization: 'range', ...(ref ? { referencePoint: ref } : {}) });
        rows.forEach((r, j) => expect(d.scores[r]).toBe(expected[j]));
        for (let i = 0; i < dataset.rowCount; i++) if (!rows.includes(i)) expect(d.scores[i]).toBeNaN();

        // Ranking: the 10 lowest scores, front rows first on ties, then by row.
        const order = rows
          .map((r, j) => ({ row: r, score: expected[j], front: view.status[r] === STATUS_FRONT }))
          .sort((a, b) => a.score - b.score || Number(b.front) - Number(a.front) || a.row - b.row)
          .slice(0, 10)
          .map(({ row, score }) => ({ row, score }));
        expect(d.ranking).toEqual(order);
        expect(d.best).toBe(order[0].row);
        expect(view.status[d.best as number]).toBe(STATUS_FRONT);

        const knee = kneePoint(columns, senses);
        expect(d.knee).toBe(knee < 0 ? null : rows[knee]);
        const mask = supportedMask(columns, senses, 'range');
        for (let i = 0; i < dataset.rowCount; i++) {
          const j = rows.indexOf(i);
          expect(d.unsupported[i]).toBe(j >= 0 && view.status[i] === STATUS_FRONT && !mask[j] ? 1 : 0);
        }
        expect(d.unsupportedCount).toBe(d.unsupported.reduce((a, b) => a + b, 0));
        expect(d.ranges).toEqual(ticked.map((o, k) => ({ key: o.key, min: Math.min(...columns[k]), max: Math.max(...columns[k]) })));
      }),
      { seed: 77, numRuns: 400 },
    );
  });

  it('pointDecision reads pseudo-weights and the weight interval off the ranked rows', () => {
    fc.assert(
      fc.property(datasetAndSpecArb, fc.nat(), ({ dataset, spec }, pick) => {
        const { view, rows, columns, senses } = ranked(dataset, spec);
        const row = pick % dataset.rowCount;
        const p = pointDecision(dataset, spec, row);
        expect(p).not.toBeNull();
        const j = rows.indexOf(row);
        const onFront = view.status[row] === STATUS_FRONT;
        expect(p?.onFront).toBe(onFront);
        expect(p?.supported).toBe(onFront && view.decision.unsupported[row] === 0);
        if (!onFront) expect(p?.pseudoWeights).toBeNull();
        else {
          const pw = pseudoWeights(columns, senses, j);
          expect(p?.pseudoWeights).toEqual(pw.every(Number.isFinite) ? pw : null);
        }
        if (columns.length === 2) expect(p?.weightRange).toEqual(onFront ? weightRange2d(columns, senses, j, 'range') : null);
        else expect(p).not.toHaveProperty('weightRange');
      }),
      { seed: 78, numRuns: 300 },
    );
    const ds = aiderLikeDataset();
    expect(pointDecision(ds, defaultSpec(ds), 99)).toBeNull();
    expect(pointDecision(ds, defaultSpec(ds), -1)).toBeNull();
  });

  it('constraints take rows out of the front, the scores and the ranking', () => {
    const ds = aiderLikeDataset();
    const spec = addConstraint(defaultSpec(ds), ds, { column: 'total_cost', op: '<=', value: 9 }).spec;
    const view = deriveView(ds, spec);
    // Rows 0, 1, 3 cost more than 9 and row 6 has no cost: out of the ranking, drawn faint.
    expect(view.decision.filteredCount).toBe(4);
    expect(view.unrankedCount).toBe(1);
    for (const r of [0, 1, 3, 6]) {
      expect(view.status[r]).toBe(1);
      expect(view.decision.scores[r]).toBeNaN();
    }
    expect(view.decision.ranking.map((e) => e.row).sort()).toEqual([2, 4, 5, 7]);
  });
});

/** A two-objective view of (x, y) rows: x to minimize, y to maximize unless told otherwise. */
function plane(rows: [number, number][], senses: [Sense, Sense] = ['min', 'max']) {
  const ds = fakeDataset({
    id: `plane-${rows.length}-${senses.join('')}`,
    defaults: { x: 'x', y: 'y' },
    columns: [
      { key: 'x', role: 'objective', sense: senses[0], values: rows.map((r) => r[0]) },
      { key: 'y', role: 'objective', sense: senses[1], values: rows.map((r) => r[1]) },
    ],
  });
  return { ds, spec: defaultSpec(ds) };
}

const at = (l: LevelSet & { kind: 'line' }, x: number, y: number) => l.a * x + l.b * y - l.c;

describe('level sets', () => {
  const pts: [number, number][] = [[1, 10], [3, 40], [6, 70], [10, 75], [4, 20], [8, 50]];

  it('weighted sum: the line through the winner separates better from worse scores, in data units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true })), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.constantFrom<[Sense, Sense]>(['min', 'max'], ['max', 'min'], ['min', 'min'], ['max', 'max']),
        (rows, wx, wy, senses) => {
          const { ds, spec: s0 } = plane(rows, senses);
          const spec = setWeight(setWeight(s0, ds, 'x', wx).spec, ds, 'y', wy).spec;
          const view = deriveView(ds, spec);
          const level = view.decision.levelSet;
          expect(level?.kind).toBe('line');
          if (level?.kind !== 'line') return;
          const best = view.decision.best as number;
          const scale = Math.max(1, ...rows.flat().map(Math.abs));
          expect(Math.abs(at(level, rows[best][0], rows[best][1]))).toBeLessThanOrEqual(1e-9 * scale * (Math.abs(level.a) + Math.abs(level.b)));
          // Moving along the line keeps the score; the sign of a·x + b·y − c orders the scores.
          const scores = view.decision.scores;
          rows.forEach(([x, y], i) => {
            const side = at(level, x, y);
            const diff = scores[i] - scores[best];
            if (Math.abs(diff) > 1e-9) expect(Math.sign(side)).toBe(Math.sign(diff));
          });
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });

  it('Chebyshev: the corner sits where the winner scores, its rays run toward the better side', () => {
    const { ds, spec: s0 } = plane(pts);
    const spec = setMethod(setWeight(s0, ds, 'x', 2).spec, ds, 'chebyshev').spec;
    const view = deriveView(ds, spec);
    const level = view.decision.levelSet;
    // x is minimized: its ray runs toward smaller x; y is maximized: toward larger y.
    expect(level).toMatchObject({ kind: 'corner', xToward: -1, yToward: 1 });
    if (level?.kind !== 'corner') return;
    // By hand: x ∈ [1, 10] min, y ∈ [10, 75] max; ideal (1, 75); score = max(2 (x−1)/9, (75−y)/65).
    const best = view.decision.best as number;
    const s = Math.max((2 * (pts[best][0] - 1)) / 9, (75 - pts[best][1]) / 65);
    expect(level.x).toBeCloseTo(1 + (9 * s) / 2, 12);
    expect(level.y).toBeCloseTo(75 - 65 * s, 12);
    // The winner lies on the corner's boundary.
    expect(Math.min(Math.abs(level.x - pts[best][0]), Math.abs(level.y - pts[best][1]))).toBeLessThan(1e-9);
    // ...on a ray: from the corner toward the better side on the other coordinate.
    if (Math.abs(level.x - pts[best][0]) < 1e-9) expect((pts[best][1] - level.y) * level.yToward).toBeGreaterThanOrEqual(0);
    else expect((pts[best][0] - level.x) * level.xToward).toBeGreaterThanOrEqual(0);
    // Every other row scores no better, so none lies strictly inside the box the rays bound.
    pts.forEach(([x, y], i) => {
      const inside = (x - level.x) * level.xToward > 1e-9 && (y - level.y) * level.yToward > 1e-9;
      if (i !== best) expect(inside).toBe(false);
    });
  });

  it('ASF: the corner is measured from the reference point', () => {
    const { ds, spec: s0 } = plane(pts);
    const spec = setReferencePoint(setMethod(s0, ds, 'asf').spec, ds, { x: 7, y: 30 }).spec;
    const view = deriveView(ds, spec);
    const level = view.decision.levelSet;
    if (level?.kind !== 'corner') throw new Error('expected a corner');
    const best = view.decision.best as number;
    expect(pts[best]).toEqual([3, 40]);
    const s = Math.max((pts[best][0] - 7) / 9, (30 - pts[best][1]) / 65);
    expect(level.x).toBeCloseTo(7 + 9 * s, 12);
    expect(level.y).toBeCloseTo(30 - 65 * s, 12);
    // A reference point that some rows beat: the score is negative, the corner better than the reference.
    expect(s).toBeLessThan(0);
  });

  it('a zero weight on an axis leaves no corner there: a line through the other corner value', () => {
    const { ds, spec: s0 } = plane(pts);
    const cheb = setMethod(s0, ds, 'chebyshev').spec;
    const noX = deriveView(ds, setWeight(cheb, ds, 'x', 0).spec).decision.levelSet;
    expect(noX).toEqual({ kind: 'line', a: 0, b: 1, c: 75 }); // the best y, whatever x
    const noY = deriveView(ds, setWeight(cheb, ds, 'y', 0).spec).decision.levelSet;
    expect(noY).toEqual({ kind: 'line', a: 1, b: 0, c: 1 });
    const ws = deriveView(ds, setWeight(s0, ds, 'x', 0).spec).decision.levelSet;
    expect(ws).toMatchObject({ kind: 'line', a: 0 });
  });

  it('none unless both axes are ticked objectives (and different)', () => {
    const ds = aiderLikeDataset();
    const spec = defaultSpec(ds);
    expect(deriveView(ds, spec).decision.levelSet).not.toBeNull();
    expect(deriveView(ds, setY(spec, ds, 'pass_num_2').spec).decision.levelSet).toBeNull();
    expect(deriveView(ds, toggleObjective(spec, ds, 'total_cost').spec).decision.levelSet).toBeNull();
    expect(deriveView(ds, setX(spec, ds, 'pass_rate_2').spec).decision.levelSet).toBeNull();
  });

  it('follows a flipped sense', () => {
    const { ds, spec: s0 } = plane(pts);
    const flipped = setSense(s0, ds, 'y', 'min').spec;
    const level = deriveView(ds, setMethod(flipped, ds, 'chebyshev').spec).decision.levelSet;
    expect(level).toMatchObject({ kind: 'corner', xToward: -1, yToward: -1 });
  });
});
