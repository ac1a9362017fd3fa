import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBrushConstraint,
  addConstraint,
  addDerived,
  clearBrushConstraints,
  removeConstraint,
  removeDerived,
  setMethod,
  setReferencePoint,
  setReferenceValue,
  setSense,
  setWeight,
  setWeights,
  setX,
  setY,
  setScale,
  toggleObjective,
  updateConstraint,
  type ActionResult,
} from './actions';
import type { Constraint, DecisionMethod, DerivedColumnSpec } from './decisionTypes';
import { defaultSpec } from './defaults';
import { withDerived } from './derived';
import { datasetAndSpecArb } from './testing/arbitraries';
import { aiderLikeDataset, fakeDataset } from './testing/fakeDataset';
import { specProblems } from './validate';
import type { ViewSpec } from './viewSpec';

const ds = aiderLikeDataset();
const base = defaultSpec(ds);
const COP: DerivedColumnSpec = { key: 'cost_of_pass', formula: 'total_cost / (pass_rate_2 / 100)', label: 'Cost of pass', unit: 'USD', sense: 'min' };

/** Applies an action and checks the promises every action keeps. */
function ok(result: ActionResult): ViewSpec {
  expect(result.notice).toBeUndefined();
  expect(specProblems(result.spec, ds)).toEqual([]);
  return result.spec;
}

function refused(result: ActionResult, before: ViewSpec, notice: string | RegExp): void {
  expect(result.spec).toBe(before);
  if (typeof notice === 'string') expect(result.notice).toBe(notice);
  else expect(result.notice).toMatch(notice);
}

describe('weights', () => {
  it('sets a weight per objective, ticked or not, and keeps the spec when nothing changes', () => {
    const s = ok(setWeight(base, ds, 'total_cost', 2.5));
    expect(s.weights).toEqual({ total_cost: 2.5 });
    expect(setWeight(s, ds, 'total_cost', 2.5).spec).toBe(s);
    const u = ok(setWeight(ok(toggleObjective(s, ds, 'seconds_per_case')), ds, 'seconds_per_case', 0));
    expect(u.weights).toEqual({ total_cost: 2.5, seconds_per_case: 0 });
    expect(Object.is(ok(setWeight(base, ds, 'total_cost', -0)).weights.total_cost, 0)).toBe(true);
  });

  it('refuses what is not a weight, with a reason', () => {
    refused(setWeight(base, ds, 'nope', 1), base, "Unknown objective 'nope'");
    refused(setWeight(base, ds, 'model', 1), base, "Unknown objective 'model'");
    for (const bad of [-1, NaN, Infinity, '2' as unknown as number]) {
      refused(setWeight(base, ds, 'total_cost', bad), base, `The weight of 'total_cost' must be a number ≥ 0, got ${String(bad)}`);
    }
  });

  it('never lets every ticked objective weigh 0', () => {
    let s = ok(setWeight(base, ds, 'total_cost', 0));
    s = ok(setWeight(s, ds, 'seconds_per_case', 0));
    refused(setWeight(s, ds, 'pass_rate_2', 0), s, 'At least one ticked objective needs a weight above 0');
    // Unticking the only weighted one gives the others their weight back, and says so.
    const r = toggleObjective(s, ds, 'pass_rate_2');
    expect(r.notice).toBe('Every ticked objective weighed 0 — their weights are back to 1');
    expect(r.spec.weights).toEqual({});
    expect(specProblems(r.spec, ds)).toEqual([]);
  });

  it('sets all weights at once, validated the same way', () => {
    const s = ok(setWeights(base, ds, { pass_rate_2: 0.6, total_cost: 0.3, seconds_per_case: 0.1 }));
    expect(s.weights).toEqual({ pass_rate_2: 0.6, total_cost: 0.3, seconds_per_case: 0.1 });
    expect(setWeights(s, ds, { ...s.weights }).spec).toBe(s);
    refused(setWeights(s, ds, { pass_rate_2: 0, total_cost: 0, seconds_per_case: 0 }), s, 'At least one ticked objective needs a weight above 0');
    refused(setWeights(s, ds, { zz: 1 }), s, "Unknown objective 'zz'");
  });

  it("treats keys like '__proto__' and 'constructor' as plain objective names", () => {
    const odd = fakeDataset({
      id: 'odd',
      columns: [
        { key: '__proto__', role: 'objective', sense: 'min', values: [1, 2, 3] },
        { key: 'constructor', role: 'objective', sense: 'max', values: [3, 1, 2] },
        { key: 'toString', role: 'attribute', values: [1, 1, 1] },
      ],
    });
    let s = defaultSpec(odd);
    s = setWeight(s, odd, '__proto__', 0).spec;
    s = setWeight(s, odd, 'constructor', 3).spec;
    expect(Object.getPrototypeOf(s.weights)).toBe(Object.prototype);
    expect(Object.keys(s.weights)).toEqual(['__proto__', 'constructor']);
    expect(specProblems(s, odd)).toEqual([]);
    refused(setWeight(s, odd, 'hasOwnProperty', 1), s, "Unknown objective 'hasOwnProperty'");
    // Every numeric column can be weighed once it is an objective, whatever the card's role.
    expect(Object.keys(setWeight(s, odd, 'toString', 1).spec.weights)).toEqual(['__proto__', 'constructor', 'toString']);
    s = setReferenceValue(s, odd, 'constructor', 2).spec;
    expect(Object.keys(s.referencePoint ?? {})).toEqual(['constructor']);
    expect(specProblems(s, odd)).toEqual([]);
  });
});

