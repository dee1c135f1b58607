import * as z from 'zod';

/** The path of the routes under `/emeritus/retirements/{retirementId}`. */
export const RetirementPath = z.object({ retirementId: z.uuid() });
