import { formatBasisPoints } from '../../money/percent.ts';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';

/**
 * The API's 409 to a new levy rate in plain words, from the problem's `details`: a date on or before a donation
 * already levied, a date that has a rate, or the most rates the fund keeps. Falls back to the API's own detail.
 *
 * @example
 * levyRateRefusal({ effectiveFrom: '2026-11-30', latestReceivedOn: '2026-12-01' }, '...');
 * // "The rate cannot start on 30 November 2026: donations received as late as 1 December 2026 have been levied already. Enter a date after 1 December 2026."
 */
export const levyRateRefusal = (details: Record<string, unknown>, detail: string): string => {
  const { effectiveFrom, latestReceivedOn, basisPoints, maxRates } = details;
  if (typeof effectiveFrom === 'string' && typeof latestReceivedOn === 'string') {
    return (
      `The rate cannot start on ${formatCalendarDate(effectiveFrom)}: donations received as late as ${formatCalendarDate(latestReceivedOn)} ` +
      `have been levied already. Enter a date after ${formatCalendarDate(latestReceivedOn)}.`
    );
  }
  if (typeof effectiveFrom === 'string' && typeof basisPoints === 'number') {
    return `A rate of ${formatBasisPoints(basisPoints)} already starts on ${formatCalendarDate(effectiveFrom)}, and rates cannot be changed. Enter another date.`;
  }
  if (typeof maxRates === 'number') return `The fund already has ${maxRates} levy rates, the most it keeps, so no more can be added.`;
  return detail;
};
