import { useState } from 'react';
import { chartToPng } from '../../charts/exportPng';
import { downloadBlob, downloadText } from '../export/download';
import { exportFileName } from '../export/fileName';
import { MenuButton } from '../menu/MenuButton';
import { MenuCheckItem } from '../menu/MenuCheckItem';
import { MenuItem } from '../menu/MenuItem';
import { useMenu } from '../menu/useMenu';
import type { FigureTheme } from './compareFigures';

export interface FigureDownloadProps {
  /** What is downloaded, for the button's name: "coverage figure" → "Download coverage figure". */
  what: string;
  /** File name without the extension, e.g. "moocore-tpls-coverage". */
  fileBase: string;
  /** The figure as a standalone SVG document on a white or dark background; built when a download is asked for. */
  svg: (theme: FigureTheme) => string;
  /** The button's test id; the items add "-svg", "-png" and "-dark". */
  testId: string;
}

const ITEMS = [
  { kind: 'svg', label: 'SVG', hint: '.svg' },
  { kind: 'png', label: 'PNG (2×)', hint: '.png' },
] as const;

/**
 * A compact "Download" menu for one figure: SVG or PNG at twice its size, on a white background unless
 * "Dark background" is ticked (as in the chart's Export menu). Arrow keys, Home and End move through
 * the items, Escape closes back on the button.
 */
export function FigureDownload({ what, fileBase, svg, testId }: FigureDownloadProps) {
  // Escape here must not also reach the panel (the runs panel clears its shown run on Escape).
  const menu = useMenu({ containKeys: true });
  const [dark, setDark] = useState(false);

  const download = (kind: 'svg' | 'png') =>
    menu.run('Download failed', async (whileBusy) => {
      const text = svg(dark ? 'dark' : 'light');
      const name = exportFileName(fileBase, kind);
      if (kind === 'svg') downloadText(text, name, 'image/svg+xml;charset=utf-8');
      else downloadBlob(await whileBusy(chartToPng(text, 2)), name);
    });

  return (
    <MenuButton
      menu={menu}
      size="compact"
      label="Download"
      busyLabel="Saving…"
      menuLabel={`Download ${what}`}
      testId={testId}
      ariaLabel={`Download ${what}`}
      title={`Download the ${what} as SVG or PNG`}
    >
      {ITEMS.map((item) => (
        <MenuItem key={item.kind} label={item.label} hint={item.hint} testId={`${testId}-${item.kind}`} onSelect={() => void download(item.kind)} />
      ))}
      <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
      <MenuCheckItem label="Dark background" checked={dark} testId={`${testId}-dark`} onToggle={() => setDark((d) => !d)} />
    </MenuButton>
  );
}
