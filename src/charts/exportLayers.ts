/**
 * The comparison layers of an exported figure (ScatterProps.layers): each layer's line and row marks,
 * from the same geometry the chart's LayerMarks draws (layerGeometry.ts), in order (later on top),
 * with the same widths, dashes, opacities and background-coloured halos. SVG 1.1 has no paint-order,
 * so a dot layer's halo is its own path under the fills: neighbouring dots' fills still cover it, and
 * the halo outlines their union as on screen.
 */
import { paint } from './exportPoints';
import { escapeXml, num } from './exportText';
import { CROSS_STROKE, DASH_ARRAY, DEFAULT_WIDTH, RING_STROKE, layerShape, type LayerInput } from './layerGeometry';
import type { ScatterLayer } from './types';

const opacityAttr = (name: string, o: number) => (o < 0.999 ? ` ${name}="${Math.round(o * 1000) / 1000}"` : '');

/** SVG of the layers in plot pixels (clip them to the plot); '' when there are none. */
export function layersSvg(layers: readonly ScatterLayer[], input: LayerInput, halo: string): string {
  const h = paint(halo);
  const out: string[] = [];
  for (const layer of layers) {
    const { line, marks, mark, count } = layerShape(layer, input);
    if (!line && !marks) continue;
    const c = paint(layer.color);
    const width = layer.width ?? DEFAULT_WIDTH;
    const dashArray = DASH_ARRAY[layer.dash ?? 'solid'];
    const dash = dashArray ? ` stroke-dasharray="${dashArray}"` : '';
    const cap = ` stroke-linecap="${layer.dash === 'dotted' ? 'round' : 'butt'}"`;
    const opacity = Math.max(0, Math.min(1, layer.opacity ?? 1)) * c.opacity;
    const parts: string[] = [];
    if (line) {
      parts.push(`<path d="${line}" fill="none" stroke="${h.color}" stroke-opacity="0.6" stroke-width="${num(width + 2.5)}"${dash}${cap} stroke-linejoin="round"/>`);
      parts.push(`<path data-role="layer-line" d="${line}" fill="none" stroke="${c.color}" stroke-width="${num(width)}"${dash}${cap} stroke-linejoin="round"/>`);
    }
    if (marks && mark === 'dot') {
      parts.push(`<path d="${marks}" fill="${h.color}" stroke="${h.color}" stroke-width="2"/>`);
      parts.push(`<path data-role="layer-marks" data-mark="dot" data-count="${count}" d="${marks}" fill="${c.color}"/>`);
    } else if (marks) {
      const w = mark === 'ring' ? RING_STROKE : CROSS_STROKE;
      parts.push(`<path d="${marks}" fill="none" stroke="${h.color}" stroke-opacity="0.75" stroke-width="${num(w + 2)}" stroke-linecap="round"/>`);
      parts.push(`<path data-role="layer-marks" data-mark="${mark}" data-count="${count}" d="${marks}" fill="none" stroke="${c.color}" stroke-width="${num(w)}" stroke-linecap="round"/>`);
    }
    out.push(`<g data-role="layer" data-layer="${escapeXml(layer.id)}"${opacityAttr('opacity', opacity)}>`, ...parts, '</g>');
  }
  return out.length ? `<g data-role="layers">\n${out.join('\n')}\n</g>` : '';
}
