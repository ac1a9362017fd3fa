import type { ReactNode } from 'react';
import type { ScatterLayer, ScatterProps } from '../../charts/types';
import { Scatter } from '../../charts/Scatter';

/** The attainment surfaces (and a picked run's front) over the muted main chart, with the line key; `download` sits by the heading. */
export function AttainmentFigure({ scatter, layers, picked, download }: { scatter: Omit<ScatterProps, 'height'>; layers: ScatterLayer[]; picked: boolean; download?: ReactNode }) {
  return (
    <figure className="mt-4" data-testid="attainment">
      <div className="mb-1 flex items-center justify-between gap-2">
        <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-200">Attainment surfaces</h3>
        {download}
      </div>
      <p className="mb-2 text-xs leading-snug text-slate-500 dark:text-slate-400">
        The k-th attainment surface bounds what at least k of a group’s n runs reached, so the best, median and worst surfaces show the spread of the runs’ fronts (López-Ibáñez, Paquete &amp; Stützle 2010).
      </p>
      <Scatter {...scatter} height={420} baseTone="muted" layers={layers} />
      <figcaption className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-500 dark:text-slate-400" data-testid="attainment-key">
        <LineKey width={1.25} label="thin: best of n runs" />
        <LineKey width={2.75} label="thick: median" />
        <LineKey width={1.5} dashed label="dashed: worst" />
        {picked && <LineKey width={3.5} ring label="ringed: the shown run’s front" />}
      </figcaption>
    </figure>
  );
}

function LineKey({ width, dashed = false, ring = false, label }: { width: number; dashed?: boolean; ring?: boolean; label: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <svg width={26} height={10} aria-hidden="true" className="text-slate-600 dark:text-slate-300">
        <line x1={1} x2={25} y1={5} y2={5} stroke="currentColor" strokeWidth={width} strokeDasharray={dashed ? '4 3' : undefined} />
        {ring && <circle cx={13} cy={5} r={3.5} fill="none" stroke="currentColor" strokeWidth={1.5} />}
      </svg>
      {label}
    </span>
  );
}
