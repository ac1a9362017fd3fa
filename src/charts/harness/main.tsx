/**
 * Dev-only page for looking at the Scatter (served by `npx vite` at /chart-harness.html, not part of
 * the production build). Every setting is also a URL parameter, e.g.
 * /chart-harness.html?data=ml&n=100000&color=rank&x=log&theme=dark.
 */
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../index.css';
import { formatNumber } from '../format';
import { Scatter } from '../Scatter';
import type { ScatterColor, TooltipContent } from '../types';
import type { DecisionMethod } from '../../state/decisionTypes';
import { ControlBar, type Choice } from './Controls';
import { deriveView, makeTable, type ColorMode, type DatasetKind } from './data';
import { decide } from './decide';
import { ParallelHarness } from './ParallelHarness';

type Scale = 'linear' | 'log';
type Theme = 'light' | 'dark';
type OnOff = 'on' | 'off';

function param<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const v = new URLSearchParams(location.search).get(name) as T | null;
  return v && allowed.includes(v) ? v : fallback;
}

function useParam<T extends string>(name: string, allowed: readonly T[], fallback: T): [T, (v: T) => void] {
  const [v, setV] = useState<T>(() => param(name, allowed, fallback));
  const set = useCallback(
    (next: T) => {
      setV(next);
      const url = new URL(location.href);
      url.searchParams.set(name, next);
      history.replaceState(null, '', url);
    },
    [name],
  );
  return [v, set];
}

const opts = <T extends string>(...values: [T, string][]) => values.map(([value, label]) => ({ value, label }));

