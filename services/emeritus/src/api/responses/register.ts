import * as z from 'zod';
import { RetirementResponse } from './retirement.ts';

/** `GET /emeritus/register`: the retirements that match the filter, in the order announced. */
export const RegisterResponse = z.strictObject({ retirements: z.array(RetirementResponse) }).meta({
  id: 'Register',
  description: 'The register’s retirements matching the filter, in the order they were announced.',
});
