import type { EventEnvelope } from '@platform/events';
import type { Application, ApplicationChange } from '../domain/application.ts';
import { ApplicationNotFoundError, FundOverdrawnError } from '../domain/errors.ts';
import type { ApplicationStore } from '../store/application-store.ts';

/** What one step makes of the application as read: the change and its event, or nothing (already done). */
export type ApplicationStep = (application: Application) => (ApplicationChange & { event?: EventEnvelope }) | undefined;

// Each retry follows another change to the same application winning the race; a handful is plenty.
const MAX_ATTEMPTS = 5;

/**
 * Reads an application, applies a domain step to it and saves the result with its ledger movement and
 * event, all conditional on the version read; when another change came first, reads it again and re-applies
 * the step, which may now refuse (a decision already made, say). `visible` says whether the caller may know
 * the application exists: when not, the answer is the same 404 as for an id that does not exist.
 */
export const changeApplication = async (
  applications: ApplicationStore,
  applicationId: string,
  visible: (application: Application) => boolean,
  step: ApplicationStep,
): Promise<{ application: Application; saved: boolean }> => {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const current = await applications.application(applicationId);
    if (current === undefined || !visible(current)) throw new ApplicationNotFoundError(applicationId);
    const change = step(current);
    if (change === undefined) return { application: current, saved: false };
    const { application, ledger, event } = change;
    const result = await applications.save(application, current.version, { ...(ledger === undefined ? {} : { ledger }), ...(event === undefined ? {} : { event }) });
    switch (result.outcome) {
      case 'saved':
        return { application, saved: true };
      case 'fund-overdrawn':
        throw new FundOverdrawnError(ledger?.amountPence ?? 0, result.availablePence);
      case 'application-changed':
        continue;
    }
  }
  throw new Error(`application ${applicationId} was changed by another request on each of ${MAX_ATTEMPTS} attempts`);
};
