// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScatterHandle } from '../../charts/types';
import { defaultSpec, deriveView, type ViewMode } from '../../state';
import { deriveCompare } from '../../state/compare';
import { fakeDataset, zooDataset } from '../../state/testing/fakeDataset';
import { ExportMenu } from './ExportMenu';
import { sanitizeFileName } from './fileName';
import { useRawCsv } from './rawCsv';
import { captureDownloads, png } from './testing/downloads';

vi.mock('../../charts/exportPng', async () => ({ chartToPng: (await import('./testing/downloads')).fakeChartToPng }));

const dataset = zooDataset();
const spec = defaultSpec(dataset);
const view = deriveView(dataset, spec);

const saved = captureDownloads();
afterEach(cleanup);

function open() {
  render(<ExportMenu dataset={dataset} spec={spec} view={view} color={{ mode: 'front' }} />);
  fireEvent.click(screen.getByTestId('export-menu'));
}

/** The export code downloads on the first export (a module import, slow in a busy test run). */
const FIRST_EXPORT = { timeout: 10_000 };

/** An export downloads its code first (on the first use), so the menu opens again once the file is saved. */
async function afterDownload(count: number) {
  await waitFor(() => expect(saved).toHaveLength(count), FIRST_EXPORT);
  await waitFor(() => expect((screen.getByTestId('export-menu') as HTMLButtonElement).disabled).toBe(false));
}

