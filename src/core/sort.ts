/**
 * Index sorting for the sweeps. Sorting dominates the cost of 2-D fronts, ranks and hypervolume,
 * and a comparator-based sort of a million indices is several times slower than a radix sort on the
 * doubles' bit patterns, so large inputs go through an LSD radix sort (stable, 16-bit digits,
 * passes whose digit is the same for every key skipped). Keys must not be NaN; -0 must be folded to +0.
 */

const RADIX_MIN = 1024;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

/**
 * Returns `idx` reordered so that `keyOf(idx[i])` ascends; stable. `idx` is not modified.
 * `key(i)` reads the key of item i (e.g. `points[i * d + k]`).
 */
export function sortByKey(idx: Uint32Array, key: (i: number) => number): Uint32Array {
  const m = idx.length;
  if (m < RADIX_MIN) {
    const keys = new Float64Array(m);
    for (let j = 0; j < m; j++) keys[j] = key(idx[j]);
    const pos = Array.from({ length: m }, (_, j) => j);
    pos.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    const out = new Uint32Array(m);
    for (let j = 0; j < m; j++) out[j] = idx[pos[j]];
    return out;
  }
  // Bit patterns mapped so that unsigned order == numeric order.
  const hi = new Uint32Array(m);
  const lo = new Uint32Array(m);
  for (let j = 0; j < m; j++) {
    f64[0] = key(idx[j]);
    let h = u32[HI];
    let l = u32[LO];
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[j] = h;
    lo[j] = l;
  }
  // Sort positions 0..m-1, then map back to idx values.
  let order = new Uint32Array(m);
  for (let j = 0; j < m; j++) order[j] = j;
  let tmp = new Uint32Array(m);
  const count = new Uint32Array(65536);
  const passes: [Uint32Array, number][] = [
    [lo, 0],
    [lo, 16],
    [hi, 0],
    [hi, 16],
  ];
  for (const [words, shift] of passes) {
    count.fill(0);
    for (let j = 0; j < m; j++) count[(words[j] >>> shift) & 0xffff]++;
    if (count[(words[0] >>> shift) & 0xffff] === m) continue; // every key has this digit
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (let j = 0; j < m; j++) {
      const p = order[j];
      tmp[count[(words[p] >>> shift) & 0xffff]++] = p;
    }
    const t = order;
    order = tmp;
    tmp = t;
  }
  for (let j = 0; j < m; j++) order[j] = idx[order[j]];
  return order;
}

/**
 * Sorts item indices `0..count-1` of a row-major point matrix lexicographically over the objectives
 * `dims` (first is most significant). Stable; ties on all dims keep index order.
 * One radix pass set on the first objective; runs of equal first values (rare in real-valued data,
 * common in integer data) are then finished by a comparator sort on the remaining objectives.
 */
export function lexOrder(points: Float64Array, d: number, count: number, dims: readonly number[]): Uint32Array {
  const all = new Uint32Array(count);
  for (let j = 0; j < count; j++) all[j] = j;
  if (dims.length === 0) return all;
  const k0 = dims[0];
  const rest = dims.slice(1);
  const compareRest = (a: number, b: number) => {
    for (const k of rest) {
      const x = points[a * d + k];
      const y = points[b * d + k];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return a - b;
  };
  if (count < RADIX_MIN) {
    const arr = Array.from(all);
    arr.sort((a, b) => {
      const x = points[a * d + k0];
      const y = points[b * d + k0];
      return x < y ? -1 : x > y ? 1 : compareRest(a, b);
    });
    return Uint32Array.from(arr);
  }
  const order = sortByKey(all, (i) => points[i * d + k0]);
  if (rest.length === 0) return order;
  for (let s = 0; s < count; ) {
    const v = points[order[s] * d + k0];
    let e = s + 1;
    while (e < count && points[order[e] * d + k0] === v) e++;
    if (e - s > 1) order.subarray(s, e).sort(compareRest);
    s = e;
  }
  return order;
}
