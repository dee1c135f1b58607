import { parseDateParts } from '../../components/fields/date-parts.ts';
import type { DatePart, DateParts } from '../../components/fields/date-parts.ts';
import { parsePercentToBasisPoints } from '../../money/percent.ts';

/** The new levy rate's answers as typed: kept in the address between the question and the check page. */
export interface LevyRateAnswers extends DateParts {
  readonly percent: string;
}

/** The field ids of the add-a-rate page, which the error summary links to. */
export const PERCENT_ID = 'basisPoints';
export const DATE_ID = 'effectiveFrom';

/** The answers from the address's search parameters; missing ones are empty. */
export const answersOf = (params: URLSearchParams): LevyRateAnswers => ({
  percent: params.get('percent') ?? '',
  day: params.get('day') ?? '',
  month: params.get('month') ?? '',
  year: params.get('year') ?? '',
});

/** The answers as search parameters, to carry them to the check page and back to change them. */
export const searchOf = (answers: LevyRateAnswers): string => new URLSearchParams({ ...answers }).toString();

/** What is wrong with the answers, by field, with the date boxes to mark; or the rate, when they are right. */
export type AnswersCheck =
  | { readonly ok: true; readonly basisPoints: number; readonly effectiveFrom: string }
  | { readonly ok: false; readonly errors: Record<string, string>; readonly dateParts: readonly DatePart[] };

/**
 * Checks the answers as the add-a-rate page does on Continue: the percentage read exactly to basis points,
 * the date's three boxes to an ISO date.
 *
 * @example
 * checkAnswers({ percent: '3', day: '1', month: '4', year: '2027' }); // { ok: true, basisPoints: 300, effectiveFrom: '2027-04-01' }
 */
export const checkAnswers = (answers: LevyRateAnswers): AnswersCheck => {
  const rate = parsePercentToBasisPoints(answers.percent);
  const date = parseDateParts(answers, 'the date the rate starts');
  if (rate.ok && date.ok) return { ok: true, basisPoints: rate.basisPoints, effectiveFrom: date.date };
  const errors: Record<string, string> = {};
  if (!rate.ok) errors[PERCENT_ID] = rate.message;
  if (!date.ok) errors[DATE_ID] = date.message;
  return { ok: false, errors, dateParts: date.ok ? [] : date.parts };
};
