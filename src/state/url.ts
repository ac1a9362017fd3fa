/**
 * The URL codec: a ViewSpec as readable, hand-editable query parameters.
 *
 *   ?dataset=imagenet&x=params&y=top1&xscale=log&yscale=linear
 *    &objectives=top1:max,params:min&senses=flops:max&color=group&group=family&hide=ViT,ResNet&sel=17
 *    &method=weighted-sum&weights=top1:2,params:0.5&view=overlay&groups=ViT,ResNet&run=none&v=4
 *
 * Deciding (version 2):
 * - `method=weighted-sum|chebyshev|asf` (always written).
 * - `weights=<col>:<w>,...` — weights that were set (a missing objective weighs 1).
 * - `ref=<col>:<v>,...` — the reference point in data units; left out when there is none.
 * - `filter=<col>:<op>:<v>[:<v2>][:brush],...` with op `le` (≤), `ge` (≥) or `between` (v ≤ x ≤ v2);
 *   `:brush` marks a range brushed on the chart (the scatter's rectangle, or a parallel-coordinates
 *   axis). `<=` and `>=` are read too.
 * - `derive=<key>:<formula>[:<sense>[:<label>[:<unit>]]],...` — derived columns, written first of the
 *   column parameters since x, y, objectives and filters may name them. The formula is written as it
 *   is: commas inside its parentheses or quoted column names do not split items, so `derive=m:min(a,b)`
 *   can be typed by hand, and a '+' in it is a plus, not a space.
 *
 * Comparing (version 3):
 * - `view=scatter|overlay|multiples|parallel` (always written).
 * - `groups=<a>,<b>,...` — the compared groups in order; left out when automatic (the top groups). It
 *   may name hidden groups (they are compared again once shown); `groups=""` is the empty value.
 * - `pair=<a>,<b>` — the head-to-head pair; left out when automatic (the first two compared).
 * - `hvref=<col>:<v>,...` — hypervolume reference values that were set; left out when all are default.
 * - `run=<col>` — the column telling repeated runs apart, `run=none` for none (always written; a column
 *   really called "none" is written `run="none"`).
 * - `axes=<col>,<col>,...` — the parallel-coordinates axis order; left out when it is objective order.
 * - `v=4` (the link grammar; the ViewSpec object inside stays version 3). A link without `v=` (or with
 *   v=1) is a version-1 link and opens with the deciding and the comparing defaults; a v=2 link opens
 *   with the comparing defaults. Either way the run column is the one the dataset's default view guesses
 *   (e.g. a column called "run" or "seed"), as for a new view. A v=3 link differs from v=4 only in how
 *   values are written (below).
 *
 * - `objectives=` lists the TICKED objectives as `column:min|max`; every other objective is unticked.
 *   An item without `:sense` ticks the column with its current sense (handy when editing by hand).
 * - `senses=` lists unticked objectives whose sense differs from the card (with no dataset at hand,
 *   `encodeQuery` lists every unticked objective). Ticked senses always come from `objectives=`.
 * - `group=none` means no grouping; a column really called "none" is written `group="none"`.
 * - `hide=` (hidden groups) and `sel=` (selected row) are left out when empty; `hide=""` hides the
 *   empty-valued group. An empty `objectives=` or `senses=` is an empty list.
 *
 * How values are written (v=4; the grammar is in linkList.ts): each value is percent-decoded as a
 * whole ('+' is a space), then split into items at ',' and fields at ':' outside double quotes. A field
 * holding ',', ':' or '"', or starting or ending with whitespace, is written in double quotes with '"'
 * doubled: `objectives=Total Cost ($):min,"pass, rate":max`. So a link reads the same whether its
 * separators are literal or percent-encoded, as `URLSearchParams` and Python's `urlencode` write them:
 * `new URLSearchParams(encodeParams(spec))` is an equivalent link. `encodeQuery` percent-encodes
 * readably: ',', ':', '$', '/', '@', '(', ')', '*', '^' stay literal; '&', '=', '+', '#', '%', '"',
 * "'", spaces and non-ASCII are escaped. A `derive=` formula is written as it is (its own quoted
 * column names and parentheses protect the commas inside); there a '+' is a plus unless the whole
 * value was form-encoded (see `readDerive` in query.ts).
 *
 * Links before v=4 percent-encoded each item on its own (',' and ':' inside a key as %2C and %3A) and
 * split before decoding; they are still read that way when a list value holds a literal ',' or ':',
 * and the v4 way when it holds neither.
 *
 * Reading a link takes two steps because the dataset loads asynchronously: `parseQuery` (syntax only)
 * as soon as the page opens, then `resolveSpec` (in resolve.ts) once the dataset is there.
 */
