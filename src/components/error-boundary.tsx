import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly what: string;
  readonly children: ReactNode;
}

/** Keeps the rest of the page usable when one part fails, and says so. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Could not show ${this.props.what}:`, error, info.componentStack);
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="notice error" role="alert">
          <p>Sorry, {this.props.what} could not be shown. The rest of the page still works; reloading may help.</p>
        </div>
      );
    }
    return this.props.children;
  }
}
