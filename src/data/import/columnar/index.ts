/**
 * Columnar files (Parquet, Arrow IPC / Feather v2) read straight into raw columns. This entry point is
 * small on purpose: the readers and their libraries are loaded by `readColumnarFile` only when a
 * columnar file is opened.
 */
export { columnarFormatOf } from './format';
export { readColumnarFile } from './readColumnarFile';