import type { Dataset } from '../data/types';
import { withDerived } from './derived';
import { LINK_VERSION, encodeValue, writeField, writeList, writeNames, writeScalar } from './linkList';
import { columnSense, objectiveColumns } from './validate';
import type { Constraint, DerivedColumnSpec } from './decisionTypes';
import type { ViewSpec } from './viewSpec';

export {
  parseQuery,
  migrate,
  LINK_VERSION,
  isLegacyLink,
  readList,
  readNames,
  writeList,
  writeNames,
  writeField,
  writeScalar,
  encodeValue,
  decodeValue,
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
 * The view as link parameters, each value in its logical form (not yet percent-encoded): every parameter
 * is written, not only those that differ from the defaults, so a link keeps meaning the same view when a
 * card's defaults change. `dataset` only trims `senses=` to the senses that differ from the card.
 * `new URLSearchParams(encodeParams(spec)).toString()` is a valid link; `encodeQuery` a more readable one.
 */
export function encodeParams(spec: ViewSpec, dataset?: Dataset): [string, string][] {
  const withColumns = dataset ? withDerived(dataset, spec.derived) : undefined;
  const cardSense = new Map(withColumns ? objectiveColumns(withColumns).map((c) => [c.spec.key, columnSense(c)]) : []);
  const ticked = spec.objectives.filter((o) => o.active);
  const unticked = spec.objectives.filter((o) => !o.active && (!withColumns || cardSense.get(o.key) !== o.sense));
  const item = (o: { key: string; sense: string }) => [o.key, o.sense];
  const pairs = (record: Record<string, number>) => writeList(Object.entries(record).map(([key, value]) => [key, String(value)]));
  const params: [string, string][] = [['dataset', writeScalar(spec.dataset)]];
  if (spec.derived.length > 0) params.push(['derive', spec.derived.map(writeDerived).join(',')]);
  params.push(
    ['x', writeScalar(spec.x)],
    ['y', writeScalar(spec.y)],
    ['xscale', spec.xScale],
    ['yscale', spec.yScale],
    ['objectives', writeList(ticked.map(item))],
  );
  if (unticked.length > 0) params.push(['senses', writeList(unticked.map(item))]);
  params.push(['color', spec.color]);
  params.push(['group', writeColumnOrNone(spec.group)]);
  if (spec.hiddenGroups.length > 0) params.push(['hide', writeNames(spec.hiddenGroups)]);
  if (spec.selected !== null) params.push(['sel', String(spec.selected)]);
  params.push(['method', spec.method]);
  if (Object.keys(spec.weights).length > 0) params.push(['weights', pairs(spec.weights)]);
  if (spec.referencePoint !== null) params.push(['ref', pairs(spec.referencePoint)]);
  if (spec.constraints.length > 0) params.push(['filter', writeList(spec.constraints.map(constraintFields))]);
  params.push(['view', spec.view]);
  if (spec.compareGroups !== null) params.push(['groups', writeNames(spec.compareGroups)]);
  if (spec.pair !== null) params.push(['pair', writeNames(spec.pair)]);
  if (spec.hvReference !== null) params.push(['hvref', pairs(spec.hvReference)]);
  params.push(['run', writeColumnOrNone(spec.runColumn)]);
  if (spec.axisOrder !== null) params.push(['axes', writeNames(spec.axisOrder)]);
  params.push(['v', String(LINK_VERSION)]);
  return params;
}

/**
 * The full, explicit query string for `spec` (leading '?'): `encodeParams`, percent-encoded readably
 * (',', ':', '$', '/', '@', '(', ')', '*', '^' literal; see `encodeValue`).
 */
export function encodeQuery(spec: ViewSpec, dataset?: Dataset): string {
  return `?${encodeParams(spec, dataset)
    .map(([name, value]) => `${name}=${encodeValue(value)}`)
    .join('&')}`;
}

const OP_NAMES: Record<Constraint['op'], string> = { '<=': 'le', '>=': 'ge', between: 'between' };

function constraintFields(c: Constraint): string[] {
  const fields = [c.column, OP_NAMES[c.op], String(c.value)];
  if (c.op === 'between') fields.push(String(c.value2 as number));
  if (c.source === 'brush') fields.push('brush');
  return fields;
}

/** A derived column as one item; the formula as it is (`scanFormula` reads every valid formula back). */
function writeDerived(d: DerivedColumnSpec): string {
  const fields = [writeField(d.key), d.formula, d.sense ?? '', d.label === undefined ? '' : writeField(d.label), d.unit === undefined ? '' : writeField(d.unit)];
  while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
  return fields.join(':');
}

/** A column key for a parameter where `none` means "no column": a column really called "none" is quoted. */
function writeColumnOrNone(key: string | null): string {
  if (key === null) return 'none';
  return key === 'none' ? '"none"' : writeScalar(key);
}
