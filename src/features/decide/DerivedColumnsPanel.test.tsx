// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExpressionError, parseExpression } from '../../core/expr';
import type { DerivedColumnSpec } from '../../state/decisionTypes';
import { DerivedColumnsPanel, type DerivedColumnsPanelProps } from './DerivedColumnsPanel';
import type { FormulaCheck } from './types';

afterEach(cleanup);

const columns = [
  { key: 'pass_rate_2', label: 'Pass rate', unit: '%' },
  { key: 'total_cost', label: 'Cost', unit: 'USD' },
];

function validate(formula: string): FormulaCheck {
  try {
    parseExpression(formula, { columns: columns.map((c) => c.key) });
    return {};
  } catch (e) {
    if (e instanceof ExpressionError) return { error: e.message, position: e.position, length: e.length };
    throw e;
  }
}

const suggestion: DerivedColumnSpec = { key: 'cost_of_pass', label: 'cost-of-pass', formula: 'total_cost / (pass_rate_2 / 100)', unit: 'USD', sense: 'min' };

function setup(over: Partial<DerivedColumnsPanelProps> = {}) {
  const props: DerivedColumnsPanelProps = { derived: [], columns, validate, suggestions: [suggestion], onAdd: vi.fn(), onRemove: vi.fn(), ...over };
  render(<DerivedColumnsPanel {...props} />);
  return props;
}

const type = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });

describe('DerivedColumnsPanel', () => {
  it('adds a column from a name, a formula, a unit and a sense', () => {
    const p = setup();
    type('derive-name', 'cost_of_pass');
    type('derive-formula', ' total_cost / (pass_rate_2 / 100) ');
    type('derive-unit', 'USD');
    fireEvent.click(screen.getByTestId('derive-sense-min'));
    fireEvent.click(screen.getByTestId('derive-add'));
    expect(p.onAdd).toHaveBeenCalledWith({ key: 'cost_of_pass', formula: 'total_cost / (pass_rate_2 / 100)', unit: 'USD', sense: 'min' });
    expect((screen.getByTestId('derive-name') as HTMLInputElement).value).toBe('');
  });

  it('points at the position of a parser error, with carets under it', () => {
    const p = setup();
    type('derive-name', 'bad');
    const formula = 'total_cost / (pass_rate_2 ';
    type('derive-formula', formula);
    expect(screen.queryByTestId('derive-error')).toBeNull(); // not while typing
    fireEvent.click(screen.getByTestId('derive-add'));
    expect(p.onAdd).not.toHaveBeenCalled();
    const error = screen.getByTestId('derive-error');
    expect(error.textContent).toMatch(/position 26/);
    expect(screen.getByTestId('derive-error-caret').textContent).toBe(' '.repeat(26) + '^');
    expect(screen.getByTestId('derive-formula').getAttribute('aria-invalid')).toBe('true');
    // Fixing it clears the error as you type.
    type('derive-formula', `${formula})`);
    expect(screen.queryByTestId('derive-error')).toBeNull();
  });

  it('underlines the whole offending name and names its position when the message does not', () => {
    setup({ validate: () => ({ error: 'Unknown column', position: 4, length: 3 }) });
    type('derive-name', 'x');
    type('derive-formula', '1 + foo');
    fireEvent.blur(screen.getByTestId('derive-formula'));
    expect(screen.getByTestId('derive-error').textContent).toContain('Unknown column (position 4)');
    expect(screen.getByTestId('derive-error-caret').textContent).toBe('    ^^^');
  });

  it('asks for a usable, unused name', () => {
    const p = setup({ derived: [{ key: 'mine', formula: '1' }] });
    type('derive-formula', 'total_cost * 2');
    fireEvent.click(screen.getByTestId('derive-add'));
    expect(screen.getByTestId('derive-name-error').textContent).toMatch(/name/);
    type('derive-name', 'total_cost');
    expect(screen.getByTestId('derive-name-error').textContent).toMatch(/already a column called total_cost/);
    type('derive-name', 'mine');
    expect(screen.getByTestId('derive-name-error').textContent).toMatch(/already/);
    type('derive-name', '2x');
    expect(screen.getByTestId('derive-name-error').textContent).toMatch(/letters, digits and _/);
    expect(p.onAdd).not.toHaveBeenCalled();
  });

  it('adds a suggestion in one click, and stops offering it once it exists', () => {
    const p = setup();
    const button = screen.getByTestId('derive-suggestion');
    expect(button.textContent).toBe('Suggested: cost-of-pass = total_cost / (pass_rate_2 / 100)');
    fireEvent.click(button);
    expect(p.onAdd).toHaveBeenCalledWith(suggestion);
    cleanup();
    setup({ derived: [suggestion] });
    expect(screen.queryByTestId('derive-suggestion')).toBeNull();
  });

  it('lists derived columns with a remove button each', () => {
    const p = setup({ derived: [suggestion, { key: 'per_k', formula: 'total_cost * 1000' }], suggestions: [] });
    const items = screen.getAllByTestId('derived-item');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('cost_of_pass');
    expect(items[0].textContent).toContain('= total_cost / (pass_rate_2 / 100)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove derived column per_k' }));
    expect(p.onRemove).toHaveBeenCalledWith('per_k');
  });

  it('inserts a column name into the formula at the cursor', () => {
    setup();
    const formula = screen.getByTestId('derive-formula') as HTMLInputElement;
    type('derive-formula', ' / 100');
    formula.setSelectionRange(0, 0);
    fireEvent.click(screen.getByRole('button', { name: 'pass_rate_2' }));
    expect(formula.value).toBe('pass_rate_2 / 100');
  });
});
