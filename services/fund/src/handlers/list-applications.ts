import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listApplications } from '../api/application-routes.ts';
import { financeSummary } from '../domain/application-views.ts';
import type { Application } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { applicationStore } from './environment.ts';

/**
 * `GET /fund/applications` (finance): every application, oldest first, filtered by `status`, `seatId`,
 * `group` and `purpose`, in pages of `{ items, next }` (`next` is null on the last page).
 */
export const listApplicationsHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(listApplications, async ({ query }) => {
    const keep = (application: Application) =>
      (query.status === undefined || application.status === query.status) &&
      (query.seatId === undefined || application.seatId === query.seatId) &&
      (query.group === undefined || application.groups.includes(query.group)) &&
      (query.purpose === undefined || application.purpose === query.purpose);
    const page = await applications.page({ limit: query.limit, keep, ...(query.next === undefined ? {} : { next: query.next }) });
    return { status: 200, body: { items: page.items.map(financeSummary), next: page.next ?? null } };
  });

export const handler = listApplicationsHandler(applicationStore());
