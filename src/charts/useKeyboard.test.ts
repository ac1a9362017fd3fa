import { describe, expect, it } from 'vitest';
import { stepAlong } from './useKeyboard';

describe('stepping along the front', () => {
  const order = Uint32Array.of(7, 3, 9);

  it('moves to the neighbour and stops at the ends', () => {
    expect(stepAlong(order, 3, 1)).toBe(9);
    expect(stepAlong(order, 3, -1)).toBe(7);
    expect(stepAlong(order, 9, 1)).toBe(9);
    expect(stepAlong(order, 7, -1)).toBe(7);
  });

  it('starts at an end from no selection or an off-front one', () => {
    expect(stepAlong(order, null, 1)).toBe(7);
    expect(stepAlong(order, null, -1)).toBe(9);
    expect(stepAlong(order, 42, 1)).toBe(7);
  });

  it('does nothing without a front', () => {
    expect(stepAlong(new Uint32Array(0), 1, 1)).toBeNull();
  });
});
