import { emptyDonationAnswers } from './donation-answers.ts';
import type { DonationAnswers } from './donation-answers.ts';

// Session storage, as the candidate's draft: it ends with the tab and Sign out clears it, and the donor's
// details never go into the URL (or the browser's history).
const keyOf = (userId: string) => `donation-draft:${userId}`;

/**
 * The donation finance is recording, as typed: kept between the form and the check page, and after an error.
 *
 * @example
 * saveDonationDraft('fin-1', { ...loadDonationDraft('fin-1'), amount: '25.00' });
 */
export const loadDonationDraft = (userId: string): DonationAnswers => {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(keyOf(userId)) ?? 'null') as Partial<Record<keyof DonationAnswers, unknown>> | null;
    const empty = emptyDonationAnswers();
    if (stored === null || typeof stored !== 'object') return empty;
    return Object.fromEntries(Object.entries(empty).map(([key, value]) => [key, typeof stored[key as keyof DonationAnswers] === 'string' ? stored[key as keyof DonationAnswers] : value])) as unknown as DonationAnswers;
  } catch {
    return emptyDonationAnswers();
  }
};

export const saveDonationDraft = (userId: string, answers: DonationAnswers): void => window.sessionStorage.setItem(keyOf(userId), JSON.stringify(answers));

export const clearDonationDraft = (userId: string): void => window.sessionStorage.removeItem(keyOf(userId));
