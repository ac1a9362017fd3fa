import { describe, expect, it } from 'vitest';
import { surfaceLine } from './surfaceLine';

describe('surfaceLine', () => {
  it('min/min: steps right then down through (x of the next, y of the previous), rays up and right', () => {
    expect(
      surfaceLine(
        [
          [1, 5],
          [2, 3],
          [4, 1],
        ],
        ['min', 'min'],
      ),
    ).toEqual([
      [1, Infinity],
      [1, 5],
      [2, 5],
      [2, 3],
      [4, 3],
      [4, 1],
      [Infinity, 1],
    ]);
  });

  it('max/min: steps up then right through (x of the previous, y of the next), rays left and up', () => {
    // Larger x is better, smaller y is better: the minimal points rise with x.
    expect(
      surfaceLine(
        [
          [3, 4],
          [1, 2],
          [5, 7],
        ],
        ['max', 'min'],
      ),
    ).toEqual([
      [-Infinity, 2],
      [1, 2],
      [1, 4],
      [3, 4],
      [3, 7],
      [5, 7],
      [5, Infinity],
    ]);
  });

  it('min/max and a single point; duplicates and NaN points dropped; nothing for no points', () => {
    expect(
      surfaceLine(
        [
          [1, 2],
          [3, 6],
          [3, 6],
          [NaN, 1],
        ],
        ['min', 'max'],
      ),
    ).toEqual([
      [1, -Infinity],
      [1, 2],
      [3, 2],
      [3, 6],
      [Infinity, 6],
    ]);
    expect(surfaceLine([[2, 2]], ['min', 'min'])).toEqual([
      [2, Infinity],
      [2, 2],
      [Infinity, 2],
    ]);
    expect(surfaceLine([], ['max', 'max'])).toEqual([]);
  });
});
