// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Constraint } from '../../state/decisionTypes';
import { ConstraintsPanel, type ConstraintsPanelProps } from './ConstraintsPanel';

afterEach(cleanup);

const columns = [
  { key: 'pass_rate_2', label: 'Pass rate', unit: '%', min: 3.6, max: 88 },
  { key: 'total_cost', label: 'Cost', unit: 'USD' },
  { key: 'seconds_per_case', label: 'Time per exercise', unit: 's' },
];

function setup(constraints: Constraint[] = [], over: Partial<ConstraintsPanelProps> = {}) {
  const props: ConstraintsPanelProps = { columns, constraints, filteredCount: 0, onAdd: vi.fn(), onUpdate: vi.fn(), onRemove: vi.fn(), ...over };
  render(<ConstraintsPanel {...props} />);
  return props;
}

describe('ConstraintsPanel', () => {
  it('shows each constraint as a chip, brushed ones marked, and how many rows fail', () => {
    setup(
      [
        { column: 'total_cost', op: '<=', value: 50 },
        { column: 'pass_rate_2', op: 'between', value: 40, value2: 90, source: 'brush' },
        { column: 'seconds_per_case', op: '>=', value: 1.5 },
      ],
      { filteredCount: 12 },
    );
    const chips = screen.getAllByTestId('constraint-chip');
    expect(chips.map((c) => c.textContent)).toEqual(['total_cost ≤ 50 USD', '40 ≤ pass_rate_2 ≤ 90 %', 'seconds_per_case ≥ 1.5 s']);
    expect(chips[1].getAttribute('data-source')).toBe('brush');
    expect(chips[0].getAttribute('data-source')).toBe('chip');
    expect(screen.getByTestId('constraint-filtered').textContent).toMatch(/^12 rows fail/);
  });

  it('removes a chip through its labelled button', () => {
    const p = setup([
      { column: 'total_cost', op: '<=', value: 50 },
      { column: 'seconds_per_case', op: '>=', value: 2 },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove constraint seconds_per_case ≥ 2 s' }));
    expect(p.onRemove).toHaveBeenCalledWith(1);
  });

  it('adds a threshold from the form', () => {
    const p = setup();
    fireEvent.change(screen.getByTestId('constraint-column'), { target: { value: 'total_cost' } });
    fireEvent.change(screen.getByTestId('constraint-op'), { target: { value: '<=' } });
    fireEvent.change(screen.getByTestId('constraint-value'), { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('constraint-add'));
    expect(p.onAdd).toHaveBeenCalledWith({ column: 'total_cost', op: '<=', value: 5 });
    expect((screen.getByTestId('constraint-value') as HTMLInputElement).value).toBe('');
  });

  it('adds a between with its bounds in order, and hints the column range', () => {
    const p = setup();
    expect(screen.getByTestId('constraint-value').getAttribute('placeholder')).toBe('3.6 – 88');
    expect(screen.queryByTestId('constraint-value2')).toBeNull();
    fireEvent.change(screen.getByTestId('constraint-op'), { target: { value: 'between' } });
    fireEvent.change(screen.getByTestId('constraint-value'), { target: { value: '80' } });
    fireEvent.change(screen.getByTestId('constraint-value2'), { target: { value: '60' } });
    fireEvent.click(screen.getByTestId('constraint-add'));
    expect(p.onAdd).toHaveBeenCalledWith({ column: 'pass_rate_2', op: 'between', value: 60, value2: 80 });
  });

  it('refuses a missing number with a message', () => {
    const p = setup();
    fireEvent.click(screen.getByTestId('constraint-add'));
    expect(screen.getByTestId('constraint-error').textContent).toBe('Enter a number.');
    fireEvent.change(screen.getByTestId('constraint-op'), { target: { value: 'between' } });
    fireEvent.change(screen.getByTestId('constraint-value'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('constraint-add'));
    expect(screen.getByTestId('constraint-error').textContent).toMatch(/upper bound/);
    expect(p.onAdd).not.toHaveBeenCalled();
  });

  it('edits a chip in the form and keeps where it came from', () => {
    const p = setup([{ column: 'pass_rate_2', op: 'between', value: 40, value2: 90, source: 'brush' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit constraint 40 ≤ pass_rate_2 ≤ 90 %' }));
    expect((screen.getByTestId('constraint-value') as HTMLInputElement).value).toBe('40');
    expect((screen.getByTestId('constraint-value2') as HTMLInputElement).value).toBe('90');
    expect(screen.getByTestId('constraint-add').textContent).toBe('Update constraint');
    fireEvent.change(screen.getByTestId('constraint-value'), { target: { value: '50' } });
    fireEvent.click(screen.getByTestId('constraint-add'));
    expect(p.onUpdate).toHaveBeenCalledWith(0, { column: 'pass_rate_2', op: 'between', value: 50, value2: 90, source: 'brush' });
    expect(p.onAdd).not.toHaveBeenCalled();
    expect(screen.getByTestId('constraint-add').textContent).toBe('Add constraint');
  });
});
