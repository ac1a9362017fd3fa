/**
 * Downloads in jsdom, for the tests of the menus that save files: the files the page "saves" are
 * collected instead, and a stand-in for `chartToPng` (jsdom cannot draw) records what it was given.
 *
 *   vi.mock('../../charts/exportPng', async () => ({ chartToPng: (await import('../export/testing/downloads')).fakeChartToPng }));
 *   const saved = captureDownloads();
 */
import { afterEach, beforeEach, vi } from 'vitest';

export interface SavedFile {
  name: string;
  blob: Blob;
}

/** The last SVG and scale the fake `chartToPng` was given; set `fail` to make it throw "no canvas" (reset after each test). */
export const png = { fail: false, scale: 0, svg: '' };

/** Stands in for charts/exportPng's `chartToPng`: a two-byte image/png, or a throw while `png.fail`. */
export async function fakeChartToPng(svg: string, scale: number): Promise<Blob> {
  png.scale = scale;
  png.svg = svg;
  if (png.fail) throw new Error('no canvas');
  return new Blob([Uint8Array.of(0x89, 0x50)], { type: 'image/png' });
}

/**
 * Collects every file a test downloads (name and blob, in order) into the returned array, emptied before
 * each test. Call once at the top of a test file; it restores all mocks after each test.
 */
export function captureDownloads(): SavedFile[] {
  const saved: SavedFile[] = [];
  let lastBlob: Blob | null = null;
  beforeEach(() => {
    saved.length = 0;
    URL.createObjectURL = (b: Blob) => ((lastBlob = b), 'blob:fake');
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: lastBlob! });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    png.fail = false;
  });
  return saved;
}
