import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getDiversityReport } from '../api/report-routes.ts';
import { diversityReport } from '../domain/diversity-report.ts';
import { submittedWithin } from '../domain/report-range.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import type { PrivacyStore } from '../store/privacy-store.ts';
import { applicationStore, privacyStore } from './environment.ts';

/**
 * `GET /fund/reports/diversity` (finance): counts and amounts of applications by group, purpose and region,
 * every cell about fewer than five applications shown as `<5`; `from`/`to` months limit it to the applications
 * submitted in them. No individual's data leaves in it.
 */
export const getDiversityReportHandler = (applications: ApplicationStore, privacy?: Pick<PrivacyStore, 'erasedGroupTallies'>): HttpLambdaHandler =>
  httpHandler(getDiversityReport, async ({ query }) => {
    const within = (await applications.allApplications()).filter((application) => submittedWithin(application.submittedAt, query));
    // Erased applications' group counts live in the aggregate, keyed by their submission month like `within`.
    const erased = ((await privacy?.erasedGroupTallies()) ?? []).filter((cell) => submittedWithin(cell.month, query));
    const report = diversityReport(within, erased);
    return { status: 200, body: { generatedAt: new Date().toISOString(), ...report } };
  });

export const handler = getDiversityReportHandler(applicationStore(), privacyStore());
