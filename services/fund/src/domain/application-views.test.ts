import { describe, expect, it } from '@jest/globals';
import { candidateView, financeSummary, financeView } from './application-views.ts';
import { decideApplication, disburseGrant, submitApplication } from './application.ts';

const application = () => {
  const submitted = submitApplication(
    { seatId: 'E14000001', groups: ['prefer-to-describe'], describedAs: 'carer', purpose: 'travel', amountRequestedPence: 30_000, statement: 'My statement.' },
    {
      applicationId: 'app-1',
      candidateId: 'cand-1',
      selection: { status: 'scheduled', selectionId: 'sel-1', seatId: 'E14000001', seatName: 'Aldershot', region: 'South East', timetableId: 'tt-1', resultEndsOn: '2026-09-30', occurredAt: '2026-05-01T09:00:00.000Z' },
      at: '2026-06-01T09:00:00.000Z',
    },
  );
  const approved = decideApplication(submitted, { decision: 'approve', amountPence: 20_000 }, { by: 'fin-a', at: '2026-06-02T09:00:00.000Z', movementId: 'm-1' }).application;
  return disburseGrant(approved, { disbursementId: 'pay-1', amountPence: 5_000 }, { by: 'fin-b', at: '2026-06-03T09:00:00.000Z', movementId: 'm-2' }).application;
};

describe('candidateView', () => {
  it('shows the candidate everything they gave and the story, with the panel for finance and no staff id anywhere', () => {
    // Act
    const view = candidateView(application());
    // Assess
    expect(view).toStrictEqual({
      applicationId: 'app-1',
      seatId: 'E14000001',
      seatName: 'Aldershot',
      groups: ['prefer-to-describe'],
      describedAs: 'carer',
      purpose: 'travel',
      amountRequestedPence: 30_000,
      statement: 'My statement.',
      status: 'approved',
      submittedAt: '2026-06-01T09:00:00.000Z',
      approvedPence: 20_000,
      disbursedPence: 5_000,
      remainingPence: 15_000,
      history: [
        { at: '2026-06-01T09:00:00.000Z', by: 'you', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: 30_000 },
        { at: '2026-06-02T09:00:00.000Z', by: 'Diversity Fund panel', action: 'considered', outcome: 'approved', reason: null, amountPence: 20_000 },
        { at: '2026-06-03T09:00:00.000Z', by: 'Diversity Fund panel', action: 'disbursed', outcome: 'paid', reason: null, amountPence: 5_000 },
      ],
    });
    expect(JSON.stringify(view)).not.toMatch(/fin-a|fin-b|cand-1/);
  });
});

describe('financeView', () => {
  it('shows finance who took each step, and each disbursement', () => {
    const view = financeView(application());
    expect({ history: view.history.map((entry) => entry.by), decidedBy: view.decidedBy, disbursements: view.disbursements, candidateId: view.candidateId }).toStrictEqual({
      history: ['cand-1', 'fin-a', 'fin-b'],
      decidedBy: 'fin-a',
      disbursements: [{ disbursementId: 'pay-1', amountPence: 5_000, paidOn: '2026-06-03', at: '2026-06-03T09:00:00.000Z', by: 'fin-b', movementId: 'm-2' }],
      candidateId: 'cand-1',
    });
  });
});

describe('financeSummary', () => {
  it('leaves the statement and the history out of finance\'s list', () => {
    expect(Object.keys(financeSummary(application())).sort()).toStrictEqual(
      [
        'applicationId',
        'candidateId',
        'seatId',
        'seatName',
        'region',
        'groups',
        'purpose',
        'amountRequestedPence',
        'status',
        'submittedAt',
        'decidedAt',
        'decidedBy',
        'approvedPence',
        'disbursedPence',
        'releasedPence',
        'remainingPence',
      ].sort(),
    );
  });
});
