import { describe, expect, it } from '@jest/globals';
import type { ApplicationFacets } from './application-stage.ts';
import { countByStage, matchesFilter, stageOf } from './application-stage.ts';

const facets = (overrides: Partial<ApplicationFacets> = {}): ApplicationFacets => ({
  status: 'submitted',
  seatId: 'E14000001',
  region: 'South East',
  groups: ['women'],
  purpose: 'childcare',
  disbursedPence: 0,
  ...overrides,
});

describe('stageOf', () => {
  it('splits an approved grant by whether any of it is paid, and names every other status', () => {
    // Act
    const stages = [
      stageOf(facets()),
      stageOf(facets({ status: 'approved' })),
      stageOf(facets({ status: 'approved', disbursedPence: 1 })),
      stageOf(facets({ status: 'disbursed', disbursedPence: 500 })),
      stageOf(facets({ status: 'rejected' })),
      stageOf(facets({ status: 'withdrawn' })),
      stageOf(facets({ status: 'cancelled', disbursedPence: 200 })),
    ];
    // Assess
    expect(stages).toStrictEqual(['awaiting-decision', 'awaiting-payment', 'part-paid', 'paid', 'rejected', 'withdrawn', 'approval-cancelled']);
  });
});

describe('matchesFilter', () => {
  it('keeps an application only when it matches every filter given', () => {
    const application = facets({ groups: ['women', 'disabled'], region: 'Wales' });
    expect([
      matchesFilter(application, {}),
      matchesFilter(application, { group: 'disabled', region: 'Wales', stage: 'awaiting-decision', purpose: 'childcare', seatId: 'E14000001' }),
      matchesFilter(application, { group: 'lgbt-plus' }),
      matchesFilter(application, { region: 'London' }),
      matchesFilter(application, { stage: 'paid' }),
      matchesFilter(application, { purpose: 'travel' }),
      matchesFilter(application, { seatId: 'E14000002' }),
    ]).toStrictEqual([true, true, false, false, false, false, false]);
  });
});

describe('countByStage', () => {
  it('counts the applications the other filters select at every stage, ignoring the stage filter itself', () => {
    // Prepare
    const applications = [
      facets(),
      facets({ status: 'approved' }),
      facets({ status: 'approved', disbursedPence: 100 }),
      facets({ status: 'rejected', region: 'London' }),
      facets({ status: 'disbursed', purpose: 'travel' }),
    ];
    // Act
    const counts = countByStage(applications, { stage: 'paid', region: 'South East' });
    // Assess
    expect(counts).toStrictEqual({
      stages: { 'awaiting-decision': 1, 'awaiting-payment': 1, 'part-paid': 1, paid: 1, rejected: 0, withdrawn: 0, 'approval-cancelled': 0 },
      total: 4,
    });
  });
});
