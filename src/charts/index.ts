/**
 * Paretoscope's charts: d3-backed components that draw what the feature layer derives.
 * d3 lives here and only here.
 */
export { Scatter, MIN_HEIGHT } from './Scatter';
export type { RowStatus, ScatterColor, ScatterHandle, ScatterProps, ScatterViewState, TooltipContent } from './types';
export { CATEGORICAL, OKABE_ITO, extendPalette, rankBucket, rankBucketCount, rankColors, MAX_RANK_COLORS } from './palette';
export { formatNumber, scientific, linearTickFormat, logTickFormat } from './format';
export { axisTicks, linearTicks, logTicks, type AxisTicks } from './ticks';
export { stepPath, clampToAxis, regionCorner } from './staircase';
export { buildHitIndex, findNearest, type HitIndex } from './hitTest';
export { LIGHT_THEME, DARK_THEME, readChartTheme, type ChartTheme } from './theme';
export { RENDER_MARK } from './useDrawMarks';
export { chartToSvg, EXPORT_DEFAULT_SIZE, EXPORT_POINT_BUDGET, type ExportChartInput, type ExportLegendEntry } from './exportSvg';
export { chartToPng, svgSize, withPngResolution } from './exportPng';
