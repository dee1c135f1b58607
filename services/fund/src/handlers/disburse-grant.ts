import { randomUUID } from 'node:crypto';
import { grantDisbursed, Identifier, PositivePence } from '@platform/events';
import { httpHandler, parse, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { financeView } from '../domain/application-views.ts';
import { disburseGrant, earlierDisbursement, remainingPence } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { changeApplication } from './application-change.ts';
import { ApplicationPath } from './application-paths.ts';
import { publishingApplicationStore } from './environment.ts';

const DisbursementBody = z
  .object({
    amountPence: PositivePence,
    /** The caller's id for this payment, so that a retried request pays once; defaults to a new UUID. */
    disbursementId: Identifier.optional(),
  })
  .strict();

/**
 * `POST /fund/applications/{applicationId}/disbursements` (finance): pays part or all of what an approved
 * grant has still committed, publishing `fund.grant-disbursed` (201). Four eyes: the finance user who
 * approved the grant may not pay it (403). The same `disbursementId` again is a 200 with the application
 * as it stands; with another amount, a 409.
 */
export const disburseGrantHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller, correlationId, logger }) => {
    requireRole(caller, 'finance');
    const { applicationId } = parse(ApplicationPath, event.pathParameters, 'path');
    const body = parse(DisbursementBody, event.body, 'body');
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
    return {
      status: saved ? 201 : 200,
      body: financeView(application),
      headers: { location: `/fund/applications/${applicationId}` },
    };
  });

export const handler = disburseGrantHandler(publishingApplicationStore());
