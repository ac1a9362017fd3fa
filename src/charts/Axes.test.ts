import { describe, expect, it } from 'vitest';
import { placeTitle } from './Axes';

describe('axis title placement', () => {
  it('centres the title when the hint is far away', () => {
    expect(placeTitle(600, 100, 50, -1)).toEqual({ centre: 300, show: true });
  });

  it('moves the title away from a hint at the start or the end', () => {
    expect(placeTitle(200, 120, 50, -1)).toEqual({ centre: 120, show: true });
    expect(placeTitle(200, 120, 50, 1)).toEqual({ centre: 80, show: true });
  });

  it('drops the hint when both cannot fit', () => {
    expect(placeTitle(150, 120, 50, -1).show).toBe(false);
  });
});
