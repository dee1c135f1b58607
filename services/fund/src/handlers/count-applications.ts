import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { countApplications } from '../api/application-routes.ts';
import { countByStage } from '../domain/application-stage.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { applicationStore } from './environment.ts';

/**
 * `GET /fund/applications/counts` (finance): how many applications the filters (`seatId`, `region`, `group`,
 * `purpose`) select at each stage, for the list's preset views. Filters combine freely, so no counter kept
 * at write time could answer them; the count reads every application's few filtered attributes instead.
 */
export const countApplicationsHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(countApplications, async ({ query }) => ({ status: 200, body: countByStage(await applications.allFacets(), query) }));

export const handler = countApplicationsHandler(applicationStore());
