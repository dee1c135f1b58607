import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, emitMetrics, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { announceRetirement as announceRetirementRoute } from '../api/retirement-routes.ts';
import { announcedEntry } from '../domain/history.ts';
import { announceRetirement } from '../domain/retirement.ts';
import { retirementAnnouncedEvent } from '../domain/retirement-events.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const announceRetirementHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(announceRetirementRoute, async ({ body: announcement }, { caller, correlationId, logger }) => {
    const now = new Date();
    const { settings } = await store.settings();
    const retirement = announceRetirement(announcement, settings, {
      retirementId: randomUUID(),
      recordedBy: caller.id,
      recordedAt: now.toISOString(),
    });
    await store.announce(retirement, retirementAnnouncedEvent(retirement, correlationId), announcedEntry(randomUUID(), retirement));
    logger.info('retirement announced', { retirementId: retirement.retirementId, emeritusEligible: retirement.emeritusEligible });
    emitMetrics({ RetirementsRecorded: 1 });
    return { status: 201, body: retirement, headers: { location: `/emeritus/retirements/${retirement.retirementId}` } };
  });

export const handler = announceRetirementHandler(
  new DynamoEmeritusStore(dynamoDocumentClient(), {
    tableName: requiredEnv('TABLE_NAME'),
    outboxTableName: requiredEnv('OUTBOX_TABLE_NAME'),
  }),
);
