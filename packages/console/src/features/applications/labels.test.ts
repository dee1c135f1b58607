import { describe, expect, it } from '@jest/globals';
import { formatPence } from '../../money/pence.ts';
import { historyTitles, stageOf } from './labels.ts';

describe('historyTitles', () => {
  it('tells a part payment from the one that completes the grant by the running total', () => {
    // Prepare: the API gives every payment the outcome `paid`
    const history = [
      { action: 'submitted', outcome: 'awaiting-decision', amountPence: 5_000 },
      { action: 'considered', outcome: 'approved', amountPence: 5_000 },
      { action: 'disbursed', outcome: 'paid', amountPence: 2_000 },
      { action: 'disbursed', outcome: 'paid', amountPence: 3_000 },
    ];
    // Act
    const titles = historyTitles(history, formatPence);
    // Assess
    expect(titles).toStrictEqual(['Application submitted', 'Approved: £50.00', 'Part paid: £20.00', 'Paid in full: £30.00']);
  });

  it('names a rejection, a withdrawal and a cancelled approval with what it returned to the fund', () => {
    expect([
      historyTitles([{ action: 'considered', outcome: 'rejected', amountPence: null }], formatPence),
      historyTitles([{ action: 'withdrawn', outcome: 'withdrawn', amountPence: null }], formatPence),
      historyTitles([{ action: 'considered', outcome: 'approved', amountPence: 5_000 }, { action: 'approval-cancelled', outcome: 'cancelled', amountPence: 5_000 }], formatPence),
    ]).toStrictEqual([['Rejected'], ['Withdrawn'], ['Approved: £50.00', 'Approval cancelled: £50.00 returned to the fund']]);
  });
});

describe('stageOf', () => {
  it('splits an approved grant by whether any of it is paid', () => {
    expect([
      stageOf({ status: 'submitted', disbursedPence: 0 }),
      stageOf({ status: 'approved', disbursedPence: 0 }),
      stageOf({ status: 'approved', disbursedPence: 1 }),
      stageOf({ status: 'disbursed', disbursedPence: 5 }),
      stageOf({ status: 'cancelled', disbursedPence: 0 }),
      stageOf({ status: 'rejected', disbursedPence: 0 }),
    ]).toStrictEqual(['awaiting-decision', 'awaiting-payment', 'part-paid', 'paid', 'approval-cancelled', 'rejected']);
  });
});
