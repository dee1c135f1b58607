import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { patchSelection } from '../api/selection-routes.ts';
import { SeatNotFoundError, SelectionNotFoundError, TimetableNotFoundError, TimetableNotPublishedError } from '../domain/errors.ts';
import { moveSelection } from '../domain/move-selection.ts';
import { scheduler as realScheduler } from '../domain/scheduler-port.ts';
import type { Scheduler } from '../domain/scheduler-port.ts';
import { selectionScheduledEvent } from '../domain/selection.ts';
import { schedulingSeat } from '../domain/timetable.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SeatStore } from '../store/seat-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';

/**
 * PATCH /selections/selections/{selectionId}: moves one selection by hand to a new freeze date, with the
 * phases following. The timetable's rules hold (409 naming each one broken), and the move is announced
 * again as `selections.selection-scheduled` with the new dates. With `expectedRevision`, a selection changed
 * since the caller read it is a 409 (`SelectionChangedError`); the write itself is conditional on the
 * revision read here, so a change landing between this read and the write is a 409 too.
 */
export const patchSelectionHandler = (seats: SeatStore, selections: SelectionStore, scheduler: Scheduler = realScheduler): HttpLambdaHandler =>
  httpHandler(patchSelection, async ({ params: { selectionId }, body: { start, expectedRevision } }, { correlationId, logger }) => {
    const selection = await selections.getSelection(selectionId);
    if (selection === undefined) throw new SelectionNotFoundError(selectionId);
    const [timetable, seat, { settings }] = await Promise.all([
      selections.getTimetable(selection.timetableId),
      seats.getSeat(selection.seatId),
      seats.getSettings(),
    ]);
    if (timetable === undefined) throw new TimetableNotFoundError(selection.timetableId);
    if (seat === undefined) throw new SeatNotFoundError(selection.seatId);
    if (timetable.status !== 'published') throw new TimetableNotPublishedError(timetable.timetableId, timetable.status);
    const now = new Date().toISOString();
    const moved = moveSelection(
      selection,
      start,
      {
        seat: schedulingSeat(seat, settings),
        request: timetable.request,
        others: await selections.selectionsOf(timetable.timetableId),
        today: now.slice(0, 10),
        now,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      },
      scheduler,
    );
    await selections.saveMove(moved, selection.revision, timetable, selectionScheduledEvent(moved, correlationId));
    logger.info('selection moved', { selectionId, timetableId: timetable.timetableId });
    return { status: 200, body: moved };
  });

const dynamo = dynamoDocumentClient();
const tableName = requiredEnv('TABLE_NAME');
export const handler = patchSelectionHandler(
  new DynamoSeatStore(dynamo, { tableName }),
  new DynamoSelectionStore(dynamo, { tableName, outboxTableName: requiredEnv('OUTBOX_TABLE_NAME') }),
);
