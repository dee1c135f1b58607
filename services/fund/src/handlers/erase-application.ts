import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { eraseApplication } from '../api/privacy-routes.ts';
import { candidateView, financeView } from '../domain/application-views.ts';
import { ErasureReasonRequiredError } from '../domain/errors.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import type { PrivacyStore } from '../store/privacy-store.ts';
import { eraseApplicationData } from './application-erasure.ts';
import { applicationStore, privacyStore } from './environment.ts';

/**
 * `POST /fund/applications/{applicationId}/erase`: a candidate erases the special category data of their
 * own application (another's is a 404); finance erases any, on a candidate's behalf, giving the reason. An
 * undecided application is withdrawn first only when the body says `withdraw: true` (a 409 otherwise).
 * Erasing again answers the application as it is, and records nothing more.
 */
export const eraseApplicationHandler = (applications: ApplicationStore, privacy: PrivacyStore): HttpLambdaHandler =>
  httpHandler(eraseApplication, async ({ params: { applicationId }, body }, { caller, logger }) => {
    const finance = caller.roles.includes('finance');
    const note = finance ? body?.reason : undefined;
    if (finance && note === undefined) throw new ErasureReasonRequiredError(applicationId);
    const { application, erased } = await eraseApplicationData(applications, privacy, applicationId, (found) => finance || found.candidateId === caller.id, {
      at: new Date().toISOString(),
      by: caller.id,
      reason: finance ? 'request-on-behalf' : 'candidate-request',
      ...(body?.withdraw === undefined ? {} : { withdraw: body.withdraw }),
      ...(note === undefined ? {} : { note }),
    });
    logger.info('application erasure', { applicationId, erased, by: finance ? 'finance' : 'candidate' });
    return { status: 200, body: finance ? financeView(application) : candidateView(application) };
  });

export const handler = eraseApplicationHandler(applicationStore(), privacyStore());
