import { randomUUID } from 'node:crypto';
import { retirementAnnounced, retirementWithdrawn } from '@platform/events';
import { dynamoDocumentClient, requiredEnv, sqsConsumer } from '@platform/kit';
import type { EventContext } from '@platform/kit';
import { reconcileFlag } from '../domain/clause-v-meeting.ts';
import type { Meeting } from '../domain/clause-v-meeting.ts';
import { SERVICE_ACTOR } from '../domain/history.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

// The name of this consumer in the inbox, with the meeting it changed: one event may change several
// meetings, each in its own transaction. Renaming it would make events already applied look new.
const consumerFor = (meetingId: string) => `clause-v-flags:${meetingId}`;

// An attendee changed between our read and our write (removed, or flagged by another event): read again.
const TRIES = 4;

/**
 * Keeps the Clause V meetings that have not happened free of retiring MPs. On each retirement event it
 * looks, for every such meeting the MP attends, at the MP's retirement as the register has it now (not as the
 * event tells it): an active retirement flags the attendee for removal, none clears the flag. So an event
 * that arrives twice, late, or after a later one changes nothing once the flag agrees with the register,
 * and each flag raised or cleared is in the history once, committed with the event's inbox record.
 */
export const retirementConsumer = (store: EmeritusStore) => {
  const reconcile = async (meeting: Meeting, mpId: string, eventId: string, logger: EventContext['logger']): Promise<void> => {
    for (let tries = 1; tries <= TRIES; tries += 1) {
      const [attendee, active] = await Promise.all([store.attendee(meeting.meetingId, mpId), store.activeRetirementOf(mpId)]);
      if (attendee === undefined) return;
      const at = new Date().toISOString();
      const change = reconcileFlag(meeting, attendee, active, { at });
      if (change.kind === 'unchanged') return;
      const entry = { historyId: randomUUID(), at, by: SERVICE_ACTOR, meetingId: meeting.meetingId, mpId, eventId };
      const saved = await store.saveFlag(
        meeting.meetingId,
        { before: attendee, after: change.attendee, flaggedDelta: change.kind === 'flagged' ? change.flaggedDelta : -1 },
        change.kind === 'flagged'
          ? { ...entry, action: 'clause-v-meeting-flagged', retirementId: change.attendee.flag!.retirementId, reason: change.attendee.flag!.reason }
          : { ...entry, action: 'clause-v-flag-cleared', retirementId: change.retirementId },
        { consumer: consumerFor(meeting.meetingId), eventId },
      );
      if (saved !== 'stale') {
        logger.info(saved === 'saved' ? `clause V meeting ${change.kind === 'flagged' ? 'flagged' : 'flag cleared'}` : 'duplicate delivery ignored', {
          meetingId: meeting.meetingId,
        });
        return;
      }
    }
    throw new Error(`the attendee of meeting ${meeting.meetingId} kept changing; the event will be redelivered`);
  };

  return sqsConsumer({
    events: [retirementAnnounced, retirementWithdrawn],
    handle: async (event, { logger }) => {
      const { mpId } = event.data;
      const today = new Date().toISOString().slice(0, 10);
      // Meetings that have happened keep their list as it was on the day.
      const upcoming = (await store.allMeetings()).filter((meeting) => meeting.heldOn >= today);
      for (const meeting of upcoming) await reconcile(meeting, mpId, event.id, logger);
    },
  });
};

export const handler = retirementConsumer(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
