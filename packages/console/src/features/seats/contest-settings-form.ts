import type { components } from '../../api/schema.ts';

export type ContestSettings = components['schemas']['SelectionsSettings'];
type Nation = ContestSettings['contestedNations'][number];

/** An uncontested seat as typed: `key` keeps each row's fields its own while rows are added and removed. */
export interface UncontestedRow {
  readonly key: number;
  readonly seatId: string;
  readonly reason: string;
}

/** The contest settings form as typed. */
export interface ContestAnswers {
  readonly party: string;
  readonly contestedNations: readonly Nation[];
  readonly uncontested: readonly UncontestedRow[];
}

/**
 * The form's first answers: the settings as saved, a row per uncontested seat.
 *
 * @example
 * contestAnswers({ party: 'Lab', contestedNations: ['England'], uncontested: [] });
 */
export const contestAnswers = (settings: ContestSettings): ContestAnswers => ({
  party: settings.party,
  contestedNations: settings.contestedNations,
  uncontested: settings.uncontested.map((seat, key) => ({ key, ...seat })),
});

/** The answers with one more, empty, uncontested seat row. */
export const withUncontestedRow = (answers: ContestAnswers): ContestAnswers => ({
  ...answers,
  uncontested: [...answers.uncontested, { key: Math.max(-1, ...answers.uncontested.map((row) => row.key)) + 1, seatId: '', reason: '' }],
});

/**
 * The `PUT` body of the answers, as typed (trimmed; GSS codes in capitals): the API judges every field, and
 * an empty row is sent too, so that it is refused rather than silently dropped.
 *
 * @example
 * contestBody(answers); // { party: 'Lab', contestedNations: ['England'], uncontested: [{ seatId: 'E14001170', reason: 'the Speaker' }] }
 */
export const contestBody = (answers: ContestAnswers): ContestSettings => ({
  party: answers.party.trim(),
  contestedNations: [...answers.contestedNations],
  uncontested: answers.uncontested.map((row) => ({ seatId: row.seatId.trim().toUpperCase(), reason: row.reason.trim() })),
});

/**
 * The words for a field's refusal: an empty answer (zod's "Too small") said as what to enter, in the GOV.UK
 * style; the API's other messages (a GSS code's shape, a seat listed twice) are plain already.
 *
 * @example
 * contestMessage('uncontested-1-reason', 'Too small: expected string to have >=1 characters'); // 'Enter why uncontested seat 2 is not contested'
 */
export const contestMessage = (fieldId: string, message: string): string => {
  if (!message.startsWith('Too small')) return message;
  const row = /^uncontested-(\d+)-(seatId|reason)$/.exec(fieldId);
  if (row) return row[2] === 'seatId' ? `Enter the GSS code of uncontested seat ${Number(row[1]) + 1}` : `Enter why uncontested seat ${Number(row[1]) + 1} is not contested`;
  return fieldId === 'party' ? 'Enter the party, as the results file names it' : message;
};
