import { useEffect, useRef, useState } from 'react';

/**
 * A polite live region that says when the verdict changes while the page is open (a what-if
 * slider, an edition switch), so a screen-reader user hears the effect of what they did.
 * Silent on the first verdict: the page's heading already says it.
 */
export function VerdictAnnouncer({ verdict }: { readonly verdict: string }) {
  const first = useRef(verdict);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (verdict === first.current && message === '') return;
    setMessage(`The recommendation is now: ${verdict}.`);
  }, [verdict, message]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
