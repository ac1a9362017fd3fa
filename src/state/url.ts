/**
 * The URL codec: a ViewSpec as readable, hand-editable query parameters.
 *
 *   ?dataset=imagenet&x=params&y=top1&xscale=log&yscale=linear
 *    &objectives=top1:max,params:min&senses=flops:max&color=group&group=family&hide=ViT,ResNet&sel=17
 *    &method=weighted-sum&weights=top1:2,params:0.5&view=overlay&groups=ViT,ResNet&run=none&v=3
 *
 * Deciding (version 2):
 * - `method=weighted-sum|chebyshev|asf` (always written).
 * - `weights=<col>:<w>,...` — weights that were set (a missing objective weighs 1).
 * - `ref=<col>:<v>,...` — the reference point in data units; left out when there is none.
 * - `filter=<col>:<op>:<v>[:<v2>][:brush],...` with op `le` (≤), `ge` (≥) or `between` (v ≤ x ≤ v2);
 *   `:brush` marks a range brushed on the chart (the scatter's rectangle, or a parallel-coordinates
 *   axis). `<=` and `>=` are read too.
 * - `derive=<key>:<formula>[:<sense>[:<label>[:<unit>]]],...` — derived columns, written first of the
 *   column parameters since x, y, objectives and filters may name them. The formula is escaped like any
 *   item but keeps '*', '^' and balanced '(' ')' readable, and on reading a '+' in it is a plus, not a
 *   space; commas inside parentheses do not split items, so `derive=m:min(a,b)` can be typed by hand.
 *
 * Comparing (version 3):
 * - `view=scatter|overlay|multiples|parallel` (always written).
 * - `groups=<a>,<b>,...` — the compared groups in order; left out when automatic (the top groups). It
 *   may name hidden groups (they are compared again once shown); `groups=` alone is the empty value.
 * - `pair=<a>,<b>` — the head-to-head pair; left out when automatic (the first two compared).
 * - `hvref=<col>:<v>,...` — hypervolume reference values that were set; left out when all are default.
 * - `run=<col>` — the column telling repeated runs apart, `run=none` for none (always written; a column
 *   really called "none" is written `run=%6Eone`).
 * - `axes=<col>,<col>,...` — the parallel-coordinates axis order; left out when it is objective order.
 * - `v=3`. A link without `v=` (or with v=1) is a version-1 link and opens with the deciding and the
 *   comparing defaults; a v=2 link opens with the comparing defaults. Either way the run column is the
 *   one the dataset's default view guesses (e.g. a column called "run" or "seed"), as for a new view.
 *
 * - `objectives=` lists the TICKED objectives as `column:min|max`; every other objective is unticked.
 *   An item without `:sense` ticks the column with its current sense (handy when editing by hand).
 * - `senses=` lists unticked objectives whose sense differs from the card (with no dataset at hand,
 *   `encodeQuery` lists every unticked objective). Ticked senses always come from `objectives=`.
 * - `group=none` means no grouping; a column really called "none" is written `group=%6Eone`.
 * - `hide=` (hidden groups) and `sel=` (selected row) are left out when empty; `hide=` alone hides the
 *   empty-valued group. An empty `objectives=` or `senses=` is an empty list.
 *
 * Each key or value is percent-encoded on its own, so ',' and ':' inside a column key (written %2C,
 * %3A) never collide with the list separators, and '&', '=', '+', '#', '%' are always escaped. '$', '/'
 * and '@' stay literal for readability. On reading, '+' means a space (as in HTML forms).
 *
 * Reading a link takes two steps because the dataset loads asynchronously: `parseQuery` (syntax only)
 * as soon as the page opens, then `resolveSpec` (in resolve.ts) once the dataset is there.
 */
import type { Dataset } from '../data/types';
import { withDerived } from './derived';
import { encodeFormula, encodeItem } from './query';
import { columnSense, objectiveColumns } from './validate';
import type { Constraint, DerivedColumnSpec } from './decisionTypes';
import type { ViewSpec } from './viewSpec';

export {
  parseQuery,
  migrate,
  encodeItem,
  decodeItem,
  encodeFormula,
  decodeFormula,
  type RawQuery,
  type RawObjective,
  type RawPair,
  type RawFilter,
  type RawDerived,
} from './query';
export { resolveSpec, type Resolved } from './resolve';

