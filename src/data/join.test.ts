import { describe, expect, it } from 'vitest';
import { leftJoin, transformKey } from './join';
import { parseCsv } from './parse';

const left = parseCsv('model,img_size\nvit_b.augreg,224\nvit_b.orig,384\nresnet50.a1,224\nnew_net.x,224\n', 'left.csv');
const right = parseCsv('model,infer_img_size,speed\nvit_b,224,10\nvit_b,384,4\nresnet50,224,30\n', 'right.csv');
const keys = [
  { left: 'model', right: 'model', leftTransform: 'strip-after-first-dot' as const },
  { left: 'img_size', right: 'infer_img_size' },
];

describe('leftJoin', () => {
  it('matches on every key pair after transforming the left key', () => {
    const { match, unmatched } = leftJoin(left, right, keys);
    expect(Array.from(match)).toEqual([0, 1, 2, -1]);
    expect(unmatched).toEqual([3]);
  });

  it('rejects duplicate keys on the right: a match would be ambiguous', () => {
    expect(() => leftJoin(left, right, keys.slice(0, 1))).toThrow(
      /right\.csv, row 2 \(1-based data row, header not counted\): duplicate join key \(model = "vit_b"\), first seen in row 1/,
    );
  });

  it('names the file and column of a missing key column', () => {
    expect(() => leftJoin(left, right, [{ left: 'model', right: 'name' }])).toThrow(/right\.csv, column "name": join key column not found/);
    expect(() => leftJoin(left, right, [])).toThrow(/at least one key pair/);
  });

  it('strips the pretrained tag at the first dot only', () => {
    expect(transformKey('eva02_large_patch14_448.mim_m38m_ft_in22k_in1k', 'strip-after-first-dot')).toBe('eva02_large_patch14_448');
    expect(transformKey('a.b.c', 'strip-after-first-dot')).toBe('a');
    expect(transformKey('plain', 'strip-after-first-dot')).toBe('plain');
    expect(transformKey('a.b', undefined)).toBe('a.b');
  });
});
