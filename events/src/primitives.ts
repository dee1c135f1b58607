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
 * The first and last days any date on the platform may fall on. Every date the platform takes is a
 * donation, an announcement, an election or a selection of a modern Parliament, so a year outside these is
 * a typing slip. Bounding them keeps every computed date (a deadline months before an election, a week
 * after a selection) a four-digit year that `Date` and the stores' own schemas read back.
 *
 * @example
 * `${EARLIEST_CALENDAR_DATE} to ${LATEST_CALENDAR_DATE}`; // '1900-01-01 to 2199-12-31'
 */
export const EARLIEST_CALENDAR_DATE = '1900-01-01';
/** @see EARLIEST_CALENDAR_DATE @example LATEST_CALENDAR_DATE; // '2199-12-31' */
export const LATEST_CALENDAR_DATE = '2199-12-31';

const inDateBounds = (date: string) => date >= EARLIEST_CALENDAR_DATE && date <= LATEST_CALENDAR_DATE;
const dateBoundsMessage = `must be from ${EARLIEST_CALENDAR_DATE} to ${LATEST_CALENDAR_DATE}`;

/**
 * A calendar date as `YYYY-MM-DD`, checked to be a real day from 1900-01-01 to 2199-12-31. The one date
 * type for events, request bodies, queries and stored items alike, so what is accepted is what is read back.
 *
 * @example
 * CalendarDate.parse('2029-05-03');
 * CalendarDate.safeParse('0000-01-01').success; // false
 */
// `abort`: a malformed or out-of-range date gets one issue, not every later check's as well.
export const CalendarDate = z.iso.date({ abort: true }).refine(inDateBounds, { message: dateBoundsMessage, abort: true });

/**
 * A calendar month as `YYYY-MM`, within the same years as {@link CalendarDate}.
 *
 * @example
 * CalendarMonth.parse('2029-05');
 */
export const CalendarMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'a month is YYYY-MM, e.g. 2029-05', abort: true })
  .refine((month) => inDateBounds(`${month}-01`), { message: dateBoundsMessage, abort: true });

/**
 * An instant in UTC (ISO 8601 with a trailing `Z`), in the same years as {@link CalendarDate}. UTC only, so
 * that instants compare as strings across services.
 *
 * @example
 * Instant.parse('2026-11-25T09:30:00.000Z');
 */
export const Instant = z.iso
  .datetime({ abort: true })
  .refine((instant) => inDateBounds(instant.slice(0, 10)), { message: dateBoundsMessage, abort: true });

/**
 * The longest id the platform takes. Ids become parts of DynamoDB keys (`DONATION#<id>`, a 2,048-byte
 * partition key at most), URL paths and log lines; 128 fits the longest the payment systems issue with room
 * to spare, and every id the platform makes itself (UUIDs, 36).
 *
 * @example
 * MAX_IDENTIFIER_LENGTH; // 128
 */
export const MAX_IDENTIFIER_LENGTH = 128;

/**
 * An identifier: 1 to 128 ASCII letters, digits, dots, underscores, colons or hyphens, starting with a
 * letter or digit. The one id type for every id field and path parameter, since an id goes into storage
 * keys, URLs (`Location` headers) and queue message attributes, where anything
 * else (a `#`, a `/`, a lone surrogate) would break or confuse them.
 *
 * @example
 * Identifier.parse('stripe-ch_3Nq2x'); // a payment system's charge id
 * Identifier.safeParse('x\ud800y').success; // false
 */
export const Identifier = z
  .string()
  .regex(
    new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,${MAX_IDENTIFIER_LENGTH - 1}}$`),
    `an id is 1 to ${MAX_IDENTIFIER_LENGTH} letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit`,
  );

// Every C0 and C1 control character, DEL, and the noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF and the last
// two of every plane): none is text a person types, SQS refuses several, and some terminals act on them.
const controlOrNoncharacter = /[\p{Cc}\p{Noncharacter_Code_Point}]/u;
const multiLineControlOrNoncharacter = /[^\P{Cc}\t\n\r]|\p{Noncharacter_Code_Point}/u;

const textChecks = (schema: z.ZodString, disallowed: RegExp, what: string) =>
  schema
    // A lone surrogate is half of a character (say, of an emoji cut in two): JSON cannot carry it back.
    .refine((text) => text.isWellFormed(), { message: 'contains a lone surrogate (half a character), which is not text', abort: true })
    .refine((text) => !disallowed.test(text), { message: `must be ${what}: no control characters or noncharacters (U+FFFE, U+FFFF)` });

/**
 * Text on one line, 1 (or `minLength`) to `maxLength` UTF-16 units after trimming: any letters, accents and
 * emoji, but no control characters (not even tab or newline), no noncharacters (U+FFFE, U+FFFF) and no
 * lone surrogates. The one schema for names, titles and short reasons, so that what validates can be
 * stored, serialised and sent on as it is. A UTF-16 unit is at most 3 bytes of UTF-8, so `maxLength * 3`
 * bounds its stored size.
 *
 * @example
 * const MpName = SingleLineText(200);
 * MpName.parse('Ealasaid NicDhòmhnaill');
 * MpName.safeParse('Jo\uffff').success; // false
 */
export const SingleLineText = (maxLength: number, { minLength = 1 }: { minLength?: number } = {}) =>
  textChecks(z.string().trim().min(minLength).max(maxLength), controlOrNoncharacter, 'text on one line');

/**
 * Text that may run over lines (tab, newline and carriage return allowed), 1 to `maxLength` UTF-16 units
 * after trimming, with no other control characters, no noncharacters and no lone surrogates. For
 * statements and reasons.
 *
 * @example
 * const Statement = PlainText(5_000);
 * Statement.parse('I would stand.\nSiân Gwenllian');
 */
export const PlainText = (maxLength: number) =>
  textChecks(z.string().trim().min(1).max(maxLength), multiLineControlOrNoncharacter, 'plain text');

/**
 * An amount of money in whole pence: never fractional, never a float of pounds.
 *
 * @example
 * PositivePence.parse(2_500); // £25.00
 */
export const PositivePence = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
