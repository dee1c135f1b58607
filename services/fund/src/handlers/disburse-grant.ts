import { randomUUID } from 'node:crypto';
import { grantDisbursed } from '@platform/events';
import { emitMetrics, httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { disburseGrant as disburseGrantRoute } from '../api/application-routes.ts';
import { financeView } from '../domain/application-views.ts';
import { disburseGrant, earlierDisbursement, remainingPence } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { changeApplication } from './application-change.ts';
import { publishingApplicationStore } from './environment.ts';

/**
 * `POST /fund/applications/{applicationId}/disbursements` (finance): pays part or all of what an approved
 * grant has still committed, publishing `fund.grant-disbursed` (201). Four eyes: the finance user who
 * approved the grant may not pay it (403). The same `disbursementId` again is a 200 with the application
 * as it stands; with another amount, a 409.
 */
export const disburseGrantHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(disburseGrantRoute, async ({ params: { applicationId }, body }, { caller, correlationId, logger }) => {
    const request = { disbursementId: body.disbursementId ?? randomUUID(), amountPence: body.amountPence };
    const at = new Date().toISOString();
    const { application, saved } = await changeApplication(
      applications,
      applicationId,
      () => true,
      (found) => {
        if (earlierDisbursement(found, request) !== undefined) return undefined;
        const change = disburseGrant(found, request, { by: caller.id, at, movementId: randomUUID() });
        const disbursed = grantDisbursed.create(
          { applicationId, disbursementId: request.disbursementId, amountPence: request.amountPence, remainingPence: remainingPence(change.application) },
          { correlationId, occurredAt: at },
        );
        return { ...change, event: disbursed };
      },
    );
    if (saved) logger.info('grant disbursed', { applicationId, disbursementId: request.disbursementId, amountPence: request.amountPence });
    if (saved) emitMetrics({ GrantsPaid: 1 });
    return {
      status: saved ? 201 : 200,
      body: financeView(application),
      headers: { location: `/fund/applications/${applicationId}` },
    };
  });

export const handler = disburseGrantHandler(publishingApplicationStore());
