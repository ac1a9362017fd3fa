// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScatterProps } from '../../charts/types';
import { captureDownloads, png } from '../export/testing/downloads';
import { CoverageMatrix } from './CoverageMatrix';
import { FigureDownload } from './FigureDownload';
import { HeadToHead } from './HeadToHead';
import { RunsPanel } from './RunsPanel';
import { compareFixture, fixtureColors } from './testing/fixture';

vi.mock('../../charts/exportPng', async () => ({ chartToPng: (await import('../export/testing/downloads')).fakeChartToPng }));
vi.mock('../../charts/Scatter', () => ({ Scatter: () => <div data-testid="scatter" /> }));

const saved = captureDownloads();
afterEach(cleanup);

/** Downloads are async (the PNG awaits its drawing): room for a loaded machine. */
const until = (check: () => void) => waitFor(check, { timeout: 5000 });

const SVG = (theme: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>${theme}</title></svg>`;

function menu(svg = vi.fn(SVG)) {
  render(<FigureDownload what="coverage figure" fileBase="data-coverage" svg={svg} testId="fig" />);
  return svg;
}

describe('FigureDownload', () => {
  it('is a compact button named after the figure that opens SVG, PNG and the background choice, the first focused', () => {
    menu();
    const button = screen.getByRole('button', { name: 'Download coverage figure' });
    expect(button.className).toContain('btn');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['SVG.svg', 'PNG (2×).png']);
    expect(document.activeElement).toBe(items[0]);
    expect(screen.getByRole('menuitemcheckbox', { name: /Dark background/ }).getAttribute('aria-checked')).toBe('false');
  });

  it('moves with the arrow keys, Home and End, and closes on Escape back on the button without reaching the panel', () => {
    const onPanelKey = vi.fn();
    render(
      <div onKeyDown={onPanelKey}>
        <FigureDownload what="figure" fileBase="f" svg={SVG} testId="fig" />
      </div>,
    );
    fireEvent.keyDown(screen.getByTestId('fig'), { key: 'ArrowDown' });
    const menuEl = screen.getByRole('menu');
    expect(document.activeElement).toBe(screen.getByTestId('fig-svg'));
    fireEvent.keyDown(menuEl, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('fig-png'));
    fireEvent.keyDown(menuEl, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByTestId('fig-dark'));
    fireEvent.keyDown(menuEl, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('fig-svg'));
    fireEvent.keyDown(menuEl, { key: 'Home' });
    fireEvent.keyDown(menuEl, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByTestId('fig-dark'));
    onPanelKey.mockClear();
    fireEvent.keyDown(menuEl, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('fig'));
    expect(onPanelKey).not.toHaveBeenCalled();
  });

  it('downloads the SVG as image/svg+xml, light unless the dark background is ticked', async () => {
    const svg = menu();
    fireEvent.click(screen.getByTestId('fig'));
    fireEvent.click(screen.getByTestId('fig-svg'));
    await until(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('data-coverage.svg');
    expect(saved[0].blob.type).toBe('image/svg+xml;charset=utf-8');
    expect(await saved[0].blob.text()).toContain('<title>light</title>');
    expect(svg).toHaveBeenLastCalledWith('light');
    fireEvent.click(screen.getByTestId('fig'));
    fireEvent.click(screen.getByTestId('fig-dark'));
    expect(screen.getByTestId('fig-dark').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByTestId('fig-svg'));
    await until(() => expect(saved).toHaveLength(2));
    expect(svg).toHaveBeenLastCalledWith('dark');
    expect(await saved[1].blob.text()).toContain('<title>dark</title>');
  });

  it('downloads the PNG at twice the size, and says so when it fails', async () => {
    menu();
    fireEvent.click(screen.getByTestId('fig'));
    fireEvent.click(screen.getByTestId('fig-png'));
    await until(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('data-coverage.png');
    expect(saved[0].blob.type).toBe('image/png');
    expect(png.scale).toBe(2);
    expect(png.svg).toContain('<title>light</title>');
    // The button is disabled while the PNG is drawn and enabled on a render that may come after the file is saved; a click while disabled is lost.
    await until(() => expect((screen.getByTestId('fig') as HTMLButtonElement).disabled).toBe(false));
    png.fail = true;
    fireEvent.click(screen.getByTestId('fig'));
    fireEvent.click(screen.getByTestId('fig-png'));
    await until(() => expect(screen.getByRole('alert').textContent).toContain('Download failed: no canvas'));
    expect(saved).toHaveLength(1);
  });
});

const figure = { datasetId: 'moocore-tpls', caption: 'Data: a test set. Made with Paretoscope.' };

function fixtureScatter(): Omit<ScatterProps, 'height'> {
  const n = 5000;
  const x = Float64Array.from({ length: n }, (_, i) => 1 + (i % 1000) / 100);
  const y = Float64Array.from({ length: n }, (_, i) => 20 - (i % 1000) / 100 + Math.floor(i / 1000));
  return {
    x,
    y,
    status: new Uint8Array(n).fill(2),
    xLabel: 'Error (%)',
    yLabel: 'Latency (ms)',
    xScale: 'linear',
    yScale: 'linear',
    xSense: 'min',
    ySense: 'min',
    color: { mode: 'front' },
    staircase: null,
    selected: null,
    onSelect: () => {},
    tooltip: (row) => ({ title: `Row ${row}`, rows: [] }),
    ariaLabel: 'chart',
  };
}

async function download(testId: string, kind: 'svg' | 'png') {
  const before = saved.length;
  fireEvent.click(screen.getByTestId(testId));
  fireEvent.click(screen.getByTestId(`${testId}-${kind}`));
  await until(() => expect(saved).toHaveLength(before + 1));
  const file = saved[saved.length - 1];
  return { name: file.name, type: file.blob.type, text: kind === 'svg' ? await file.blob.text() : png.svg };
}

describe('the comparison panels’ figure downloads', () => {
  it('coverage: <dataset>-coverage.svg / .png with the matrix', async () => {
    const compare = compareFixture({ compared: [0, 1, 2] });
    render(<CoverageMatrix compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" figure={figure} />);
    const svg = await download('coverage-download', 'svg');
    expect(svg).toMatchObject({ name: 'moocore-tpls-coverage.svg', type: 'image/svg+xml;charset=utf-8' });
    expect(svg.text).toContain('Coverage C(A, B) of algorithm fronts');
    expect(svg.text.match(/data-role="cell"/g)).toHaveLength(9);
    const pngFile = await download('coverage-download', 'png');
    expect(pngFile).toMatchObject({ name: 'moocore-tpls-coverage.png', type: 'image/png' });
    expect(pngFile.text).toContain('Coverage C(A, B)');
  });

  it('no download without the figure context, nor without compared groups', () => {
    const compare = compareFixture({ compared: [0, 1] });
    render(<CoverageMatrix compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" />);
    expect(screen.queryByTestId('coverage-download')).toBeNull();
    cleanup();
    const none = compareFixture({ compared: [], coverage: [] });
    render(<CoverageMatrix compare={none} colors={fixtureColors(none)} groupLabel="Algorithm" figure={figure} />);
    expect(screen.queryByTestId('coverage-download')).toBeNull();
  });

  it('head to head: named after both sides, with the panel’s layers', async () => {
    const compare = compareFixture({ compared: [0, 1, 2] });
    render(<HeadToHead compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" onPair={() => {}} scatter={fixtureScatter()} figure={figure} />);
    const svg = await download('h2h-download', 'svg');
    expect(svg.name).toBe('moocore-tpls-head-to-head-nsga2-moead.svg');
    expect(svg.text).toContain('nsga2 vs moead: head to head');
    expect(svg.text).toContain('data-layer="h2h-a-by-b"');
    expect(svg.text).toContain('moead dominates 7 of nsga2');
  });

  it('head to head without a chart offers no figure', () => {
    const compare = compareFixture({ compared: [0, 1] });
    render(<HeadToHead compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" onPair={() => {}} scatter={null} figure={figure} />);
    expect(screen.queryByTestId('h2h-download')).toBeNull();
  });

  it('repeated runs: the hypervolume strips and the attainment surfaces', async () => {
    const compare = compareFixture({ compared: [0, 1], runs: [[10, 12, 11], [20, 21, 19]] });
    render(
      <RunsPanel compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" runColumns={[{ key: 'seed', label: 'Seed' }]} runColumn="seed" onRunColumn={() => {}} scatter={fixtureScatter()} figure={figure} />,
    );
    const strips = await download('run-hv-download', 'svg');
    expect(strips.name).toBe('moocore-tpls-run-hypervolumes.svg');
    expect(strips.text).toContain('Hypervolume per run');
    expect(strips.text.match(/data-role="dot"/g)).toHaveLength(6);
    expect(strips.text).toContain('reference point: Error 10, Latency 100.5');
    const surfaces = await download('attainment-download', 'png');
    expect(surfaces).toMatchObject({ name: 'moocore-tpls-attainment.png', type: 'image/png' });
    expect(surfaces.text).toContain('Attainment surfaces of algorithms (best, median, worst of 3 runs)');
    expect(surfaces.text).toContain('nsga2 (3 runs)');
  });
});
