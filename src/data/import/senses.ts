/**
 * Which direction is better, guessed from a column's name and unit alone — the same reading the import
 * uses (columnKind.ts), for a column met without its table: a numeric column of a bundled dataset that
 * its card leaves without a sense, or a column a person turns into an objective. Matching is on words,
 * not substrings: "time" and "runtime" are durations, "timestamp" is not; "top1_err" is an error rate
 * even though "top1" alone would be an accuracy. Without a hint there is no guess.
 */
import type { Sense } from '../../core';
import { readColumn } from './columnKind';
import { nameWords } from './words';

/** Lower-case words of a name (see `nameWords`). */
export const words = nameWords;

/** The better direction a column's name (and unit) suggests, or undefined without a hint. */
export function guessSense(label: string, unit?: string): Sense | undefined {
  const percent = unit?.trim() === '%';
  return readColumn(label, unit, { percent, integer: false, optimizerTable: false, optunaTable: false }).sense;
}
