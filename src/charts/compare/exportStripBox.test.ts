// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { approxTextWidth, fitText } from '../exportText';
import { DARK_THEME } from '../theme';
import { stripBoxToSvg, type ExportStripInput } from './exportStripBox';
import { stripLayout, type StripRow } from './stripLayout';

const rows: StripRow[] = [
  { key: '0', label: 'Method A', color: '#4e79a7', points: [1.5e6, 2e6, 3e6, 4e6].map((value, index) => ({ value, index, title: `run ${index + 1}: ${value}` })) },
  { key: '1', label: 'Method <B>', color: '#f28e2b', points: [2e6, NaN, 5e6].map((value, index) => ({ value, index, title: `run ${index + 1}: ${value}` })) },
];

function input(over: Partial<ExportStripInput> = {}): ExportStripInput {
  return {
    rows,
    xLabel: 'Hypervolume',
    title: 'Hypervolume per run',
    subtitle: 'One dot per run of each algorithm · reference point: Makespan 4521.7, Weighted tardiness 37099',
    caption: 'Boxes span the quartiles with the median marked; whiskers reach the extremes. Data: a test set. Made with Paretoscope.',
    ...over,
  };
}

/** A wrapped text's lines, joined with spaces. */
const lines = (doc: Document, role: string) => Array.from(doc.querySelectorAll(`[data-role="${role}"] tspan`), (t) => t.textContent).join(' ');

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('stripBoxToSvg', () => {
  it('is a standalone SVG with the title, the reference point, a row per group and one dot per finite run', () => {
    const svg = stripBoxToSvg(input());
    const doc = parse(svg);
    expect(doc.querySelector('svg > title')!.textContent).toBe('Hypervolume per run');
    expect(lines(doc, 'subtitle')).toContain('reference point: Makespan 4521.7, Weighted tardiness 37099');
    expect(doc.querySelector('[data-role="x-title"]')!.textContent).toBe('Hypervolume');
    expect(doc.querySelectorAll('[data-role="row"]')).toHaveLength(2);
    expect(doc.querySelectorAll('[data-role="row"][data-row="0"] [data-role="dot"]')).toHaveLength(4);
    expect(doc.querySelectorAll('[data-role="row"][data-row="1"] [data-role="dot"]')).toHaveLength(2);
    expect(doc.querySelector('[data-role="row"][data-row="1"] text')!.textContent).toBe('Method <B>');
    expect(doc.querySelectorAll('[data-role="median"]')).toHaveLength(2);
    expect(lines(doc, 'caption')).toContain('Made with Paretoscope.');
    expect(svg).not.toContain('NaN');
    // No ids to collide.
    expect(doc.querySelectorAll('[id]')).toHaveLength(0);
  });

  it('places dots and medians with the screen’s layout', () => {
    const doc = parse(stripBoxToSvg(input({ width: 640 })));
    const layout = stripLayout(rows, 640 - 16, { width: (t) => approxTextWidth(t, 11), truncate: (t, px) => fitText(t, px, 11) });
    // The nice extent of every finite value, as on screen.
    expect(layout.x.domain()).toEqual([1.5e6, 5e6]);
    const medians = Array.from(doc.querySelectorAll('[data-role="median"]'), (m) => Number(m.getAttribute('x1')));
    expect(medians[0]).toBeCloseTo(layout.x(2.5e6), 1);
    expect(medians[1]).toBeCloseTo(layout.x(3.5e6), 1);
    const ticks = Array.from(doc.querySelectorAll('[data-role="axis"] text'), (t) => t.textContent);
    expect(ticks).toContain('2.0M');
  });

  it('draws on the dark background when asked', () => {
    const doc = parse(stripBoxToSvg(input({ theme: 'dark' })));
    expect(doc.querySelector('[data-role="background"]')!.getAttribute('fill')).toBe(DARK_THEME.background);
  });
});
