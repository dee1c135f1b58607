import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getApplication } from '../api/application-routes.ts';
import { candidateView, financeView } from '../domain/application-views.ts';
import { ApplicationNotFoundError } from '../domain/errors.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { applicationStore } from './environment.ts';

/**
 * `GET /fund/applications/{applicationId}`: finance reads any application, with staff ids; a candidate only
 * their own, with the panel in place of staff. Another candidate's application answers 404, as one that
 * does not exist would: a 403 would tell them it exists.
 */
export const getApplicationHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  // Both roles may ask (the contract lets no one else through); what each sees differs.
  httpHandler(getApplication, async ({ params: { applicationId } }, { caller }) => {
    const application = await applications.application(applicationId);
    if (application === undefined) throw new ApplicationNotFoundError(applicationId);
    if (caller.roles.includes('finance')) return { status: 200, body: financeView(application) };
    if (application.candidateId !== caller.id) throw new ApplicationNotFoundError(applicationId);
    return { status: 200, body: candidateView(application) };
  });

export const handler = getApplicationHandler(applicationStore());
