/**
 * Parts of the page whose code downloads when they are first shown (React.lazy at a clear seam: a
 * dialog, a view mode, a panel), so the first load carries only what draws the default chart. While
 * the code downloads, the part's place holds a short status line at the part's own height (no layout
 * jump, no blank page); if the download fails, the place says which part could not be loaded and
 * offers Try again and Reload the page — other errors go on to the panel's ErrorBoundary as before.
 */
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { ChunkLoadError, loadChunk } from '../data/lazyChunk';

export interface LazyPartOptions<P> {
  /** The part's name on screen, e.g. "Parallel coordinates": "Loading parallel coordinates…". */
  what: string;
  /** Height of the place kept while loading (px), so what is below does not jump when the part arrives. */
  minHeight?: number | ((props: P) => number);
  /** Wraps the loading line and the failure message, e.g. in the dialog frame the part opens in. */
  frame?: (body: ReactNode, props: P) => ReactNode;
}

/**
 * A component that renders the component `load` resolves to (e.g. `() => import('./X').then((m) => m.X)`)
 * once its module has downloaded. A failed download is not cached: Try again, or showing the part again
 * later, asks the browser for the file again.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, options: LazyPartOptions<P>): ComponentType<P> {
  const { what, frame = (body) => body } = options;
  // React.lazy remembers a rejection for good: after a failure, Try again or the part's next showing
  // starts a fresh download (never a render retry, which would download again and again).
  let failed = false;
  const make = () =>
    lazy(() =>
      loadChunk(what, load).then(
        (component) => ({ default: component }),
        (e: unknown) => {
          failed = true;
          throw e;
        },
      ),
    );
  let current = make();
  const fresh = () => {
    if (failed) current = make();
    failed = false;
  };
  const heightOf = (props: P) => (typeof options.minHeight === 'function' ? options.minHeight(props) : options.minHeight);

  // Reads `current` when it mounts, so that after Try again it is the fresh download.
  function Current(props: P) {
    const Loaded = current;
    return <Loaded {...props} />;
  }

  function LazyPart(props: P) {
    useState(fresh);
    return (
      <PartBoundary what={what} render={(body) => frame(body, props)} minHeight={heightOf(props)} onRetry={fresh}>
        <Suspense fallback={frame(<PartLoading what={what} minHeight={heightOf(props)} />, props)}>
          <Current {...props} />
        </Suspense>
      </PartBoundary>
    );
  }
  LazyPart.displayName = `Lazy(${what})`;
  return LazyPart;
}

/** The place a part holds while its code downloads. */
export function PartLoading({ what, minHeight }: { what: string; minHeight?: number | undefined }) {
  return (
    <div role="status" data-testid="part-loading" className="flex items-center justify-center text-sm text-slate-500 dark:text-slate-400" style={{ minHeight }}>
      Loading {what.charAt(0).toLowerCase() + what.slice(1)}…
    </div>
  );
}

interface BoundaryProps {
  what: string;
  children: ReactNode;
  render: (body: ReactNode) => ReactNode;
  minHeight?: number | undefined;
  /** Makes the next render download the part's code again. */
  onRetry: () => void;
}

/** Catches only a failed download of the part's code; anything else is the enclosing ErrorBoundary's. */
class PartBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown): void {
    if (error instanceof ChunkLoadError) console.error(error.message);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Thrown from here, it reaches the enclosing ErrorBoundary, which names the panel and offers a reset.
    if (!(error instanceof ChunkLoadError)) throw error;
    return this.props.render(
      <div role="alert" data-testid="part-load-error" className="flex flex-col items-center justify-center gap-2 p-4 text-center text-sm text-red-800 dark:text-red-200" style={{ minHeight: this.props.minHeight }}>
        <p className="max-w-prose break-words">{error.message}</p>
        <div className="flex gap-2">
          <button
            type="button"
            className="btn"
            onClick={() => {
              this.props.onRetry();
              this.setState({ error: null });
            }}
          >
            Try again
          </button>
          {/* Chromium remembers a failed module download for the page's lifetime; a reload asks again (the view is in the address). */}
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </div>,
    );
  }
}
