import type { TimetableEntry } from './timetable-types.ts';

export const ENTRY_SORT_COLUMNS = ['seat', 'region', 'start'] as const;
export type EntrySortColumn = (typeof ENTRY_SORT_COLUMNS)[number];

/** How the draft's entries table is filtered and sorted: all in the URL's query, so a link shows the same. */
export interface EntryTableView {
  /** Part of a seat's name or its GSS code. */
  readonly search?: string;
  readonly region?: string;
  /** Only entries starting in the week beginning on this date (`YYYY-MM-DD`), as a chart's table links. */
  readonly week?: string;
  readonly sort: EntrySortColumn;
  readonly direction: 'ascending' | 'descending';
}

/**
 * Reads the table's view from the URL's query; what it does not recognise is ignored. The default order is
 * the timetable's own: by start.
 *
 * @example
 * readEntryTableView(new URLSearchParams('region=Wales&sort=seat&dir=descending'));
 * // { region: 'Wales', sort: 'seat', direction: 'descending' }
 */
export const readEntryTableView = (params: URLSearchParams): EntryTableView => {
  const search = params.get('search')?.trim();
  const region = params.get('region')?.trim();
  const week = params.get('week');
  const sort = params.get('sort');
  return {
    ...(search ? { search } : {}),
    ...(region ? { region } : {}),
    ...(week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? { week } : {}),
    sort: ENTRY_SORT_COLUMNS.includes(sort as EntrySortColumn) ? (sort as EntrySortColumn) : 'start',
    direction: params.get('dir') === 'descending' ? 'descending' : 'ascending',
  };
};

/**
 * The URL query of a view, the inverse of {@link readEntryTableView} (the default order left out).
 *
 * @example
 * entryTableQuery({ search: 'ynys', sort: 'start', direction: 'ascending' }).toString(); // 'search=ynys'
 */
export const entryTableQuery = (view: EntryTableView): URLSearchParams => {
  const params = new URLSearchParams();
  if (view.search) params.set('search', view.search);
  if (view.region) params.set('region', view.region);
  if (view.week) params.set('week', view.week);
  if (view.sort !== 'start') params.set('sort', view.sort);
  if (view.direction === 'descending') params.set('dir', 'descending');
  return params;
};

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const folded = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
const weekEnd = (weekStart: string) => new Date(Date.parse(`${weekStart}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);

/**
 * The entries the view shows, in its order: ties broken by start, then seat name, so the order is stable.
 *
 * @example
 * shownEntries(timetable.entries, { region: 'Wales', sort: 'seat', direction: 'ascending' });
 */
export const shownEntries = (entries: readonly TimetableEntry[], view: EntryTableView): TimetableEntry[] => {
  const needle = view.search === undefined ? undefined : folded(view.search);
  const found = entries.filter(
    (entry) =>
      (needle === undefined || folded(entry.seatName).includes(needle) || entry.seatId.toLowerCase().includes(needle)) &&
      (view.region === undefined || entry.region === view.region) &&
      (view.week === undefined || (entry.start >= view.week && entry.start <= weekEnd(view.week))),
  );
  const sign = view.direction === 'descending' ? -1 : 1;
  const key = (entry: TimetableEntry) => (view.sort === 'seat' ? entry.seatName : view.sort === 'region' ? entry.region : entry.start);
  return found.sort((a, b) => sign * collator.compare(key(a), key(b)) || a.start.localeCompare(b.start) || collator.compare(a.seatName, b.seatName));
};
