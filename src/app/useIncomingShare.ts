/**
 * A share link's data, kept in the browser before the dataset it names can open. When the data lives at
 * an address, fetching it is bounded (see fetchImportText) and shows progress with a Cancel; giving up —
 * by Cancel, a timeout or any failure — drops the link's data from the address bar so the default dataset
 * opens instead of an endless "Loading dataset…". A dropped bundle whose data lives at an address is
 * fetched the same way, while the dataset on screen stays usable; its Cancel only stops the fetch.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadsKey } from '../data/uploads';
import { readShareLink, type SharedData } from '../state/share';
import { dropSharedLink, hasSharedFragment, keepSharedData, NotKeptError } from './incoming';

export interface IncomingFetch {
  /** A share link's data (nothing else opens meanwhile) or a dropped bundle's (the app stays usable). */
  kind: 'link' | 'bundle';
  url: string;
  received: number;
  total?: number;
}

export interface IncomingShare {
  /** True until the link's data is kept (or given up): the dataset it names cannot open before. */
  incoming: boolean;
  /** While the link's data is being fetched from its address. */
  fetching: IncomingFetch | null;
  /** True once the link's data was given up: open the default dataset. */
  givenUp: boolean;
  cancel: () => void;
  /** Data over 1 MB waiting for the person's "Keep this data" (true) or "Don't keep it" (false). */
  asking: { bytes: number; answer: (keep: boolean) => void } | null;
  /** Keeps a dropped bundle's data, showing the fetch as `fetching`; rejects with the abort on Cancel. */
  keepBundleData: (data: SharedData) => ReturnType<typeof keepSharedData>;
}

export function useIncomingShare(say: (notice: string) => void): IncomingShare {
  const client = useQueryClient();
  const [incoming, setIncoming] = useState(() => hasSharedFragment(window.location.hash));
  const [fetching, setFetching] = useState<IncomingFetch | null>(null);
  const [givenUp, setGivenUp] = useState(false);
  const [asking, setAsking] = useState<IncomingShare['asking']>(null);
  const controller = useRef<AbortController | null>(null);

  const giveUp = useCallback(() => {
    dropSharedLink();
    setGivenUp(true);
    setFetching(null);
    setIncoming(false);
  }, []);

  useEffect(() => {
    if (!incoming) return;
    const abort = new AbortController();
    controller.current = abort;
    const link = readShareLink({ search: window.location.search, hash: window.location.hash });
    link.notices.forEach(say);
    const url = link.data?.csv === undefined ? link.data?.url : undefined;
    (async () => {
      try {
        if (link.data) {
          if (url !== undefined) setFetching({ kind: 'link', url, received: 0 });
          const kept = await keepSharedData(link.data, {
            signal: abort.signal,
            onProgress: (received, total) => !abort.signal.aborted && setFetching({ kind: 'link', url: url ?? '', received, ...(total === undefined ? {} : { total }) }),
            confirmKeep: (bytes) =>
              new Promise<boolean>((resolve) => {
                if (abort.signal.aborted) return resolve(false);
                abort.signal.addEventListener('abort', () => resolve(false));
                setFetching(null);
                setAsking({ bytes, answer: (keep) => (setAsking(null), resolve(keep)) });
              }),
          });
          if (abort.signal.aborted) return;
          if (kept.warning) say(kept.warning);
          await client.invalidateQueries({ queryKey: uploadsKey });
        }
        if (abort.signal.aborted) return;
        setFetching(null);
        setIncoming(false);
      } catch (e) {
        if (abort.signal.aborted) return; // Cancel (or an unmount) already decided what happens
        if (e instanceof NotKeptError) say(e.message);
        else say(`The data this link points to could not be loaded: ${(e as Error).message}`);
        giveUp();
      }
    })();
    return () => abort.abort();
  }, [incoming, client, say, giveUp]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    if (fetching?.kind === 'bundle') setFetching(null);
    else giveUp();
  }, [giveUp, fetching]);

  const keepBundleData = useCallback(async (data: SharedData) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const url = data.csv === undefined ? data.url : undefined;
    if (url !== undefined) setFetching({ kind: 'bundle', url, received: 0 });
    try {
      return await keepSharedData(data, {
        signal: abort.signal,
        onProgress: (received, total) =>
          !abort.signal.aborted && setFetching({ kind: 'bundle', url: url ?? '', received, ...(total === undefined ? {} : { total }) }),
      });
    } finally {
      if (controller.current === abort) setFetching(null);
    }
  }, []);

  return { incoming, fetching, givenUp, cancel, asking, keepBundleData };
}
