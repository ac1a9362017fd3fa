/**
 * The key to the labelled comparison layers, above the plot (under the deciding key when there is
 * one): a swatch with the layer's line and mark, then its label. It wraps to a few rows; long labels
 * are cut with an ellipsis (the full label is the hover text), and what still does not fit is
 * summed up as "+N more" with the hidden labels as its hover text.
 */
import { markPath, DASH_ARRAY, DEFAULT_WIDTH, type LayerMark } from './layerGeometry';
import { FONT_FAMILY, HEADER_ROW, headerRowCentre, textWidth } from './layout';
import type { ChartTheme } from './theme';
import type { ScatterLayer } from './types';

export interface KeyEntry {
  layer: ScatterLayer;
  /** The label as shown: cut with an ellipsis when it is too long. */
  text: string;
  /** Width of the entry with its trailing gap (CSS px). */
  width: number;
}

export interface KeyRows {
  rows: KeyEntry[][];
  /** Labelled layers that did not fit in `maxRows` rows. */
  hidden: KeyEntry[];
}

export const KEY_FONT = `11px ${FONT_FAMILY}`;
const SWATCH_W = 24;
const SWATCH_H = 14;
/** Between the swatch and the label, and between entries. */
const INNER = 4;
const GAP = 12;
export const MAX_LABEL_PX = 160;
export const MAX_KEY_ROWS = 3;

/** `label` cut with an ellipsis so that it is at most `maxPx` wide at the key's font. */
export function truncateLabel(label: string, maxPx: number): string {
  if (textWidth(label, KEY_FONT) <= maxPx) return label;
  let lo = 0;
  let hi = label.length;
  // The longest prefix that fits with its ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${label.slice(0, mid).trimEnd()}…`, KEY_FONT) <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  return `${label.slice(0, lo).trimEnd()}…`;
}

const moreText = (n: number) => `+${n} more`;

/** Label widths tried, widest first: labels are cut only as far as it takes to save rows. */
const LABEL_CAPS = [Infinity, 280, 200, MAX_LABEL_PX, 100];

function wrapAt(labelled: readonly ScatterLayer[], width: number, maxRows: number, cap: number): KeyRows {
  const maxLabel = Math.max(24, Math.min(cap, width - SWATCH_W - INNER));
  const entries: KeyEntry[] = labelled.map((layer) => {
    const text = truncateLabel(layer.label ?? '', maxLabel);
    return { layer, text, width: SWATCH_W + INNER + textWidth(text, KEY_FONT) + GAP };
  });
  const rows: KeyEntry[][] = [];
  let used = Infinity;
  let i = 0;
  for (; i < entries.length; i++) {
    const e = entries[i];
    if (used + e.width - GAP > width) {
      if (rows.length === maxRows) break;
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(e);
    used += e.width;
  }
  const hidden = entries.slice(i);
  if (hidden.length > 0) {
    const last = rows[rows.length - 1];
    let room = width - last.reduce((s, e) => s + e.width, 0);
    while (last.length > 1 && room < textWidth(moreText(hidden.length + 1), KEY_FONT)) {
      hidden.unshift(last.pop()!);
      room += hidden[0].width;
    }
  }
  return { rows, hidden };
}

/**
 * Labelled layers in rows at most `width` wide, in order, at most `maxRows` rows; when some do not
 * fit, the last row keeps room for "+N more". Labels are cut (with an ellipsis) only as far as it
 * takes to need no more rows, and hide no more layers, than cutting them to 100 px would.
 */
export function wrapKey(layers: readonly ScatterLayer[], width: number, maxRows = MAX_KEY_ROWS): KeyRows {
  const labelled = layers.filter((l) => l.label);
  if (labelled.length === 0 || width <= 0) return { rows: [], hidden: [] };
  const tightest = wrapAt(labelled, width, maxRows, LABEL_CAPS[LABEL_CAPS.length - 1]);
  for (const cap of LABEL_CAPS.slice(0, -1)) {
    const k = wrapAt(labelled, width, maxRows, cap);
    if (k.rows.length <= tightest.rows.length && k.hidden.length <= tightest.hidden.length) return k;
  }
  return tightest;
}

function MarkSwatch({ mark, color, halo }: { mark: LayerMark; color: string; halo: string }) {
  const d = markPath(mark, SWATCH_W / 2, SWATCH_H / 2);
  if (mark === 'dot') return <path d={d} fill={color} stroke={halo} strokeWidth={2} paintOrder="stroke" />;
  return <path d={d} fill="none" stroke={color} strokeWidth={mark === 'ring' ? 1.5 : 2} strokeLinecap="round" />;
}

/** The layer's line sample (when it has a line, or nothing else to show) and its mark (when it marks rows). */
export function LayerSwatch({ layer, halo }: { layer: ScatterLayer; halo: string }) {
  const hasLine = !!layer.line && layer.line.length > 1;
  const hasMarks = layer.rows !== undefined;
  const dash = layer.dash ?? 'solid';
  return (
    <svg width={SWATCH_W} height={SWATCH_H} viewBox={`0 0 ${SWATCH_W} ${SWATCH_H}`} aria-hidden="true" className="shrink-0" opacity={layer.opacity ?? 1}>
      {(hasLine || !hasMarks) && (
        <path
          d={`M1.5 ${SWATCH_H / 2}H${SWATCH_W - 1.5}`}
          stroke={layer.color}
          strokeWidth={Math.min(3, layer.width ?? DEFAULT_WIDTH)}
          strokeDasharray={DASH_ARRAY[dash]}
          strokeLinecap={dash === 'dotted' ? 'round' : 'butt'}
        />
      )}
      {hasMarks && <MarkSwatch mark={layer.mark ?? 'dot'} color={layer.color} halo={halo} />}
    </svg>
  );
}

interface LayerKeyProps {
  keyRows: KeyRows;
  theme: ChartTheme;
  left: number;
  width: number;
  /** Header row the key starts in (0 = the top row). */
  firstRow: number;
}

export function LayerKey({ keyRows, theme, left, width, firstRow }: LayerKeyProps) {
  const { rows, hidden } = keyRows;
  if (rows.length === 0) return null;
  return (
    <div
      role="list"
      aria-label="Layers on the chart"
      data-testid="layer-key"
      className="absolute text-[11px] whitespace-nowrap text-slate-600 dark:text-slate-300"
      style={{ left, top: headerRowCentre(firstRow) - HEADER_ROW / 2, width: Math.max(0, width) }}
    >
      {rows.map((row, r) => (
        <div key={r} className="flex items-center gap-x-3 overflow-hidden" style={{ height: HEADER_ROW }}>
          {row.map((e) => (
            <div key={e.layer.id} role="listitem" title={e.layer.label} className="inline-flex min-w-0 items-center gap-1" data-testid="layer-key-entry" data-layer={e.layer.id}>
              <LayerSwatch layer={e.layer} halo={theme.background} />
              <span className="truncate" aria-hidden={e.text !== e.layer.label || undefined}>
                {e.text}
              </span>
              {e.text !== e.layer.label && <span className="sr-only">{e.layer.label}</span>}
            </div>
          ))}
          {r === rows.length - 1 && hidden.length > 0 && (
            <div role="listitem" title={hidden.map((e) => e.layer.label).join('\n')} className="shrink-0 text-slate-500 dark:text-slate-400" data-testid="layer-key-more">
              {moreText(hidden.length)}
              <span className="sr-only">: {hidden.map((e) => e.layer.label).join(', ')}</span>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
