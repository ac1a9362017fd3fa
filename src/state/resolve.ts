import type { Sense } from '../core';
import type { Dataset } from '../data/types';
import {
  addConstraint,
  addDerived,
  setAxisOrder,
  setColor,
  setCompareGroups,
  setGroup,
  setHvReferenceValue,
  setPair,
  setRunColumn,
  setViewMode,
  setMethod,
  setReferenceValue,
  setWeight,
  setScale,
  setSelected,
  setSense,
  setX,
  setY,
  toggleGroup,
  toggleObjective,
  type ActionResult,
} from './actions';
import type { ViewMode } from './compareTypes';
import { defaultSpec } from './defaults';
import type { Constraint, DecisionMethod } from './decisionTypes';
import { LINK_VERSION, migrate, type RawQuery } from './query';
import { counted, namesList, quoteClipped, readableNotice } from './noticeText';
import { isScale, type Axis } from './validate';
import type { ColorMode, ViewSpec } from './viewSpec';

export interface Resolved {
  spec: ViewSpec;
  /** One plain sentence per parameter that was ignored or adjusted. */
  notices: string[];
}

/** A number as links write it: decimal or exponent notation, finite; anything else is null. */
export function parseNumber(text: string): number | null {
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return null;
  const v = Number(text);
  return Number.isFinite(v) ? v + 0 : null;
}

/**
 * Constraints read from one link. Far more than anyone sets by hand, and a bound on the work: each one is
 * checked against the view built so far, so a link listing 400,000 would take minutes.
 */
const MAX_FILTERS = 100;

/** Up to this many unknown names get a notice each; more get one notice naming the first few. */
const FEW = 3;

const FILTER_OPS: Record<string, Constraint['op']> = { le: '<=', ge: '>=', between: 'between', '<=': '<=', '>=': '>=' };

/**
 * Turns a parsed link into a valid view of `dataset`: starts from `defaultSpec(dataset)` and applies each
 * parameter through the named actions, in the order derive, x, y, scales, senses, objectives, group,
 * hide, colour, selection, weights, method, ref, filter, view, groups, pair, hvref, run, axes. A value
 * the actions refuse is skipped with a notice saying what is shown instead. Never throws; the result
 * always passes `specProblems`. A parameter left out keeps the default view's value (for `run=`, the
 * run column the default view guesses).
 *
 * A link for another dataset than `dataset` (the app fell back because the linked one is unavailable)
 * gives the default view of `dataset` and one notice.
 */
