import { useRef, useState } from 'react';
import { printWithCharts } from './use-chart-wanted.ts';

interface ShareActionsProps {
  readonly url: string;
  /** The result as Markdown, built on demand (its module loads on the first click). */
  readonly markdown: () => Promise<string>;
  readonly onChangeAnswers: () => void;
  readonly onStartOver: () => void;
}

type Copied = { readonly what: 'link' | 'Markdown'; readonly ok: boolean } | null;

/** Copy link, copy as Markdown, print, change answers, start over. */
export function ShareActions({ url, markdown, onChangeAnswers, onStartOver }: ShareActionsProps) {
  const [copied, setCopied] = useState<Copied>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  const copy = async (what: 'link' | 'Markdown', text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setCopied({ what, ok: true });
    } catch {
      // The Clipboard API can be refused (permissions, insecure context): show the text selected to copy by hand.
      setFallback(text);
      setCopied({ what, ok: false });
      requestAnimationFrame(() => {
        fallbackRef.current?.focus();
        fallbackRef.current?.select();
      });
    }
  };

  return (
    <div className="share-actions">
      <div className="actions">
        <button type="button" className="button primary" onClick={() => { void copy('link', url); }}>
          Copy share link
        </button>
        <button type="button" className="button secondary" onClick={() => { void markdown().then((text) => copy('Markdown', text)); }}>
          Copy as Markdown
        </button>
        <button type="button" className="button secondary" onClick={() => { void printWithCharts(); }}>
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
        {copied?.ok && `${copied.what === 'link' ? 'Link' : 'Markdown'} copied to the clipboard.`}
        {copied && !copied.ok && `Copying was not allowed here. The ${copied.what} is selected below: press Ctrl+C (or ⌘C) to copy it.`}
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
