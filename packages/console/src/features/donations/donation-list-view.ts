import { defaultRange, isIsoDate, todayUtc } from './date-range.ts';
import { isSource, sourceLabel } from './labels.ts';
import type { DonationSource } from './labels.ts';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';

/** What the donations list shows, all of it in the URL's query: a link or a refresh shows the same page. */
export interface DonationListView {
  readonly from: string;
  readonly to: string;
  readonly source?: DonationSource;
  readonly needsPermissibilityCheck?: boolean;
  /** Donations whose id starts with this. */
  readonly donationId?: string;
  /** The API's cursor of this page; absent on the first. */
  readonly next?: string;
}

/**
 * Reads the view from the URL's query. Anything not understood is left out (and so shown as "any"), so an
 * edited or old link still shows a list; a missing range is the last twelve months.
 *
 * @example
 * readDonationListView(new URLSearchParams('source=membership'), '2026-12-01'); // { from: '2026-01-01', to: '2026-12-01', source: 'membership' }
 */
export const readDonationListView = (params: URLSearchParams, today: string = todayUtc()): DonationListView => {
  const range = defaultRange(today);
  const from = params.get('from');
  const to = params.get('to');
  const source = params.get('source');
  const check = params.get('check');
  const donationId = params.get('id')?.trim();
  const next = params.get('next');
  return {
    from: isIsoDate(from) ? from : range.from,
    to: isIsoDate(to) ? to : range.to,
    ...(isSource(source) ? { source } : {}),
    ...(check === 'required' ? { needsPermissibilityCheck: true } : check === 'not-required' ? { needsPermissibilityCheck: false } : {}),
    ...(donationId ? { donationId } : {}),
    ...(next ? { next } : {}),
  };
};

/**
 * The view as the URL's query, the inverse of {@link readDonationListView}; the next page keeps every filter.
 *
 * @example
 * donationListQuery({ from: '2026-01-01', to: '2026-12-01', source: 'membership' }).toString(); // "from=2026-01-01&to=2026-12-01&source=membership"
 */
export const donationListQuery = (view: DonationListView): URLSearchParams => {
  const query = new URLSearchParams({ from: view.from, to: view.to });
  if (view.source) query.set('source', view.source);
  if (view.needsPermissibilityCheck !== undefined) query.set('check', view.needsPermissibilityCheck ? 'required' : 'not-required');
  if (view.donationId) query.set('id', view.donationId);
  if (view.next) query.set('next', view.next);
  return query;
};

/**
 * The view as `GET /fund/donations` takes it.
 *
 * @example
 * apiQuery({ from: '2026-01-01', to: '2026-12-01', needsPermissibilityCheck: true }); // { from: '2026-01-01', to: '2026-12-01', needsPermissibilityCheck: 'true' }
 */
export const apiQuery = (view: DonationListView) => ({
  from: view.from,
  to: view.to,
  ...(view.source ? { source: view.source } : {}),
  ...(view.needsPermissibilityCheck === undefined ? {} : { needsPermissibilityCheck: view.needsPermissibilityCheck ? ('true' as const) : ('false' as const) }),
  ...(view.donationId ? { donationId: view.donationId } : {}),
  ...(view.next ? { next: view.next } : {}),
});

/**
 * What the filters select, in words: the table's caption, and the heading of a printed list.
 *
 * @example
 * describeDonationFilters({ from: '2026-01-01', to: '2026-12-01', source: 'membership' }); // "Membership fee received from 1 January 2026 to 1 December 2026"
 */
export const describeDonationFilters = (view: DonationListView): string => {
  const what = view.source ? sourceLabel(view.source) : 'Donations';
  const parts = [
    `${what} received from ${formatCalendarDate(view.from)} to ${formatCalendarDate(view.to)}`,
    view.needsPermissibilityCheck === undefined ? undefined : view.needsPermissibilityCheck ? 'needing a permissibility check' : 'not needing a permissibility check',
    view.donationId ? `with an id starting "${view.donationId}"` : undefined,
  ].filter(Boolean);
  return parts.join(', ');
};
