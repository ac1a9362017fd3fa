/** The data layer's public API: one way in for every table (bundled, uploaded, linked). */
export type * from './types';
export { DataError, type DataErrorLocation } from './errors';
export { parseCsv, type CsvTable, type ParseCsvOptions } from './parse';
export { parseNumberCell, parseNumberColumn, type NumberCellContext } from './numbers';
export { leftJoin, transformKey, type JoinKey, type JoinResult } from './join';
export { deriveColumn, modelFamily, prefixBeforeSeparator, MODEL_FAMILIES, OTHER_FAMILY } from './derive';
export { parseCard, parseCatalog, cardSchema, catalogSchema } from './card';
export { buildDataset } from './buildDataset';
export { catalogQuery, datasetQuery, catalogKey, datasetKey, dataUrl, fetchText, fetchJson } from './queries';