describe('method and reference point', () => {
  it('switches the method and refuses unknown ones', () => {
    for (const m of ['chebyshev', 'asf', 'weighted-sum'] as DecisionMethod[]) expect(ok(setMethod(base, ds, m)).method).toBe(m);
    expect(setMethod(base, ds, 'weighted-sum').spec).toBe(base);
    refused(setMethod(base, ds, 'lexicographic' as DecisionMethod), base, "Unknown method 'lexicographic' (use weighted-sum, chebyshev or asf)");
  });

  it('sets the reference point whole or one value at a time; empty is none', () => {
    const s = ok(setReferencePoint(base, ds, { pass_rate_2: 70, total_cost: 5 }));
    expect(s.referencePoint).toEqual({ pass_rate_2: 70, total_cost: 5 });
    const t = ok(setReferenceValue(s, ds, 'seconds_per_case', 12));
    expect(t.referencePoint).toEqual({ pass_rate_2: 70, total_cost: 5, seconds_per_case: 12 });
    const u = ok(setReferenceValue(t, ds, 'total_cost', 6));
    expect(u.referencePoint).toEqual({ pass_rate_2: 70, total_cost: 6, seconds_per_case: 12 });
    expect(ok(setReferenceValue(base, ds, 'total_cost', 3)).referencePoint).toEqual({ total_cost: 3 });
    let v = ok(setReferenceValue(ok(setReferenceValue(u, ds, 'total_cost', null)), ds, 'pass_rate_2', null));
    expect(v.referencePoint).toEqual({ seconds_per_case: 12 });
    v = ok(setReferenceValue(v, ds, 'seconds_per_case', null));
    expect(v.referencePoint).toBeNull();
    expect(ok(setReferencePoint(u, ds, {})).referencePoint).toBeNull();
    expect(ok(setReferencePoint(u, ds, null)).referencePoint).toBeNull();
    expect(setReferencePoint(u, ds, { ...u.referencePoint })).toEqual({ spec: u });
    expect(setReferenceValue(base, ds, 'total_cost', null).spec).toBe(base);
  });

  it('refuses reference values that are not finite numbers on objectives', () => {
    refused(setReferenceValue(base, ds, 'total_cost', Infinity), base, "The reference value of 'total_cost' must be a finite number, got Infinity");
    refused(setReferenceValue(base, ds, 'model', 1), base, "Unknown objective 'model'");
    refused(setReferencePoint(base, ds, { total_cost: 1, pass_rate_2: NaN }), base, "The reference value of 'pass_rate_2' must be a finite number, got NaN");
  });
});

