import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../../state';
import { zooDataset } from '../../state/testing/fakeDataset';
import { isEmbedSearch, openInAppHref, withoutEmbed } from './embedLink';

describe('embed links', () => {
  it('reads embed=1 (and true) as embed mode', () => {
    expect(isEmbedSearch('?dataset=zoo&embed=1')).toBe(true);
    expect(isEmbedSearch('?embed=true')).toBe(true);
    expect(isEmbedSearch('?embed=0')).toBe(false);
    expect(isEmbedSearch('?dataset=zoo')).toBe(false);
    expect(isEmbedSearch('')).toBe(false);
  });

  it('drops only the embed parameter, keeping the rest as written', () => {
    expect(withoutEmbed('https://x.org/app/?dataset=zoo&embed=1&x=a%2Cb#top')).toBe('https://x.org/app/?dataset=zoo&x=a%2Cb#top');
    expect(withoutEmbed('https://x.org/?embed=1')).toBe('https://x.org/');
    expect(withoutEmbed('https://x.org/?EMBED=1&y=b')).toBe('https://x.org/?y=b');
    expect(withoutEmbed('https://x.org/?embedded=2')).toBe('https://x.org/?embedded=2');
    expect(withoutEmbed('https://x.org/')).toBe('https://x.org/');
  });

  it('links the view on screen in the full app', () => {
    const ds = zooDataset();
    const href = openInAppHref(defaultSpec(ds), ds, { origin: 'https://x.org', pathname: '/app/' });
    expect(href.startsWith('https://x.org/app/?dataset=zoo&x=params&y=top1')).toBe(true);
    expect(href).not.toContain('embed');
  });
});
