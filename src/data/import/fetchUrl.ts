/**
 * Fetching a file a person gives by URL (`?data=`, the import dialog, a share link or a bundle that names
 * its data by address), with every bound an outside call needs: only http(s) addresses, a timeout, a byte
 * cap read from the stream (a server that never stops sending is cut off at the file limit), Cancel
 * honoured throughout, and a message that says what happened.
 *
 * A browser reports a refused cross-origin read (CORS), an unreachable server and a redirect loop the same
 * way, so follow-up requests tell them apart where it allows: if an opaque (no-cors) request is answered,
 * the server is there but does not let other sites read the file; if a request that does not follow
 * redirects gets one, the address redirects without end.
 */
import { DataError } from '../errors';
import { decodeBytes } from './decode';
import { columnarMagic } from './columnarMagic';
import { formatBytes, LIMITS, sizeProblem } from './limits';
import { fileNameOfUrl } from './recipe';

/**
 * How long a server may stay silent: before it answers, and between two pieces of the file. A whole
 * download may take longer (200 MB on a slow line does); a stall may not. Cancel covers the rest.
 */
export const FETCH_TIMEOUT_MS = 30_000;

export interface FetchImportOptions {
  /** Milliseconds of silence before giving up. Default FETCH_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Bytes read before giving up. Default: the import's file limit. */
  maxBytes?: number;
  /**
   * A lower limit for anything that is not a Parquet or Arrow file, applied once the first bytes show
   * which it is (to the announced size too): with `maxBytes` at the columnar limit, a text file is
   * still refused at the text limit without being downloaded.
   */
  textMaxBytes?: number;
  /** Called as the file arrives: bytes so far, and the announced size when the server gave one. */
  onProgress?: (received: number, total?: number) => void;
}

const WHAT_TO_DO_CORS =
  'Download the file and choose it with "File", or put it where other sites may read it (for example a GitHub raw URL or a gist)';

/** Why each scheme other than http(s) is refused, said before anything is fetched. */
const REFUSED_SCHEMES: Record<string, string> = {
  'javascript:': 'a javascript: address runs code; it does not name a data file',
  'file:': 'a web page may not read files from your computer; choose the file with "File" instead',
  'data:': 'a data: address is not fetched; paste its contents with "Paste" instead',
  'ftp:': 'browsers no longer fetch ftp: addresses; download the file and choose it with "File"',
  'blob:': 'a blob: address belongs to another page; download the file and choose it with "File"',
};

/** Common reason phrases, for servers (HTTP/2 and later) that send a status without one. */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A URL as shown in a message: a very long one (a hand-made link) is cut, not printed whole. */
function shown(url: string): string {
  return url.length > 200 ? `${url.slice(0, 199)}…` : url;
}

/** A DataError whose message is exactly `sentence` (the sentence names the address itself). */
function fetchError(url: string, sentence: string, status?: number): DataError {
  const err = new DataError(status === undefined ? { file: url } : { file: url, status }, sentence);
  err.message = sentence;
  return err;
}

/**
 * Checks that `url` may be fetched at all and returns it absolute. Throws a DataError with the reason for a
 * malformed address or a scheme other than http(s).
 */
export function checkFetchableUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = typeof window === 'undefined' ? new URL(url) : new URL(url, window.location.href);
  } catch {
    throw fetchError(url, `${shown(url)} is not a web address; expected something like https://example.org/results.csv.`);
  }
  const scheme = parsed.protocol.toLowerCase();
  if (scheme === 'http:' || scheme === 'https:') return parsed.href;
  const reason = REFUSED_SCHEMES[scheme] ?? `only http:// and https:// addresses are fetched, not ${scheme}`;
  throw fetchError(url, `${shown(url)} was not fetched: ${reason}.`);
}

/** Fetches a data file as text, within the bounds above, decoded as a dropped file is (decode.ts). */
export async function fetchImportText(url: string, signal?: AbortSignal, options: FetchImportOptions = {}): Promise<string> {
  const bytes = await fetchImportBytes(url, signal, options);
  // Read like a dropped file: gzip decompressed, UTF-16 and Latin-1 decoded, binary data refused.
  return decodeBytes(bytes, fileNameOfUrl(url)).text;
}

/**
 * The data at `url` as it is kept: a Parquet or Arrow file as its bytes (up to the columnar limit; they
 * never become text), anything else decoded to text like `fetchImportText` (up to the text limit).
 */
export async function fetchImportContent(url: string, signal?: AbortSignal, options: FetchImportOptions = {}): Promise<{ text: string } | { bytes: Uint8Array }> {
  const bytes = await fetchImportBytes(url, signal, { maxBytes: LIMITS.columnarBytes, textMaxBytes: LIMITS.bytes, ...options });
  if (columnarMagic(bytes)) return { bytes };
  const name = fileNameOfUrl(url);
  const tooBig = sizeProblem(name, bytes.length);
  if (tooBig) throw new Error(`${tooBig}.`);
  return { text: decodeBytes(bytes, name).text };
}

/**
 * Fetches a data file's bytes within the bounds above. Rejects with the abort reason when `signal` aborts,
 * otherwise with a DataError whose message is meant to be shown as is.
 */
