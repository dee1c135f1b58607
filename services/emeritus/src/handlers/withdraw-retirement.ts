import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, emitMetrics, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { withdrawRetirement as withdrawRetirementRoute } from '../api/retirement-routes.ts';
import { utcDateOf } from '../domain/calendar.ts';
import { RetirementAlreadyWithdrawnError, RetirementNotFoundError } from '../domain/errors.ts';
import { withdrawnEntry } from '../domain/history.ts';
import { withdrawRetirement } from '../domain/retirement.ts';
import { retirementWithdrawnEvent } from '../domain/retirement-events.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const withdrawRetirementHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(withdrawRetirementRoute, async ({ params: { retirementId }, body }, { caller, correlationId, logger }) => {
    const now = new Date();
    const { reason, withdrawnOn = utcDateOf(now) } = body;
    const withdrawal = { withdrawnOn, reason, withdrawnBy: caller.id, withdrawnAt: now.toISOString() };

    const retirement = await store.retirement(retirementId);
    if (retirement === undefined) throw new RetirementNotFoundError(retirementId);
    const withdrawn = withdrawRetirement(retirement, withdrawal);
    const outcome = await store.withdraw(withdrawn, retirementWithdrawnEvent(withdrawn, correlationId), withdrawnEntry(randomUUID(), withdrawn));
    if (outcome === 'not-active') {
      // Another request withdrew it after we read it: answer as if we had read it afterwards.
      const current = await store.retirement(retirementId);
      if (current?.status === 'withdrawn') throw new RetirementAlreadyWithdrawnError(retirementId, current.withdrawal.withdrawnOn);
      throw new Error(`retirement ${retirementId} could not be withdrawn, yet is not found withdrawn`);
    }
    logger.info('retirement withdrawn', { retirementId });
    emitMetrics({ RetirementsWithdrawn: 1 });
    return { status: 200, body: withdrawn };
  });

export const handler = withdrawRetirementHandler(
  new DynamoEmeritusStore(dynamoDocumentClient(), {
    tableName: requiredEnv('TABLE_NAME'),
    outboxTableName: requiredEnv('OUTBOX_TABLE_NAME'),
  }),
);
