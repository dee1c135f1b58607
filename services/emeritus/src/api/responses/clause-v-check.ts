import * as z from 'zod';
import type { ClauseVConflict } from '../../domain/clause-v.ts';
import { MpId } from '../../domain/retirement.ts';

const ClauseVConflictResponse = z
  .strictObject({ mpId: MpId, retirementId: z.uuid(), reason: z.string().min(1) })
  .meta({ id: 'ClauseVConflict' }) satisfies z.ZodType<ClauseVConflict>;

/** `POST /emeritus/clause-v/check`: every proposed attendee with an active retirement, once each. */
export const ClauseVCheckResponse = z.strictObject({ conflicts: z.array(ClauseVConflictResponse) }).meta({
  id: 'ClauseVCheck',
  description: 'The proposed attendees who may not take part in the Clause V meeting, and why; empty when none.',
  example: {
    conflicts: [
      {
        mpId: 'mp-4021',
        retirementId: '0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10',
        reason: 'retiring at the next general election (announced on 2027-03-01, seat E14001063): a retiring MP has a conflict of interest and may not take part in the Clause V meeting',
      },
    ],
  },
});
