import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { withdrawApplication as withdrawApplicationRoute } from '../api/application-routes.ts';
import { candidateView } from '../domain/application-views.ts';
import { withdrawApplication } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { changeApplication } from './application-change.ts';
import { applicationStore } from './environment.ts';

/**
 * `POST /fund/applications/{applicationId}/withdraw` (candidate, their own): withdraws an application not
 * yet decided, with an optional reason (200). Another candidate's application answers 404.
 */
export const withdrawApplicationHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(withdrawApplicationRoute, async ({ params: { applicationId }, body }, { caller, logger }) => {
    const reason = body?.reason;
    const at = new Date().toISOString();
    const { application } = await changeApplication(
      applications,
      applicationId,
      (found) => found.candidateId === caller.id,
      (found) => ({ application: withdrawApplication(found, { by: caller.id, at, ...(reason === undefined ? {} : { reason }) }) }),
    );
    logger.info('application withdrawn', { applicationId });
    return { status: 200, body: candidateView(application) };
  });

export const handler = withdrawApplicationHandler(applicationStore());
