import { randomUUID } from 'node:crypto';
import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { cancelApproval as cancelApprovalRoute } from '../api/application-routes.ts';
import { financeView } from '../domain/application-views.ts';
import { cancelApproval } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { changeApplication } from './application-change.ts';
import { applicationStore } from './environment.ts';

/**
 * `POST /fund/applications/{applicationId}/cancel-approval` (finance): cancels an approved grant, returning
 * what is committed and not yet paid to the fund (200); what was paid stays paid. The reason is shown to
 * the candidate.
 */
export const cancelApprovalHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(cancelApprovalRoute, async ({ params: { applicationId }, body: { reason } }, { caller, logger }) => {
    const at = new Date().toISOString();
    const { application } = await changeApplication(
      applications,
      applicationId,
      () => true,
      (found) => cancelApproval(found, { reason }, { by: caller.id, at, movementId: randomUUID() }),
    );
    logger.info('grant approval cancelled', { applicationId, releasedPence: application.releasedPence });
    return { status: 200, body: financeView(application) };
  });

export const handler = cancelApprovalHandler(applicationStore());
