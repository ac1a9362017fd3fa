/**
 * The URL codec: a ViewSpec as readable, hand-editable query parameters.
 *
 *   ?dataset=imagenet&x=params&y=top1&xscale=log&yscale=linear
 *    &objectives=top1:max,params:min&senses=flops:max&color=group&group=family&hide=ViT,ResNet&sel=17&v=1
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
import { encodeItem } from './query';
import { objectiveColumns } from './validate';
import type { ViewSpec } from './viewSpec';

export { parseQuery, migrate, encodeItem, decodeItem, type RawQuery, type RawObjective } from './query';
export { resolveSpec, type Resolved } from './resolve';

/**
 * The full, explicit query string for `spec` (leading '?'): every parameter is written, not only those
 * that differ from the defaults, so a link keeps meaning the same view when a card's defaults change.
 * `dataset` only trims `senses=` to the senses that differ from the card.
 */
export function encodeQuery(spec: ViewSpec, dataset?: Dataset): string {
  const cardSense = new Map(dataset ? objectiveColumns(dataset).map((c) => [c.spec.key, c.spec.sense ?? 'max']) : []);
  const ticked = spec.objectives.filter((o) => o.active);
  const unticked = spec.objectives.filter((o) => !o.active && (!dataset || cardSense.get(o.key) !== o.sense));
  const item = (o: { key: string; sense: string }) => `${encodeItem(o.key)}:${o.sense}`;
  const params: [string, string][] = [
    ['dataset', encodeItem(spec.dataset)],
    ['x', encodeItem(spec.x)],
    ['y', encodeItem(spec.y)],
    ['xscale', spec.xScale],
    ['yscale', spec.yScale],
    ['objectives', ticked.map(item).join(',')],
  ];
  if (unticked.length > 0) params.push(['senses', unticked.map(item).join(',')]);
  params.push(['color', spec.color]);
  params.push(['group', spec.group === null ? 'none' : encodeGroupKey(spec.group)]);
  if (spec.hiddenGroups.length > 0) params.push(['hide', spec.hiddenGroups.map(encodeItem).join(',')]);
  if (spec.selected !== null) params.push(['sel', String(spec.selected)]);
  params.push(['v', String(spec.version)]);
  return `?${params.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

function encodeGroupKey(key: string): string {
  const encoded = encodeItem(key);
  return encoded === 'none' ? '%6Eone' : encoded;
}