function Harness() {
  const [data, setData] = useParam<DatasetKind>('data', ['ml', 'sphere', 'cloud', 'single', 'empty'], 'ml');
  const [n, setN] = useParam('n', ['200', '2000', '100000', '1000000'] as const, '200');
  const [mode, setMode] = useParam<ColorMode>('color', ['front', 'rank', 'group'], 'front');
  const [xs, setXs] = useParam<Scale>('x', ['linear', 'log'], 'log');
  const [ys, setYs] = useParam<Scale>('y', ['linear', 'log'], 'linear');
  const [theme, setTheme] = useParam<Theme>('theme', ['light', 'dark'], 'light');
  const [stairs, setStairs] = useParam<OnOff>('stairs', ['on', 'off'], 'on');
  const [hideMeta, setHideMeta] = useParam<OnOff>('hideMeta', ['on', 'off'], 'off');
  const [decideOn, setDecideOn] = useParam<OnOff>('decide', ['on', 'off'], 'off');
  const [method, setMethod] = useParam<DecisionMethod>('method', ['weighted-sum', 'chebyshev', 'asf'], 'weighted-sum');
  const [wx, setWx] = useState(() => {
    const v = Number(new URLSearchParams(location.search).get('w'));
    return Number.isFinite(v) && v >= 0 && v <= 1 && new URLSearchParams(location.search).has('w') ? v : 0.5;
  });
  const [ref, setRef] = useState<{ x: number; y: number } | null>(null);
  const [brushed, setBrushed] = useState<string>('–');
  const [selected, setSelected] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);

  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);

  const hidden = useMemo(() => new Set(hideMeta === 'on' ? [3] : []), [hideMeta]);
  const table = useMemo(() => makeTable(data, Number(n), 42), [data, n]);
  const d = useMemo(() => deriveView(table, hidden), [table, hidden]);
  useEffect(() => setSelected(null), [table]);
  // A reference point in the middle of the front's window until it is dragged.
  const refPoint = useMemo(() => {
    if (ref) return ref;
    const fx = Array.from(d.front, (r) => d.x[r]);
    const fy = Array.from(d.front, (r) => d.y[r]);
    if (fx.length === 0) return { x: 1, y: 1 };
    const mid = (v: number[], log: boolean) => {
      const a = Math.min(...v);
      const b = Math.max(...v);
      return log && a > 0 ? Math.sqrt(a * b) : (a + b) / 2;
    };
    return { x: mid(fx, xs === 'log'), y: mid(fy, ys === 'log') };
  }, [ref, d, xs, ys]);
  const decision = useMemo(() => (decideOn === 'on' ? decide(d, method, wx, refPoint) : null), [decideOn, d, method, wx, refPoint]);

  const color: ScatterColor =
    mode === 'rank'
      ? { mode: 'rank', ranks: d.ranks, maxRank: d.maxRank }
      : mode === 'group'
        ? { mode: 'group', codes: d.codes, names: d.groupNames, colors: d.groupColors }
        : { mode: 'front' };

  const tooltip = useCallback(
    (row: number): TooltipContent => ({
      title: d.names[row],
      rows: [
        { label: d.xLabel, value: formatNumber(d.x[row]) },
        { label: d.yLabel, value: formatNumber(d.y[row]) },
        { label: 'Pareto rank', value: d.ranks[row] ? String(d.ranks[row]) : '–' },
        { label: 'Status', value: ['hidden', 'excluded', 'dominated', 'on the front'][d.status[row]] },
      ],
    }),
    [d],
  );

  const choices = [
    { label: 'Data', value: data, options: opts<DatasetKind>(['ml', 'cost/quality'], ['sphere', 'sphere'], ['cloud', 'uniform'], ['single', 'one point'], ['empty', 'empty']), onChange: setData },
    { label: 'Points', value: n, options: opts(['200', '200'], ['2000', '2k'], ['100000', '100k'], ['1000000', '1M']), onChange: setN },
    { label: 'Colour', value: mode, options: opts<ColorMode>(['front', 'front'], ['rank', 'rank'], ['group', 'group']), onChange: setMode },
    { label: 'X', value: xs, options: opts<Scale>(['linear', 'lin'], ['log', 'log']), onChange: setXs },
    { label: 'Y', value: ys, options: opts<Scale>(['linear', 'lin'], ['log', 'log']), onChange: setYs },
    { label: 'Staircase', value: stairs, options: opts<OnOff>(['on', 'on'], ['off', 'off']), onChange: setStairs },
    { label: 'Hide Meta', value: hideMeta, options: opts<OnOff>(['on', 'on'], ['off', 'off']), onChange: setHideMeta },
    { label: 'Decide', value: decideOn, options: opts<OnOff>(['on', 'on'], ['off', 'off']), onChange: setDecideOn },
    { label: 'Method', value: method, options: opts<DecisionMethod>(['weighted-sum', 'sum'], ['chebyshev', 'cheb'], ['asf', 'ref']), onChange: setMethod },
    { label: 'Theme', value: theme, options: opts<Theme>(['light', 'light'], ['dark', 'dark']), onChange: setTheme },
  ] as Choice<string>[];

  return (
    <div className="flex h-screen flex-col">
      <ControlBar choices={choices}>
        <label className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
          weight x
          <input
            type="range"
            min={0}
            max={1}
            step={0.01}
            value={wx}
            data-testid="harness-weight"
            onChange={(e) => {
              const v = Number(e.target.value);
              setWx(v);
              const url = new URL(location.href);
              url.searchParams.set('w', String(v));
              history.replaceState(null, '', url);
            }}
          />
          <span className="w-8 tabular-nums">{wx.toFixed(2)}</span>
        </label>
      </ControlBar>
      <div className="flex min-h-0 flex-1 gap-4 p-4">
        <div className="min-w-0 flex-1">
          <Scatter
            x={d.x}
            y={d.y}
            status={d.status}
            xLabel={d.xLabel}
            yLabel={d.yLabel}
            xScale={xs}
            yScale={ys}
            xSense={d.xSense}
            ySense={d.ySense}
            color={color}
            staircase={stairs === 'on' ? d.staircase : null}
            selected={selected}
            onSelect={setSelected}
            onHover={setHover}
            tooltip={tooltip}
            levelSet={decision?.levelSet ?? null}
            best={decision?.best ?? null}
            knee={decision?.knee ?? null}
            unsupported={decision?.unsupported}
            referencePoint={decision && method === 'asf' ? refPoint : null}
            onReferenceDrag={(x, y) => setRef({ x, y })}
            onBrush={decision ? (bx, by) => setBrushed(`x ${formatNumber(bx[0])}–${formatNumber(bx[1])}, y ${formatNumber(by[0])}–${formatNumber(by[1])}`) : undefined}
            ariaLabel={`Scatter of ${d.xLabel.toLowerCase()} against ${d.yLabel.toLowerCase()}; ${d.front.length} of ${d.x.length} points on the frontier`}
          />
        </div>
        <aside className="w-56 shrink-0 space-y-2 text-xs text-slate-600 dark:text-slate-300" data-testid="harness-readout">
          <div>rows: {d.x.length.toLocaleString()}</div>
          <div>front: {d.front.length.toLocaleString()}</div>
          <div>max rank: {d.maxRank}</div>
          <div>hover: {hover ?? '–'}</div>
          <div data-testid="harness-selected">selected: {selected ?? '–'}</div>
          {selected !== null && <div className="font-medium">{d.names[selected]}</div>}
          {decision && (
            <>
              <div>best: {decision.best === null ? '–' : d.names[decision.best]}</div>
              <div>knee: {decision.knee === null ? '–' : d.names[decision.knee]}</div>
              <div>unsupported: {decision.unsupported.reduce((a, b) => a + b, 0)}</div>
              <div>ref: {formatNumber(refPoint.x)}, {formatNumber(refPoint.y)}</div>
              <div data-testid="harness-brush">brush: {brushed}</div>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {param('chart', ['scatter', 'parallel'], 'scatter') === 'parallel' ? <ParallelHarness /> : <Harness />}
  </StrictMode>,
);