describe('constraints', () => {
  it('adds constraints in their canonical form', () => {
    let s = ok(addConstraint(base, ds, { column: 'total_cost', op: '<=', value: 10, value2: 99 }));
    expect(s.constraints).toEqual([{ column: 'total_cost', op: '<=', value: 10, source: 'chip' }]);
    s = ok(addConstraint(s, ds, { column: 'pass_num_2', op: 'between', value: 150, value2: 50, source: 'brush' }));
    expect(s.constraints[1]).toEqual({ column: 'pass_num_2', op: 'between', value: 50, value2: 150, source: 'brush' });
  });

  it('refuses constraints that cannot be applied', () => {
    const cases: [Constraint, string][] = [
      [{ column: 'nope', op: '<=', value: 1 }, "Unknown column 'nope'"],
      [{ column: 'provider', op: '<=', value: 1 }, "Column 'provider' is not numeric"],
      [{ column: 'total_cost', op: '<' as '<=', value: 1 }, "Unknown operator '<' (use <=, >= or between)"],
      [{ column: 'total_cost', op: '>=', value: NaN }, "The bound of a constraint on 'total_cost' must be a finite number"],
      [{ column: 'total_cost', op: 'between', value: 1 }, "'between' on 'total_cost' needs two finite bounds"],
      [{ column: 'total_cost', op: '>=', value: 1, source: 'lasso' as 'chip' }, "Unknown constraint source 'lasso'"],
    ];
    for (const [c, notice] of cases) refused(addConstraint(base, ds, c), base, notice);
  });

  it('updates and removes by index', () => {
    const s = ok(addConstraint(ok(addConstraint(base, ds, { column: 'total_cost', op: '<=', value: 10 })), ds, { column: 'pass_rate_2', op: '>=', value: 50 }));
    const t = ok(updateConstraint(s, ds, 1, { column: 'pass_rate_2', op: '>=', value: 60 }));
    expect(t.constraints[1].value).toBe(60);
    expect(updateConstraint(t, ds, 1, { column: 'pass_rate_2', op: '>=', value: 60 }).spec).toBe(t);
    expect(ok(removeConstraint(t, ds, 0)).constraints).toEqual([{ column: 'pass_rate_2', op: '>=', value: 60, source: 'chip' }]);
    refused(removeConstraint(t, ds, 2), t, 'There is no constraint number 3');
    refused(updateConstraint(t, ds, -1, { column: 'total_cost', op: '<=', value: 1 }), t, 'There is no constraint number 0');
    refused(updateConstraint(t, ds, 0, { column: 'zz', op: '<=', value: 1 }), t, "Unknown column 'zz'");
  });

  it('a brushed rectangle is one pair of between-constraints on the axes, replaced by the next brush', () => {
    let s = ok(addConstraint(base, ds, { column: 'seconds_per_case', op: '<=', value: 40 }));
    s = ok(addBrushConstraint(s, ds, [20, 2], [30, 90]));
    expect(s.constraints).toEqual([
      { column: 'seconds_per_case', op: '<=', value: 40, source: 'chip' },
      { column: 'total_cost', op: 'between', value: 2, value2: 20, source: 'brush' },
      { column: 'pass_rate_2', op: 'between', value: 30, value2: 90, source: 'brush' },
    ]);
    const again = ok(addBrushConstraint(s, ds, [0, 1], [10, 20]));
    expect(again.constraints.map((c) => [c.column, c.value, c.value2])).toEqual([
      ['seconds_per_case', 40, undefined],
      ['total_cost', 0, 1],
      ['pass_rate_2', 10, 20],
    ]);
    expect(addBrushConstraint(again, ds, [1, 0], [20, 10]).spec).toBe(again);
    refused(addBrushConstraint(s, ds, [0, NaN], [1, 2]), s, 'A brushed rectangle needs two finite numbers on each axis');
    expect(ok(clearBrushConstraints(again)).constraints).toEqual([{ column: 'seconds_per_case', op: '<=', value: 40, source: 'chip' }]);
    expect(clearBrushConstraints(base).spec).toBe(base);
  });
});

