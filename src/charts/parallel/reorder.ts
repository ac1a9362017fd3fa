/**
 * Axis order: moving one key by a step (keyboard) or to a slot (drag), and which slot a dragged
 * title lands in. Pure, so a button, a key and a drop all agree.
 */

/** `keys` with `key` moved to `index` (clamped); the same array when nothing moves. */
export function moveKeyTo(keys: readonly string[], key: string, index: number): string[] {
  const from = keys.indexOf(key);
  if (from < 0) return keys.slice();
  const to = Math.max(0, Math.min(keys.length - 1, Math.round(index)));
  if (to === from) return keys.slice();
  const out = keys.slice();
  out.splice(from, 1);
  out.splice(to, 0, key);
  return out;
}

/** `keys` with `key` moved `delta` places (negative = left), stopping at the ends. */
export function moveKey(keys: readonly string[], key: string, delta: number): string[] {
  const from = keys.indexOf(key);
  return from < 0 ? keys.slice() : moveKeyTo(keys, key, from + delta);
}

/** Slot nearest to pixel `x`, given the axes' pixel positions left to right. */
export function dropIndex(xs: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) best = i;
  return best;
}

export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
