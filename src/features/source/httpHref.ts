/**
 * A source address safe to put in an `href`: only absolute http(s) URLs, normalized by the URL parser.
 * Anything else (`javascript:`, `data:`, `file:`, `vbscript:`, relative paths, control characters
 * before the scheme) gives null, and the caller shows the text without a link — a recipe or a shared
 * link carries its source address as free text, so it must never become a script or a local file.
 */
export function httpHref(text: string): string | null {
  const trimmed = text.trim();
  // Checked on the text itself as well as after parsing: the parser drops leading control
  // characters and tabs inside the scheme, so "\u0001javascript:" or "java\tscript:" would slip past a
  // check of the parsed protocol alone.
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
