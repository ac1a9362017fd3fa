// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ColumnSpec } from '../../data/types';
import type { ObjectiveChoice } from '../../state/viewSpec';
import { ObjectivesPanel } from './ObjectivesPanel';

const spec = (key: string, label = key, unit?: string): ColumnSpec => ({ key, label, type: 'number', role: 'attribute', ...(unit ? { unit } : {}) });

function rows() {
  return within(screen.getByTestId('objectives-list'))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-objective'));
}

describe('ObjectivesPanel', () => {
  afterEach(cleanup);

  const few: ObjectiveChoice[] = [
    { key: 'cost', sense: 'min', active: false },
    { key: 'acc', sense: 'max', active: true },
    { key: 'len', sense: 'min', active: true },
  ];
  const columns = new Map(few.map((o) => [o.key, spec(o.key, o.key.toUpperCase())]));

  it('lists every numeric column, ticked first, and keeps that order when a tick changes', () => {
    const onToggle = vi.fn();
    const { rerender } = render(<ObjectivesPanel objectives={few} columns={columns} onSense={vi.fn()} onToggle={onToggle} />);
    expect(rows()).toEqual(['acc', 'len', 'cost']);
    expect(screen.getByTestId('frontier-over').textContent).toBe('Frontier over 2 objectives · 3 numeric columns');
    fireEvent.click(screen.getByLabelText('COST'));
    expect(onToggle).toHaveBeenCalledWith('cost');
    rerender(<ObjectivesPanel objectives={few.map((o) => ({ ...o, active: true }))} columns={columns} onSense={vi.fn()} onToggle={onToggle} />);
    expect(rows()).toEqual(['acc', 'len', 'cost']);
    expect(screen.queryByTestId('objectives-filter')).toBeNull();
  });

  it('offers a direction for unticked columns too', () => {
    const onSense = vi.fn();
    render(<ObjectivesPanel objectives={few} columns={columns} onSense={onSense} onToggle={vi.fn()} />);
    fireEvent.click(screen.getByTestId('sense-cost-max'));
    expect(onSense).toHaveBeenCalledWith('cost', 'max');
    expect(screen.getByTestId('sense-cost-min').getAttribute('aria-pressed')).toBe('true');
  });

  it('filters a long list by name, never hiding a ticked column', () => {
    const many: ObjectiveChoice[] = Array.from({ length: 12 }, (_, i) => ({ key: `m${i}`, sense: 'max', active: i === 3 }));
    const cols = new Map(many.map((o, i) => [o.key, spec(o.key, i % 2 ? `Memory ${i}` : `Accuracy ${i}`)]));
    render(<ObjectivesPanel objectives={many} columns={cols} onSense={vi.fn()} onToggle={vi.fn()} />);
    expect(rows()).toHaveLength(12);
    expect(rows()[0]).toBe('m3');
    fireEvent.change(screen.getByLabelText('Find a column'), { target: { value: 'accuracy' } });
    expect(rows()).toEqual(['m3', 'm0', 'm2', 'm4', 'm6', 'm8', 'm10']);
    expect(screen.getByRole('status').textContent).toBe('5 columns not matching “accuracy”');
  });
});
