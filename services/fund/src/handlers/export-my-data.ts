import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { exportMyData } from '../api/privacy-routes.ts';
import { candidateView } from '../domain/application-views.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import type { PrivacyStore } from '../store/privacy-store.ts';
import { applicationStore, privacyStore } from './environment.ts';

/**
 * `GET /fund/applications/mine/export` (candidate): everything the platform holds about the caller, to
 * download: their applications as they see them (histories, and the special category data not yet erased)
 * and the audit records of what was erased from them, without staff ids or finance's notes.
 */
export const exportMyDataHandler = (applications: ApplicationStore, privacy: PrivacyStore): HttpLambdaHandler =>
  httpHandler(exportMyData, async (_request, { caller, logger }) => {
    const mine = await applications.applicationsOf(caller.id);
    const ids = new Set(mine.map((application) => application.applicationId));
    const erasures = [];
    // The audit is small (an erasure per application at most), so it is read whole and filtered here.
    let next: string | undefined;
    do {
      const page = await privacy.erasures({ limit: 1_000, ...(next === undefined ? {} : { next }) });
      for (const { note: _note, by: _by, ...record } of page.items) if (ids.has(record.applicationId)) erasures.push(record);
      next = page.next;
    } while (next !== undefined);
    logger.info('data exported', { applications: mine.length });
    return {
      status: 200,
      body: { exportedAt: new Date().toISOString(), candidateId: caller.id, applications: mine.map(candidateView), erasures },
    };
  });

export const handler = exportMyDataHandler(applicationStore(), privacyStore());
