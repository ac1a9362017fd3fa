/** The messages between parseInWorker (main thread) and the parse worker. */
import type { RawTable } from './types';

export interface ParseRequest {
  input: Blob | string;
  name: string;
}

/** Everything of the error that the main thread needs to rebuild it. */
export interface SentError {
  name: string;
  message: string;
  file?: string;
  row?: number;
  column?: string;
  path?: string;
}

export type ParseReply =
  | { type: 'progress'; fraction: number }
  /**
   * The whole columnar table, its typed arrays transferred (not copied), so it arrives in milliseconds
   * whatever its size. `ms`: time spent parsing.
   */
  | { type: 'done'; table: RawTable; ms: number }
  | { type: 'error'; error: SentError };
