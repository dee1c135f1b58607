import * as z from 'zod';

/**
 * A Westminster constituency's GSS code, as ONS issues them: E14…, W07…, S14…, N06… and
 * the like (a country letter and eight digits).
 *
 * @example
 * GssCode.parse('E14001063'); // Aldershot
 */
export const GssCode = z.string().regex(/^[ENSW]\d{8}$/, 'a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063');

/**
 * A calendar date as `YYYY-MM-DD`, checked to be a real day.
 *
 * @example
 * CalendarDate.parse('2029-05-03');
 */
export const CalendarDate = z.iso.date();

/**
 * An amount of money in whole pence: never fractional, never a float of pounds.
 *
 * @example
 * PositivePence.parse(2_500); // £25.00
 */
export const PositivePence = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
