/**
 * Code that downloads on first use. The first page load carries only what draws the default chart;
 * importing, comparing groups, parallel coordinates, exports and the like are separate files the
 * browser fetches when a person first opens them (`import()`). Such a fetch can fail — offline, a
 * flaky network, or a new release that replaced the file since this page was opened — and that
 * failure must read as what it is, not as a bug in the part that was asked for.
 */

/** A part of the app whose code could not be downloaded; `what` names the part on screen. */
export class ChunkLoadError extends Error {
  readonly what: string;

  constructor(what: string, cause: unknown) {
    const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
    super(
      `${what} could not be loaded: its code did not download${reason}. Check the connection and try again; if Paretoscope was updated since this page was opened, reload the page.`,
    );
    this.name = 'ChunkLoadError';
    this.what = what;
  }
}

/**
 * Runs `load` (an `import()` of the part's module) and turns a failed download into a ChunkLoadError
 * naming `what`. Nothing is cached here: the browser keeps a module that loaded, and a failed one is
 * asked for again on the next call.
 */
export async function loadChunk<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    throw new ChunkLoadError(what, e);
  }
}
