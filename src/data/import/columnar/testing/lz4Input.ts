/**
 * The input of the LZ4 fixtures (../fixtures/*.lz4): synthetic text from a fixed seed, 150,000 bytes —
 * pieces of a short seeded text copied at random, and runs of one letter, so that the encoder finds
 * long matches, overlapping ones, and matches reaching into the previous block (blocks are 64 KB).
 * The fixtures were written by the reference `lz4` command-line tool (v1.9.4):
 *   lz4 -B4 -BD --content-size input fixtures/dependent.lz4     (linked blocks, content size)
 *   lz4 -B4 -BX input fixtures/checksums.lz4                     (independent blocks, block checksums)
 */
import { mulberry32 } from '../../../../core/testing/arbitraries';

export function lz4Input(): Uint8Array {
  const rand = mulberry32(5);
  const words = ['NSGA-II', 'SPEA2', 'MOEA/D', 'run', '0.5', ',', ';'];
  let base = '';
  while (base.length < 3_000) base += `${words[Math.floor(rand() * words.length)]},${Math.floor(rand() * 1000)}\n`;
  let text = '';
  while (text.length < 150_000) {
    const from = Math.floor(rand() * 2_000);
    text += rand() < 0.1 ? 'a'.repeat(Math.floor(rand() * 300)) : base.slice(from, from + 100 + Math.floor(rand() * 900));
  }
  return new TextEncoder().encode(text.slice(0, 150_000));
}
