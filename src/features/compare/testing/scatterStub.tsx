/**
 * A stand-in for charts/Scatter in the comparison panels' tests (jsdom has no canvas): it draws nothing
 * and records the props of every render.
 *
 *   vi.mock('../../charts/Scatter', () => import('./testing/scatterStub'));
 *   cleanupAfterEach();
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ScatterProps } from '../../../charts/types';

/** The props of every render of the stand-in, oldest first. */
export const drawn: ScatterProps[] = [];

export function Scatter(props: ScatterProps) {
  drawn.push(props);
  return <div data-testid="scatter" />;
}

/** Unmounts what a test rendered and forgets its draws, after each test of the file. */
export function cleanupAfterEach(): void {
  afterEach(() => {
    cleanup();
    drawn.length = 0;
  });
}

/** A panel's chart props with only what its text needs: axis labels and a name. */
export const SCATTER_LABELS = { xLabel: 'Error (%)', yLabel: 'Latency (ms)', ariaLabel: 'chart' } as unknown as Omit<ScatterProps, 'height'>;
