import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { createTimetable } from '../api/timetable-routes.ts';
import { scheduler as realScheduler } from '../domain/scheduler-port.ts';
import type { Scheduler } from '../domain/scheduler-port.ts';
import { draftTimetable, timetableRequest, timetableView } from '../domain/timetable.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SeatStore } from '../store/seat-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';

/**
 * POST /selections/timetables: drafts a timetable for every seat that needs a selection now. Nothing is
 * scheduled until it is published.
 */
export const createTimetableHandler = (seats: SeatStore, selections: SelectionStore, scheduler: Scheduler = realScheduler): HttpLambdaHandler =>
  httpHandler(createTimetable, async ({ body }, { caller, logger }) => {
    const request = timetableRequest(body, scheduler.defaultPhaseDays);
    const [all, { settings }] = await Promise.all([seats.allSeats(), seats.getSettings()]);
    const timetable = draftTimetable(all, settings, request, scheduler, {
      timetableId: randomUUID(),
      createdAt: new Date().toISOString(),
      createdBy: caller.id,
    });
    await selections.saveTimetable(timetable);
    logger.info('timetable drafted', { timetableId: timetable.timetableId, scheduled: timetable.stats.scheduled, unscheduled: timetable.stats.unscheduled.length });
    return { status: 201, body: timetableView(timetable), headers: { location: `/selections/timetables/${timetable.timetableId}` } };
  });

const dynamo = dynamoDocumentClient();
const tableName = requiredEnv('TABLE_NAME');
export const handler = createTimetableHandler(new DynamoSeatStore(dynamo, { tableName }), new DynamoSelectionStore(dynamo, { tableName }));
