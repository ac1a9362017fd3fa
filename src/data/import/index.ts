/**
 * The import pipeline: a person's file (CSV, TSV and other delimiters, JSON, JSON Lines) -> RawTable
 * (parseText, or parseInWorker for large files) -> a guessed mapping (inferMapping) the person edits ->
 * checkImport -> buildImported, the same Dataset every other source becomes.
 */
export type * from './types';
export { parseText, parseTable, sniffFormat, readBundle, stripBom, type ParseEvents } from './parse';
export { parseInWorker, WORKER_FROM, withReadNotes, type ParseInWorkerOptions } from './parseInWorker';
export { decodeBytes, readBlobText, MAX_DECOMPRESSED_BYTES, type DecodedText } from './decode';
export { readDecimalCommas, hasDecimalCommas } from './decimalComma';
export { normalizeHeader, tableFromColumns, tableOfRows, columnOf, ColumnBuilder, TableBuilder, type ColumnarInput } from './tableBuilder';
export { cellText, rawLength, rowTexts, tableBuffers, type RawColumn, type RawNumberColumn, type RawTextColumn } from './rawColumns';
export { columnarMagic, isColumnarBlob } from './columnarMagic';
export { parseImportNumber, isMissingCell, MISSING_MARKERS } from './numbers';
export { inferImport, inferMapping, splitUnit, MAX_MISSING_SHARE, type InferredImport } from './infer';
export { readColumn, KIND_NAMES, type ColumnKind, type ColumnReading, type UncertaintyKind } from './columnKind';
export { nameWords } from './words';
export { guessSense, words } from './senses';
export { checkImport, mappingErrors, LISTED_PROBLEMS } from './check';
export { buildImported, importedCard, tableToCsv } from './build';
export { LIMITS, formatBytes, formatCount, sizeProblem, assertSize, rowLimitOf } from './limits';
export { fetchImportText } from './fetchUrl';
export { makeRecipe, newImportId, nameWithoutExtension, fileNameOfUrl } from './recipe';
