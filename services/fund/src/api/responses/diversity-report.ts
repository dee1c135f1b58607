import { GrantPurpose } from '@platform/events';
import * as z from 'zod';
import { DiversityGroup } from '../../domain/application.ts';
import { SUPPRESSED } from '../../domain/diversity-report.ts';
import type { DiversityReport } from '../../domain/diversity-report.ts';

const Cell = z.union([z.int().nonnegative(), z.literal(SUPPRESSED)]).meta({
  id: 'ReportCell',
  description: 'A figure, or `<5` where it counts, or sums over, fewer than five applications.',
});

const row = {
  applications: Cell,
  requestedPence: Cell,
  approved: Cell,
  approvedPence: Cell,
  paid: Cell,
  disbursedPence: Cell,
};

/** `GET /fund/reports/diversity`: counts and amounts by group, purpose and region, small cells suppressed. */
export const DiversityReportResponse = z
  .strictObject({
    generatedAt: z.iso.datetime(),
    suppressionThreshold: z.int().positive(),
    total: z.strictObject(row),
    byGroup: z.array(z.strictObject({ group: DiversityGroup, ...row })),
    byPurpose: z.array(z.strictObject({ purpose: GrantPurpose, ...row })),
    byRegion: z.array(z.strictObject({ region: z.string(), ...row })),
  })
  .meta({
    id: 'DiversityReport',
    description: 'Applications, approvals and payments by group, purpose and region; any cell under the threshold is `<5`.',
    example: {
      generatedAt: '2027-06-01T08:00:00.000Z',
      suppressionThreshold: 5,
      total: { applications: 12, requestedPence: 60000, approved: 7, approvedPence: 31000, paid: '<5', disbursedPence: '<5' },
      byGroup: [],
      byPurpose: [],
      byRegion: [],
    },
  }) satisfies z.ZodType<DiversityReport & { generatedAt: string }>;
