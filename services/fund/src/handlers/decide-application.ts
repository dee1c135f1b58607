import { randomUUID } from 'node:crypto';
import { grantApproved } from '@platform/events';
import { emitMetrics, httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { decideApplication as decideApplicationRoute } from '../api/application-routes.ts';
import { financeView } from '../domain/application-views.ts';
import { decideApplication } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { changeApplication } from './application-change.ts';
import { publishingApplicationStore } from './environment.ts';

/**
 * `POST /fund/applications/{applicationId}/decision` (finance): `{ decision: 'approve', amountPence }` (the
 * amount requested or less) commits it from the fund and publishes `fund.grant-approved`; it is refused with
 * a 409 showing the available balance if the fund cannot cover it, however many approvals race for it.
 * `{ decision: 'reject', reason }` records the reason the candidate will read. An application is decided once.
 */
export const decideApplicationHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(decideApplicationRoute, async ({ params: { applicationId }, body: decision }, { caller, correlationId, logger }) => {
    const at = new Date().toISOString();
    const { application, saved } = await changeApplication(
      applications,
      applicationId,
      () => true,
      (found) => {
        const change = decideApplication(found, decision, { by: caller.id, at, movementId: randomUUID() });
        if (change.ledger === undefined) return change;
        // No diversity data in the event: the application's id, seat, purpose and amount only.
        const approved = grantApproved.create(
          { applicationId, seatId: found.seatId, purpose: found.purpose, amountPence: change.ledger.amountPence },
          { correlationId, occurredAt: at },
        );
        return { ...change, event: approved };
      },
    );
    logger.info('application decided', { applicationId, outcome: application.status, approvedPence: application.approvedPence });
    // Counted only when this request made the approval: a decision already made is refused before it saves.
    if (saved && application.status === 'approved') emitMetrics({ GrantsApproved: 1 });
    return { status: 200, body: financeView(application) };
  });

export const handler = decideApplicationHandler(publishingApplicationStore());
