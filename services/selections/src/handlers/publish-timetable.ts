import { dynamoDocumentClient, emitMetrics, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { publishTimetable } from '../api/timetable-routes.ts';
import { TimetableAlreadyPublishedError, TimetableNotFoundError } from '../domain/errors.ts';
import { needsSelection } from '../domain/seat.ts';
import { selectionIdFor, selectionOf, selectionScheduledEvent } from '../domain/selection.ts';
import { timetableView } from '../domain/timetable.ts';
import type { Publication } from '../domain/timetable.ts';
import { concurrently } from '../store/concurrently.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SeatStore } from '../store/seat-store.ts';
import type { PublishOutcome, SelectionStore } from '../store/selection-store.ts';

// Each selection is its own small transaction; this many in flight publishes 220 in a second or two.
const PUBLISH_CONCURRENCY = 8;

/**
 * POST /selections/timetables/{timetableId}/publish: turns a draft into scheduled selections, each written
 * with its seat and its `selections.selection-scheduled` event in one transaction. Should the function die
 * half-way, the timetable stays `publishing` and publishing again finishes the job: a selection already
 * written is recognised by its id (derived from the timetable and the seat) and not written twice. The
 * timetable is marked published last; publishing it again is then a 409.
 */
export const publishTimetableHandler = (seats: SeatStore, selections: SelectionStore): HttpLambdaHandler =>
  httpHandler(publishTimetable, async ({ params: { timetableId } }, { correlationId, logger }) => {
    const timetable = await selections.getTimetable(timetableId);
    if (timetable === undefined) throw new TimetableNotFoundError(timetableId);
    if (timetable.status === 'published') throw new TimetableAlreadyPublishedError(timetableId, timetable.publishedAt);
    await selections.beginPublishing(timetableId);

    const [all, { settings }] = await Promise.all([seats.allSeats(), seats.getSettings()]);
    const seatsById = new Map(all.map((seat) => [seat.seatId, seat]));
    const now = new Date().toISOString();
    const skipped: Publication['skipped'] = [];
    const outcomes = await concurrently(timetable.entries, PUBLISH_CONCURRENCY, async (entry): Promise<PublishOutcome | 'skipped'> => {
      const selectionId = selectionIdFor(timetableId, entry.seatId);
      const seat = seatsById.get(entry.seatId);
      // A seat whose selection this publish wrote on an earlier try no longer "needs" one, but is not skipped.
      if (seat === undefined || (seat.currentSelectionId !== selectionId && !needsSelection(seat, settings))) {
        skipped.push({ seatId: entry.seatId, reason: 'no longer needs a selection: it has one already, or it is held or set aside since the draft' });
        return 'skipped';
      }
      const selection = selectionOf(entry, timetableId, selectionId, now);
      const outcome = await selections.publishSelection(selection, selectionScheduledEvent(selection, correlationId));
      if (outcome === 'seat-taken') skipped.push({ seatId: entry.seatId, reason: 'the seat was given another selection, or its retirement changed, while publishing' });
      return outcome;
    });
    const publication: Publication = {
      published: outcomes.filter((outcome) => outcome === 'published').length,
      alreadyPublished: outcomes.filter((outcome) => outcome === 'already-published').length,
      skipped: skipped.sort((a, b) => a.seatId.localeCompare(b.seatId)),
    };
    const published = await selections.finishPublishing(timetableId, publication, now);
    if (publication.published > 0) emitMetrics({ SelectionsScheduled: publication.published });
    logger.info('timetable published', { timetableId, published: publication.published, alreadyPublished: publication.alreadyPublished, skipped: publication.skipped.length });
    return { status: 200, body: timetableView(published) };
  });

const dynamo = dynamoDocumentClient();
const tableName = requiredEnv('TABLE_NAME');
export const handler = publishTimetableHandler(
  new DynamoSeatStore(dynamo, { tableName }),
  new DynamoSelectionStore(dynamo, { tableName, outboxTableName: requiredEnv('OUTBOX_TABLE_NAME') }),
);
