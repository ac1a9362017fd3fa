// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WeightsPanel, type WeightsPanelProps } from './WeightsPanel';

afterEach(cleanup);

function setup(over: Partial<WeightsPanelProps> = {}) {
  const props: WeightsPanelProps = {
    objectives: [
      { key: 'pass_rate_2', label: 'Pass rate', unit: '%', sense: 'max' },
      { key: 'total_cost', label: 'Cost', unit: 'USD', sense: 'min' },
    ],
    weights: { pass_rate_2: 0.8 },
    method: 'weighted-sum',
    ranges: [
      { key: 'pass_rate_2', min: 3.6, max: 88 },
      { key: 'total_cost', min: 0.32, max: 186 },
    ],
    rankedCount: 51,
    referencePoint: null,
    onWeight: vi.fn(),
    onMethod: vi.fn(),
    onReferenceValue: vi.fn(),
    ...over,
  };
  render(<WeightsPanel {...props} />);
  return props;
}

describe('WeightsPanel', () => {
  it('shows a labelled slider and a number per objective; a missing weight counts 1', () => {
    setup();
    const slider = screen.getByRole('slider', { name: /Pass rate/ });
    expect(slider).toBe(screen.getByTestId('weight-pass_rate_2'));
    expect((slider as HTMLInputElement).value).toBe('0.8');
    expect(slider.getAttribute('min')).toBe('0');
    expect(slider.getAttribute('max')).toBe('1');
    expect(slider.getAttribute('step')).toBe('0.01');
    expect((screen.getByTestId('weight-input-pass_rate_2') as HTMLInputElement).value).toBe('0.8');
    expect((screen.getByTestId('weight-input-total_cost') as HTMLInputElement).value).toBe('1');
    expect((screen.getByTestId('weight-total_cost') as HTMLInputElement).value).toBe('1');
  });

  it('calls onWeight on every slider input event (live), and for every number typed', () => {
    const p = setup();
    fireEvent.input(screen.getByTestId('weight-total_cost'), { target: { value: '0.35' } });
    expect(p.onWeight).toHaveBeenLastCalledWith('total_cost', 0.35);
    const box = screen.getByTestId('weight-input-total_cost') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '0.95' } });
    expect(p.onWeight).toHaveBeenLastCalledWith('total_cost', 0.95);
    expect(p.onWeight).toHaveBeenCalledTimes(2);
  });

  it('keeps a half-typed or negative number to itself', () => {
    const p = setup();
    const box = screen.getByTestId('weight-input-total_cost') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.change(box, { target: { value: '-1' } });
    expect(p.onWeight).not.toHaveBeenCalled();
    expect(box.value).toBe('-1');
    // Leaving the field shows the weight it was given again.
    fireEvent.blur(box);
    expect(box.value).toBe('1');
  });

  it('shows the range each objective is normalized over, and over how many rows', () => {
    setup();
    expect(screen.getByTestId('range-total_cost').textContent).toBe('0.32 – 186 USD');
    expect(screen.getByTestId('range-pass_rate_2').textContent).toBe('3.6 – 88 %');
    expect(screen.getByTestId('weights-normalization').textContent).toMatch(/Normalized over 51 rows/);
  });

  it('switches the method; reference values only for the reference-point method', () => {
    const p = setup();
    expect(screen.getByTestId('method-weighted-sum').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('method-chebyshev'));
    expect(p.onMethod).toHaveBeenLastCalledWith('chebyshev');
    fireEvent.click(screen.getByTestId('method-asf'));
    expect(p.onMethod).toHaveBeenLastCalledWith('asf');
    expect(screen.queryByTestId('ref-total_cost')).toBeNull();
  });

  it('edits the reference point in data units', () => {
    const p = setup({ method: 'asf', referencePoint: { pass_rate_2: 70, total_cost: 12.5 } });
    expect(screen.getByTestId('method-asf').getAttribute('aria-pressed')).toBe('true');
    const ref = screen.getByTestId('ref-total_cost') as HTMLInputElement;
    expect(ref.value).toBe('12.5');
    fireEvent.change(ref, { target: { value: '20' } });
    expect(p.onReferenceValue).toHaveBeenLastCalledWith('total_cost', 20);
    expect(screen.getByTestId('ref-pass_rate_2')).toBeTruthy();
  });

  it('warns when every weight is zero', () => {
    setup({ weights: { pass_rate_2: 0, total_cost: 0 } });
    expect(screen.getByTestId('weights-zero').textContent).toMatch(/All weights are 0/);
  });
});
