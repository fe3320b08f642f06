import type { ReactNode } from 'react';

/** A dismissible status message (not an error): saved progress cleared, data changed, and so on. */
export function Notice({ children, onDismiss }: { readonly children: ReactNode; readonly onDismiss?: () => void }) {
  return (
    <div className="notice" role="status">
      <p>{children}</p>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
