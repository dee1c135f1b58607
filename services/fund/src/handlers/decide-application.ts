import { randomUUID } from 'node:crypto';
import { grantApproved, PositivePence } from '@platform/events';
import { httpHandler, parse, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { financeView } from '../domain/application-views.ts';
import { decideApplication } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { changeApplication } from './application-change.ts';
import { ApplicationPath, Reason } from './application-paths.ts';
import { publishingApplicationStore } from './environment.ts';

const DecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), amountPence: PositivePence }).strict(),
  z.object({ decision: z.literal('reject'), reason: Reason }).strict(),
]);

/**
 * `POST /fund/applications/{applicationId}/decision` (finance): `{ decision: 'approve', amountPence }` (the
 * amount requested or less) commits it from the fund and publishes `fund.grant-approved`; it is refused with
 * a 409 showing the available balance if the fund cannot cover it, however many approvals race for it.
 * `{ decision: 'reject', reason }` records the reason the candidate will read. An application is decided once.
 */
export const decideApplicationHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller, correlationId, logger }) => {
    requireRole(caller, 'finance');
    const { applicationId } = parse(ApplicationPath, event.pathParameters, 'path');
    const decision = parse(DecisionBody, event.body, 'body');
    const at = new Date().toISOString();
    const { application } = await changeApplication(
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
    return { status: 200, body: financeView(application) };
  });

export const handler = decideApplicationHandler(publishingApplicationStore());
