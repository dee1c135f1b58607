import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { closeConsultation as closeConsultationRoute } from '../api/consultation-routes.ts';
import { closeConsultation } from '../domain/consultation.ts';
import { consultationView } from '../domain/consultation-view.ts';
import { ConsultationClosedError, ConsultationNotFoundError } from '../domain/errors.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const closeConsultationHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(closeConsultationRoute, async ({ params: { consultationId } }, { caller, logger }) => {
    const at = new Date().toISOString();
    const consultation = await store.consultation(consultationId);
    if (consultation === undefined) throw new ConsultationNotFoundError(consultationId);
    const closed = closeConsultation(consultation, { by: caller.id, at });
    const outcome = await store.closeConsultation(closed, { historyId: randomUUID(), at, by: caller.id, action: 'consultation-closed', consultationId });
    if (outcome === 'closed-already') {
      // Another request closed it after we read it: answer as if we had read it afterwards.
      const current = await store.consultation(consultationId);
      throw new ConsultationClosedError(consultationId, current?.closedEarly?.closedAt ?? at);
    }
    logger.info('consultation closed', { consultationId });
    const [retirements, responses] = await Promise.all([store.retirements(), store.responses(consultationId)]);
    return { status: 200, body: consultationView(closed, retirements, responses, at) };
  });

export const handler = closeConsultationHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
