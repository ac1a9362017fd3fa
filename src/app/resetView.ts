/**
 * "Reset this view": the address of the same page with only the parameters that say which data is
 * shown (`dataset=`, and `embed=` so an embedded chart stays embedded). Every view parameter — axes,
 * objectives, filters, formulas, selection — and the fragment are dropped, so the dataset opens in its
 * default view; a parameter that broke a panel cannot break it again after the reload.
 */
const KEEP = new Set(['dataset', 'embed']);

/** Name of a raw `name=value` query part, decoded and lower-cased ('' when it cannot be decoded). */
function partName(part: string): string {
  const eq = part.indexOf('=');
  try {
    return decodeURIComponent((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return '';
  }
}

export function resetViewHref(href: string): string {
  const url = new URL(href);
  // The kept parts are copied as written, so the dataset is named exactly as the link named it.
  const kept = url.search.replace(/^\?/, '').split('&').filter((part) => part !== '' && KEEP.has(partName(part)));
  return `${url.origin}${url.pathname}${kept.length > 0 ? `?${kept.join('&')}` : ''}`;
}

/** Opens the current dataset in its default view (a full load: whatever broke is not carried over). */
export function resetView(): void {
  window.location.assign(resetViewHref(window.location.href));
}
