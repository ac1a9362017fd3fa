/**
 * Dev-only page for looking at the deciding panels with the bundled Aider data (served by `npx vite`
 * at /src/features/decide/harness/index.html; not part of the build). It plays the app: it keeps the
 * deciding state locally and scores with core `scalarize`. `?theme=dark` for the dark theme.
 */
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../index.css';
import { parseExpression, ExpressionError } from '../../../core/expr';
import { scalarize } from '../../../core';
import { buildDataset, parseCard } from '../../../data';
import type { Dataset } from '../../../data/types';
import type { Constraint, DecisionMethod, DerivedColumnSpec } from '../../../state/decisionTypes';
import { ConstraintsPanel, DerivedColumnsPanel, RankingTable, ReversePanel, WeightsPanel, rowLabel, type DecisionObjective } from '..';

const OBJECTIVES: DecisionObjective[] = [
  { key: 'pass_rate_2', label: 'Pass rate', unit: '%', sense: 'max' },
  { key: 'total_cost', label: 'Cost', unit: 'USD', sense: 'min' },
];

async function load(): Promise<Dataset> {
  const card = parseCard(await (await fetch('/data/aider-polyglot/card.json')).json(), 'aider-polyglot/card.json');
  const files: Record<string, string> = {};
  for (const f of card.files) files[f] = await (await fetch(`/data/${f}`)).text();
  return buildDataset(card, files);
}

function Harness({ ds }: { ds: Dataset }) {
  const [weights, setWeights] = useState<Record<string, number>>({ pass_rate_2: 0.8, total_cost: 0.2 });
  const [method, setMethod] = useState<DecisionMethod>('weighted-sum');
  const [ref, setRef] = useState<Record<string, number> | null>({ pass_rate_2: 70, total_cost: 10 });
  const [constraints, setConstraints] = useState<Constraint[]>([
    { column: 'total_cost', op: '<=', value: 50 },
    { column: 'pass_rate_2', op: 'between', value: 40, value2: 90, source: 'brush' },
  ]);
  const [derived, setDerived] = useState<DerivedColumnSpec[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const numeric = ds.columns.filter((c) => c.kind === 'number');
  const cols = OBJECTIVES.map((o) => (ds.byKey.get(o.key) as { values: Float64Array }).values);

  const pass = (i: number) =>
    constraints.every((c) => {
      const v = (ds.byKey.get(c.column) as { values: Float64Array } | undefined)?.values[i] ?? NaN;
      return c.op === '<=' ? v <= c.value : c.op === '>=' ? v >= c.value : v >= c.value && v <= (c.value2 ?? Infinity);
    });
  const rows = useMemo(() => Array.from({ length: ds.rowCount }, (_, i) => i).filter((i) => cols.every((c) => Number.isFinite(c[i])) && pass(i)), [ds, constraints]); // eslint-disable-line
  const view = useMemo(() => {
    const sub = cols.map((c) => Float64Array.from(rows, (i) => c[i]));
    const w = OBJECTIVES.map((o) => weights[o.key] ?? 1);
    const ok = w.some((v) => v > 0) && rows.length > 0;
    const scores = ok
      ? scalarize(sub, OBJECTIVES.map((o) => o.sense), w, {
          method,
          normalization: 'range',
          ...(method === 'asf' ? { referencePoint: OBJECTIVES.map((o) => ref?.[o.key] ?? 0) } : {}),
        })
      : new Float64Array(rows.length).fill(NaN);
    const ranking = rows.map((row, j) => ({ row, score: scores[j] })).filter((r) => Number.isFinite(r.score)).sort((a, b) => a.score - b.score).slice(0, 10);
    const ranges = OBJECTIVES.map((o, k) => ({ key: o.key, min: Math.min(...sub[k]), max: Math.max(...sub[k]) }));
    return { ranking, ranges, best: ranking[0]?.row ?? null };
  }, [rows, weights, method, ref]); // eslint-disable-line

  const validate = (f: string) => {
    try {
      parseExpression(f, { columns: [...numeric.map((c) => c.spec.key), ...derived.map((d) => d.key)] });
      return {};
    } catch (e) {
      return e instanceof ExpressionError ? { error: e.message, position: e.position, length: e.length } : { error: String(e) };
    }
  };

  const decisionColumns = numeric.map((c) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of c.values) if (Number.isFinite(v)) ((lo = Math.min(lo, v)), (hi = Math.max(hi, v)));
    return { key: c.spec.key, label: c.spec.label, unit: c.spec.unit, min: lo, max: hi };
  });
  const sel = selected ?? view.best;

  return (
    <div className="mx-auto grid max-w-[1400px] grid-cols-[19rem_minmax(0,1fr)_18rem] gap-4 p-4">
      <aside className="space-y-4">
        <WeightsPanel
          objectives={OBJECTIVES}
          weights={weights}
          method={method}
          ranges={view.ranges}
          rankedCount={rows.length}
          referencePoint={ref}
          onWeight={(k, w) => setWeights((p) => ({ ...p, [k]: w }))}
          onMethod={setMethod}
          onReferenceValue={(k, v) => setRef((p) => ({ ...(p ?? {}), [k]: v }))}
        />
        <ConstraintsPanel
          columns={decisionColumns}
          constraints={constraints}
          filteredCount={ds.rowCount - rows.length}
          onAdd={(c) => setConstraints((p) => [...p, c])}
          onUpdate={(i, c) => setConstraints((p) => p.map((x, j) => (j === i ? c : x)))}
          onRemove={(i) => setConstraints((p) => p.filter((_, j) => j !== i))}
        />
      </aside>
      <main className="min-w-0">
        <section className="panel">
          <h2 className="panel-title">Ranking</h2>
          <RankingTable ranking={view.ranking} dataset={ds} objectiveKeys={OBJECTIVES.map((o) => o.key)} best={view.best} selected={selected} onSelect={setSelected} />
        </section>
      </main>
      <aside className="space-y-4">
        <ReversePanel
          selectedLabel={sel === null ? null : rowLabel(ds, sel)}
          objectives={OBJECTIVES}
          pseudoWeights={[0.62, 0.38]}
          weightRange={{ min: 0.55, max: 0.71 }}
          unsupported={false}
          unsupportedCount={4}
          currentShare={(weights.pass_rate_2 ?? 1) / ((weights.pass_rate_2 ?? 1) + (weights.total_cost ?? 1))}
          onUseWeights={(w) => setWeights(w)}
        />
        <ReversePanel selectedLabel="gpt-4o-mini (unsupported example)" objectives={OBJECTIVES} pseudoWeights={[0.3, 0.7]} weightRange={null} unsupported unsupportedCount={4} />
        <DerivedColumnsPanel
          derived={derived}
          columns={decisionColumns}
          validate={validate}
          suggestions={[{ key: 'cost_of_pass', label: 'cost-of-pass', formula: 'total_cost / (pass_rate_2 / 100)', unit: 'USD', sense: 'min' }]}
          onAdd={(d) => setDerived((p) => [...p, d])}
          onRemove={(k) => setDerived((p) => p.filter((d) => d.key !== k))}
        />
      </aside>
    </div>
  );
}

function App() {
  const [ds, setDs] = useState<Dataset | null>(null);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', new URLSearchParams(location.search).get('theme') === 'dark');
    load().then(setDs, (e) => console.error(e));
  }, []);
  return ds ? <Harness ds={ds} /> : <p className="p-4">Loading…</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
