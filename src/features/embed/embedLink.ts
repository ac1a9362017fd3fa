/**
 * Embed mode (`?embed=1`): the chart alone, for iframes. These helpers read the flag and build the
 * "Open in Paretoscope" link: the same view, without the flag.
 */
import type { Dataset } from '../../data/types';
import { encodeQuery, type ViewSpec } from '../../state';

export const EMBED_PARAM = 'embed';

/** Whether a query string asks for embed mode: `embed=1` or `embed=true` (`embed=0`/absent: no). */
export function isEmbedSearch(search: string): boolean {
  const value = new URLSearchParams(search).get(EMBED_PARAM);
  return value !== null && /^(1|true|yes|)$/i.test(value.trim());
}

/** `href` without the embed parameter (everything else, the hash included, kept as written). */
export function withoutEmbed(href: string): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const rest = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const q = rest.indexOf('?');
  if (q < 0) return href;
  const kept = rest
    .slice(q + 1)
    .split('&')
    .filter((part) => part !== '' && decodeURIComponent(part.split('=')[0].replace(/\+/g, ' ')).toLowerCase() !== EMBED_PARAM);
  return `${rest.slice(0, q)}${kept.length ? `?${kept.join('&')}` : ''}${hash}`;
}

/**
 * The app's link for the view on screen: the page's address with the spec's query (so a selection or
 * axis change made inside the embed carries over), never with embed=1.
 */
export function openInAppHref(spec: ViewSpec, dataset: Dataset, location: { origin: string; pathname: string } = window.location): string {
  return `${location.origin}${location.pathname}${encodeQuery(spec, dataset)}`;
}
