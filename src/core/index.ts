/**
 * Paretoscope's multi-objective engine: pure, synchronous functions on columnar Float64Array data.
 * No React, DOM or d3-selection here (a test enforces it).
 */
export type { Sense, Columns } from './types';
export { CoreInputError } from './errors';
