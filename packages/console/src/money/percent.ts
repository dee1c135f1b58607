/** The result of reading a rate typed as a percentage. */
export type BasisPointsParse = { readonly ok: true; readonly basisPoints: number } | { readonly ok: false; readonly message: string };

// Whole percent, then optionally one or two decimal places: a basis point is a hundredth of a percent, so a
// third decimal place could only be rounded, and a levy rate is never guessed at.
const PERCENT = /^\d+(?:\.\d{1,2})?$/;

/**
 * Reads a levy rate typed as a percentage ("3", "2.5", "0.75%") as integer basis points (300, 250, 75), exactly:
 * the digits are read as text and never pass through floating point. Refuses more than two decimal places,
 * negatives, more than 100%, exponent forms ("3e0") and empty answers, with a message saying what to type.
 *
 * @example
 * parsePercentToBasisPoints('2.5'); // { ok: true, basisPoints: 250 }
 */
export const parsePercentToBasisPoints = (typed: string): BasisPointsParse => {
  const text = typed.trim().replace(/\s*%$/, '');
  if (text === '') return { ok: false, message: 'Enter the levy rate as a percentage, like 3 or 2.5' };
  if (!PERCENT.test(text)) {
    if (/^-/.test(text)) return { ok: false, message: 'The levy rate cannot be less than 0%' };
    if (/^\d*\.\d{3,}$/.test(text)) return { ok: false, message: 'Enter the levy rate to no more than two decimal places, like 2.75' };
    return { ok: false, message: 'Enter the levy rate as a percentage using numbers only, like 3 or 2.5' };
  }
  const [whole = '0', fraction = ''] = text.split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  // More than five digits of basis points is more than 100% whatever they are; checked before Number() reads them.
  if (digits.length > 5 || Number(digits) > 10_000) return { ok: false, message: 'The levy rate must be 100% or less' };
  return { ok: true, basisPoints: Number(digits) };
};

/**
 * Integer basis points as a percentage with no trailing zeros: `300` → "3%", `250` → "2.5%", `5` → "0.05%".
 *
 * @example
 * formatBasisPoints(275); // "2.75%"
 */
export const formatBasisPoints = (basisPoints: number): string => {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
};

/**
 * Integer basis points as the text the percentage field shows when it is filled again: `250` → "2.5".
 *
 * @example
 * basisPointsAsTyped(300); // "3"
 */
export const basisPointsAsTyped = (basisPoints: number): string => formatBasisPoints(basisPoints).replace(/%$/, '');
