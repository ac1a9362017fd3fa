import { describe, expect, it } from 'vitest';
import { dropIndex, moveKey, moveKeyTo, sameOrder } from './reorder';

const keys = ['a', 'b', 'c', 'd'];

describe('reorder', () => {
  it('moves a key one place left or right, stopping at the ends', () => {
    expect(moveKey(keys, 'b', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveKey(keys, 'b', -1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveKey(keys, 'a', -1)).toEqual(keys);
    expect(moveKey(keys, 'd', 1)).toEqual(keys);
    expect(moveKey(keys, 'zz', 1)).toEqual(keys);
  });

  it('moves a key to a slot without touching the input', () => {
    const input = keys.slice();
    expect(moveKeyTo(input, 'a', 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveKeyTo(input, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveKeyTo(input, 'c', 99)).toEqual(['a', 'b', 'd', 'c']);
    expect(input).toEqual(keys);
  });

  it('drops on the nearest slot', () => {
    const xs = [50, 150, 250, 350];
    expect(dropIndex(xs, 0)).toBe(0);
    expect(dropIndex(xs, 199)).toBe(1);
    expect(dropIndex(xs, 201)).toBe(2);
    expect(dropIndex(xs, 1000)).toBe(3);
  });

  it('tells equal orders apart', () => {
    expect(sameOrder(keys, ['a', 'b', 'c', 'd'])).toBe(true);
    expect(sameOrder(keys, ['a', 'c', 'b', 'd'])).toBe(false);
  });
});
