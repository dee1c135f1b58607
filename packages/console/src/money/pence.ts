/** The result of reading an amount typed in pounds and pence. */
export type PenceParse = { readonly ok: true; readonly pence: number } | { readonly ok: false; readonly message: string };

// Pounds with optional thousands separators in the right places, then optionally exactly two decimal places:
// "1,000.5" is refused rather than guessed at, since a slip of one digit is a slip of a factor of ten.
// A grouped amount starts with a non-zero digit: "0,100" is not a way of writing £100.
const AMOUNT = /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d{2})?$/;

/**
 * Reads an amount typed in pounds and pence ("1,234.56", "£12", "0.10") as integer pence, exactly: the digits
 * are read as text and never pass through floating point. Refuses anything that is not a plain amount
 * ("1.005", "£1,000.5", "-1", "1e3", "12,34", empty) with a message saying what to type, and amounts
 * outside `minPence`..`maxPence`.
 *
 * @example
 * parsePence('£1,234.56'); // { ok: true, pence: 123456 }
 */
export const parsePence = (typed: string, { maxPence = Number.MAX_SAFE_INTEGER, minPence = 1 } = {}): PenceParse => {
  const text = typed.trim().replace(/^£\s*/, '');
  if (text === '') return { ok: false, message: 'Enter an amount in pounds and pence, like 150.00' };
  if (!AMOUNT.test(text)) {
    // A hyphen, or the minus sign (U+2212) a word processor puts in its place.
    if (/^[-\u2212]/.test(text)) return { ok: false, message: 'The amount must be more than £0' };
    if (/\.\d{3,}$/.test(text)) return { ok: false, message: 'Enter the amount to the nearest penny, like 150.25' };
    if (/\.\d$/.test(text)) return { ok: false, message: 'Enter pence as two digits, like 150.50' };
    return { ok: false, message: 'Enter an amount in pounds and pence, using numbers only, like 150.00' };
  }
  const [pounds = '0', fraction = ''] = text.replaceAll(',', '').split('.');
  const digits = `${pounds}${fraction.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return { ok: false, message: `The amount must be ${formatPence(maxPence)} or less` };
  const pence = Number(digits);
  if (pence < minPence) return { ok: false, message: `The amount must be ${minPence <= 1 ? 'more than £0' : `${formatPence(minPence)} or more`}` };
  if (pence > maxPence) return { ok: false, message: `The amount must be ${formatPence(maxPence)} or less` };
  return { ok: true, pence };
};

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

/**
 * Integer pence as en-GB pounds: `123456` → "£1,234.56". Exact: pence are split as integers before
 * formatting, so no amount is rounded on the way.
 *
 * @example
 * formatPence(5); // "£0.05"
 */
export const formatPence = (pence: number): string => {
  const sign = pence < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(pence) / 100);
  const rest = Math.abs(pence) % 100;
  return `${sign}${pounds.format(whole).replace(/\.00$/, '')}.${String(rest).padStart(2, '0')}`;
};

/** Integer pence as the text a pounds field shows when it is filled again: `123456` → "1234.56". */
export const penceAsTyped = (pence: number): string => `${Math.trunc(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
