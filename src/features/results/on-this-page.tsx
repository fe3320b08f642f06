import type { MouseEvent } from 'react';
import { REVEAL_ALL_EVENT } from '../../components/reveal.tsx';

/** One link of the in-page navigation: a section's heading id, and a short name for it. */
export type PageLink = readonly [headingId: string, name: string];

/**
 * "On this page": links to the result's sections that stays at the top of the screen (a row
 * that scrolls sideways on a phone). A click shows every part first (the page fills in part by
 * part), then moves focus to the section's heading without adding a history entry, so Back
 * still leaves the result.
 */
export function OnThisPage({ links }: { readonly links: readonly PageLink[] }) {
  const go = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    window.dispatchEvent(new Event(REVEAL_ALL_EVENT));
    const heading = document.getElementById(id);
    if (!heading) return;
    // The folded part of a wrong comparison opens when one of its sections is asked for.
    const fold = heading.closest('details');
    if (fold) fold.open = true;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  };
  return (
    <nav aria-label="On this page" className="on-this-page no-print">
      <ul>
        {links.map(([id, name]) => (
          <li key={id}>
            <a href={`#${id}`} onClick={(event) => { go(event, id); }}>
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
