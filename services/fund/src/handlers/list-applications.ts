import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listApplications } from '../api/application-routes.ts';
import { matchesFilter } from '../domain/application-stage.ts';
import { financeSummary } from '../domain/application-views.ts';
import type { Application } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { applicationStore } from './environment.ts';

/**
 * `GET /fund/applications` (finance): every application, oldest first, filtered by `status` or `stage`,
 * `seatId`, `region`, `group` and `purpose`, in pages of `{ items, next }` (`next` is null on the last page).
 */
export const listApplicationsHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(listApplications, async ({ query }) => {
    const { status, limit, next, ...filter } = query;
    const keep = (application: Application) => (status === undefined || application.status === status) && matchesFilter(application, filter);
    const page = await applications.page({ limit, keep, ...(next === undefined ? {} : { next }) });
    return { status: 200, body: { items: page.items.map(financeSummary), next: page.next ?? null } };
  });

export const handler = listApplicationsHandler(applicationStore());
