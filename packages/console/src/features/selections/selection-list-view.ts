import { REGIONS } from '../seats/seat-list-view.ts';

export const SELECTION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SelectionStatus = (typeof SELECTION_STATUSES)[number];

/** What the selections list shows: its filters and the API's cursor, all in the URL's query. */
export interface SelectionListView {
  readonly status?: SelectionStatus;
  /** A seat's GSS code. */
  readonly seatId?: string;
  readonly region?: string;
  /** A day (`YYYY-MM-DD`) on which one of the selection's phases runs. */
  readonly activeOn?: string;
  /** The API's cursor of the page shown; absent on the first. */
  readonly next?: string | undefined;
}

/**
 * Reads the list's view from the URL's query. A seat code or a day is kept as typed, for the API to judge;
 * an unknown status or region is ignored.
 *
 * @example
 * readSelectionListView(new URLSearchParams('status=scheduled&activeOn=2027-03-01'));
 * // { status: 'scheduled', activeOn: '2027-03-01' }
 */
export const readSelectionListView = (params: URLSearchParams): SelectionListView => {
  const status = params.get('status');
  const seatId = params.get('seatId')?.trim().toUpperCase();
  const region = params.get('region');
  const activeOn = params.get('activeOn')?.trim();
  const next = params.get('next');
  return {
    ...(SELECTION_STATUSES.includes(status as SelectionStatus) ? { status: status as SelectionStatus } : {}),
    ...(seatId ? { seatId } : {}),
    ...(region && REGIONS.includes(region) ? { region } : {}),
    ...(activeOn ? { activeOn } : {}),
    ...(next ? { next } : {}),
  };
};

/**
 * The URL query of a view, the inverse of {@link readSelectionListView}.
 *
 * @example
 * selectionListQuery({ region: 'Wales', next: 'abc' }).toString(); // 'region=Wales&next=abc'
 */
export const selectionListQuery = (view: SelectionListView): URLSearchParams => {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status);
  if (view.seatId) params.set('seatId', view.seatId);
  if (view.region) params.set('region', view.region);
  if (view.activeOn) params.set('activeOn', view.activeOn);
  if (view.next) params.set('next', view.next);
  return params;
};

/**
 * The API's query for a view: every filter is the API's, so the pages and the export agree.
 *
 * @example
 * selectionApiQuery({ status: 'scheduled' }, 50); // { limit: 50, status: 'scheduled' }
 */
export const selectionApiQuery = (view: SelectionListView, limit: number) => ({
  limit,
  ...(view.status ? { status: view.status } : {}),
  ...(view.seatId ? { seatId: view.seatId } : {}),
  ...(view.region ? { region: view.region } : {}),
  ...(view.activeOn ? { activeOn: view.activeOn } : {}),
  ...(view.next ? { next: view.next } : {}),
});
