import { GrantPurpose, GssCode } from '@platform/events';
import { httpHandler, parse, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { financeSummary } from '../domain/application-views.ts';
import { ApplicationStatus, DiversityGroup } from '../domain/application.ts';
import type { Application } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { applicationStore } from './environment.ts';

const ListApplicationsQuery = z
  .object({
    status: ApplicationStatus.optional(),
    seatId: GssCode.optional(),
    group: DiversityGroup.optional(),
    purpose: GrantPurpose.optional(),
    /** How many a page holds: 100 unless asked, 1,000 at most. */
    limit: z.coerce.number().int().min(1).max(1_000).default(100),
    /** The `next` of the previous page. */
    next: z.string().min(1).max(600).optional(),
  })
  .strict();

/**
 * `GET /fund/applications` (finance): every application, oldest first, filtered by `status`, `seatId`,
 * `group` and `purpose`, in pages of `{ items, next }` (`next` is null on the last page).
 */
export const listApplicationsHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'finance');
    const query = parse(ListApplicationsQuery, event.queryStringParameters ?? {}, 'query');
    const keep = (application: Application) =>
      (query.status === undefined || application.status === query.status) &&
      (query.seatId === undefined || application.seatId === query.seatId) &&
      (query.group === undefined || application.groups.includes(query.group)) &&
      (query.purpose === undefined || application.purpose === query.purpose);
    const page = await applications.page({ limit: query.limit, keep, ...(query.next === undefined ? {} : { next: query.next }) });
    return { status: 200, body: { items: page.items.map(financeSummary), next: page.next ?? null } };
  });

export const handler = listApplicationsHandler(applicationStore());
