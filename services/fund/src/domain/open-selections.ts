import type { ScheduledSelection, SelectionView } from './selection-view.ts';
import { isOpenOn } from './selection-view.ts';

/** At most this many seats answer one search: a candidate narrows a longer list by typing more. */
export const MAX_OPEN_SELECTIONS = 50;

/** A seat's name as a search compares it: case, accents and punctuation aside ("Ynys Môn" matches "ynys mon"). */
export const searchable = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();

/**
 * The selections a candidate may apply in on `today` whose seat name contains every word of `search`,
 * by seat name, at most {@link MAX_OPEN_SELECTIONS}; with `total`, how many matched in all.
 *
 * @example
 * openSelectionsMatching(views, 'mon', '2027-03-01'); // { items: [Ynys Môn's selection], total: 1 }
 */
export const openSelectionsMatching = (
  views: readonly SelectionView[],
  search: string,
  today: string,
): { items: ScheduledSelection[]; total: number } => {
  const words = searchable(search).split(' ').filter(Boolean);
  const matching = views
    .filter((view): view is ScheduledSelection => isOpenOn(view, today))
    .filter((view) => {
      const name = searchable(view.seatName);
      return words.every((word) => name.includes(word));
    })
    .sort((a, b) => a.seatName.localeCompare(b.seatName, 'en-GB') || a.selectionId.localeCompare(b.selectionId));
  return { items: matching.slice(0, MAX_OPEN_SELECTIONS), total: matching.length };
};
