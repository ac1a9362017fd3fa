import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decompressLz4Frame } from './lz4Frame';
import { lz4Input } from './testing/lz4Input';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));

describe('decompressLz4Frame', () => {
  const input = lz4Input();

  it.each(['dependent.lz4', 'checksums.lz4'])('decodes %s, written by the reference lz4 tool, byte for byte', (name) => {
    const frame = fixture(name);
    expect(frame.length).toBeLessThan(input.length / 10);
    const out = decompressLz4Frame(frame, input.length);
    // Compared as one buffer (an element-wise deep equality of 150,000 bytes takes seconds).
    expect(out.length).toBe(input.length);
    expect(Buffer.from(out).equals(Buffer.from(input))).toBe(true);
  });

  it('fails on a length other than the recorded one, a cut frame and a wrong magic number', () => {
    const frame = fixture('dependent.lz4');
    expect(() => decompressLz4Frame(frame, input.length - 1)).toThrow();
    expect(() => decompressLz4Frame(frame, input.length + 1)).toThrow(/holds 150000 bytes, not the 150001 recorded/);
    expect(() => decompressLz4Frame(frame.subarray(0, frame.length / 2), input.length)).toThrow();
    expect(() => decompressLz4Frame(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 8)).toThrow(/not an LZ4 frame/);
  });
});
