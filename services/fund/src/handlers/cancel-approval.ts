import { randomUUID } from 'node:crypto';
import { httpHandler, parse, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { financeView } from '../domain/application-views.ts';
import { cancelApproval } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { changeApplication } from './application-change.ts';
import { ApplicationPath, Reason } from './application-paths.ts';
import { applicationStore } from './environment.ts';

const CancelBody = z.object({ reason: Reason }).strict();

/**
 * `POST /fund/applications/{applicationId}/cancel-approval` (finance): cancels an approved grant, returning
 * what is committed and not yet paid to the fund (200); what was paid stays paid. The reason is shown to
 * the candidate.
 */
export const cancelApprovalHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller, logger }) => {
    requireRole(caller, 'finance');
    const { applicationId } = parse(ApplicationPath, event.pathParameters, 'path');
    const { reason } = parse(CancelBody, event.body, 'body');
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
