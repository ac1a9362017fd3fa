/**
 * Gives the canvas a backing store of `width` × `height` CSS pixels at the device pixel ratio — resized
 * only when that changes, since resizing clears it — and returns its 2D context, or null where there is
 * no canvas support (jsdom): the rest of the chart still works without it.
 */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number, dpr: number): CanvasRenderingContext2D | null {
  const bw = Math.round(width * dpr);
  const bh = Math.round(height * dpr);
  if (canvas.width !== bw) canvas.width = bw;
  if (canvas.height !== bh) canvas.height = bh;
  try {
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}
