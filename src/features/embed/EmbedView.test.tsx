// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EmbedView, type EmbedViewProps } from './EmbedView';

const rect = { x: 0, y: 0, left: 0, top: 0, width: 600, height: 300, right: 600, bottom: 300, toJSON: () => ({}) };
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(rect as DOMRect);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterAll(() => vi.restoreAllMocks());
afterEach(cleanup);

function props(over: Partial<EmbedViewProps> = {}): EmbedViewProps {
  return {
    scatter: {
      x: Float64Array.of(1, 2, 3),
      y: Float64Array.of(3, 1, 2),
      status: Uint8Array.of(3, 3, 2),
      xLabel: 'Cost (USD)',
      yLabel: 'Pass rate (%)',
      xScale: 'linear',
      yScale: 'linear',
      color: { mode: 'front' },
      staircase: null,
      selected: null,
      onSelect: () => {},
      tooltip: (r) => ({ title: `Row ${r}`, rows: [] }),
      ariaLabel: 'Scatter of pass rate against cost; 2 of 3 points on the frontier',
    },
    title: 'Pass rate (%) vs. Cost (USD)',
    frontCount: 2,
    shownCount: 3,
    objectiveCount: 2,
    href: 'https://x.org/?dataset=zoo',
    ...over,
  };
}

describe('EmbedView', () => {
  it('shows the chart, the title line, the front count and a link to the full app in a new tab', () => {
    render(<EmbedView {...props()} />);
    expect(screen.getByTestId('scatter')).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe('Pass rate (%) vs. Cost (USD)');
    expect(screen.getByTestId('front-count').textContent).toBe('2 on the frontier');
    const link = screen.getByTestId('open-in-paretoscope') as HTMLAnchorElement;
    expect(link.textContent).toBe('Open in Paretoscope ↗');
    expect(link.getAttribute('href')).toBe('https://x.org/?dataset=zoo');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  });

  it('fills the frame: the chart takes the height left under the title line', () => {
    render(<EmbedView {...props()} />);
    expect(screen.getByTestId('scatter').style.height).toBe('300px');
  });

  it('shows a compact group key when given', () => {
    const groups = Array.from({ length: 12 }, (_, i) => ({ name: i === 0 ? '' : `G${i}`, color: '#4e79a7' }));
    render(<EmbedView {...props({ groups })} />);
    const key = screen.getByRole('list', { name: 'Groups' });
    expect(key.textContent).toContain('(none)');
    expect(key.textContent).toContain('+2 more');
  });
});
