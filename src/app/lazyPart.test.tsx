// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, loadChunk } from '../data/lazyChunk';
import { lazyPart } from '../features/lazyPart';
import { ErrorBoundary } from './ErrorBoundary';

afterEach(cleanup);
// React reports caught errors on the console too; keep the test output readable.
beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => vi.restoreAllMocks());

function Hello({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

describe('loadChunk', () => {
  it('passes a loaded module through and names the part when its download fails', async () => {
    await expect(loadChunk('Export', async () => ({ ok: 1 }))).resolves.toEqual({ ok: 1 });
    const failed = loadChunk('Export', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')));
    await expect(failed).rejects.toBeInstanceOf(ChunkLoadError);
    await expect(failed).rejects.toThrow(/^Export could not be loaded: its code did not download \(Failed to fetch dynamically imported module: \/assets\/x\.js\)\. /);
  });
});

describe('lazyPart', () => {
  it('holds the part’s place with a status line while its code downloads, then shows it with its props', async () => {
    let arrive: (c: typeof Hello) => void = () => undefined;
    const Part = lazyPart(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)), { what: 'Parallel coordinates', minHeight: 300 });
    render(<Part name="world" />);
    const loading = screen.getByRole('status');
    expect(loading.textContent).toBe('Loading parallel coordinates…');
    expect(loading.style.minHeight).toBe('300px');
    arrive(Hello);
    expect((await screen.findByText('hello world')).tagName).toBe('P');
  });

  it('says which part could not be downloaded, keeps what is around it, and downloads again on Try again', async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(Hello);
    const Part = lazyPart(load, { what: 'The group comparison' });
    render(
      <ErrorBoundary name="Compare groups">
        <p>the chart</p>
        <Part name="again" />
      </ErrorBoundary>,
    );
    const failure = await screen.findByTestId('part-load-error');
    expect(failure.getAttribute('role')).toBe('alert');
    expect(failure.textContent).toContain('The group comparison could not be loaded: its code did not download (Failed to fetch).');
    expect(screen.getByText('the chart')).toBeTruthy();
    expect(screen.queryByTestId('error-boundary')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('hello again')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('leaves any other error of the part to the panel’s ErrorBoundary', async () => {
    function Broken(): never {
      throw new Error('Maximum call stack size exceeded');
    }
    const Part = lazyPart(async () => Broken, { what: 'Parallel coordinates' });
    render(
      <ErrorBoundary name="The chart">
        <Part />
      </ErrorBoundary>,
    );
    const alert = await screen.findByTestId('error-boundary');
    expect(alert.textContent).toContain('The chart could not be shown');
    expect(alert.textContent).toContain('Maximum call stack size exceeded');
    expect(screen.queryByTestId('part-load-error')).toBeNull();
  });

  it('wraps the loading line and the failure in the given frame, e.g. a dialog that can be closed', async () => {
    const onClose = vi.fn();
    const Part = lazyPart<{ onClose: () => void }>(() => Promise.reject(new Error('offline')), {
      what: 'The import dialog',
      frame: (body, props) => (
        <div role="dialog" aria-label="Add data">
          {body}
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      ),
    });
    render(<Part onClose={onClose} />);
    expect(screen.getByRole('dialog').textContent).toContain('Loading the import dialog…');
    expect((await screen.findByTestId('part-load-error')).closest('[role="dialog"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
