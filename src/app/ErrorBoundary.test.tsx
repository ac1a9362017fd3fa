// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { resetViewHref } from './resetView';

afterEach(cleanup);
// React reports a caught render error on the console too; keep the test output readable.
beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => vi.restoreAllMocks());

function Bomb({ message }: { message: string }): never {
  throw new Error(message);
}

describe('ErrorBoundary', () => {
  it('shows its children while they render', () => {
    render(
      <ErrorBoundary name="Weights">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
    expect(screen.queryByTestId('error-boundary')).toBeNull();
  });

  it('replaces a child that throws by its name, the message and a reset button; siblings keep rendering', () => {
    render(
      <>
        <ErrorBoundary name="Weights">
          <Bomb message="Maximum call stack size exceeded" />
        </ErrorBoundary>
        <ErrorBoundary name="Constraints">
          <p>still here</p>
        </ErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-part')).toBe('Weights');
    expect(alert.textContent).toContain('Weights could not be shown');
    expect(screen.getByTestId('error-boundary-message').textContent).toBe('Maximum call stack size exceeded');
    expect(screen.getByTestId('error-boundary-reset').textContent).toBe('Reset this view');
    expect(screen.getByText('still here')).toBeTruthy();
  });

  it('reset calls the handler', () => {
    const onReset = vi.fn();
    render(
      <ErrorBoundary name="The chart" onReset={onReset}>
        <Bomb message="boom" />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByTestId('error-boundary-reset'));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('shortens a huge message and keeps the full text one click away', () => {
    const huge = 'x'.repeat(100_000);
    render(
      <ErrorBoundary name="Notices">
        <Bomb message={huge} />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('error-boundary-message').textContent).toHaveLength(301);
    expect(screen.getByText('Full message (100,000 characters)')).toBeTruthy();
  });

  it('names what was thrown when it is not an Error', () => {
    function Thrower(): never {
      throw 'a plain string';
    }
    render(
      <ErrorBoundary name="Ranking">
        <Thrower />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('error-boundary-message').textContent).toBe('a plain string');
  });

  it('tries again when its reset keys change (another view), and stays failed otherwise', () => {
    let explode = true;
    function Maybe() {
      if (explode) throw new Error('bad view');
      return <p>recovered</p>;
    }
    const { rerender } = render(
      <ErrorBoundary name="Details" resetKeys={['view-1']}>
        <Maybe />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('error-boundary')).toBeTruthy();
    explode = false;
    rerender(
      <ErrorBoundary name="Details" resetKeys={['view-1']}>
        <Maybe />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('error-boundary')).toBeTruthy();
    rerender(
      <ErrorBoundary name="Details" resetKeys={['view-2']}>
        <Maybe />
      </ErrorBoundary>,
    );
    expect(screen.getByText('recovered')).toBeTruthy();
  });
});

describe('resetViewHref', () => {
  it('keeps dataset= (and embed=) and drops every view parameter and the fragment', () => {
    const long = Array.from({ length: 6000 }, () => '1').join('-');
    expect(resetViewHref(`https://example.org/app/?dataset=aider&derive=d:${long}:min&x=d&weights=a:2#d=abc`)).toBe(
      'https://example.org/app/?dataset=aider',
    );
    expect(resetViewHref('https://example.org/?x=1&embed=1&DATASET=my%20data')).toBe('https://example.org/?embed=1&DATASET=my%20data');
    expect(resetViewHref('https://example.org/?x=%E0%A4%A&dataset=a+b')).toBe('https://example.org/?dataset=a+b');
  });

  it('opens the bare page when no dataset is named', () => {
    expect(resetViewHref('http://localhost:4201/?x=cost&y=score')).toBe('http://localhost:4201/');
  });
});
