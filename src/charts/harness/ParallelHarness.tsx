/**
 * Chart-harness scenario for parallel coordinates (/chart-harness.html?chart=parallel): a seeded,
 * synthetic model-zoo table (labelled as such on the page) with 5 or 8 objectives, 60 to 100,000
 * rows, groups, log axes, brushing as constraints, reordering, linked hover and selection.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatNumber } from '../format';
import { ParallelCoordinates } from '../parallel/ParallelCoordinates';
import type { ScatterColor, TooltipContent } from '../types';
import { ControlBar, type Choice } from './Controls';
import { deriveZoo, FAMILIES, makeZoo } from './parallelData';

function useParam<T extends string>(name: string, allowed: readonly T[], fallback: T): [T, (v: T) => void] {
  const [v, setV] = useState<T>(() => {
    const p = new URLSearchParams(location.search).get(name) as T | null;
    return p && allowed.includes(p) ? p : fallback;
  });
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
const FIVE = ['params', 'top1', 'latency', 'throughput', 'energy'];

export function ParallelHarness() {
  const [n, setN] = useParam('n', ['60', '500', '1500', '100000'] as const, '500');
  const [count, setCount] = useParam('axes', ['5', '8'] as const, '8');
  const [mode, setMode] = useParam<ScatterColor['mode']>('color', ['front', 'rank', 'group'], 'front');
  const [scales, setScales] = useParam('scales', ['log', 'linear'] as const, 'log');
  const [theme, setTheme] = useParam('theme', ['light', 'dark'] as const, 'light');
  const [width, setWidth] = useParam('width', ['900', 'full'] as const, '900');
  const table = useMemo(() => makeZoo(Number(n), 7), [n]);
  const [order, setOrder] = useState<string[]>(() => table.columns.map((c) => c.key));
  const [brushes, setBrushes] = useState<Record<string, [number, number]>>({});
  const [selected, setSelected] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);

  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  useEffect(() => setSelected(null), [table]);
  const keys = useMemo(() => order.filter((k) => count === '8' || FIVE.includes(k)), [order, count]);
  const view = useMemo(() => deriveZoo(table, keys, brushes, scales === 'log'), [table, keys, brushes, scales]);

  const color: ScatterColor =
    mode === 'rank' && view.maxRank > 0
      ? { mode: 'rank', ranks: view.ranks, maxRank: view.maxRank }
      : mode === 'group'
        ? { mode: 'group', codes: table.codes, names: FAMILIES, colors: view.groupColors }
        : { mode: 'front' };

  const tooltip = useCallback(
    (row: number): TooltipContent => ({
      title: table.names[row],
      rows: view.axes.map((a) => ({ label: a.label, value: formatNumber(a.values[row]) })),
    }),
    [table, view.axes],
  );
  const onBrush = useCallback((key: string, range: [number, number] | null) => {
    setBrushes((b) => {
      const next = { ...b };
      if (range) next[key] = range;
      else delete next[key];
      return next;
    });
  }, []);
  // Reorders of the shown axes keep the hidden ones at the end.
  const onReorder = useCallback((next: string[]) => setOrder((o) => [...next, ...o.filter((k) => !next.includes(k))]), []);

  const choices = [
    { label: 'Rows', value: n, options: opts(['60', '60'], ['500', '500'], ['1500', '1.5k'], ['100000', '100k']), onChange: setN },
    { label: 'Axes', value: count, options: opts(['5', '5'], ['8', '8']), onChange: setCount },
    { label: 'Colour', value: mode, options: opts<ScatterColor['mode']>(['front', 'front'], ['rank', 'rank'], ['group', 'group']), onChange: setMode },
    { label: 'Scales', value: scales, options: opts(['log', 'log where useful'], ['linear', 'all linear']), onChange: setScales },
    { label: 'Width', value: width, options: opts(['900', '900px'], ['full', 'full']), onChange: setWidth },
    { label: 'Theme', value: theme, options: opts(['light', 'light'], ['dark', 'dark']), onChange: setTheme },
  ] as Choice<string>[];

  return (
    <div className="flex min-h-screen flex-col">
      <ControlBar choices={choices} />
      <p className="px-4 pt-3 text-xs text-slate-500 dark:text-slate-400">
        Synthetic data (seeded, made up): a model-zoo-like table of {Number(n).toLocaleString()} rows. Brushes act as constraints.
      </p>
      <div className="flex gap-4 p-4">
        <div className="min-w-0" style={{ width: width === '900' ? 900 : undefined, flex: width === '900' ? 'none' : 1 }}>
          <ParallelCoordinates
            axes={view.axes}
            status={view.status}
            color={color}
            brushes={brushes}
            onBrush={onBrush}
            onReorder={onReorder}
            highlighted={hover}
            selected={selected}
            onHover={setHover}
            onSelect={setSelected}
            tooltip={tooltip}
            ariaLabel={`Parallel coordinates of ${view.axes.length} objectives; ${view.frontCount} of ${view.status.length} rows on the frontier`}
          />
        </div>
        <aside className="w-56 shrink-0 space-y-1 text-xs text-slate-600 dark:text-slate-300" data-testid="harness-readout">
          <div>front: {view.frontCount.toLocaleString()}</div>
          <div>hover: {hover ?? '–'}</div>
          <div data-testid="harness-selected">selected: {selected === null ? '–' : table.names[selected]}</div>
          <div data-testid="harness-order">order: {keys.join(', ')}</div>
          <div data-testid="harness-brushes">
            brushes:{' '}
            {Object.entries(brushes)
              .map(([k, [lo, hi]]) => `${k} ${formatNumber(lo)}–${formatNumber(hi)}`)
              .join('; ') || '–'}
          </div>
        </aside>
      </div>
    </div>
  );
}