/**
 * The full, explicit query string for `spec` (leading '?'): every parameter is written, not only those
 * that differ from the defaults, so a link keeps meaning the same view when a card's defaults change.
 * `dataset` only trims `senses=` to the senses that differ from the card.
 */
export function encodeQuery(spec: ViewSpec, dataset?: Dataset): string {
  const withColumns = dataset ? withDerived(dataset, spec.derived) : undefined;
  const cardSense = new Map(withColumns ? objectiveColumns(withColumns).map((c) => [c.spec.key, columnSense(c)]) : []);
  const ticked = spec.objectives.filter((o) => o.active);
  const unticked = spec.objectives.filter((o) => !o.active && (!withColumns || cardSense.get(o.key) !== o.sense));
  const item = (o: { key: string; sense: string }) => `${encodeItem(o.key)}:${o.sense}`;
  const pair = ([key, value]: [string, number]) => `${encodeItem(key)}:${encodeNumber(value)}`;
  const params: [string, string][] = [['dataset', encodeItem(spec.dataset)]];
  if (spec.derived.length > 0) params.push(['derive', spec.derived.map(encodeDerived).join(',')]);
  params.push(
    ['x', encodeItem(spec.x)],
    ['y', encodeItem(spec.y)],
    ['xscale', spec.xScale],
    ['yscale', spec.yScale],
    ['objectives', ticked.map(item).join(',')],
  );
  if (unticked.length > 0) params.push(['senses', unticked.map(item).join(',')]);
  params.push(['color', spec.color]);
  params.push(['group', spec.group === null ? 'none' : encodeNoneSafe(spec.group)]);
  if (spec.hiddenGroups.length > 0) params.push(['hide', spec.hiddenGroups.map(encodeItem).join(',')]);
  if (spec.selected !== null) params.push(['sel', String(spec.selected)]);
  params.push(['method', spec.method]);
  const weights = Object.entries(spec.weights);
  if (weights.length > 0) params.push(['weights', weights.map(pair).join(',')]);
  if (spec.referencePoint !== null) params.push(['ref', Object.entries(spec.referencePoint).map(pair).join(',')]);
  if (spec.constraints.length > 0) params.push(['filter', spec.constraints.map(encodeConstraint).join(',')]);
  params.push(['view', spec.view]);
  if (spec.compareGroups !== null) params.push(['groups', spec.compareGroups.map(encodeItem).join(',')]);
  if (spec.pair !== null) params.push(['pair', spec.pair.map(encodeItem).join(',')]);
  if (spec.hvReference !== null) params.push(['hvref', Object.entries(spec.hvReference).map(pair).join(',')]);
  params.push(['run', spec.runColumn === null ? 'none' : encodeNoneSafe(spec.runColumn)]);
  if (spec.axisOrder !== null) params.push(['axes', spec.axisOrder.map(encodeItem).join(',')]);
  params.push(['v', String(spec.version)]);
  return `?${params.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

/** Shortest exact form; the '+' of an exponent like 1e+21 is escaped (a raw '+' reads as a space). */
const encodeNumber = (v: number): string => encodeItem(String(v));

const OP_NAMES: Record<Constraint['op'], string> = { '<=': 'le', '>=': 'ge', between: 'between' };

function encodeConstraint(c: Constraint): string {
  const parts = [encodeItem(c.column), OP_NAMES[c.op], encodeNumber(c.value)];
  if (c.op === 'between') parts.push(encodeNumber(c.value2 as number));
  if (c.source === 'brush') parts.push('brush');
  return parts.join(':');
}

function encodeDerived(d: DerivedColumnSpec): string {
  const parts = [encodeItem(d.key), encodeFormula(d.formula), d.sense ?? '', d.label === undefined ? '' : encodeItem(d.label), d.unit === undefined ? '' : encodeItem(d.unit)];
  while (parts.length > 2 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(':');
}

/** A column key for a parameter where `none` means "no column": a column really called "none" is escaped. */
function encodeNoneSafe(key: string): string {
  const encoded = encodeItem(key);
  return encoded === 'none' ? '%6Eone' : encoded;
}
