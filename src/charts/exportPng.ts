/**
 * The chart as a PNG: the exported SVG (exportSvg.ts) drawn into a canvas at `scale` times its CSS
 * size, so the bitmap is the same figure as the vector file — title, legend and axis titles included —
 * and crisp on paper and on high-density screens. The file records its resolution (a pHYs chunk of
 * 96 × scale dpi), so a word processor or LaTeX places it at the chart's CSS size.
 */
import { chartToSvg, type ExportChartInput } from './exportSvg';

/** The width and height attributes (CSS px) of an SVG document's root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)(?:px)?"`).exec(root)?.[1]);
  const width = attr('width');
  const height = attr('height');
  if (!(width > 0) || !(height > 0)) throw new Error('The SVG has no width and height');
  return { width, height };
}

let crcTable: Uint32Array | null = null;

/** CRC-32 as PNG chunks use it (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * `png` with its resolution set to `dpi`: a pHYs chunk right after IHDR (any other pHYs is dropped).
 * Returns the input unchanged when it is not a well-formed PNG.
 */
export function withPngResolution(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < 33 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) return png;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; bytes: Uint8Array }[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const end = at + 12 + view.getUint32(at);
    if (end > png.length) return png;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, bytes: png.subarray(at, end) });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') return png;
  const ppm = Math.round(dpi / 0.0254);
  const phys = new Uint8Array(21);
  const c = new DataView(phys.buffer);
  c.setUint32(0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  c.setUint32(8, ppm);
  c.setUint32(12, ppm);
  phys[16] = 1; // unit: metre
  c.setUint32(17, crc32(phys.subarray(4, 17)));
  const parts = [png.subarray(0, 8), chunks[0].bytes, phys, ...chunks.slice(1).filter((k) => k.type !== 'pHYs').map((k) => k.bytes)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The chart image could not be drawn'));
    img.src = url;
  });
}

/**
 * A PNG of the chart at `scale` × its CSS size (2 by default), from SVG text or from the chart's
 * data. Browser only (needs Image and canvas).
 */
export async function chartToPng(source: string | ExportChartInput, scale = 2): Promise<Blob> {
  const svg = typeof source === 'string' ? source : chartToSvg(source);
  const { width, height } = svgSize(svg);
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No canvas to draw the chart image on');
    ctx.drawImage(img, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser could not encode the PNG');
    const bytes = withPngResolution(new Uint8Array(await blob.arrayBuffer()), 96 * scale);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
