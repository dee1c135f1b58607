import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listMyApplications } from '../api/application-routes.ts';
import { candidateView } from '../domain/application-views.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { applicationStore } from './environment.ts';

/** `GET /fund/applications/mine` (candidate): the caller's own applications, oldest first, each with its story. */
export const listMyApplicationsHandler = (applications: ApplicationStore): HttpLambdaHandler =>
  httpHandler(listMyApplications, async (_request, { caller }) => {
    const mine = await applications.applicationsOf(caller.id);
    return { status: 200, body: { items: mine.map(candidateView) } };
  });

export const handler = listMyApplicationsHandler(applicationStore());
