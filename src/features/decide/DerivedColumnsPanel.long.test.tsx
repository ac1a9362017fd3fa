// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formulaCheck } from '../../state/derived';
import { aiderLikeDataset } from '../../state/testing/fakeDataset';
import { DerivedColumnsPanel } from './DerivedColumnsPanel';

afterEach(cleanup);

const ds = aiderLikeDataset();
const columns = ds.columns.filter((c) => c.kind === 'number').map((c) => ({ key: c.spec.key, label: c.spec.label }));

describe('DerivedColumnsPanel with a formula far over the length cap', () => {
  it('shows the length message and adds nothing (a 6,000-term chain once blanked the page)', () => {
    const onAdd = vi.fn();
    render(<DerivedColumnsPanel derived={[]} columns={columns} validate={(f) => formulaCheck(ds, [], f)} onAdd={onAdd} onRemove={vi.fn()} />);
    fireEvent.change(screen.getByTestId('derive-name'), { target: { value: 'd' } });
    fireEvent.change(screen.getByTestId('derive-formula'), { target: { value: Array.from({ length: 6000 }, () => '1').join('-') } });
    fireEvent.click(screen.getByTestId('derive-add'));
    expect(screen.getByTestId('derive-error').textContent).toContain('A formula can be at most 2,000 characters (this one has 11,999)');
    // The formula shown under the message is a window around the cap, not all 12,000 characters.
    expect(screen.getByTestId('derive-error').textContent!.length).toBeLessThan(300);
    expect(onAdd).not.toHaveBeenCalled();
  });
});
