import { REGIONS } from '../seats/seat-list-view.ts';
import type { ApplicationStage, DiversityGroup, GrantPurpose } from './labels.ts';
import { GROUPS, PURPOSES, STAGES } from './labels.ts';

const GSS_CODE = /^[ENSW]\d{8}$/;

/** What finance's list of applications shows: everything in the URL's query, so a link, a refresh or Back shows the same view. */
export interface ApplicationListView {
  /** The preset view; absent, every application. */
  readonly stage?: ApplicationStage;
  readonly seatId?: string;
  readonly region?: string;
  readonly group?: DiversityGroup;
  readonly purpose?: GrantPurpose;
  /** The API's cursor of the page shown; absent on the first. */
  readonly next?: string;
}

/** The filters of a view, without its stage or page: what the counts are counted under. */
export type ApplicationFilters = Omit<ApplicationListView, 'stage' | 'next'>;

/**
 * Reads the list's view from the URL's query, ignoring what it does not recognise (an old or edited link
 * still shows a list). A seat is a GSS code, upper-cased as typed.
 *
 * @example
 * readApplicationListView(new URLSearchParams('stage=part-paid&region=Wales&colour=red'));
 * // { stage: 'part-paid', region: 'Wales' }
 */
export const readApplicationListView = (params: URLSearchParams): ApplicationListView => {
  const stage = params.get('stage');
  const seatId = params.get('seatId')?.trim().toUpperCase();
  const region = params.get('region');
  const group = params.get('group');
  const purpose = params.get('purpose');
  const next = params.get('next');
  return {
    ...(STAGES.some((item) => item.stage === stage) ? { stage: stage as ApplicationStage } : {}),
    ...(seatId && GSS_CODE.test(seatId) ? { seatId } : {}),
    ...(region && REGIONS.includes(region) ? { region } : {}),
    ...(GROUPS.includes(group as DiversityGroup) ? { group: group as DiversityGroup } : {}),
    ...(PURPOSES.includes(purpose as GrantPurpose) ? { purpose: purpose as GrantPurpose } : {}),
    ...(next ? { next } : {}),
  };
};

/**
 * The URL query of a view, the inverse of {@link readApplicationListView}, in a fixed order.
 *
 * @example
 * applicationListQuery({ stage: 'paid', group: 'women' }).toString(); // 'stage=paid&group=women'
 */
export const applicationListQuery = (view: ApplicationListView): URLSearchParams => {
  const params = new URLSearchParams();
  for (const key of ['stage', 'seatId', 'region', 'group', 'purpose', 'next'] as const) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  return params;
};

/**
 * The view's filters alone: what the counts are counted under, and what a preset view keeps when chosen.
 *
 * @example
 * filtersOf({ stage: 'paid', region: 'Wales', next: 'abc' }); // { region: 'Wales' }
 */
export const filtersOf = ({ stage: _stage, next: _next, ...filters }: ApplicationListView): ApplicationFilters => filters;

/**
 * The view showing another preset (or every application, for `undefined`), keeping the filters and starting
 * from the first page.
 *
 * @example
 * withStage({ stage: 'paid', region: 'Wales', next: 'abc' }, 'rejected'); // { region: 'Wales', stage: 'rejected' }
 */
export const withStage = (view: ApplicationListView, stage: ApplicationStage | undefined): ApplicationListView => ({ ...filtersOf(view), ...(stage ? { stage } : {}) });

/**
 * The API's query for a page of the view (`GET /fund/applications`).
 *
 * @example
 * applicationsApiQuery({ stage: 'paid', next: 'abc' }, 50); // { limit: 50, stage: 'paid', next: 'abc' }
 */
export const applicationsApiQuery = (view: ApplicationListView, limit: number) => ({ limit, ...Object.fromEntries(applicationListQuery(view)) }) as { limit: number } & ApplicationListView;

/**
 * The API's query for the counts of the view's filters (`GET /fund/applications/counts`).
 *
 * @example
 * countsApiQuery({ stage: 'paid', region: 'Wales', next: 'abc' }); // { region: 'Wales' }
 */
export const countsApiQuery = (view: ApplicationListView): ApplicationFilters => Object.fromEntries(applicationListQuery(filtersOf(view))) as ApplicationFilters;
