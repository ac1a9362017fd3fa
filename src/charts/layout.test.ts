import { describe, expect, it } from 'vitest';
import { computeLayout, HEADER_ROW, headerRowCentre, TOP_MARGIN, TOP_MARGIN_LEGEND, topMargin } from './layout';

describe('layout', () => {
  it('grows the top margin by a row for each row of keys above the plot', () => {
    expect(topMargin(false)).toBe(TOP_MARGIN);
    expect(topMargin(0)).toBe(TOP_MARGIN);
    expect(topMargin(true)).toBe(TOP_MARGIN_LEGEND);
    expect(topMargin(1)).toBe(TOP_MARGIN_LEGEND);
    expect(topMargin(3)).toBe(TOP_MARGIN_LEGEND + 2 * HEADER_ROW);
    // Every row's centre sits above the plot with room for its text.
    expect(headerRowCentre(2) + 7).toBeLessThan(topMargin(3));
  });

  it('gives the plot what the rows leave', () => {
    const one = computeLayout(800, 500, ['10'], true);
    const three = computeLayout(800, 500, ['10'], 3);
    expect(one.margin.top + one.plotHeight).toBe(three.margin.top + three.plotHeight);
    expect(three.plotHeight).toBe(one.plotHeight - 2 * HEADER_ROW);
  });
});
