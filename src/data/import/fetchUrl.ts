/**
 * Fetching a file a person gives by URL. A browser reports a refused cross-origin read (CORS) and an
 * unreachable server the same way, so a second, opaque request tells them apart: if the server answers
 * it, it is there but does not let other sites read the file.
 */
import { DataError } from '../errors';
import { fetchText } from '../queries';
import { assertSize } from './limits';

const WHAT_TO_DO_CORS =
  'Download the file and choose it with "File", or put it where other sites may read it (for example a GitHub raw URL or a gist)';

export async function fetchImportText(url: string, signal?: AbortSignal): Promise<string> {
  let text: string;
  try {
    text = await fetchText(url, signal);
  } catch (err) {
    if (signal?.aborted || !(err instanceof DataError) || err.status === undefined) throw err;
    throw await explain(url, err.status, signal);
  }
  assertSize(url, text.length);
  return text;
}

async function explain(url: string, status: number, signal?: AbortSignal): Promise<DataError> {
  if (status !== 0) {
    const hint =
      status === 404 || status === 410
        ? 'the file is not there; check the address'
        : status === 401 || status === 403
          ? 'the server wants a login or refuses access; use a public link to the file'
          : status >= 500
            ? 'the server had a problem; try again later'
            : 'check the address';
    return new DataError({ file: url, status }, `the server answered HTTP ${status}: ${hint}`);
  }
  let reachable = false;
  try {
    await fetch(url, { mode: 'no-cors', ...(signal ? { signal } : {}) });
    reachable = true;
  } catch {
    reachable = false;
  }
  return reachable
    ? new DataError({ file: url, status: 0 }, `the server does not allow other sites to read this file: CORS. ${WHAT_TO_DO_CORS}.`)
    : new DataError({ file: url, status: 0 }, 'no answer from the server: a network error (offline, a wrong host name, or a blocked address). Check the address and your connection.');
}
