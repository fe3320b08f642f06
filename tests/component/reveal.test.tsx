import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { preparePrint } from '../../src/components/print.ts';
import { Reveal, REVEAL_ALL_EVENT } from '../../src/components/reveal.tsx';

const parts = ['one', 'two', 'three', 'four'].map((name) => <h2 key={name}>{name}</h2>);
const shownHeadings = () => screen.queryAllByRole('heading').map((h) => h.textContent);

describe('Reveal', () => {
  it('shows the parts one per task, in order, until all are there', () => {
    vi.useFakeTimers();
    try {
      render(<Reveal parts={parts} />);
      expect(shownHeadings()).toEqual([]);
      for (let n = 1; n <= parts.length; n++) {
        act(() => { vi.advanceTimersToNextTimer(); });
        expect(shownHeadings()).toEqual(['one', 'two', 'three', 'four'].slice(0, n));
      }
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([['beforeprint'], [REVEAL_ALL_EVENT]])('shows every part at once on %s', (event) => {
    render(<Reveal parts={parts} />);
    expect(shownHeadings()).toEqual([]);
    act(() => { window.dispatchEvent(new Event(event)); });
    expect(shownHeadings()).toEqual(['one', 'two', 'three', 'four']);
  });

  it('shows every part at once when a print is on its way (the Print button, Ctrl+P)', async () => {
    // The part-by-part reveal is held still: only the print can show the parts.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      render(<Reveal parts={parts} />);
      expect(shownHeadings()).toEqual([]);
      await act(() => preparePrint());
      expect(shownHeadings()).toEqual(['one', 'two', 'three', 'four']);
    } finally {
      vi.useRealTimers();
    }
  });
});
