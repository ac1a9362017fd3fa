/**
 * Dev-only page for the Scatter's comparison props (served by `npx vite` at
 * /src/charts/harness/layers.html): per-group fronts as layers over a muted base, small multiples
 * sharing one domain with the global front as a faint reference, and a head-to-head figure with ring
 * and cross marks and a highlighted row. Every setting is a URL parameter, e.g. ?view=multiples&theme=dark.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { paretoFront } from '../../core';
import { paddedDomain, extentOf } from '../domain';
import { formatNumber } from '../format';
import { DARK_THEME, LIGHT_THEME } from '../theme';
import { Scatter } from '../Scatter';
import type { ScatterLayer, ScatterProps, TooltipContent } from '../types';
import { ControlBar, type Choice } from './Controls';
import { deriveView, makeTable, staircaseOf, type HarnessData } from './data';

type View = 'overlay' | 'multiples' | 'h2h';
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

/** Front rows of one group (drawn rows only), as the feature layer would compute them. */
function groupFront(d: HarnessData, g: number): Uint32Array {
  const rows = Uint32Array.from({ length: d.x.length }, (_, i) => i).filter((i) => d.codes[i] === g && d.status[i] >= 2);
  const cols = [Float64Array.from(rows, (i) => d.x[i]), Float64Array.from(rows, (i) => d.y[i])];
  return Uint32Array.from(paretoFront(cols, [d.xSense, d.ySense]), (j) => rows[j]);
}

const LONG = ' with restarts, a tuned mutation rate and an archive of 500';

export function LayersHarness() {
  const [view, setView] = useParam<View>('view', ['overlay', 'multiples', 'h2h'], 'overlay');
  const [theme, setTheme] = useParam('theme', ['light', 'dark'] as const, 'light');
  const [xs, setXs] = useParam('x', ['linear', 'log'] as const, 'log');
  const [best, setBest] = useParam<OnOff>('best', ['on', 'off'], 'on');
  const [long, setLong] = useParam<OnOff>('long', ['on', 'off'], 'off');
  const [groups, setGroups] = useParam('groups', ['3', '7'] as const, '7');
  const [selected, setSelected] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);

  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);

  const d = useMemo(() => deriveView(makeTable('ml', 400, 42), new Set()), []);
  const k = Number(groups);
  const fronts = useMemo(() => Array.from({ length: k }, (_, g) => groupFront(d, g)), [d, k]);
  const name = (g: number) => `${d.groupNames[g]}${long === 'on' ? LONG : ''}`;
  const tooltip = useCallback(
    (row: number): TooltipContent => ({
      title: d.names[row],
      rows: [
        { label: d.xLabel, value: formatNumber(d.x[row]) },
        { label: d.yLabel, value: formatNumber(d.y[row]) },
      ],
    }),
    [d],
  );
  const muted = (theme === 'dark' ? DARK_THEME : LIGHT_THEME).textMuted;
  const base: ScatterProps = {
    x: d.x,
    y: d.y,
    status: d.status,
    xLabel: d.xLabel,
    yLabel: d.yLabel,
    xScale: xs,
    yScale: 'linear',
    xSense: d.xSense,
    ySense: d.ySense,
    color: { mode: 'front' },
    staircase: d.staircase,
    selected,
    onSelect: setSelected,
    onHover: setHover,
    tooltip,
    ariaLabel: 'Comparison scatter',
  };

  const choices = [
    { label: 'View', value: view, options: opts<View>(['overlay', 'overlay'], ['multiples', 'small multiples'], ['h2h', 'head-to-head']), onChange: setView },
    { label: 'Groups', value: groups, options: opts(['3', '3'], ['7', '7']), onChange: setGroups },
    { label: 'X', value: xs, options: opts(['linear', 'lin'], ['log', 'log']), onChange: setXs },
    { label: 'Best', value: best, options: opts<OnOff>(['on', 'on'], ['off', 'off']), onChange: setBest },
    { label: 'Long labels', value: long, options: opts<OnOff>(['on', 'on'], ['off', 'off']), onChange: setLong },
    { label: 'Theme', value: theme, options: opts(['light', 'light'], ['dark', 'dark']), onChange: setTheme },
  ] as Choice<string>[];

  let body: ReactNode;
  if (view === 'overlay') {
    const layers: ScatterLayer[] = fronts.map((f, g) => ({
      id: `g${g}`,
      color: d.groupColors[g],
      line: staircaseOf(d.x, d.y, f, d.xSense, d.ySense),
      rows: f,
      label: name(g),
    }));
    body = <Scatter {...base} layers={layers} baseTone="muted" best={best === 'on' ? d.front[0] : null} highlighted={hover === null ? d.front[1] : null} />;
  } else if (view === 'multiples') {
    const domain = {
      x: paddedDomain(extentOf(d.x, d.y, d.status, xs, 'linear'), xs),
      y: paddedDomain(extentOf(d.y, d.x, d.status, 'linear', xs), 'linear'),
    };
    const global: ScatterLayer = { id: 'global', color: muted, line: d.staircase, dash: 'dotted', width: 1.5, opacity: 0.9, label: 'global front' };
    body = (
      <div className="grid h-full grid-cols-2 gap-3">
        {fronts.slice(0, 4).map((f, g) => {
          const status = d.status.map((s, i) => (d.codes[i] === g ? (s === 3 ? 2 : s) : 0));
          for (const r of f) status[r] = 3;
          return (
            <div key={g} className="min-h-0">
              <div className="text-xs font-medium" style={{ color: d.groupColors[g] }}>{name(g)}</div>
              <Scatter
                {...base}
                status={status}
                color={{ mode: 'group', codes: d.codes, names: d.groupNames, colors: d.groupColors }}
                staircase={null}
                height={300}
                domain={domain}
                layers={[global, { id: 'own', color: d.groupColors[g], line: staircaseOf(d.x, d.y, f, d.xSense, d.ySense), width: 1.75, label: `${name(g)} front` }]}
              />
            </div>
          );
        })}
      </div>
    );
  } else {
    const [a, b] = [fronts[0], fronts[1]];
    const sx = d.xSense === 'min' ? 1 : -1;
    const sy = d.ySense === 'min' ? 1 : -1;
    const beaten = Array.from(b).filter((r) => Array.from(a).some((q) => sx * d.x[q] <= sx * d.x[r] && sy * d.y[q] <= sy * d.y[r] && (d.x[q] !== d.x[r] || d.y[q] !== d.y[r])));
    const layers: ScatterLayer[] = [
      { id: 'a', color: d.groupColors[0], line: staircaseOf(d.x, d.y, a, d.xSense, d.ySense), rows: a, mark: 'ring', label: `${name(0)} front` },
      { id: 'b', color: d.groupColors[1], line: staircaseOf(d.x, d.y, b, d.xSense, d.ySense), dash: 'dashed', rows: b, mark: 'dot', label: `${name(1)} front` },
      { id: 'beaten', color: d.groupColors[1], rows: beaten, mark: 'cross', label: `${name(1)} points dominated by ${name(0)} (${beaten.length})` },
    ];
    body = <Scatter {...base} layers={layers} baseTone="muted" highlighted={b[0] ?? null} />;
  }

  return (
    <div className="flex h-screen flex-col">
      <ControlBar choices={choices} />
      <div className="min-h-0 flex-1 p-4" data-testid="layers-harness">
        {body}
      </div>
    </div>
  );
}
