/**
 * Keyboard use of the focused chart: Escape clears the selection, arrow keys step the selection along
 * the front (←/→ by x, ↑/↓ by y) and bring it into view, + and − zoom, 0 resets the zoom.
 */
import { useCallback, type KeyboardEvent } from 'react';
import type { ScatterModel } from './useScatterModel';
import type { ZoomApi } from './useZoom';

/** The next row along `order` from `selected` in direction `dir`; from an off-front selection, the first/last. */
export function stepAlong(order: Uint32Array, selected: number | null, dir: 1 | -1): number | null {
  if (order.length === 0) return null;
  const at = selected === null ? -1 : order.indexOf(selected);
  if (at < 0) return dir > 0 ? order[0] : order[order.length - 1];
  return order[Math.max(0, Math.min(order.length - 1, at + dir))];
}

export function useKeyboard(
  model: ScatterModel,
  selected: number | null,
  onSelect: (row: number | null) => void,
  zoom: ZoomApi,
  plotWidth: number,
  plotHeight: number,
  onKeyboardSelect: (row: number | null) => void,
): (e: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
      const step = (order: Uint32Array, dir: 1 | -1) => {
        const row = stepAlong(order, selected, dir);
        if (row === null) return;
        onSelect(row);
        onKeyboardSelect(row);
        // Keep it in view: pan to it when the zoomed view does not show it.
        const { ax, ay, xWindow, yWindow } = model;
        const bx = ((ax[row] - xWindow[0]) / (xWindow[1] - xWindow[0])) * plotWidth;
        const by = plotHeight - ((ay[row] - yWindow[0]) / (yWindow[1] - yWindow[0])) * plotHeight;
        const { k, x, y } = zoom.transform;
        const sx = bx * k + x;
        const sy = by * k + y;
        if (sx < 0 || sx > plotWidth || sy < 0 || sy > plotHeight) zoom.centerOn(bx, by);
      };
      switch (e.key) {
        case 'Escape':
          if (selected === null) return;
          onSelect(null);
          onKeyboardSelect(null);
          break;
        case 'ArrowRight':
          step(model.frontByX, 1);
          break;
        case 'ArrowLeft':
          step(model.frontByX, -1);
          break;
        case 'ArrowUp':
          step(model.frontByY, 1);
          break;
        case 'ArrowDown':
          step(model.frontByY, -1);
          break;
        case '+':
        case '=':
          zoom.scaleBy(1.6);
          break;
        case '-':
        case '_':
          zoom.scaleBy(1 / 1.6);
          break;
        case '0':
          zoom.reset();
          break;
        default:
          return;
      }
      e.preventDefault();
    },
    [model, selected, onSelect, zoom, plotWidth, plotHeight, onKeyboardSelect],
  );
}
