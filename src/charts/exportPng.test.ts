// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartToPng, crc32, svgSize, withPngResolution } from './exportPng';

function chunk(type: string, data: number[]): number[] {
  const body = [...type].map((c) => c.charCodeAt(0)).concat(data);
  const len = data.length;
  const crc = crc32(Uint8Array.from(body));
  return [len >>> 24, (len >>> 16) & 255, (len >>> 8) & 255, len & 255, ...body, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255];
}

/** A structurally valid PNG: signature, IHDR (1×1 RGBA), an IDAT, IEND. */
function tinyPng(extra: number[] = []): Uint8Array {
  const ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', ihdr), ...extra, ...chunk('IDAT', [1, 2, 3]), ...chunk('IEND', [])]);
}

function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const out = [];
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at < png.length; ) {
    const len = v.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const crcOk = v.getUint32(at + 8 + len) === crc32(png.subarray(at + 4, at + 8 + len));
    out.push({ type, data: png.subarray(at + 8, at + 8 + len), crcOk });
    at += 12 + len;
  }
  return out;
}

describe('PNG export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the size of an SVG document', () => {
    expect(svgSize('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="720" height="480" viewBox="0 0 720 480"></svg>')).toEqual({ width: 720, height: 480 });
    expect(() => svgSize('<svg></svg>')).toThrow();
  });

  it('computes PNG CRCs', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('records the resolution in a pHYs chunk right after IHDR, replacing an old one', () => {
    const out = withPngResolution(tinyPng(chunk('pHYs', [0, 0, 0, 1, 0, 0, 0, 1, 0])), 192);
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const phys = new DataView(list[1].data.buffer, list[1].data.byteOffset, 9);
    expect(phys.getUint32(0)).toBe(Math.round(192 / 0.0254));
    expect(phys.getUint32(4)).toBe(Math.round(192 / 0.0254));
    expect(list[1].data[8]).toBe(1);
    expect(withPngResolution(Uint8Array.of(1, 2, 3), 96)).toEqual(Uint8Array.of(1, 2, 3));
  });

  it('draws the SVG into a canvas at twice its size and encodes a PNG', async () => {
    // jsdom neither loads images nor draws: stand in for both and check what the export asks of them.
    const drawn: unknown[][] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: (...a: unknown[]) => drawn.push(a) } as unknown as CanvasRenderingContext2D);
    let canvasSize: [number, number] = [0, 0];
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, cb: BlobCallback) {
      canvasSize = [this.width, this.height];
      cb(new Blob([tinyPng() as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    });
    const created: Blob[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:fake');
    URL.revokeObjectURL = () => {};
    const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
    Object.defineProperty(HTMLImageElement.prototype, 'src', {
      configurable: true,
      set(this: HTMLImageElement) {
        setTimeout(() => this.onload?.(new Event('load')));
      },
    });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200"></svg>';
    let png: Blob;
    try {
      png = await chartToPng(svg, 2);
    } finally {
      Object.defineProperty(HTMLImageElement.prototype, 'src', src);
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    }
    expect(canvasSize).toEqual([600, 400]);
    expect(drawn[0].slice(1)).toEqual([0, 0, 600, 400]);
    expect(created[0].type).toMatch(/^image\/svg\+xml/);
    expect(png.type).toBe('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect(chunks(bytes).map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
  });
});
