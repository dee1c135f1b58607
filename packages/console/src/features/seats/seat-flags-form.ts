import type { Seat } from './seat-list-view.ts';

/** The answers of a seat's flags form, as typed: the date in its three boxes. */
export interface SeatFlagsAnswers {
  readonly island: 'yes' | 'no';
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly priority: '1' | '2' | '3';
  readonly shortlist: Seat['shortlist'];
}

/**
 * The form's first answers: the seat's flags as they are saved.
 *
 * @example
 * flagsAnswers(seat); // { island: 'no', day: '', month: '', year: '', priority: '2', shortlist: 'open' }
 */
export const flagsAnswers = (seat: Seat): SeatFlagsAnswers => {
  const [year = '', month = '', day = ''] = seat.boundaryReviewUntil?.split('-') ?? [];
  return { island: seat.island ? 'yes' : 'no', day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year, priority: String(seat.priority) as SeatFlagsAnswers['priority'], shortlist: seat.shortlist };
};

/**
 * The `PATCH` body of the answers, sent for the flags at `revision` (the one the form was filled from), so
 * that a change someone else saved meanwhile is refused rather than overwritten. The date goes as typed,
 * padded (`2027-3-1` → `2027-03-01`), for the API to judge; three empty boxes clear it.
 *
 * @example
 * flagsBody({ island: 'yes', day: '1', month: '3', year: '2027', priority: '1', shortlist: 'all-women' }, 4);
 * // { island: true, boundaryReviewUntil: '2027-03-01', priority: 1, shortlist: 'all-women', expectedRevision: 4 }
 */
export const flagsBody = (answers: SeatFlagsAnswers, revision: number) => {
  const [day, month, year] = [answers.day.trim(), answers.month.trim(), answers.year.trim()];
  const date = day === '' && month === '' && year === '' ? null : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return { island: answers.island === 'yes', boundaryReviewUntil: date, priority: Number(answers.priority) as 1 | 2 | 3, shortlist: answers.shortlist, expectedRevision: revision };
};
