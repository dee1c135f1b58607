import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Application, DiversityGroup, GrantPurpose } from './application.ts';
import { decideApplication, disburseGrant, diversityGroups, grantPurposes, submitApplication } from './application.ts';
import { diversityReport } from './diversity-report.ts';

let sequence = 0;
/** An application with what the report reads: groups, purpose, region, and the money asked, approved and paid. */
const application = ({
  groups = ['women'],
  purpose = 'childcare',
  region = 'North West',
  requested = 10_000,
  approved = 0,
  paid = 0,
}: { groups?: DiversityGroup[]; purpose?: GrantPurpose; region?: string; requested?: number; approved?: number; paid?: number }): Application => {
  sequence += 1;
  let result = submitApplication(
    { seatId: 'E14000001', groups, purpose, amountRequestedPence: requested, statement: 's', ...(groups.includes('prefer-to-describe') ? { describedAs: 'd' } : {}) },
    {
      applicationId: `app-${sequence}`,
      candidateId: `cand-${sequence}`,
      selection: { status: 'scheduled', selectionId: 'sel-1', seatId: 'E14000001', seatName: 'Seat', region, timetableId: 'tt-1', resultEndsOn: '2026-09-30', occurredAt: '2026-05-01T09:00:00.000Z' },
      at: '2026-06-01T09:00:00.000Z',
    },
  );
  if (approved > 0) result = decideApplication(result, { decision: 'approve', amountPence: approved }, { by: 'fin-a', at: '2026-06-02T09:00:00.000Z', movementId: 'm' }).application;
  if (paid > 0) result = disburseGrant(result, { disbursementId: 'p', amountPence: paid }, { by: 'fin-b', at: '2026-06-03T09:00:00.000Z', movementId: 'm' }).application;
  return result;
};
const times = (count: number, make: () => Application) => Array.from({ length: count }, make);

describe('diversityReport', () => {
  it('shows counts and amounts about five applications or more, and <5 for every cell about fewer', () => {
    // Prepare: 6 childcare applications from women in the North West, 5 of them approved and paid; one
    // disabled applicant for training in Wales
    const applications = [
      ...times(6, () => application({ requested: 20_000 })),
      ...times(5, () => application({ groups: ['women', 'working-class-low-income'], purpose: 'travel', requested: 10_000, approved: 8_000, paid: 8_000 })),
      application({ groups: ['disabled'], purpose: 'training', region: 'Wales', requested: 99_999, approved: 99_999, paid: 1_234 }),
    ];
    // Act
    const report = diversityReport(applications);
    // Assess
    expect(report.total).toStrictEqual({ applications: 12, requestedPence: 269_999, approved: 6, approvedPence: 139_999, paid: 6, disbursedPence: 41_234 });
    expect(report.byGroup).toStrictEqual([
      { group: 'women', applications: 11, requestedPence: 170_000, approved: 5, approvedPence: 40_000, paid: 5, disbursedPence: 40_000 },
      { group: 'black-asian-minority-ethnic', applications: '<5', requestedPence: '<5', approved: '<5', approvedPence: '<5', paid: '<5', disbursedPence: '<5' },
      { group: 'disabled', applications: '<5', requestedPence: '<5', approved: '<5', approvedPence: '<5', paid: '<5', disbursedPence: '<5' },
      { group: 'working-class-low-income', applications: 5, requestedPence: 50_000, approved: 5, approvedPence: 40_000, paid: 5, disbursedPence: 40_000 },
      { group: 'lgbt-plus', applications: '<5', requestedPence: '<5', approved: '<5', approvedPence: '<5', paid: '<5', disbursedPence: '<5' },
      { group: 'prefer-to-describe', applications: '<5', requestedPence: '<5', approved: '<5', approvedPence: '<5', paid: '<5', disbursedPence: '<5' },
    ]);
    expect(report.byPurpose.map(({ purpose, applications: count, approvedPence }) => [purpose, count, approvedPence])).toStrictEqual([
      ['childcare', 6, '<5'],
      ['travel', 5, 40_000],
      ['lost-earnings', '<5', '<5'],
      ['accessibility', '<5', '<5'],
      ['training', '<5', '<5'],
      ['other', '<5', '<5'],
    ]);
    expect(report.suppressionThreshold).toBe(5);
  });

  it('hides a second cell where one hidden cell could be worked out from the total by subtraction', () => {
    // Prepare: 8 applications from the North West and 4 from Wales; the total shows 12
    const applications = [...times(8, () => application({ region: 'North West' })), ...times(4, () => application({ region: 'Wales' }))];
    // Act
    const { byRegion, total } = diversityReport(applications);
    // Assess: 12 - 8 would give Wales's 4, so the North West's count is hidden too
    expect(total.applications).toBe(12);
    expect(byRegion.map(({ region, applications: count, requestedPence }) => [region, count, requestedPence])).toStrictEqual([
      ['North West', '<5', '<5'],
      ['Wales', '<5', '<5'],
    ]);
  });

  it('reports an empty fund as all <5, with no region', () => {
    const report = diversityReport([]);
    expect({ total: report.total, regions: report.byRegion }).toStrictEqual({
      total: { applications: '<5', requestedPence: '<5', approved: '<5', approvedPence: '<5', paid: '<5', disbursedPence: '<5' },
      regions: [],
    });
  });

  it('never shows a figure about fewer than five applications, nor leaves one hidden cell alone beside a shown total', () => {
    const arbitraryApplication = fc
      .record({
        groups: fc.subarray([...diversityGroups], { minLength: 1 }),
        purpose: fc.constantFrom(...grantPurposes),
        region: fc.constantFrom('North West', 'Wales', 'Scotland'),
        approved: fc.boolean(),
      })
      .map(({ approved, ...rest }) => application({ ...rest, requested: 1_000, approved: approved ? 1_000 : 0, paid: approved ? 400 : 0 }));
    fc.assert(
      fc.property(fc.array(arbitraryApplication, { maxLength: 40 }), (applications) => {
        const report = diversityReport(applications);
        const rows = [report.total, ...report.byGroup, ...report.byPurpose, ...report.byRegion];
        for (const row of rows) {
          if (row.applications !== '<5') expect(row.applications).toBeGreaterThanOrEqual(5);
          if (row.approved !== '<5') expect(row.approved).toBeGreaterThanOrEqual(5);
          if (row.approved === '<5') expect([row.approvedPence, row.paid, row.disbursedPence]).toStrictEqual(['<5', '<5', '<5']);
        }
        for (const dimension of [report.byPurpose, report.byRegion]) {
          for (const metric of ['applications', 'requestedPence', 'approved', 'approvedPence', 'paid', 'disbursedPence'] as const) {
            if (report.total[metric] === '<5') continue;
            expect(dimension.filter((row) => row[metric] === '<5').length).not.toBe(1);
          }
        }
      }),
    );
  });
});
