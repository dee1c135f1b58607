import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getConsultation } from '../api/consultation-routes.ts';
import { consultationView } from '../domain/consultation-view.ts';
import { ConsultationNotFoundError } from '../domain/errors.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getConsultationHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getConsultation, async ({ params: { consultationId } }) => {
    const consultation = await store.consultation(consultationId);
    if (consultation === undefined) throw new ConsultationNotFoundError(consultationId);
    const [retirements, responses] = await Promise.all([store.retirements(), store.responses(consultationId)]);
    return { status: 200, body: consultationView(consultation, retirements, responses, new Date().toISOString()) };
  });

export const handler = getConsultationHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
