/** Parallel coordinates: the component and its props contract. */
export { ParallelCoordinates, DEFAULT_HEIGHT as PARALLEL_DEFAULT_HEIGHT } from './ParallelCoordinates';
export type { ParallelAxis, ParallelProps } from './types';
