/** The attainment surfaces of repeated runs as scatter layers: per group, best thin, median thick, worst dashed. */
import type { Sense } from '../../core';
import type { ScatterLayer } from '../../charts/types';
import type { CompareView } from '../../state/compareTypes';
import { surfaceLine } from './surfaceLine';
import { groupName } from './text';

export type SurfaceRole = 'best' | 'median' | 'worst';

const STYLE: Record<SurfaceRole, Pick<ScatterLayer, 'width' | 'dash' | 'opacity'>> = {
  best: { width: 1.25, dash: 'solid', opacity: 0.85 },
  median: { width: 2.75, dash: 'solid', opacity: 1 },
  worst: { width: 1.5, dash: 'dashed', opacity: 0.85 },
};

/** Which surface a level is among a group's n runs; the median wins when levels coincide (n ≤ 2). */
export function surfaceRole(level: number, runs: number): SurfaceRole {
  if (level === Math.ceil(runs / 2)) return 'median';
  return level <= 1 ? 'best' : 'worst';
}

export function attainmentLayers(compare: CompareView, colors: string[]): ScatterLayer[] {
  const runs = compare.runs;
  if (!runs?.surfaceAxes) return [];
  const senses = runs.surfaceAxes.map((key) => compare.objectives.find((o) => o.key === key)?.sense ?? 'min') as [Sense, Sense];
  const layers: ScatterLayer[] = [];
  for (const g of runs.groups) {
    if (!g.surfaces) continue;
    const n = g.runs.length;
    const name = groupName(compare.names[g.group]);
    const seen = new Set<number>();
    // Median last, so it draws over the thin lines.
    const ordered = g.surfaces.slice().sort((a, b) => Number(surfaceRole(a.level, n) === 'median') - Number(surfaceRole(b.level, n) === 'median'));
    for (const s of ordered) {
      if (seen.has(s.level)) continue;
      seen.add(s.level);
      const role = surfaceRole(s.level, n);
      layers.push({
        id: `eaf-${g.group}-${s.level}`,
        color: colors[g.group],
        line: surfaceLine(s.points, senses),
        ...STYLE[role],
        ...(role === 'median' ? { label: `${name} (${n} run${n === 1 ? '' : 's'})` } : {}),
      });
    }
  }
  return layers;
}
