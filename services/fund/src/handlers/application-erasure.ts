import { randomUUID } from 'node:crypto';
import type { Application } from '../domain/application.ts';
import { groupContributions } from '../domain/erased-group-tally.ts';
import type { ErasureRequest } from '../domain/erasure.ts';
import { eraseApplication } from '../domain/erasure.ts';
import { ApplicationNotFoundError } from '../domain/errors.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import type { PrivacyStore } from '../store/privacy-store.ts';

// Each retry follows another change to the same application winning the race; a handful is plenty.
const MAX_ATTEMPTS = 5;

/**
 * Reads an application, erases its special category data and saves it with the audit record and its
 * contribution to the report's aggregate, conditional on the version read; when another change came first,
 * reads it again and erases again (which may now find it erased: nothing more is written). `visible` says
 * whether the caller may know the application exists (a 404 otherwise, as for an unknown id).
 */
export const eraseApplicationData = async (
  applications: ApplicationStore,
  privacy: PrivacyStore,
  applicationId: string,
  visible: (application: Application) => boolean,
  request: Omit<ErasureRequest, 'erasureId'>,
): Promise<{ application: Application; erased: boolean }> => {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const current = await applications.application(applicationId);
    if (current === undefined || !visible(current)) throw new ApplicationNotFoundError(applicationId);
    const erasure = eraseApplication(current, { ...request, erasureId: randomUUID() });
    if (erasure === undefined) return { application: current, erased: false };
    // The contribution is read from the application as it stood, before its groups went.
    const outcome = await privacy.erase(erasure, current.version, groupContributions(current));
    if (outcome === 'erased') return { application: erasure.application, erased: true };
  }
  throw new Error(`application ${applicationId} was changed by another request on each of ${MAX_ATTEMPTS} attempts`);
};
