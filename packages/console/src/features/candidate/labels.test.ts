import { describe, expect, it } from '@jest/globals';
import { stepTitles } from './labels.ts';

describe("the candidate's timeline titles", () => {
  it('calls each payment part paid until what is paid reaches the amount approved, newest first as shown', () => {
    const steps = [
      { action: 'disbursed', outcome: 'paid', at: '2027-01-04T12:00:00.000Z', amountPence: 3_000 },
      { action: 'disbursed', outcome: 'paid', at: '2027-01-03T12:00:00.000Z', amountPence: 2_000 },
      { action: 'considered', outcome: 'approved', at: '2027-01-02T12:00:00.000Z', amountPence: 5_000 },
      { action: 'submitted', outcome: 'submitted', at: '2027-01-01T12:00:00.000Z', amountPence: 6_000 },
    ];
    expect(stepTitles(steps)).toStrictEqual(['Paid in full', 'Part paid', 'Application approved', 'Application submitted']);
  });

  it('names a rejection and a cancelled approval', () => {
    expect(
      stepTitles([
        { action: 'considered', outcome: 'rejected', at: '2027-01-02T12:00:00.000Z', amountPence: null },
        { action: 'approval-cancelled', outcome: 'cancelled', at: '2027-01-03T12:00:00.000Z', amountPence: null },
      ]),
    ).toStrictEqual(['Application not approved', 'Approval cancelled']);
  });
});
