import { useState, type RefObject } from 'react';
import type { ScatterHandle } from '../../charts/types';
import { loadChunk } from '../../data/lazyChunk';
import { MenuButton } from '../menu/MenuButton';
import { MenuCheckItem } from '../menu/MenuCheckItem';
import { MenuItem } from '../menu/MenuItem';
import { useMenu } from '../menu/useMenu';
import type { ExportSource } from './chartInput';
import type { ExportKind } from './fileName';
import { useRawCsv } from './rawCsv';

/** The figure builders, the PNG rasterizer and the CSV writer: downloaded on the first export. */
export const loadExportFile = () => loadChunk('Export', () => import('./exportFile'));

/**
 * The data and view to export; `mode`, `compare` and `palette` make the PNG and SVG follow the chart
 * panel's view (overlay of group fronts, small multiples, parallel coordinates).
 */
export interface ExportMenuProps extends ExportSource {
  /**
   * The Scatter's handle: the scatter and overlay figures follow its zoom window and size. Without it,
   * the whole data at 720 × 480.
   */
  scatterRef?: RefObject<ScatterHandle | null>;
}

interface Item {
  kind: ExportKind;
  label: string;
  hint: string;
}

const FIGURES: Item[] = [
  { kind: 'png', label: 'PNG image (2×)', hint: '.png' },
  { kind: 'svg', label: 'SVG vector', hint: '.svg' },
];
const DATA: Item[] = [
  { kind: 'csv-front', label: 'CSV — frontier rows', hint: '.csv' },
  { kind: 'csv-all', label: 'CSV — all rows with ranks', hint: '.csv' },
  { kind: 'json', label: 'View settings (JSON)', hint: '.json' },
];
const TEST_ID: Record<ExportKind, string> = {
  png: 'export-png',
  svg: 'export-svg',
  'csv-front': 'export-csv-front',
  'csv-all': 'export-csv-all',
  json: 'export-json',
};

/**
 * "Export" menu: the chart as PNG (2×) or SVG — the view on screen, comparison views included — the
 * frontier or all rows as CSV with Pareto front and rank columns, and the view settings as JSON. Every
 * item downloads a file named after the dataset and the axes (figures of comparison views also after
 * the view). CSV cells a spreadsheet would run as formulas get a leading `'` unless "Raw cells" is ticked.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { scatterRef } = props;
  const menu = useMenu();
  const [dark, setDark] = useState(false);
  const raw = useRawCsv((s) => s.raw);
  const toggleRaw = useRawCsv((s) => s.toggle);

  const run = (kind: ExportKind) =>
    menu.run('Export failed', async (whileBusy) => {
      // The zoom window is read at the click, not after the download of the export code.
      const viewState = scatterRef?.current?.viewState() ?? null;
      const { exportFile } = await whileBusy(loadExportFile());
      await exportFile(kind, props, { viewState, dark, raw }, whileBusy);
    });

  const headingClass = 'px-3 pt-1 pb-0.5 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400';
  const renderItem = (item: Item) => (
    <MenuItem key={item.kind} label={item.label} hint={item.hint} testId={TEST_ID[item.kind]} onSelect={() => void run(item.kind)} />
  );

  return (
    <MenuButton menu={menu} label="Export" busyLabel="Exporting…" menuLabel="Export" testId="export-menu">
      <div role="group" aria-labelledby={`${menu.menuId}-figure`}>
        <p id={`${menu.menuId}-figure`} className={headingClass}>
          Figure
        </p>
        {FIGURES.map(renderItem)}
        <MenuCheckItem label="Dark background" checked={dark} testId="export-dark" onToggle={() => setDark((d) => !d)} />
      </div>
      <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
      <div role="group" aria-labelledby={`${menu.menuId}-data`}>
        <p id={`${menu.menuId}-data`} className={headingClass}>
          Data
        </p>
        {DATA.filter((item) => item.kind !== 'json').map(renderItem)}
        <MenuCheckItem label="Raw cells (no spreadsheet escaping)" checked={raw} testId="export-raw-csv" onToggle={toggleRaw} />
        {DATA.filter((item) => item.kind === 'json').map(renderItem)}
      </div>
    </MenuButton>
  );
}
