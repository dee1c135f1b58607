import * as z from 'zod';

/** An exact amount in pence as a decimal string with four places (1/10,000 p): never a float. */
export const ExactPence = z
  .string()
  .regex(/^-?\d+\.\d{4}$/)
  .meta({ id: 'ExactPence', description: 'Pence to four decimal places (1/10,000 p), as a string so that no float rounds it.', example: '7500.0000' });

/** A whole number of pence. */
export const Pence = z.int().meta({ description: 'Whole pence.' });
