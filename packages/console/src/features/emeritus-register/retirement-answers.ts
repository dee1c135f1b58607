import { parseDateParts } from '../../components/fields/date-parts.ts';
import type { DateParts, DatePart } from '../../components/fields/date-parts.ts';
import type { RetirementBody } from './queries.ts';

/** A retirement as typed into the form, kept in the address so Back, Change and a refresh lose nothing. */
export interface RetirementAnswers {
  readonly mpId: string;
  readonly mpName: string;
  readonly seatId: string;
  readonly announced: DateParts;
  /** Empty: the expected election date of the settings applies. */
  readonly election: DateParts;
}

const FIELDS = { mpId: 'mpId', mpName: 'mpName', seatId: 'seatId' } as const;
const DATES = { announced: 'a', election: 'e' } as const;
const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * Reads the answers from the address.
 *
 * @example
 * answersOf(new URLSearchParams('mpId=mp-1&aDay=4&aMonth=1&aYear=2027')).announced; // { day: '4', month: '1', year: '2027' }
 */
export const answersOf = (params: URLSearchParams): RetirementAnswers => {
  const dateOf = (prefix: string): DateParts => ({ day: params.get(`${prefix}Day`) ?? '', month: params.get(`${prefix}Month`) ?? '', year: params.get(`${prefix}Year`) ?? '' });
  return { mpId: params.get(FIELDS.mpId) ?? '', mpName: params.get(FIELDS.mpName) ?? '', seatId: params.get(FIELDS.seatId) ?? '', announced: dateOf(DATES.announced), election: dateOf(DATES.election) };
};

/** The address query of the answers, the inverse of {@link answersOf}; empty answers are left out. */
export const searchOf = (answers: RetirementAnswers): string => {
  const params = new URLSearchParams();
  for (const field of ['mpId', 'mpName', 'seatId'] as const) if (answers[field].trim() !== '') params.set(field, answers[field].trim());
  for (const [date, prefix] of Object.entries(DATES) as ['announced' | 'election', string][]) {
    for (const part of PARTS) if (answers[date][part].trim() !== '') params.set(`${prefix}${part[0]!.toUpperCase()}${part.slice(1)}`, answers[date][part].trim());
  }
  return params.toString();
};

const empty = (date: DateParts) => PARTS.every((part) => date[part].trim() === '');

export type CheckedAnswers =
  | { readonly ok: true; readonly body: RetirementBody }
  | { readonly ok: false; readonly errors: Record<string, string>; readonly dateParts: Record<string, readonly DatePart[]> };

/**
 * What the form can tell before the API judges it: each answer given, each date a real one. The API then
 * judges the rest (an id's characters, a date in the future, an MP already retiring).
 *
 * @example
 * checkAnswers(answers); // { ok: true, body: { mpId: 'mp-1', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2027-01-04' } }
 */
export const checkAnswers = (answers: RetirementAnswers): CheckedAnswers => {
  const errors: Record<string, string> = {};
  const dateParts: Record<string, readonly DatePart[]> = {};
  if (answers.mpId.trim() === '') errors['mpId'] = "Enter the MP's id";
  if (answers.mpName.trim() === '') errors['mpName'] = "Enter the MP's name";
  if (answers.seatId.trim() === '') errors['seatId'] = "Enter the GSS code of the MP's seat";
  const announced = parseDateParts(answers.announced, 'the date the MP announced their retirement');
  if (!announced.ok) {
    errors['announcedOn'] = announced.message;
    dateParts['announcedOn'] = announced.parts;
  }
  const election = empty(answers.election) ? undefined : parseDateParts(answers.election, 'the expected election date');
  if (election && !election.ok) {
    errors['expectedElectionOn'] = election.message;
    dateParts['expectedElectionOn'] = election.parts;
  }
  if (Object.keys(errors).length > 0 || !announced.ok || (election && !election.ok)) return { ok: false, errors, dateParts };
  return {
    ok: true,
    body: { mpId: answers.mpId.trim(), mpName: answers.mpName.trim(), seatId: answers.seatId.trim().toUpperCase(), announcedOn: announced.date, ...(election ? { expectedElectionOn: election.date } : {}) },
  };
};
