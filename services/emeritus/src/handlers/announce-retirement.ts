import { randomUUID } from 'node:crypto';
import { CalendarDate, GssCode } from '@platform/events';
import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { utcDateOf } from '../domain/calendar.ts';
import { announcedEntry } from '../domain/history.ts';
import { announceRetirement, MpId, MpName } from '../domain/retirement.ts';
import { retirementAnnouncedEvent } from '../domain/retirement-events.ts';
import { ExpectedElectionOn } from '../domain/settings.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

// Strict: a misspelt `expectedElectionOn` must be refused, not silently ignored and judged against the settings.
const AnnounceRetirementBody = (today: string) =>
  z.strictObject({
    mpId: MpId,
    mpName: MpName,
    seatId: GssCode,
    announcedOn: CalendarDate.refine((date) => date <= today, `must not be in the future (today is ${today}, UTC)`),
    expectedElectionOn: ExpectedElectionOn.optional(),
  });

export const announceRetirementHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller, correlationId, logger }) => {
    requireRole(caller, 'hq-staff');
    const now = new Date();
    const announcement = parse(AnnounceRetirementBody(utcDateOf(now)), event.body, 'body');
    const { settings } = await store.settings();
    const retirement = announceRetirement(announcement, settings, {
      retirementId: randomUUID(),
      recordedBy: caller.id,
      recordedAt: now.toISOString(),
    });
    await store.announce(retirement, retirementAnnouncedEvent(retirement, correlationId), announcedEntry(randomUUID(), retirement));
    logger.info('retirement announced', { retirementId: retirement.retirementId, emeritusEligible: retirement.emeritusEligible });
    return { status: 201, body: retirement, headers: { location: `/emeritus/retirements/${retirement.retirementId}` } };
  });

export const handler = announceRetirementHandler(
  new DynamoEmeritusStore(dynamoDocumentClient(), {
    tableName: requiredEnv('TABLE_NAME'),
    outboxTableName: requiredEnv('OUTBOX_TABLE_NAME'),
  }),
);
