/**
 * Reads one flat Parquet column chunk (a column of one row group) page by page, handing each page's
 * values to a sink with their definition levels (where the nulls are).
 *
 * hyparquet's own readers (`parquetRead`, `onChunk`) assemble a column with nulls into a plain array
 * of every value of the row group, boxed, before handing it over; for a column of 10 million doubles
 * that assembly and its garbage took more time than everything else together. A flat column needs
 * none of it: a page's values go straight into the typed column, skipping the rows its levels say are
 * null. The page decoding itself — headers, decompression, encodings, type conversion, dictionaries —
 * is hyparquet's, through the modules the package exports for this (`hyparquet/src/*.js`).
 */
import type { ColumnChunk, Compressors, DecodedArray, Encoding, ParquetParsers, SchemaTree } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { DEFAULT_PARSERS, convert, convertWithDictionary } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';

/** hyparquet's description of a column for its page decoders. */
type ColumnDecoder = Parameters<typeof readDataPageV2>[2];

/**
 * A page of values for rows `start` … `start + rows - 1`: one value per row when `levels` is null,
 * else one per row whose definition level is `maxLevel` (the other rows are null). When `dictionary`
 * is set, the values are indices into it (asked for with `indices`: a text column then looks each
 * distinct string up once per row group instead of once per row).
 */
export interface Page {
  start: number;
  rows: number;
  values: DecodedArray;
  levels: ArrayLike<number> | null;
  maxLevel: number;
  dictionary?: DecodedArray;
}

export type PageSink = (page: Page) => void;

export interface ChunkSource {
  bytes: ArrayBuffer;
  chunk: ColumnChunk;
  /** Root, then the column: a flat column's path in the schema tree. */
  schemaPath: SchemaTree[];
  /** The row group's first row and row count. */
  groupStart: number;
  groupRows: number;
  compressors: Compressors;
  parsers: Partial<ParquetParsers>;
  /** Hand dictionary-encoded pages over as indices with their dictionary, not as the values. */
  indices?: boolean;
}

export function readChunkPages({ bytes, chunk, schemaPath, groupStart, groupRows, compressors, parsers, indices }: ChunkSource, sink: PageSink): void {
  const meta = chunk.meta_data;
  if (!meta) throw new Error('the column chunk has no metadata');
  if (chunk.file_path) throw new Error(`the column's data is in another file (${chunk.file_path})`);
  const element = schemaPath[schemaPath.length - 1].element;
  const decoder: ColumnDecoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element,
    schemaPath,
    codec: meta.codec,
    parsers: { ...DEFAULT_PARSERS, ...parsers },
    compressors,
    utf8: true,
  };
  const maxLevel = getMaxDefinitionLevel(schemaPath);
  const offset = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const size = Number(meta.total_compressed_size);
  if (offset < 0 || offset + size > bytes.byteLength) throw new Error('the column chunk lies outside the file');
  const reader = { view: new DataView(bytes, offset, size), offset: 0 };

  let dictionary: DecodedArray | undefined;
  const values = (data: DecodedArray, encoding: Encoding): { values: DecodedArray; dictionary?: DecodedArray } =>
    indices && dictionary && encoding.endsWith('_DICTIONARY') ? { values: data, dictionary } : { values: convertWithDictionary(data, dictionary, encoding, decoder) };
  let row = groupStart;
  const end = groupStart + groupRows;
  while (row < end && reader.offset < size) {
    const header = parquetHeader(reader);
    const page = new Uint8Array(bytes, offset + reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      const dph = header.dictionary_page_header;
      if (!dph) throw new Error('a dictionary page has no header');
      const plain = decompressPage(page, header.uncompressed_page_size, meta.codec, compressors);
      const view = new DataView(plain.buffer, plain.byteOffset, plain.byteLength);
      dictionary = convert(readPlain({ view, offset: 0 }, meta.type, dph.num_values, element.type_length), decoder);
    } else if (header.type === 'DATA_PAGE') {
      const daph = header.data_page_header;
      if (!daph) throw new Error('a data page has no header');
      const plain = decompressPage(page, header.uncompressed_page_size, meta.codec, compressors);
      const { definitionLevels, dataPage } = readDataPage(plain, daph, decoder);
      // hyparquet empties the levels of a page with no nulls.
      sink({ start: row, rows: daph.num_values, ...values(dataPage, daph.encoding), levels: definitionLevels?.length ? definitionLevels : null, maxLevel });
      row += daph.num_values;
    } else if (header.type === 'DATA_PAGE_V2') {
      const daph2 = header.data_page_header_v2;
      if (!daph2) throw new Error('a data page has no header');
      const { definitionLevels, dataPage } = readDataPageV2(page, header, decoder);
      sink({ start: row, rows: daph2.num_rows, ...values(dataPage, daph2.encoding), levels: daph2.num_nulls && definitionLevels?.length ? definitionLevels : null, maxLevel });
      row += daph2.num_rows;
    }
    // Index pages carry nothing to read.
  }
  if (row < end) throw new Error(`the column chunk ends after ${row - groupStart} of its ${groupRows} rows`);
}
