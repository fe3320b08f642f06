import { Component, type ErrorInfo, type ReactNode } from 'react';
import { editionName } from '../words/dataset-names.ts';
import { LoadFailure } from './load-once.ts';

interface Props {
  readonly what: string;
  readonly children: ReactNode;
}

/** Keeps the rest of the page usable when one part fails, and says so. */
export class ErrorBoundary extends Component<Props, { failed: boolean; error: unknown }> {
  override state: { failed: boolean; error: unknown } = { failed: false, error: null };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Could not show ${this.props.what}:`, error, info.componentStack);
  }

  override render() {
    const { failed, error } = this.state;
    // A part that did not arrive (a network failure): say which, and try it again in place.
    if (failed && error instanceof LoadFailure) {
      return (
        <div className="notice error" role="alert">
          <p>
            Sorry, {typeof error.what === 'string' ? error.what : editionName(error.what)} could not be loaded. Check the connection and try again; your answers are kept.{' '}
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                error.retry();
                this.setState({ failed: false, error: null });
              }}
            >
              Try again
            </button>
          </p>
        </div>
      );
    }
    if (failed) {
      return (
        <div className="notice error" role="alert">
          <p>Sorry, {this.props.what} could not be shown. The rest of the page still works; reloading may help.</p>
        </div>
      );
    }
    return this.props.children;
  }
}
