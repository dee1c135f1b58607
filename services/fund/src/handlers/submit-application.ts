import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { submitApplication as submitApplicationRoute } from '../api/application-routes.ts';
import { newApplicationId } from '../domain/application-id.ts';
import { candidateView } from '../domain/application-views.ts';
import { requireRoomForApplication, submitApplication } from '../domain/application.ts';
import { calendarDateOf } from '../domain/dates.ts';
import { openSelectionIn } from '../domain/selection-view.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import type { SelectionViewStore } from '../store/selection-view-store.ts';
import { applicationStore, selectionViewStore } from './environment.ts';

// A retry follows the seat's selection being cancelled or replaced between the check and the write.
const MAX_ATTEMPTS = 3;

/**
 * `POST /fund/applications` (candidate): applies for support in a seat whose selection is scheduled and not
 * yet complete, as the fund's own view of the selections has it (422 otherwise, saying why). 201 with the
 * application as the candidate sees it.
 */
export const submitApplicationHandler = (applications: ApplicationStore, selections: SelectionViewStore): HttpLambdaHandler =>
  httpHandler(submitApplicationRoute, async ({ body: request }, { caller, logger }) => {
    requireRoomForApplication(caller.id, (await applications.applicationsOf(caller.id)).length);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const now = new Date();
      const selection = openSelectionIn(request.seatId, await selections.selectionsIn(request.seatId), calendarDateOf(now));
      const application = submitApplication(request, { applicationId: newApplicationId(now), candidateId: caller.id, selection, at: now.toISOString() });
      if ((await applications.submit(application)) === 'submitted') {
        // Ids only, never the request: its groups and statement are special category data.
        logger.info('application submitted', { applicationId: application.applicationId, seatId: application.seatId, selectionId: selection.selectionId });
        return { status: 201, body: candidateView(application), headers: { location: `/fund/applications/${application.applicationId}` } };
      }
    }
    throw new Error(`the selection in seat ${request.seatId} changed on each of ${MAX_ATTEMPTS} attempts to apply`);
  });

export const handler = submitApplicationHandler(applicationStore(), selectionViewStore());
