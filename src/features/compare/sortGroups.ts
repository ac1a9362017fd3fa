/** Sorting the comparison table: by a figure or by name, undefined and infinite figures always last. */
import type { CompareGroup } from '../../state/compareTypes';
import { groupName } from './text';

export type SortKey = 'name' | 'rows' | 'frontSize' | 'globalShare' | 'hypervolume' | 'hvRatio' | 'igdPlus' | 'epsilon';
export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

export const DEFAULT_SORT: Sort = { key: 'hypervolume', dir: 'desc' };

/** The direction a column sorts in on its first click: best first (small distances, large volumes), names A–Z. */
export function firstDir(key: SortKey): SortDir {
  return key === 'name' || key === 'igdPlus' || key === 'epsilon' ? 'asc' : 'desc';
}

/** Clicking a header: the same column flips, another starts at its first direction. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: firstDir(key) };
}

/** Group indices in table order; ties keep the given order (compared order). */
export function sortGroups(indices: readonly number[], groups: readonly CompareGroup[], sort: Sort): number[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const position = new Map(indices.map((g, i) => [g, i]));
  return indices.slice().sort((a, b) => {
    let c: number;
    if (sort.key === 'name') {
      c = sign * groupName(groups[a].name).localeCompare(groupName(groups[b].name));
    } else {
      const va = groups[a][sort.key];
      const vb = groups[b][sort.key];
      const fa = Number.isFinite(va);
      const fb = Number.isFinite(vb);
      if (fa !== fb) return fa ? -1 : 1;
      c = fa ? sign * (va - vb) : 0;
    }
    return c || position.get(a)! - position.get(b)!;
  });
}
