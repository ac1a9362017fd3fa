import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../errors';
import { checkFetchableUrl, FETCH_TIMEOUT_MS, fetchImportBytes, fetchImportText, looksLikeHtml } from './fetchUrl';
import { LIMITS } from './limits';

const URL_ = 'https://example.org/results.csv';
const enc = new TextEncoder();

/** A fetch stub that answers every request with `answer(url, init)`, recording the calls. */
function stubFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const fn = vi.fn((input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init));
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** A promise that only ever ends when the request's signal aborts, as a real fetch does. */
function never(init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason ?? new DOMException('aborted', 'AbortError')));
  });
}

/** A body that sends `chunk` forever, counting how much was pulled and whether it was cancelled. */
function endlessBody(chunk: Uint8Array) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      seen.pulled += chunk.byteLength;
      c.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the fetch to fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchImportText', () => {
  it('returns the text of a good answer, reporting progress', async () => {
    stubFetch(async () => new Response('a,b\n1,2\n', { headers: { 'content-type': 'text/csv', 'content-length': '8' } }));
    const progress: [number, number | undefined][] = [];
    const text = await fetchImportText(URL_, undefined, { onProgress: (n, total) => progress.push([n, total]) });
    expect(text).toBe('a,b\n1,2\n');
    expect(progress.at(-1)).toEqual([8, 8]);
  });

  it.each([
    ['javascript:alert(1)', 'javascript: address runs code'],
    ['file:///etc/passwd', 'may not read files from your computer'],
    ['data:text/csv,a%2Cb', 'data: address is not fetched'],
    ['ftp://example.org/results.csv', 'no longer fetch ftp:'],
    ['gopher://example.org/x', 'only http:// and https:// addresses are fetched, not gopher:'],
  ])('refuses %s before any fetch, saying why', async (url, reason) => {
    const fetch = stubFetch(async () => new Response('a\n1\n'));
    const err = await failure(fetchImportText(url));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toContain(`${url} was not fetched: `);
    expect(err.message).toContain(reason);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a string that is no address at all', () => {
    expect(() => checkFetchableUrl('not a url')).toThrow('not a url is not a web address');
    expect(checkFetchableUrl('HTTPS://Example.org/a.csv')).toBe('https://example.org/a.csv');
  });

  it('reports an HTTP status as it is, with the address', async () => {
    stubFetch(async () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    const err = await failure(fetchImportText(URL_));
    expect(err.message).toBe(`HTTP 500 Internal Server Error from ${URL_}: the server had a problem; try again later.`);
    expect((err as DataError).status).toBe(500);
  });

  it('names the status of a server that sends none (HTTP/2)', async () => {
    stubFetch(async () => new Response('', { status: 404 }));
    expect((await failure(fetchImportText(URL_))).message).toBe(`HTTP 404 Not Found from ${URL_}: the file is not there; check the address.`);
  });

  it('says a text/html answer is a web page, not a data file, even with 200 OK', async () => {
    stubFetch(async () => new Response('<p>hello</p>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const err = await failure(fetchImportText(URL_));
    expect(err.message).toContain(`${URL_} returned a web page, not a data file`);
    expect(err.message).not.toContain('HTTP');
  });

  it.each([
    ['<!DOCTYPE html>\n<html><body>Sign in</body></html>'],
    ['\uFEFF  \n<html lang="en"><head></head></html>'],
    [`<!doctype html><title>x</title>${'<p>padding</p>'.repeat(20)}`],
  ])('sniffs a page served as text/plain: %#', async (body) => {
    stubFetch(async () => new Response(body, { headers: { 'content-type': 'text/plain' } }));
    expect((await failure(fetchImportText(URL_))).message).toContain('returned a web page, not a data file');
  });

  it('does not take a CSV that mentions html for a page', () => {
    expect(looksLikeHtml(enc.encode('html,score\n<html>,1\n'))).toBe(false);
    expect(looksLikeHtml(enc.encode('  <HTML>'))).toBe(true);
  });

  it('cuts a body that never ends at the byte cap and cancels the download', async () => {
    const { stream, seen } = endlessBody(new Uint8Array(1000).fill(65));
    stubFetch(async () => new Response(stream, { headers: { 'content-type': 'text/csv' } }));
    const err = await failure(fetchImportText(URL_, undefined, { maxBytes: 50_000 }));
    expect(err.message).toBe(`${URL_} is larger than 50 kB, the limit for a file; the download was stopped there.`);
    expect(seen.cancelled).toBe(true);
    // Stopped right past the cap: a stream's queue may hold a little more than was read, not much.
    expect(seen.pulled).toBeLessThan(60_000);
  });

  it('uses the import file limit as the default cap, and refuses an announced size over it unread', async () => {
    const { stream, seen } = endlessBody(new Uint8Array(10));
    stubFetch(async () => new Response(stream, { headers: { 'content-length': String(LIMITS.bytes + 1) } }));
    const err = await failure(fetchImportText(URL_));
    expect(err.message).toBe(`${URL_} is 200 MB; the limit is 200 MB.`);
    expect(seen.pulled).toBeLessThanOrEqual(10);
  });

  it('with a larger cap for Parquet and Arrow, refuses text announced over the text limit after its first bytes', async () => {
    const { stream, seen } = endlessBody(new TextEncoder().encode('cost,accuracy\n1,2\n'));
    stubFetch(async () => new Response(stream, { headers: { 'content-type': 'text/csv', 'content-length': '300000000' } }));
    const err = await failure(fetchImportBytes(URL_, undefined, { maxBytes: LIMITS.columnarBytes, textMaxBytes: LIMITS.bytes }));
    expect(err.message).toBe(`${URL_} is 300 MB; the limit is 200 MB.`);
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(1000);
  });

  it('with a larger cap for Parquet and Arrow, takes a Parquet file announced over the text limit', async () => {
    const head = new Uint8Array(1000);
    head.set([0x50, 0x41, 0x52, 0x31]); // PAR1
    const { stream } = endlessBody(head);
    stubFetch(async () => new Response(stream, { headers: { 'content-length': '50000' } }));
    const err = await failure(fetchImportBytes(URL_, undefined, { maxBytes: 60_000, textMaxBytes: 5_000 }));
    // Read on past the text limit, up to the columnar cap.
    expect(err.message).toBe(`${URL_} is larger than 60 kB, the limit for a file; the download was stopped there.`);
  });

  it('gives up on a server that never answers after the timeout', async () => {
    vi.useFakeTimers();
    stubFetch(async (_, init) => never(init));
    const pending = failure(fetchImportText(URL_));
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const err = await pending;
    expect(err.message).toBe(
      `No answer from ${URL_} within 30 s: the server may be down or very slow. Try again later, or download the file and choose it with "File".`,
    );
  });

  it('gives up on a download that stalls half way, with a short timeout', async () => {
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (!sent) c.enqueue(enc.encode('a,b\n1,2\n'));
        sent = true;
        return new Promise(() => {}); // then silence
      },
    });
    stubFetch(async () => new Response(stream));
    const err = await failure(fetchImportText(URL_, undefined, { timeoutMs: 30 }));
    expect(err.message).toContain(`No answer from ${URL_} within 30 ms`);
  });

  it('honours Cancel while waiting for the server: rejects with the abort, not a message', async () => {
    const fetch = stubFetch(async (_, init) => never(init));
    const controller = new AbortController();
    const pending = failure(fetchImportText(URL_, controller.signal));
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const err = await pending;
    expect(err.name).toBe('AbortError');
    expect(fetch).toHaveBeenCalledTimes(1); // no CORS probe after a Cancel
  });

  it('honours Cancel while reading the body', async () => {
    const { stream, seen } = endlessBody(new Uint8Array(100));
    stubFetch(async () => new Response(stream));
    const controller = new AbortController();
    const pending = failure(fetchImportText(URL_, controller.signal, { onProgress: (n) => n > 1000 && controller.abort() }));
    expect((await pending).name).toBe('AbortError');
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(10_000); // stopped at the Cancel, not at the cap
  });

  it('does not fetch at all when already cancelled', async () => {
    const fetch = stubFetch(async () => new Response('a\n1\n'));
    const controller = new AbortController();
    controller.abort();
    expect((await failure(fetchImportText(URL_, controller.signal))).name).toBe('AbortError');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('tells a CORS refusal apart: the opaque probe is answered', async () => {
    const fetch = stubFetch(async (_, init) => (init?.mode === 'no-cors' ? new Response(null, { status: 200 }) : Promise.reject(new TypeError('Failed to fetch'))));
    const err = await failure(fetchImportText(URL_));
    expect(err.message).toContain('the server does not allow other sites to read this file (CORS)');
    expect(fetch.mock.calls[1]?.[1]?.mode).toBe('no-cors');
  });

  it('tells a redirect loop apart when the first redirect can be seen', async () => {
    stubFetch(async (_, init) =>
      init?.redirect === 'manual' ? ({ type: 'opaqueredirect', status: 0 } as Response) : Promise.reject(new TypeError('Failed to fetch')),
    );
    expect((await failure(fetchImportText(URL_))).message).toContain('redirects without end (a redirect loop)');
  });

  it('says network error when nothing answers at all', async () => {
    stubFetch(async () => Promise.reject(new TypeError('Failed to fetch')));
    const err = await failure(fetchImportText(URL_));
    expect(err.message).toBe(
      `No answer from ${URL_}: a network error (offline, a wrong host name, a blocked address or a redirect loop). Check the address and your connection.`,
    );
  });

  it('cuts a very long address in its messages', async () => {
    const long = `https://example.org/${'x'.repeat(5000)}.csv`;
    stubFetch(async () => new Response('', { status: 403, statusText: 'Forbidden' }));
    const err = await failure(fetchImportText(long));
    expect(err.message.length).toBeLessThan(400);
    expect(err.message).toMatch(/^HTTP 403 Forbidden from https:\/\/example\.org\/x+…: the server wants a login/);
  });
});

describe('fetchImportText decodes like a dropped file', () => {
  it('decompresses a gzip file and decodes UTF-16 at an address', async () => {
    const { gzipSync, strToU8 } = await import('fflate');
    const csv = 'name,cost\na,1\n';
    vi.stubGlobal('fetch', vi.fn(async () => new Response(gzipSync(strToU8(csv)), { status: 200, headers: { 'content-type': 'application/gzip' } })));
    expect(await fetchImportText('https://example.org/runs.csv.gz')).toBe(csv);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(csv).flatMap((c) => [c.charCodeAt(0), 0])]);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(utf16, { status: 200 })));
    expect(await fetchImportText('https://example.org/runs.csv')).toBe(csv);
  });
});
