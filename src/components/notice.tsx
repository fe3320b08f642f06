import type { ReactNode } from 'react';

interface NoticeProps {
  readonly kind?: 'info' | 'problem';
  readonly children: ReactNode;
  readonly details?: readonly string[];
  readonly onDismiss?: () => void;
}

/**
 * A dismissible message: info is a status (saved progress cleared), a problem is an
 * alert (a share link that could not be read whole), with its details as a list.
 */
export function Notice({ kind = 'info', children, details, onDismiss }: NoticeProps) {
  return (
    <div className={`notice${kind === 'problem' ? ' error' : ''}`} role={kind === 'problem' ? 'alert' : 'status'}>
      <div>
        <p>{children}</p>
        {details && details.length > 0 && (
          <ul>
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
      </div>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
