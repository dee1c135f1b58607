import { useCallback, useState } from 'react';
import { useSession } from '../../auth/session.tsx';
import { loadDraft, saveDraft } from './draft.ts';
import type { ApplicationDraft } from './draft.ts';

/** The candidate's draft application, saved to session storage on every change. */
export const useDraft = (): [ApplicationDraft, (change: Partial<ApplicationDraft>) => void] => {
  const { userId = 'anonymous' } = useSession();
  const [draft, setDraft] = useState<ApplicationDraft>(() => loadDraft(userId));
  const update = useCallback(
    (change: Partial<ApplicationDraft>) =>
      setDraft((current) => {
        const next = { ...current, ...change };
        saveDraft(userId, next);
        return next;
      }),
    [userId],
  );
  return [draft, update];
};