describe('derived columns', () => {
  it('adds a column that axes, objectives, weights and constraints can use', () => {
    let s = ok(addDerived(base, ds, COP));
    expect(s.derived).toEqual([COP]);
    expect(s.objectives.at(-1)).toEqual({ key: 'cost_of_pass', sense: 'min', active: false });
    s = ok(toggleObjective(s, ds, 'cost_of_pass'));
    s = ok(setX(s, ds, 'cost_of_pass'));
    s = ok(setScale(s, ds, 'x', 'log'));
    s = ok(setWeight(s, ds, 'cost_of_pass', 3));
    s = ok(addConstraint(s, ds, { column: 'cost_of_pass', op: '<=', value: 20 }));
    s = ok(setSense(s, ds, 'cost_of_pass', 'max'));
    expect(s).toMatchObject({ x: 'cost_of_pass', xScale: 'log', weights: { cost_of_pass: 3 } });
  });

  it('adds a column without a sense as a plain numeric column', () => {
    const s = ok(addDerived(base, ds, { key: 'solved_per_dollar', formula: 'pass_num_2 / total_cost' }));
    expect(s.objectives).toBe(base.objectives);
    expect(ok(setY(s, ds, 'solved_per_dollar')).y).toBe('solved_per_dollar');
  });

  it('says where a formula goes wrong', () => {
    refused(
      addDerived(base, ds, { key: 'c', formula: 'totl_cost / 2' }),
      base,
      "Formula for 'c': Unknown column 'totl_cost' at position 0 (did you mean 'total_cost'?)",
    );
    refused(addDerived(base, ds, { key: 'c', formula: '(total_cost / 2' }), base, "Formula for 'c': Expected ')' at position 15 (to close the '(' at position 0)");
    refused(addDerived(base, ds, { key: 'c', formula: 'provider * 2' }), base, "Formula for 'c': Unknown column 'provider' at position 0");
    refused(addDerived(base, ds, { key: 'total_cost', formula: '1' }), base, "There is already a column called 'total_cost'");
    refused(addDerived(base, ds, { key: ' ', formula: '1' }), base, 'A derived column needs a name');
    refused(addDerived(base, ds, { key: 'c', formula: '1', sense: 'up' as 'min' }), base, "Unknown direction 'up' for 'c' (use min or max, or none)");
    refused(addDerived(base, ds, { key: 'c', formula: '1', label: '' }), base, "The label of 'c' must be non-empty text");
    const s = ok(addDerived(base, ds, COP));
    refused(addDerived(s, ds, { ...COP, formula: '2' }), s, "There is already a column called 'cost_of_pass'");
  });

  it('lets later formulas use earlier derived columns, and removes in the right order', () => {
    let s = ok(addDerived(base, ds, COP));
    s = ok(addDerived(s, ds, { key: 'log cop', formula: 'log10("cost_of_pass")' }));
    refused(removeDerived(s, ds, 'cost_of_pass'), s, "The derived column 'log cop' uses 'cost_of_pass' — remove it first");
    s = ok(removeDerived(s, ds, 'log cop'));
    refused(removeDerived(s, ds, 'log cop'), s, "There is no derived column 'log cop'");
  });

  it('removing a column takes everything that refers to it along, and says what else changed', () => {
    let s = ok(addDerived(base, ds, COP));
    s = ok(toggleObjective(s, ds, 'cost_of_pass'));
    s = ok(setWeight(s, ds, 'cost_of_pass', 4));
    s = ok(setReferenceValue(s, ds, 'cost_of_pass', 10));
    s = ok(addConstraint(s, ds, { column: 'cost_of_pass', op: '<=', value: 100 }));
    s = ok(setY(ok(setX(s, ds, 'cost_of_pass')), ds, 'pass_num_2'));
    const r = removeDerived(s, ds, 'cost_of_pass');
    expect(r.notice).toBe("Removed 'cost_of_pass': its constraint is gone; the x axis shows 'total_cost' instead");
    expect(specProblems(r.spec, ds)).toEqual([]);
    expect(r.spec).toEqual({ ...base, y: 'pass_num_2' });
  });

  it('removing the only ticked objective ticks the first one', () => {
    let s = ok(addDerived(base, ds, COP));
    s = ok(toggleObjective(s, ds, 'cost_of_pass'));
    for (const k of ['pass_rate_2', 'total_cost', 'seconds_per_case']) s = ok(toggleObjective(s, ds, k));
    const r = removeDerived(s, ds, 'cost_of_pass');
    expect(r.notice).toBe("Removed 'cost_of_pass': 'pass_rate_2' is ticked instead");
    expect(r.spec.objectives.filter((o) => o.active).map((o) => o.key)).toEqual(['pass_rate_2']);
    expect(specProblems(r.spec, ds)).toEqual([]);
  });
});

