import { describe, expect, it } from '@jest/globals';
import { defaultRange } from './date-range.ts';
import { apiQuery, describeDonationFilters, donationListQuery, readDonationListView } from './donation-list-view.ts';

const TODAY = '2026-12-01';

describe('the donations list view', () => {
  it('is the last twelve months, every source, when the URL says nothing', () => {
    expect(readDonationListView(new URLSearchParams(), TODAY)).toStrictEqual({ from: '2026-01-01', to: '2026-12-01' });
  });

  it('reads every filter and the cursor back from the URL it writes', () => {
    // Prepare
    const view = { from: '2025-04-06', to: '2026-04-05', source: 'membership', needsPermissibilityCheck: true, donationId: 'stripe-', next: 'abc' } as const;
    // Act
    const query = donationListQuery(view);
    // Assess
    expect(query.toString()).toBe('from=2025-04-06&to=2026-04-05&source=membership&check=required&id=stripe-&next=abc');
    expect(readDonationListView(query, TODAY)).toStrictEqual(view);
  });

  it('leaves out what it does not understand, rather than failing', () => {
    expect(readDonationListView(new URLSearchParams('from=2026-13-01&to=yesterday&source=gift&check=maybe&id=%20%20'), TODAY)).toStrictEqual({ from: '2026-01-01', to: '2026-12-01' });
  });

  it('asks the API for the same filters, the check as true or false', () => {
    expect(apiQuery({ from: '2026-01-01', to: '2026-12-01', needsPermissibilityCheck: false, donationId: 'd-', next: 'n' })).toStrictEqual({
      from: '2026-01-01',
      to: '2026-12-01',
      needsPermissibilityCheck: 'false',
      donationId: 'd-',
      next: 'n',
    });
  });

  it('says what the filters select in words', () => {
    expect(describeDonationFilters({ from: '2026-01-01', to: '2026-12-01', source: 'membership', needsPermissibilityCheck: false, donationId: 'm-' })).toBe(
      'Membership fee received from 1 January 2026 to 1 December 2026, not needing a permissibility check, with an id starting "m-"',
    );
  });
});

describe('defaultRange', () => {
  it.each([
    ['2026-12-01', { from: '2026-01-01', to: '2026-12-01' }],
    ['2026-01-31', { from: '2025-02-01', to: '2026-01-31' }],
    ['2026-11-30', { from: '2025-12-01', to: '2026-11-30' }],
  ])('from %p is twelve calendar months', (today, range) => {
    expect(defaultRange(today)).toStrictEqual(range);
  });
});
