/**
 * Props that a parent may rebuild on every render (a fresh `{ mode: 'front' }`, a fresh staircase
 * array with the same vertices) must not count as new input: that would redraw 100,000 points and
 * mark a render on every hover. These keep the previous value while it is equivalent.
 */
import { useRef } from 'react';
import type { ScatterColor, ScatterLayer } from './types';

export function useStable<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const ref = useRef(value);
  if (ref.current !== value && !equal(ref.current, value)) ref.current = value;
  return ref.current;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Same mode, same arrays (by identity) and the same names and colours. */
export function sameColor(a: ScatterColor, b: ScatterColor): boolean {
  if (a.mode === 'front' && b.mode === 'front') return true;
  if (a.mode === 'rank' && b.mode === 'rank') return a.ranks === b.ranks && a.maxRank === b.maxRank;
  if (a.mode === 'group' && b.mode === 'group') {
    return a.codes === b.codes && sameStrings(a.names, b.names) && sameStrings(a.colors, b.colors);
  }
  return false;
}

/** Same vertices (Object.is, so NaN equals NaN). */
export function sameStaircase(a: [number, number][] | null, b: [number, number][] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i][0], b[i][0]) || !Object.is(a[i][1], b[i][1])) return false;
  }
  return true;
}

/** Same layers in the same order: same fields, lines by vertex, row lists by identity. */
export function sameLayers(a: readonly ScatterLayer[] | undefined, b: readonly ScatterLayer[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((l, i) => {
    const m = b[i];
    return (
      l.id === m.id &&
      l.color === m.color &&
      l.rows === m.rows &&
      l.mark === m.mark &&
      l.dash === m.dash &&
      l.width === m.width &&
      l.opacity === m.opacity &&
      l.label === m.label &&
      sameStaircase(l.line ?? null, m.line ?? null)
    );
  });
}
