import { useEffect, useRef, useState } from 'react';
import { printPage } from '../../../components/print.ts';

interface ShareActionsProps {
  readonly url: string;
  /** The result as Markdown, built on demand (its module loads on the first click). */
  readonly markdown: () => Promise<string>;
  readonly onChangeAnswers: () => void;
  readonly onStartOver: () => void;
}

type Copied = { readonly what: 'link' | 'Markdown'; readonly ok: boolean; readonly url: string } | null;

/** Copy link, copy as Markdown, print, change answers, start over. */
export function ShareActions({ url, markdown, onChangeAnswers, onStartOver }: ShareActionsProps) {
  const [copied, setCopied] = useState<Copied>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  // The Markdown writer is a part of its own: if it cannot load (the app updated, the network gone), say so.
  const [unavailable, setUnavailable] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  // A confirmation holds a few seconds, and only for the link it was about (a weight moved since makes a new link).
  useEffect(() => {
    if (!copied?.ok) return;
    const timer = setTimeout(() => { setCopied(null); }, 4000);
    return () => { clearTimeout(timer); };
  }, [copied]);
  const done = (what: 'link' | 'Markdown') => copied?.ok === true && copied.what === what && copied.url === url;

  const copy = async (what: 'link' | 'Markdown', text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setCopied({ what, ok: true, url });
    } catch {
      // The Clipboard API can be refused (permissions, insecure context): show the text selected to copy by hand.
      setFallback(text);
      setCopied({ what, ok: false, url });
      requestAnimationFrame(() => {
        fallbackRef.current?.focus();
        fallbackRef.current?.select();
      });
    }
  };

  return (
    <div className="share-actions">
      <div className="actions">
        {/* The confirmation shows on the button itself (on a phone the status line is a screen below); the status line is read out. */}
        <button type="button" className="button primary" onClick={() => { void copy('link', url); }}>
          {done('link') ? 'Link copied ✓' : 'Copy share link'}
        </button>
        <button type="button" className="button secondary" onClick={() => {
          setUnavailable(false);
          markdown().then((text) => copy('Markdown', text), () => { setUnavailable(true); });
        }}>
          {done('Markdown') ? 'Markdown copied ✓' : 'Copy as Markdown'}
        </button>
        <button type="button" className="button secondary" onClick={() => { void printPage(); }}>
          Print / save as PDF
        </button>
        <button type="button" className="button secondary" onClick={onChangeAnswers}>
          Change answers
        </button>
        <button type="button" className="button secondary" onClick={onStartOver}>
          Start over
        </button>
      </div>
      <p role="status" className="copy-status">
        {copied?.ok && copied.url === url && `${copied.what === 'link' ? 'Link' : 'Markdown'} copied to the clipboard.`}
        {copied && !copied.ok && `Copying was not allowed here. The ${copied.what} is selected below: press Ctrl+C (or ⌘C) to copy it.`}
        {unavailable && 'The Markdown could not be made: this page needs a part of the app it could not load (the app may have been updated since it opened). Reload the page and try again; your answers are in its address.'}
      </p>
      {fallback !== null && (
        <>
          <label htmlFor="copy-fallback" className="visually-hidden">
            Text to copy
          </label>
          <textarea id="copy-fallback" ref={fallbackRef} className="copy-fallback" readOnly value={fallback} rows={fallback.includes('\n') ? 8 : 2} />
        </>
      )}
    </div>
  );
}
