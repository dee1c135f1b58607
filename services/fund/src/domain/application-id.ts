import { randomBytes } from 'node:crypto';

/**
 * A new application id: a version 7 UUID (RFC 9562), whose first 48 bits are the milliseconds since the
 * epoch. Ids sort in the order applications were made, so finance's list (a query of the applications in
 * id order) reads oldest first without an index on the submission time.
 */
export const newApplicationId = (now: Date, random: Uint8Array = randomBytes(10)): string => {
  const millis = now.getTime().toString(16).padStart(12, '0');
  const hex = Buffer.from(random).toString('hex').padEnd(20, '0');
  const variant = ((parseInt(hex.charAt(3), 16) & 0x3) | 0x8).toString(16);
  return `${millis.slice(0, 8)}-${millis.slice(8, 12)}-7${hex.slice(0, 3)}-${variant}${hex.slice(4, 7)}-${hex.slice(8, 20)}`;
};
