import * as z from 'zod';
import { ActiveRetirement, WithdrawnRetirement } from '../../domain/retirement.ts';

const EXAMPLE = {
  retirementId: '0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10',
  mpId: 'mp-4021',
  mpName: 'Jo Bloggs',
  seatId: 'E14001063',
  announcedOn: '2027-03-01',
  expectedElectionOn: '2029-05-03',
  expectedElectionSource: 'settings',
  earlyAnnouncementMonths: 12,
  earlyAnnouncementDeadline: '2028-05-03',
  emeritusEligible: true,
  eligibilityReason: 'announced on 2027-03-01, on or before the early-announcement deadline 2028-05-03',
  recordedBy: 'staff-1',
  recordedAt: '2027-03-01T10:00:00.000Z',
  status: 'active',
  withdrawal: null,
} as const;

/**
 * A retirement as the emeritus routes answer it: the stored record, active (`withdrawal: null`) or
 * withdrawn (with the withdrawal). Strict, so a field a handler adds without the schema fails its test.
 */
export const RetirementResponse = z
  .discriminatedUnion('status', [z.strictObject(ActiveRetirement.shape), z.strictObject(WithdrawnRetirement.shape)])
  .meta({
    id: 'Retirement',
    description: 'An MP’s announced retirement at the next general election, judged once for the emeritus committee.',
    example: EXAMPLE,
  });