export function resolveSpec(query: RawQuery, dataset: Dataset): Resolved {
  const raw = migrate(query);
  const notices = [...raw.problems];
  let spec = defaultSpec(dataset);
  const apply = (result: ActionResult, explain: (notice: string) => string) => {
    if (result.notice !== undefined) notices.push(explain(result.notice));
    spec = result.spec;
  };

  // v= is the link's version (LINK_VERSION), not the ViewSpec object's (VIEWSPEC_VERSION).
  const version = raw.v ?? String(LINK_VERSION);
  if (version !== String(LINK_VERSION)) {
    notices.push(
      /^\d+$/.test(version) && Number(version) > LINK_VERSION
        ? `This link was made by a newer Paretoscope (v=${version}) — settings this version does not know are ignored`
        : `Unknown version ${quoteClipped(version)} in v= — read as version ${LINK_VERSION}`,
    );
  }
  if (raw.dataset !== undefined && raw.dataset !== dataset.id) {
    notices.push(`This link is for dataset ${quoteClipped(raw.dataset)} — showing ${quoteClipped(dataset.id)} with its default view instead`);
    return { spec, notices: notices.map(readableNotice) };
  }

  for (const item of raw.derive ?? []) {
    if (item.formula === undefined) {
      notices.push(`derive= needs name:formula, got ${quoteClipped(item.key)} — ignored`);
      continue;
    }
    const d = { key: item.key, formula: item.formula, ...(item.label ? { label: item.label } : {}), ...(item.unit ? { unit: item.unit } : {}) };
    if (item.sense !== undefined && item.sense !== 'min' && item.sense !== 'max') {
      notices.push(`Unknown direction ${quoteClipped(item.sense)} for ${quoteClipped(item.key)} in derive= — added without one`);
      apply(addDerived(spec, dataset, d), (n) => `${n} in derive= — ignored`);
    } else {
      apply(addDerived(spec, dataset, { ...d, ...(item.sense ? { sense: item.sense as Sense } : {}) }), (n) => `${n} in derive= — ignored`);
    }
  }
  if (raw.x !== undefined) apply(setX(spec, dataset, raw.x), (n) => `${n} in x= — showing ${quoteClipped(spec.x)} instead`);
  if (raw.y !== undefined) apply(setY(spec, dataset, raw.y), (n) => `${n} in y= — showing ${quoteClipped(spec.y)} instead`);
  for (const axis of ['x', 'y'] as Axis[]) {
    const value = axis === 'x' ? raw.xscale : raw.yscale;
    if (value === undefined) continue;
    const current = () => (axis === 'x' ? spec.xScale : spec.yScale);
    if (!isScale(value)) {
      notices.push(`Unknown scale ${quoteClipped(value)} in ${axis}scale= — use linear or log; ${axis} axis stays ${current()}`);
      continue;
    }
    apply(setScale(spec, dataset, axis, value), (n) => `${n} — ${axis} axis stays ${current()}`);
  }

  for (const item of raw.senses ?? []) {
    if (item.sense === undefined) {
      notices.push(`senses= needs column:min or column:max, got ${quoteClipped(item.key)} — ignored`);
      continue;
    }
    apply(setSense(spec, dataset, item.key, item.sense as Sense), (n) => `${n} in senses= — ignored`);
  }
  if (raw.objectives !== undefined) applyObjectives(raw.objectives);

  if (raw.group !== undefined) {
    apply(setGroup(spec, dataset, raw.group), (n) => {
      const shown = spec.group === null ? 'no grouping' : `grouping by ${quoteClipped(spec.group)}`;
      return `${n} in group= — ${shown} instead`;
    });
  }
  for (const value of raw.hide ?? []) {
    if (spec.hiddenGroups.includes(value)) continue; // listed twice: hiding is not a toggle here
    apply(toggleGroup(spec, dataset, value), (n) => `${n} in hide= — ignored`);
  }
  if (raw.color !== undefined) {
    apply(setColor(spec, dataset, raw.color as ColorMode), (n) => `${n} in color= — colouring by ${spec.color} instead`);
  }
  if (raw.sel !== undefined && raw.sel !== 'none') {
    if (/^\d+$/.test(raw.sel)) {
      apply(setSelected(spec, dataset, Number(raw.sel)), (n) => `${n} in sel= — nothing selected`);
    } else {
      notices.push(`sel= must be a row number, got ${quoteClipped(raw.sel)} — nothing selected`);
    }
  }
  for (const item of raw.weights ?? []) {
    const w = item.value === undefined ? null : parseNumber(item.value);
    if (w === null) {
      notices.push(`weights= needs column:weight with a number, got ${quoteClipped(item.value === undefined ? item.key : `${item.key}:${item.value}`)} — ignored`);
      continue;
    }
    apply(setWeight(spec, dataset, item.key, w), (n) => `${n} in weights= — ignored`);
  }
  if (raw.method !== undefined) {
    apply(setMethod(spec, dataset, raw.method as DecisionMethod), (n) => `${n} in method= — using ${spec.method}`);
  }
  for (const item of raw.ref ?? []) {
    const v = item.value === undefined ? null : parseNumber(item.value);
    if (v === null) {
      notices.push(`ref= needs column:value with a number, got ${quoteClipped(item.value === undefined ? item.key : `${item.key}:${item.value}`)} — ignored`);
      continue;
    }
    apply(setReferenceValue(spec, dataset, item.key, v), (n) => `${n} in ref= — ignored`);
  }
  const filters = raw.filter ?? [];
  if (filters.length > MAX_FILTERS) {
    notices.push(`filter= lists ${counted(filters.length, 'constraint')} — the first ${MAX_FILTERS} are used, the rest ignored`);
  }
  for (const item of filters.slice(0, MAX_FILTERS)) {
    const c = readFilter(item.column, item.parts);
    if (typeof c === 'string') notices.push(`${c} in filter= — ignored`);
    else apply(addConstraint(spec, dataset, c), (n) => `${n} in filter= — ignored`);
  }
  applyCompare();
  // A few are named one by one; a flood is one notice.
  if (raw.unknown.length <= FEW) for (const name of raw.unknown) notices.push(`Unknown parameter ${quoteClipped(name)} ignored`);
  else {
    notices.push(`${counted(raw.unknown.length, 'parameter')} this version does not know: ${namesList(raw.unknown)} — ignored`);
  }
  return { spec, notices: notices.map(readableNotice) };

  function applyCompare() {
    const SHOWN: Record<ViewMode, string> = { scatter: 'the scatter', overlay: 'the overlay', multiples: 'small multiples', parallel: 'parallel coordinates' };
    if (raw.view !== undefined) {
      apply(setViewMode(spec, dataset, raw.view as ViewMode), (n) => `${head(n)} in view= — showing ${SHOWN[spec.view]} instead`);
    }
    if (raw.groups !== undefined) apply(setCompareGroups(spec, dataset, raw.groups), (n) => inParam(n, 'groups='));
    if (raw.pair !== undefined) {
      if (raw.pair.length !== 2) notices.push(`pair= needs two groups, got ${raw.pair.length > 3 ? `${counted(raw.pair.length, 'item')}: ` : ''}${namesList(raw.pair)} — using the first two compared`);
      else apply(setPair(spec, dataset, [raw.pair[0], raw.pair[1]]), (n) => `${head(n)} in pair= — using the first two compared`);
    }
    for (const item of raw.hvref ?? []) {
      const v = item.value === undefined ? null : parseNumber(item.value);
      if (v === null) {
        notices.push(`hvref= needs column:value with a number, got ${quoteClipped(item.value === undefined ? item.key : `${item.key}:${item.value}`)} — ignored`);
        continue;
      }
      apply(setHvReferenceValue(spec, dataset, item.key, v), (n) => `${head(n)} in hvref= — ignored`);
    }
    if (raw.run !== undefined) {
      apply(setRunColumn(spec, dataset, raw.run), (n) => {
        const shown = spec.runColumn === null ? 'no run column' : `runs told apart by ${quoteClipped(spec.runColumn)}`;
        return `${head(n)} in run= — ${shown} instead`;
      });
    }
    if (raw.axes !== undefined) apply(setAxisOrder(spec, dataset, raw.axes), (n) => inParam(n, 'axes='));
  }

  function applyObjectives(items: NonNullable<RawQuery['objectives']>) {
    const ticked = new Set<string>();
    const known = new Set(spec.objectives.map((o) => o.key));
    const unknown: string[] = [];
    for (const item of items) {
      if (!known.has(item.key)) {
        unknown.push(item.key);
        continue;
      }
      ticked.add(item.key);
      if (item.sense !== undefined) {
        apply(setSense(spec, dataset, item.key, item.sense as Sense), (n) => `${n} in objectives= — keeping its direction`);
      }
    }
    if (unknown.length <= FEW) for (const key of unknown) notices.push(`Unknown objective ${quoteClipped(key)} in objectives= — ignored`);
    else notices.push(`${counted(unknown.length, 'unknown objective')} in objectives=: ${namesList(unknown)} — ignored`);
    if (ticked.size === 0) {
      const kept = spec.objectives.filter((o) => o.active).map((o) => quoteClipped(o.key));
      notices.push(`objectives= ticks no known objective — keeping ${kept.join(', ')} ticked`);
      return;
    }
    // Tick first, untick after: the actions keep at least one objective ticked at every step.
    for (const o of spec.objectives) if (ticked.has(o.key) && !o.active) apply(toggleObjective(spec, dataset, o.key), String);
    for (const o of spec.objectives) if (!ticked.has(o.key) && o.active) apply(toggleObjective(spec, dataset, o.key), String);
  }
}

