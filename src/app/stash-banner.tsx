import { useState } from 'react';
import type { Stash } from '../state/wizard-store.ts';

interface StashBannerProps {
  readonly stash: Stash;
  readonly onRestore: () => void;
  readonly onForget: () => void;
}

/** The answers put aside, one click from coming back; forgetting them asks once more, since it cannot be undone. */
export function StashBanner({ stash, onRestore, onForget }: StashBannerProps) {
  const [confirming, setConfirming] = useState(false);
  const yours = stash.origin === 'yours';
  return (
    <div className="notice stash" role="region" aria-label="Answers put aside">
      <p>
        {stash.startedOver
          ? 'You started over: the answers you had are put aside, and one click brings them back.'
          : yours
            ? 'Your own answers are put aside while you look at a shared result; nothing of them is lost.'
            : 'The shared result’s answers are put aside; you are back on yours.'}
      </p>
      <div className="actions">
        {confirming ? (
          <>
            <p role="status">{yours ? 'Forget your own answers for good? This cannot be undone.' : 'Forget the shared answers? Their link still holds them.'}</p>
            <button type="button" className="button secondary" onClick={onForget}>
              Forget them for good
            </button>
            <button type="button" className="link-button" onClick={() => { setConfirming(false); }}>
              Keep them
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button secondary" onClick={onRestore}>
              {stash.startedOver ? 'Undo Start over' : yours ? 'Bring back my answers' : 'Back to the shared answers'}
            </button>
            <button type="button" className="link-button" onClick={() => { setConfirming(true); }}>
              Forget them
            </button>
          </>
        )}
      </div>
    </div>
  );
}
