/**
 * Numeric cells. The accepted forms are deliberately narrow so a mis-typed card or a stray word in a
 * file is reported instead of silently becoming a number: plain decimals and exponents, thousands
 * separators in groups of three ("1,014.45"), and ±Infinity. '' and the column's missing markers
 * become NaN, the one missing value of every numeric column.
 */
import { DataError, quote } from './errors';

export interface NumberCellContext {
  file: string;
  /** 1-based data row (header not counted). */
  row: number;
  column: string;
  /** Cell texts that mean "missing" for this column, compared after trimming. */
  missing?: readonly string[];
}

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// Groups of exactly three digits, so "1,5" (a decimal comma) is an error rather than 15.
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const INFINITY = /^([+-]?)(?:inf|infinity)$/i;

/** The number a cell holds, NaN when missing; throws DataError for any other text. */
export function parseNumberCell(text: string, ctx: NumberCellContext): number {
  const n = toNumber(text, ctx.missing);
  if (n === undefined) throw notANumber(text, ctx);
  return n;
}

/**
 * Parses a whole column of cells. Cell i is reported as data row `rows[i]` when given (e.g. the row of a
 * joined file it came from), else as row i + 1.
 */
export function parseNumberColumn(
  cells: readonly string[],
  ctx: Omit<NumberCellContext, 'row'> & { rows?: readonly number[] },
): Float64Array {
  const out = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const n = toNumber(cells[i], ctx.missing);
    if (n === undefined) throw notANumber(cells[i], { ...ctx, row: ctx.rows ? ctx.rows[i] : i + 1 });
    out[i] = n;
  }
  return out;
}

/** NaN for missing, the value for a number, undefined for text that is neither. */
function toNumber(text: string, missing: readonly string[] | undefined): number | undefined {
  const t = text.trim();
  if (t === '' || (missing !== undefined && missing.includes(t))) return Number.NaN;
  if (PLAIN.test(t)) return Number(t);
  if (GROUPED.test(t)) return Number(t.replace(/,/g, ''));
  const inf = INFINITY.exec(t);
  if (inf) return inf[1] === '-' ? -Infinity : Infinity;
  return undefined;
}

function notANumber(text: string, ctx: NumberCellContext): DataError {
  const markers = ctx.missing?.length ? `, a missing marker (${ctx.missing.map((m) => quote(m)).join(', ')})` : '';
  return new DataError(
    { file: ctx.file, row: ctx.row, column: ctx.column },
    `found ${quote(text)}, expected a number (e.g. 12.5, -3e-2, 1,014.45)${markers} or an empty cell`,
  );
}
