/**
 * Levies are kept exactly, in units of 1/10,000 of a penny: the product of whole pence and a rate in basis
 * points (1 bp = 1/10,000) is always a whole number of these units, so no levy is ever rounded. Whole pence
 * appear only where a total is reported, rounded down, so the fund never shows money it does not have.
 *
 * Why this and not rounding each levy to the penny: at one rate r (bp), the levied units after donations
 * a1…an are exactly Σ ai·r = r·R, so the reported total floor(r·R / 10,000) is never above the exact share
 * and less than a penny below it, for any n. Per-donation rounding errs by up to ½p on each donation
 * (3% of 16p is 0.48p, rounded to 0), which adds up without bound. The alternative that stays in whole
 * pence (levy each donation as floor(r·R_after) − floor(r·R_before) on a running total R) needs every
 * donation of a rate period serialised through one conditional counter, and a refund could then reverse
 * more than its own donation's levy. Exact units need neither: levies commute, arrive in any order, and a
 * refund reverses exactly pence × the donation's own rate.
 */
export const UNITS_PER_PENNY = 10_000;

const assertSafe = (value: number, what: string): number => {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} (${value}) is not a safe integer`);
  return value;
};

/** Whole pence as levy units. */
export const unitsOfPence = (pence: number): number => assertSafe(pence * UNITS_PER_PENNY, `${pence}p in levy units`);

/**
 * Levy units as whole pence, rounded down (towards minus infinity, so a shortfall is never hidden), in
 * integer arithmetic: the remainder is taken off first, so the division is exact.
 */
export const wholePenceOf = (units: number): number => {
  assertSafe(units, 'levy units');
  const remainder = ((units % UNITS_PER_PENNY) + UNITS_PER_PENNY) % UNITS_PER_PENNY;
  return (units - remainder) / UNITS_PER_PENNY;
};

/** Levy units as exact pence, a decimal string with four places: `12.3456`, `-0.0300`. */
export const exactPenceOf = (units: number): string => {
  assertSafe(units, 'levy units');
  const magnitude = Math.abs(units);
  const fraction = magnitude % UNITS_PER_PENNY;
  const whole = (magnitude - fraction) / UNITS_PER_PENNY;
  return `${units < 0 ? '-' : ''}${whole}.${String(fraction).padStart(4, '0')}`;
};
