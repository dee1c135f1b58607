import { logger } from '@platform/kit';
import { isDueForErasure } from '../domain/retention.ts';
import { SCHEDULE } from '../domain/erasure.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import type { PrivacyStore } from '../store/privacy-store.ts';
import type { SelectionViewStore } from '../store/selection-view-store.ts';
import { eraseApplicationData } from './application-erasure.ts';
import { applicationStore, privacyStore, retentionMonths, selectionViewStore } from './environment.ts';

/** What one run did: how many applications were due for erasure, and how many it erased. */
export interface ErasureRun {
  due: number;
  erased: number;
}

/**
 * The scheduled erasure (an EventBridge rule, daily): erases the special category data of every application
 * whose retention period has ended. Idempotent: an application erased already is not due, and one erased
 * by a request between the read and the write is left as that request left it.
 */
export const eraseExpiredApplicationsHandler =
  (applications: ApplicationStore, selections: SelectionViewStore, privacy: PrivacyStore, months: number, now: () => Date = () => new Date()) =>
  async (): Promise<ErasureRun> => {
    const at = now();
    const views = new Map((await selections.allSelections()).map((view) => [view.selectionId, view]));
    const due = (await applications.allApplications()).filter((application) => isDueForErasure(application, views.get(application.selectionId), months, at));
    let erased = 0;
    for (const application of due) {
      const result = await eraseApplicationData(applications, privacy, application.applicationId, () => true, {
        at: at.toISOString(),
        by: SCHEDULE,
        reason: 'retention-period-ended',
      });
      if (result.erased) erased += 1;
    }
    logger().info('scheduled erasure', { due: due.length, erased, retentionMonths: months });
    return { due: due.length, erased };
  };

export const handler = eraseExpiredApplicationsHandler(applicationStore(), selectionViewStore(), privacyStore(), retentionMonths());
