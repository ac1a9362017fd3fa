/**
 * The comparison layers in the SVG overlay, over the points and under the deciding marks, in order
 * (later on top): each layer's line, then its row marks, clipped to the plot. A thin halo in the
 * background colour keeps lines and marks readable over the cloud and over each other.
 */
import { memo, useId, useMemo } from 'react';
import { CROSS_STROKE, DASH_ARRAY, DEFAULT_WIDTH, RING_STROKE, layerShape, type LayerInput, type LayerShape } from './layerGeometry';
import type { Layout } from './layout';
import type { ScatterLayer } from './types';

interface LayerMarksProps extends LayerInput {
  layout: Layout;
  layers: readonly ScatterLayer[];
  /** Halo colour (the chart background). */
  halo: string;
}

function Layer({ layer, shape, halo }: { layer: ScatterLayer; shape: LayerShape; halo: string }) {
  const width = layer.width ?? DEFAULT_WIDTH;
  const dash = DASH_ARRAY[layer.dash ?? 'solid'];
  const cap = layer.dash === 'dotted' ? 'round' : 'butt';
  const opacity = Math.max(0, Math.min(1, layer.opacity ?? 1));
  const { line, marks, mark, count } = shape;
  return (
    <g data-testid="scatter-layer" data-layer={layer.id} opacity={opacity < 1 ? opacity : undefined}>
      {line && (
        <>
          <path d={line} fill="none" stroke={halo} strokeOpacity={0.6} strokeWidth={width + 2.5} strokeDasharray={dash} strokeLinecap={cap} strokeLinejoin="round" />
          <path d={line} fill="none" stroke={layer.color} strokeWidth={width} strokeDasharray={dash} strokeLinecap={cap} strokeLinejoin="round" data-testid="layer-line" />
        </>
      )}
      {marks && mark === 'dot' && (
        // The halo is the stroke painted under the fill: neighbouring dots' fills cover it, so it outlines their union.
        <path d={marks} fill={layer.color} stroke={halo} strokeWidth={2} paintOrder="stroke" data-testid="layer-marks" data-mark="dot" data-count={count} />
      )}
      {marks && mark !== 'dot' && (
        <>
          <path d={marks} fill="none" stroke={halo} strokeOpacity={0.75} strokeWidth={(mark === 'ring' ? RING_STROKE : CROSS_STROKE) + 2} strokeLinecap="round" />
          <path
            d={marks}
            fill="none"
            stroke={layer.color}
            strokeWidth={mark === 'ring' ? RING_STROKE : CROSS_STROKE}
            strokeLinecap="round"
            data-testid="layer-marks"
            data-mark={mark}
            data-count={count}
          />
        </>
      )}
    </g>
  );
}

export const LayerMarks = memo(function LayerMarks({ layout, layers, halo, ...input }: LayerMarksProps) {
  const { x, y, drawn, xScale, yScale, xLog, yLog } = input;
  // The id must be usable inside url(#…): keep only characters that need no escaping.
  const clipId = `ps-layers-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const shapes = useMemo(
    () => layers.map((l) => layerShape(l, { x, y, drawn, xScale, yScale, xLog, yLog })),
    [layers, x, y, drawn, xScale, yScale, xLog, yLog],
  );
  const { margin, plotWidth: w, plotHeight: h } = layout;
  return (
    <g transform={`translate(${margin.left},${margin.top})`} data-testid="scatter-layers">
      <clipPath id={clipId}>
        <rect x={0} y={0} width={w} height={h} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {layers.map((l, i) => (
          <Layer key={l.id} layer={l} shape={shapes[i]} halo={halo} />
        ))}
      </g>
    </g>
  );
});
