/**
 * Where each piece of store state lives beyond the current page. `url`: encoded in the address bar (so
 * shared links and back/forward carry it); `local`: remembered in this browser (localStorage);
 * `ephemeral`: gone on reload — hover, menus, references to loaded data. Adding a key to the store
 * without a line here is a type error.
 */
import type { StoreDataKey } from './store';
import type { ViewSpec } from './viewSpec';

export type Persistence = 'url' | 'local' | 'ephemeral';

export const PERSISTENCE = {
  spec: 'url',
  /** The dataset the app is asked to load; becomes `dataset=` once loaded. */
  requestedDataset: 'url',
  /** The loaded dataset the spec is validated against (react-query owns it; the store only points at it). */
  dataset: 'ephemeral',
  notices: 'ephemeral',
  hoveredRow: 'ephemeral',
  theme: 'local',
} as const satisfies Record<StoreDataKey, Persistence>;

/**
 * The spec is one `url` key, field by field: every ViewSpec field is written to the link (url.ts), the
 * comparing fields of version 3 too (`view=`, `groups=`, `pair=`, `hvref=`, `run=`, `axes=`). Adding a
 * field to the ViewSpec without a line here is a type error, so a new field cannot skip the question.
 */
export const SPEC_PERSISTENCE = {
  version: 'url',
  dataset: 'url',
  x: 'url',
  y: 'url',
  xScale: 'url',
  yScale: 'url',
  objectives: 'url',
  color: 'url',
  group: 'url',
  hiddenGroups: 'url',
  selected: 'url',
  weights: 'url',
  method: 'url',
  referencePoint: 'url',
  constraints: 'url',
  derived: 'url',
  view: 'url',
  compareGroups: 'url',
  pair: 'url',
  hvReference: 'url',
  runColumn: 'url',
  axisOrder: 'url',
} as const satisfies Record<keyof ViewSpec, Persistence>;

/** The store keys persisted as `kind`. */
export function keysPersistedAs(kind: Persistence): StoreDataKey[] {
  return (Object.keys(PERSISTENCE) as StoreDataKey[]).filter((k) => PERSISTENCE[k] === kind);
}
