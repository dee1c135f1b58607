import type { components } from '../../api/schema.ts';

export type Seat = components['schemas']['Seat'];
export type Nation = Seat['nation'];

export const NATIONS: readonly Nation[] = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** The regions of the Commons Library's file: England's nine, then the other nations, each its own region. */
export const REGIONS: readonly string[] = [
  'East Midlands',
  'East of England',
  'London',
  'North East',
  'North West',
  'South East',
  'South West',
  'West Midlands',
  'Yorkshire and The Humber',
  'Scotland',
  'Wales',
  'Northern Ireland',
];

export const SORT_COLUMNS = ['name', 'region', 'majority', 'electorate'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** What the seats list shows: everything in the URL's query, so a link, a refresh or Back shows the same view. */
export interface SeatListView {
  readonly nation?: Nation;
  readonly region?: string;
  readonly held?: boolean;
  readonly needsSelection?: boolean;
  /** Part of the name or GSS code. */
  readonly search?: string;
  readonly sort?: SortColumn;
  readonly direction: SortDirection;
  /** The API's cursor of the page shown; absent on the first. */
  readonly next?: string;
}

const yesNo = (value: string | null): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

/**
 * Reads the list's view from the URL's query, ignoring what it does not recognise (an old or edited link
 * still shows a list).
 *
 * @example
 * readSeatListView(new URLSearchParams('nation=Wales&sort=majority&dir=descending'));
 * // { nation: 'Wales', sort: 'majority', direction: 'descending' }
 */
export const readSeatListView = (params: URLSearchParams): SeatListView => {
  const nation = params.get('nation');
  const region = params.get('region');
  const sort = params.get('sort');
  const search = params.get('search')?.trim();
  const next = params.get('next');
  const held = yesNo(params.get('held'));
  const needsSelection = yesNo(params.get('needsSelection'));
  return {
    ...(NATIONS.includes(nation as Nation) ? { nation: nation as Nation } : {}),
    ...(region && REGIONS.includes(region) ? { region } : {}),
    ...(held === undefined ? {} : { held }),
    ...(needsSelection === undefined ? {} : { needsSelection }),
    ...(search ? { search } : {}),
    ...(SORT_COLUMNS.includes(sort as SortColumn) ? { sort: sort as SortColumn } : {}),
    direction: params.get('dir') === 'descending' ? 'descending' : 'ascending',
    ...(next ? { next } : {}),
  };
};

/**
 * The URL query of a view, the inverse of {@link readSeatListView}.
 *
 * @example
 * seatListQuery({ needsSelection: true, direction: 'ascending' }).toString(); // 'needsSelection=true'
 */
export const seatListQuery = (view: SeatListView): URLSearchParams => {
  const params = new URLSearchParams();
  if (view.nation) params.set('nation', view.nation);
  if (view.region) params.set('region', view.region);
  if (view.held !== undefined) params.set('held', String(view.held));
  if (view.needsSelection !== undefined) params.set('needsSelection', String(view.needsSelection));
  if (view.search) params.set('search', view.search);
  if (view.sort) params.set('sort', view.sort);
  if (view.sort && view.direction === 'descending') params.set('dir', 'descending');
  if (view.next) params.set('next', view.next);
  return params;
};

/** The API's query for a view: its filters, search, order and cursor. */
export const apiQuery = (view: SeatListView, limit: number) => ({
  limit,
  ...(view.nation ? { nation: view.nation } : {}),
  ...(view.region ? { region: view.region } : {}),
  ...(view.held === undefined ? {} : { held: String(view.held) as 'true' | 'false' }),
  ...(view.needsSelection === undefined ? {} : { needsSelection: String(view.needsSelection) as 'true' | 'false' }),
  ...(view.search ? { search: view.search } : {}),
  ...(view.sort ? { sort: view.sort, direction: view.direction } : {}),
  ...(view.next ? { next: view.next } : {}),
});
