// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroupPicker } from './GroupPicker';
import { compareFixture, fixtureColors, manyGroups } from './testing/fixture';

afterEach(cleanup);

function setup(options: Parameters<typeof compareFixture>[0] = {}) {
  const compare = compareFixture(options);
  const onChange = vi.fn();
  render(<GroupPicker compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" onChange={onChange} />);
  return { compare, onChange };
}

const boxes = () => within(screen.getByTestId('picker-list')).getAllByRole('checkbox') as HTMLInputElement[];

describe('GroupPicker', () => {
  it('shows the compared groups as chips with their share of the global front', () => {
    setup();
    const chips = within(screen.getByTestId('picker-chips')).getAllByRole('listitem');
    expect(chips.map((c) => c.getAttribute('data-group'))).toEqual(['nsga2', 'moead', 'spea2', '']);
    // 9 of 19 global front rows
    expect(chips[0].textContent).toContain('47%');
    expect(chips[3].textContent).toContain('(no value)');
  });

  it('lists every group by front share, ticked when compared; ticking adds, unticking removes', () => {
    const { onChange } = setup({ compared: [0, 2] });
    expect(boxes().map((b) => b.getAttribute('data-group'))).toEqual(['nsga2', 'moead', 'spea2', '', 'random']);
    expect(boxes().map((b) => b.checked)).toEqual([true, false, true, false, false]);
    fireEvent.click(boxes()[4]);
    expect(onChange).toHaveBeenLastCalledWith(['nsga2', 'spea2', 'random']);
    fireEvent.click(boxes()[0]);
    expect(onChange).toHaveBeenLastCalledWith(['spea2']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove spea2 from the comparison' }));
    expect(onChange).toHaveBeenLastCalledWith(['nsga2']);
  });

  it('goes back to the automatic choice with "Top 6 by front share"', () => {
    const { onChange } = setup({ compared: [4], auto: false });
    const top = screen.getByRole('button', { name: 'Top 6 by front share' });
    expect(top.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(top);
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('filters by the search, and shows the first 12 of a long list with how many more there are', () => {
    setup({ groups: manyGroups(240), compared: [0, 1] });
    expect(boxes()).toHaveLength(12);
    expect(screen.getByTestId('picker-more').textContent).toBe('228 more — refine the search');
    const search = screen.getByLabelText('Find a group');
    fireEvent.change(search, { target: { value: 'family-01' } });
    expect(boxes().map((b) => b.getAttribute('data-group'))).toEqual(Array.from({ length: 10 }, (_, i) => `family-01${i}`));
    expect(screen.queryByTestId('picker-more')).toBeNull();
    fireEvent.change(search, { target: { value: 'nothing like it' } });
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText(/No group matches/)).toBeTruthy();
  });

  it('finds the empty group by "(no value)"', () => {
    setup();
    fireEvent.change(screen.getByLabelText('Find a group'), { target: { value: 'no val' } });
    expect(boxes().map((b) => b.getAttribute('data-group'))).toEqual(['']);
  });
});