/** The problem part of a notice, without what the action did instead ("Problem — what instead"). */
const head = (notice: string): string => notice.split(' — ')[0];

/** "Problem — what instead" as "Problem in name= — what instead" (or "Problem in name="). */
function inParam(notice: string, name: string): string {
  const at = notice.indexOf(' — ');
  return at < 0 ? `${notice} in ${name}` : `${notice.slice(0, at)} in ${name}${notice.slice(at)}`;
}

/** A `filter=` item as a constraint, or why it cannot be one. */
function readFilter(column: string, parts: string[]): Constraint | string {
  const shown = quoteClipped([column, ...parts].join(':'));
  const rest = [...parts];
  const source = rest[rest.length - 1] === 'brush' || rest[rest.length - 1] === 'chip' ? (rest.pop() as 'brush' | 'chip') : 'chip';
  const op = FILTER_OPS[rest[0] ?? ''];
  if (!op) return `A filter needs column:le|ge|between:value, got ${shown}`;
  const values = rest.slice(1).map(parseNumber);
  const want = op === 'between' ? 2 : 1;
  if (values.length !== want || values.some((v) => v === null)) {
    return op === 'between' ? `A 'between' filter needs column:between:low:high, got ${shown}` : `A filter needs one number after ${rest[0]}, got ${shown}`;
  }
  return op === 'between'
    ? { column, op, value: values[0] as number, value2: values[1] as number, source }
    : { column, op, value: values[0] as number, source };
}
