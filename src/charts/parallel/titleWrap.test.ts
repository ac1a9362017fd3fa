import { describe, expect, it } from 'vitest';
import { wrapTitle } from './titleWrap';

// 6 px per character.
const measure = (s: string) => s.length * 6;

describe('wrapTitle', () => {
  it('keeps a title that fits on one line', () => {
    expect(wrapTitle('Latency (ms)', 120, measure)).toEqual({ lines: ['Latency (ms)'], truncated: false });
  });

  it('wraps at spaces onto a second line', () => {
    const w = wrapTitle('Top-1 accuracy on ImageNet (%)', 100, measure);
    expect(w.lines).toEqual(['Top-1 accuracy', 'on ImageNet (%)']);
    expect(w.truncated).toBe(false);
    for (const line of w.lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('truncates what does not fit in two lines, with an ellipsis', () => {
    const w = wrapTitle('Energy per inference on the reference accelerator (mJ)', 90, measure);
    expect(w.lines).toHaveLength(2);
    expect(w.lines[1].endsWith('…')).toBe(true);
    expect(w.truncated).toBe(true);
    for (const line of w.lines) expect(measure(line)).toBeLessThanOrEqual(90);
  });

  it('breaks inside a word longer than a line', () => {
    const w = wrapTitle('throughput_images_per_second', 60, measure);
    expect(w.lines[0]).toBe('throughput');
    expect(w.lines).toHaveLength(2);
    for (const line of w.lines) expect(measure(line)).toBeLessThanOrEqual(60);
  });
});