describe('ExportMenu', () => {
  it('opens a menu with every export, the first item focused', () => {
    open();
    expect(screen.getByRole('menu')).toBeTruthy();
    for (const id of ['export-png', 'export-svg', 'export-csv-front', 'export-csv-all', 'export-json']) expect(screen.getByTestId(id)).toBeTruthy();
    expect(screen.getByTestId('export-png').textContent).toContain('PNG image (2×)');
    expect(document.activeElement).toBe(screen.getByTestId('export-png'));
    expect(screen.getByTestId('export-menu').getAttribute('aria-expanded')).toBe('true');
  });

  it('moves with the arrow keys and closes on Escape, back on the button', () => {
    open();
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('export-svg'));
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowUp' });
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByTestId('export-json'));
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('export-menu'));
  });

  it('downloads the frontier and all rows as CSV, named after the dataset and axes', async () => {
    open();
    fireEvent.click(screen.getByTestId('export-csv-front'));
    await afterDownload(1);
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(screen.getByTestId('export-csv-all'));
    await waitFor(() => expect(saved).toHaveLength(2), FIRST_EXPORT);
    expect(saved[0].name).toBe('zoo-top1-vs-params-frontier.csv');
    expect(saved[1].name).toBe('zoo-top1-vs-params-all-rows.csv');
    expect(saved[0].blob.type).toMatch(/^text\/csv/);
    const front = await saved[0].blob.text();
    expect(front.split('\r\n')[0]).toMatch(/^model,family,top1,params,.*,pareto_front,pareto_rank$/);
    expect(front.trimEnd().split('\r\n')).toHaveLength(view.frontRows.length + 1);
    expect((await saved[1].blob.text()).trimEnd().split('\r\n')).toHaveLength(dataset.rowCount + 1);
  });

  it('escapes formula-like CSV cells unless "Raw cells" is ticked, and the choice holds for the next export', async () => {
    const hostile = fakeDataset({
      columns: [
        { key: 'name', type: 'text', role: 'label', values: ['=1+2', 'plain'] },
        { key: 'cost', role: 'objective', sense: 'min', values: [-3.2, 1] },
        { key: 'err', role: 'objective', sense: 'min', values: [1, -2] },
      ],
    });
    const hspec = defaultSpec(hostile);
    render(<ExportMenu dataset={hostile} spec={hspec} view={deriveView(hostile, hspec)} color={{ mode: 'front' }} />);
    fireEvent.click(screen.getByTestId('export-menu'));
    const toggle = screen.getByTestId('export-raw-csv');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(screen.getByTestId('export-csv-all'));
    await afterDownload(1);
    const escaped = await saved[0].blob.text();
    expect(escaped.split('\r\n')[1]).toBe("'=1+2,-3.2,1,1,1");
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(screen.getByTestId('export-raw-csv'));
    expect(screen.getByTestId('export-raw-csv').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByTestId('export-csv-all'));
    await waitFor(() => expect(saved).toHaveLength(2), FIRST_EXPORT);
    expect((await saved[1].blob.text()).split('\r\n')[1]).toBe('=1+2,-3.2,1,1,1');
    useRawCsv.setState({ raw: false });
  });

  it('downloads the view settings as JSON', async () => {
    open();
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(saved).toHaveLength(1), FIRST_EXPORT);
    expect(saved[0].name).toBe('zoo-top1-vs-params-view.json');
    expect(JSON.parse(await saved[0].blob.text())).toEqual(spec);
  });

  it('downloads an SVG that follows the chart on screen, light unless asked for dark', async () => {
    const ref = createRef<ScatterHandle>() as { current: ScatterHandle | null };
    ref.current = { viewState: () => ({ xDomain: [1, 60], yDomain: [60, 90], width: 800, height: 500, zoomed: true }) };
    render(<ExportMenu dataset={dataset} spec={spec} view={view} color={{ mode: 'front' }} scatterRef={ref} />);
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(screen.getByTestId('export-svg'));
    await afterDownload(1);
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(screen.getByTestId('export-dark'));
    expect(screen.getByTestId('export-dark').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByTestId('export-svg'));
    await waitFor(() => expect(saved).toHaveLength(2), FIRST_EXPORT);
    expect(saved[0].name).toBe('zoo-top1-vs-params.svg');
    expect(saved[0].blob.type).toMatch(/^image\/svg\+xml/);
    const doc = new DOMParser().parseFromString(await saved[0].blob.text(), 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('width')).toBe('800');
    const texts = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent);
    expect(texts).toContain('Top-1 accuracy (%)');
    expect(texts).toContain('Parameters (M)');
    expect(texts.some((t) => /on the Pareto front over 4 objectives/.test(t ?? ''))).toBe(true);
    expect(doc.querySelector('[data-role="background"]')!.getAttribute('fill')).toBe('#ffffff');
    const dark = new DOMParser().parseFromString(await saved[1].blob.text(), 'image/svg+xml');
    expect(dark.querySelector('[data-role="background"]')!.getAttribute('fill')).not.toBe('#ffffff');
  });

  it('downloads a 2× PNG, and says so when that fails', async () => {
    open();
    fireEvent.click(screen.getByTestId('export-png'));
    await waitFor(() => expect(saved).toHaveLength(1), FIRST_EXPORT);
    expect(saved[0].name).toBe('zoo-top1-vs-params.png');
    expect(png.scale).toBe(2);
    // The button is disabled while the PNG is drawn and enabled on a render that may come after the file is saved; a click while disabled is lost.
    await waitFor(() => expect((screen.getByTestId('export-menu') as HTMLButtonElement).disabled).toBe(false));
    png.fail = true;
    fireEvent.click(screen.getByTestId('export-menu'));
    fireEvent.click(screen.getByTestId('export-png'));
    expect((await screen.findByRole('alert')).textContent).toContain('no canvas');
  });

  describe('in the comparison views', () => {
    const grouped = { ...spec, group: 'family' };
    const gview = deriveView(dataset, grouped);
    const compare = deriveCompare(dataset, grouped, gview)!;
    const palette = gview.groupNames.map((_, k) => ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'][k % 6]);

    async function exportSvg(mode: ViewMode) {
      render(<ExportMenu dataset={dataset} spec={{ ...grouped, view: mode }} view={gview} color={{ mode: 'front' }} mode={mode} compare={compare} palette={palette} />);
      fireEvent.click(screen.getByTestId('export-menu'));
      fireEvent.click(screen.getByTestId('export-svg'));
      await waitFor(() => expect(saved).toHaveLength(1), FIRST_EXPORT);
      const doc = new DOMParser().parseFromString(await saved[0].blob.text(), 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      return { name: saved[0].name, doc, texts: Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? '') };
    }

    it('exports the overlay: the group fronts over the muted scatter, named in the legend', async () => {
      expect(compare.compared.length).toBeGreaterThan(1);
      const { name, doc, texts } = await exportSvg('overlay');
      expect(name).toBe('zoo-overlay-top1-vs-params.svg');
      const layers = Array.from(doc.querySelectorAll('[data-role="layer"]'), (g) => g.getAttribute('data-layer'));
      expect(layers).toEqual(['global-front', ...compare.compared.map((g) => `front-${g}`)]);
      for (const g of compare.compared) expect(texts).toContain(compare.names[g]);
      expect(texts).toContain('Global front');
    });

    it('exports small multiples: a panel per compared group with its share of the global front', async () => {
      const { name, doc } = await exportSvg('multiples');
      expect(name).toBe('zoo-multiples-top1-vs-params.svg');
      const titles = Array.from(doc.querySelectorAll('[data-role="panel"] [data-role="title"]'), (t) => t.textContent ?? '');
      expect(titles).toHaveLength(compare.compared.length);
      compare.compared.forEach((g, i) => {
        expect(titles[i].startsWith(compare.names[g])).toBe(true);
        expect(titles[i]).toContain(`of the global front (${compare.groups[g].globalFrontCount} of ${compare.globalFrontSize})`);
      });
    });

    it('exports parallel coordinates of the ticked objectives', async () => {
      const { name, doc } = await exportSvg('parallel');
      const keys = gview.activeObjectives.map((o) => o.key);
      expect(name).toBe(`zoo-parallel-${keys.map((k) => sanitizeFileName(k, 'axis')).join('-')}.svg`);
      expect(name).toMatch(/^zoo-parallel-top1-params-price-1000-examples-a-b-c\.svg$/);
      expect(doc.querySelectorAll('[data-role="axis-title"]')).toHaveLength(keys.length);
      expect(doc.querySelectorAll('[data-role="lines"] path').length).toBeGreaterThan(0);
    });

    it('falls back to the scatter when the comparison is missing', async () => {
      const { name } = await exportSvg('scatter');
      expect(name).toBe('zoo-top1-vs-params.svg');
      cleanup();
      saved.length = 0;
      render(<ExportMenu dataset={dataset} spec={grouped} view={gview} color={{ mode: 'front' }} mode="multiples" compare={null} />);
      fireEvent.click(screen.getByTestId('export-menu'));
      fireEvent.click(screen.getByTestId('export-svg'));
      await waitFor(() => expect(saved).toHaveLength(1), FIRST_EXPORT);
      expect(saved[0].name).toBe('zoo-top1-vs-params.svg');
    });

    it('writes the PNG of the view on screen too', async () => {
      render(<ExportMenu dataset={dataset} spec={{ ...grouped, view: 'multiples' }} view={gview} color={{ mode: 'front' }} mode="multiples" compare={compare} palette={palette} />);
      fireEvent.click(screen.getByTestId('export-menu'));
      fireEvent.click(screen.getByTestId('export-png'));
      await waitFor(() => expect(saved).toHaveLength(1), FIRST_EXPORT);
      expect(saved[0].name).toBe('zoo-multiples-top1-vs-params.png');
      expect(png.svg).toContain('of the global front');
    });
  });
});