describe('every action keeps every spec valid', () => {
  it('random sequences of deciding actions on random valid specs', () => {
    const step = fc.oneof(
      fc.tuple(fc.constant('weight'), fc.nat(), fc.constantFrom(0, 0.5, 1, 3, -1, NaN)),
      fc.tuple(fc.constant('method'), fc.constantFrom('weighted-sum', 'chebyshev', 'asf', 'x')),
      fc.tuple(fc.constant('ref'), fc.nat(), fc.option(fc.double({ noNaN: true }), { nil: null })),
      fc.tuple(fc.constant('constraint'), fc.nat(), fc.constantFrom('<=', '>=', 'between', '<'), fc.double(), fc.double()),
      fc.tuple(fc.constant('remove'), fc.nat()),
      fc.tuple(fc.constant('brush'), fc.double(), fc.double(), fc.double(), fc.double()),
      fc.tuple(fc.constant('derive'), fc.constantFrom('a', 'b c', ''), fc.constantFrom('1 + 2', '2 *', '"a" * 2', 'log(3)')),
      fc.tuple(fc.constant('underive'), fc.nat()),
      fc.tuple(fc.constant('toggle'), fc.nat()),
    );
    fc.assert(
      fc.property(datasetAndSpecArb, fc.array(step, { maxLength: 12 }), ({ dataset, spec }, steps) => {
        let s = spec;
        const numeric = withDerived(dataset, s.derived).columns.filter((c) => c.kind === 'number').map((c) => c.spec.key);
        for (const st of steps) {
          const key = (i: number) => s.objectives[i % s.objectives.length].key;
          let r: ActionResult;
          switch (st[0]) {
            case 'weight':
              r = setWeight(s, dataset, key(st[1]), st[2]);
              break;
            case 'method':
              r = setMethod(s, dataset, st[1] as DecisionMethod);
              break;
            case 'ref':
              r = setReferenceValue(s, dataset, key(st[1]), st[2]);
              break;
            case 'constraint':
              r = addConstraint(s, dataset, { column: numeric[st[1] % numeric.length], op: st[2] as '<=', value: st[3], value2: st[4] });
              break;
            case 'remove':
              r = removeConstraint(s, dataset, st[1] % (s.constraints.length + 1));
              break;
            case 'brush':
              r = addBrushConstraint(s, dataset, [st[1], st[2]], [st[3], st[4]]);
              break;
            case 'derive':
              r = addDerived(s, dataset, { key: st[1], formula: st[2] });
              break;
            case 'underive':
              r = s.derived.length ? removeDerived(s, dataset, s.derived[st[1] % s.derived.length].key) : { spec: s };
              break;
            default:
              r = toggleObjective(s, dataset, key(st[1]));
          }
          if (r.spec !== s) expect(r.spec).not.toEqual(s);
          s = r.spec;
          expect(specProblems(s, dataset)).toEqual([]);
        }
      }),
      { seed: 2026, numRuns: 300 },
    );
  });
});
