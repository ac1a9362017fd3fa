/**
 * The decompressors a Parquet file needs, loaded only when its footer says it needs them.
 *
 * hyparquet reads uncompressed and Snappy pages by itself. hyparquet-compressors' entry point brings
 * every codec at once — 75 kB gzipped, most of it Brotli's dictionary, plus a WebAssembly Snappy that
 * is instantiated on import — so each codec is taken here on its own, measured gzipped: Zstandard
 * (fzstd, hyparquet-compressors' own dependency) 3.4 kB, LZ4 0.5 kB, Gzip from fflate (already the
 * app's) 2.2 kB, Brotli 68 kB. Brotli is rare in Parquet files, and only a Brotli file pays for it.
 */
import type { Compressors } from 'hyparquet';
import { DataError } from '../../errors';

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

/** Codecs hyparquet reads with nothing added. */
const BUILT_IN = new Set(['UNCOMPRESSED', 'SNAPPY']);

const LOADERS: Record<string, () => Promise<Decompress>> = {
  GZIP: async () => {
    const { gunzipSync } = await import('fflate');
    return (input, length) => gunzipSync(input, { out: new Uint8Array(length) });
  },
  ZSTD: async () => {
    const { decompress } = await import('fzstd');
    return (input, length) => decompress(input, new Uint8Array(length));
  },
  LZ4: async () => (await import('hyparquet-compressors/src/lz4.js')).decompressLz4,
  LZ4_RAW: async () => (await import('hyparquet-compressors/src/lz4.js')).decompressLz4Raw,
  BROTLI: async () => (await import('hyparquet-compressors/src/brotli.js')).decompressBrotli,
};

const READABLE = 'expected Snappy, Zstandard, Gzip, LZ4 or Brotli compression, or none';

/** Decompressors for `codecs` (as the footer names them); a DataError naming a codec none can read. */
export async function decompressorsFor(codecs: Iterable<string>, file: string): Promise<Compressors> {
  const compressors: Compressors = {};
  for (const codec of new Set(codecs)) {
    if (BUILT_IN.has(codec)) continue;
    const load = LOADERS[codec];
    if (!load) {
      throw new DataError(
        { file },
        `the Parquet file is compressed with ${codec ?? 'an unknown codec'}, which Paretoscope cannot read; ${READABLE} (save the file again with one of those)`,
      );
    }
    compressors[codec as keyof Compressors] = await load();
  }
  return compressors;
}
