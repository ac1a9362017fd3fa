import { Component, type ErrorInfo, type ReactNode } from 'react';
import { resetView } from './resetView';

interface Props {
  /** What this part is called on screen, e.g. "Weights" or "The chart": the fallback names it. */
  name: string;
  children?: ReactNode;
  /** What "Reset this view" does; by default the dataset reopens in its default view (see resetView). */
  onReset?: () => void;
  /** When any of these change (by identity), a failed part tries to render again, e.g. after Back. */
  resetKeys?: readonly unknown[];
  /** 'app' fills the page; 'panel' (default) takes the panel's place. */
  variant?: 'app' | 'panel';
}

interface State {
  error: unknown;
  failed: boolean;
}

/** Longest error text shown at once; the rest is one click away, so a huge message cannot widen the page. */
const SHORT = 300;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  try {
    return String(error);
  } catch {
    return 'Unknown error';
  }
}

const sameKeys = (a: readonly unknown[] = [], b: readonly unknown[] = []) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * Keeps a failing part of the page from blanking the rest: the part is replaced by what failed (its
 * name and the error's message) and a "Reset this view" button. One wraps the app, one each panel.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for a bug report; the screen shows the short form.
    console.error(`${this.props.name} failed:`, error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.failed && !sameKeys(prev.resetKeys, this.props.resetKeys)) this.setState({ error: null, failed: false });
  }

  private reset = () => {
    (this.props.onReset ?? resetView)();
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { name, variant = 'panel' } = this.props;
    const message = messageOf(this.state.error);
    const long = message.length > SHORT;
    return (
      <div
        role="alert"
        data-testid="error-boundary"
        data-part={name}
        className={`${variant === 'app' ? 'mx-auto mt-10 max-w-xl' : ''} panel min-w-0 border-red-300 bg-red-50 text-sm dark:border-red-900/60 dark:bg-red-950/40`}
      >
        <p className="font-semibold text-red-800 dark:text-red-200">{name} could not be shown</p>
        <p data-testid="error-boundary-message" className="mt-1 break-words text-red-800 dark:text-red-300">
          {long ? `${message.slice(0, SHORT)}…` : message}
        </p>
        {long && (
          <details className="mt-1 text-xs text-red-800 dark:text-red-300">
            <summary className="cursor-pointer select-none">Full message ({message.length.toLocaleString('en-US')} characters)</summary>
            <pre className="mt-1 max-h-48 overflow-auto break-words whitespace-pre-wrap">{message}</pre>
          </details>
        )}
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
          Resetting opens this dataset in its default view, without the view settings in the address.
        </p>
        <button type="button" className="btn mt-2" data-testid="error-boundary-reset" onClick={this.reset}>
          Reset this view
        </button>
      </div>
    );
  }
}
