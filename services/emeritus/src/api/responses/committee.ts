import { CalendarDate, GssCode } from '@platform/events';
import * as z from 'zod';
import type { CommitteeMember } from '../../domain/register.ts';
import { MpId, MpName } from '../../domain/retirement.ts';

const CommitteeMemberResponse = z
  .strictObject({
    mpId: MpId,
    mpName: MpName,
    seatId: GssCode,
    retirementId: z.uuid(),
    joinedOn: CalendarDate.meta({ description: 'The day the MP announced early, which earned the place.' }),
  })
  .meta({ id: 'CommitteeMember' }) satisfies z.ZodType<CommitteeMember>;

/** `GET /emeritus/committee`: eligible, not withdrawn, longest-serving first. */
export const CommitteeResponse = z.strictObject({ members: z.array(CommitteeMemberResponse) }).meta({
  id: 'Committee',
  description: 'The emeritus committee: MPs whose early announcement stands, longest-serving first.',
  example: {
    members: [{ mpId: 'mp-4021', mpName: 'Jo Bloggs', seatId: 'E14001063', retirementId: '0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10', joinedOn: '2027-03-01' }],
  },
});
