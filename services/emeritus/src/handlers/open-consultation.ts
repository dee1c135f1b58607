import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { openConsultation as openConsultationRoute } from '../api/consultation-routes.ts';
import { openConsultation } from '../domain/consultation.ts';
import { consultationView } from '../domain/consultation-view.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';
import { timeOrderedId } from './time-ordered-id.ts';

export const openConsultationHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(openConsultationRoute, async ({ body }, { caller, logger }) => {
    const now = new Date();
    const at = now.toISOString();
    const consultation = openConsultation(body, { consultationId: timeOrderedId(now.getTime()), by: caller.id, at });
    await store.openConsultation(consultation, {
      historyId: randomUUID(),
      at,
      by: caller.id,
      action: 'consultation-opened',
      consultationId: consultation.consultationId,
      consultation,
    });
    logger.info('consultation opened', { consultationId: consultation.consultationId, questions: consultation.questions.length });
    return {
      status: 201,
      body: consultationView(consultation, await store.retirements(), [], at),
      headers: { location: `/emeritus/consultations/${consultation.consultationId}` },
    };
  });

export const handler = openConsultationHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