export async function fetchImportBytes(url: string, signal?: AbortSignal, options: FetchImportOptions = {}): Promise<Uint8Array> {
  const absolute = checkFetchableUrl(url);
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? LIMITS.bytes;
  signal?.throwIfAborted();

  // One controller for every request of this fetch: Cancel and a silence past the timeout both end it.
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('The server did not answer in time', 'TimeoutError'));
    }, timeoutMs);
  };
  // Rejects when the fetch is aborted, so a read or probe that ignores its signal cannot hold things up.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  // `aborted` first: when both have settled, the abort wins.
  const bounded = <T>(p: Promise<T>) => Promise.race([aborted, p]);
  const silence = () =>
    fetchError(
      url,
      `No answer from ${shown(url)} within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}: the server may be down or very slow. Try again later, or download the file and choose it with "File".`,
      0,
    );

  arm();
  try {
    let response: Response;
    try {
      response = await bounded(fetch(absolute, { signal: controller.signal }));
    } catch {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw await explainNoResponse(url, absolute, bounded, controller.signal);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw statusError(url, response);
    }
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (type.includes('text/html') || type.includes('application/xhtml')) {
      void response.body?.cancel().catch(() => undefined);
      throw webPage(url);
    }
    const announced = Number(response.headers.get('content-length') ?? NaN);
    const total = Number.isFinite(announced) && announced >= 0 ? announced : undefined;
    if (total !== undefined && total > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw fetchError(url, `${shown(url)} is ${formatBytes(total)}; the limit is ${formatBytes(maxBytes)}.`);
    }
    const limitFor = (head: Uint8Array) => (options.textMaxBytes !== undefined && !columnarMagic(head) ? Math.min(options.textMaxBytes, maxBytes) : maxBytes);
    return await readCapped(url, response, { total, limitFor }, bounded, arm, (n) => options.onProgress?.(n, total), controller.signal);
  } catch (err) {
    // Cancel wins over everything; then a timeout, whatever the request was doing when it struck.
    if (signal?.aborted) throw signal.reason ?? err;
    if (timedOut) throw silence();
    throw err;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

/** Reads the body piece by piece, stopping (and cancelling the download) past `maxBytes`. */
async function readCapped(
  url: string,
  response: Response,
  size: { total: number | undefined; limitFor: (head: Uint8Array) => number },
  bounded: <T>(p: Promise<T>) => Promise<T>,
  arm: () => void,
  progress: (received: number) => void,
  signal: AbortSignal,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await bounded(response.arrayBuffer()));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let sniffed = false;
  // The limit depends on what the file is (text or columnar): known from its first bytes.
  let maxBytes = -1;
  const settleLimit = () => {
    maxBytes = size.limitFor(join(chunks, received));
    if (size.total !== undefined && size.total > maxBytes) {
      throw fetchError(url, `${shown(url)} is ${formatBytes(size.total)}; the limit is ${formatBytes(maxBytes)}.`);
    }
  };
  try {
    for (;;) {
      const { done, value } = await bounded(reader.read());
      // A fast stream always has the next piece ready; only this check stops it on Cancel.
      signal.throwIfAborted();
      if (done) break;
      arm();
      received += value.byteLength;
      chunks.push(value);
      if (maxBytes < 0 && received >= 8) settleLimit();
      if (maxBytes >= 0 && received > maxBytes) {
        throw fetchError(url, `${shown(url)} is larger than ${formatBytes(maxBytes)}, the limit for a file; the download was stopped there.`);
      }
      progress(received);
      // A page served as text/plain (or with no type) is still a page: look at how it starts.
      if (!sniffed && received >= 64) {
        sniffed = true;
        if (looksLikeHtml(join(chunks, received))) throw webPage(url);
      }
    }
  } catch (err) {
    void reader.cancel().catch(() => undefined);
    throw err;
  }
  const bytes = join(chunks, received);
  if (maxBytes < 0) settleLimit();
  if (!sniffed && looksLikeHtml(bytes)) throw webPage(url);
  return bytes;
}

function join(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.byteLength === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Whether the bytes start (after a BOM and blanks) with `<!doctype html` or `<html`. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().slice(0, 14).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function webPage(url: string): DataError {
  return fetchError(
    url,
    `${shown(url)} returned a web page, not a data file: the address probably leads to a page about the file. Use the address of the file itself (on GitHub, the "Raw" button).`,
  );
}

function statusError(url: string, response: Response): DataError {
  const { status } = response;
  const reason = response.statusText || REASONS[status] || '';
  const hint =
    status === 404 || status === 410
      ? 'the file is not there; check the address'
      : status === 401 || status === 403
        ? 'the server wants a login or refuses access; use a public link to the file'
        : status === 429
          ? 'the server is asking for fewer requests; try again later'
          : status >= 500
            ? 'the server had a problem; try again later'
            : 'check the address';
  return fetchError(url, `HTTP ${status}${reason ? ` ${reason}` : ''} from ${shown(url)}: ${hint}.`, status);
}

/** The fetch got no response at all: a CORS refusal, a redirect loop or a network failure. */
async function explainNoResponse(
  url: string,
  absolute: string,
  bounded: <T>(p: Promise<T>) => Promise<T>,
  signal: AbortSignal,
): Promise<DataError> {
  try {
    await bounded(fetch(absolute, { mode: 'no-cors', signal }));
    return fetchError(url, `${shown(url)} could not be read: the server does not allow other sites to read this file (CORS). ${WHAT_TO_DO_CORS}.`, 0);
  } catch {
    if (signal.aborted) throw signal.reason;
  }
  // A no-cors request follows redirects and fails on a loop like on a dead host; one that stops at the
  // first redirect shows it (where the browser lets this page see it: same origin or a CORS-enabled server).
  try {
    const first = await bounded(fetch(absolute, { redirect: 'manual', signal }));
    if (first.type === 'opaqueredirect' || (first.status >= 300 && first.status < 400)) {
      return fetchError(url, `${shown(url)} could not be read: the address redirects without end (a redirect loop). Check the address, or download the file and choose it with "File".`, 0);
    }
  } catch {
    if (signal.aborted) throw signal.reason;
  }
  return fetchError(
    url,
    `No answer from ${shown(url)}: a network error (offline, a wrong host name, a blocked address or a redirect loop). Check the address and your connection.`,
    0,
  );
}
