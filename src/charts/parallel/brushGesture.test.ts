import { describe, expect, it } from 'vitest';
import { dragBrush, isClick, startBrush } from './brushGesture';

const axis: [number, number] = [50, 450];

describe('brush gesture', () => {
  it('draws a new brush from the press to the pointer, either way, within the axis', () => {
    const g = startBrush(100, null);
    expect(g.mode).toBe('new');
    expect(dragBrush(g, 200, axis)).toEqual([100, 200]);
    expect(dragBrush(g, 20, axis)).toEqual([50, 100]);
    expect(dragBrush(g, 900, axis)).toEqual([100, 450]);
  });

  it('moves a brush pressed inside it, keeping its height and stopping at the ends', () => {
    const g = startBrush(150, [100, 200]);
    expect(g.mode).toBe('move');
    expect(dragBrush(g, 170, axis)).toEqual([120, 220]);
    expect(dragBrush(g, 0, axis)).toEqual([50, 150]);
    expect(dragBrush(g, 1000, axis)).toEqual([350, 450]);
  });

  it('resizes a brush pressed on an edge', () => {
    expect(startBrush(101, [100, 200]).mode).toBe('top');
    expect(dragBrush(startBrush(101, [100, 200]), 80, axis)).toEqual([80, 200]);
    expect(dragBrush(startBrush(199, [100, 200]), 260, axis)).toEqual([100, 260]);
    // Dragging an edge past the other flips it over.
    expect(dragBrush(startBrush(199, [100, 200]), 60, axis)).toEqual([60, 100]);
  });

  it('starts a new brush outside the current one and tells clicks from drags', () => {
    const g = startBrush(300, [100, 200]);
    expect(g.mode).toBe('new');
    expect(isClick(g, 301)).toBe(true);
    expect(isClick(g, 310)).toBe(false);
  });
});
