const EXACT = /^(-?)(\d+)\.(\d{4})$/;
const grouped = new Intl.NumberFormat('en-GB');

/**
 * The API's exact pence (`"7500.4800"`: pence with four decimal places, as levies are kept to 1/10,000 p)
 * as en-GB pounds, exactly: whole pence as "£75.00", a fraction of a penny kept as "£75.0048". The digits
 * are moved as text, never through floating point.
 *
 * @example
 * formatExactPence('7500.4800'); // "£75.0048"
 * formatExactPence('-30.0000'); // "-£0.30"
 */
export const formatExactPence = (exact: string): string => {
  const match = EXACT.exec(exact);
  if (match === null) throw new RangeError(`not exact pence: ${exact}`);
  const [, sign = '', pence = '0', fraction = '0000'] = match;
  const padded = pence.padStart(3, '0');
  const pounds = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  // Two decimal places always, and as many more as the fraction of a penny needs.
  const shown = `${padded.slice(-2)}${fraction}`.replace(/0+$/, '').padEnd(2, '0');
  const negative = sign === '-' && /[1-9]/.test(`${pence}${fraction}`);
  return `${negative ? '-' : ''}£${grouped.format(BigInt(pounds))}.${shown}`;
};
