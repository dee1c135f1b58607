import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getConsultationCsv } from '../api/consultation-routes.ts';
import { consulteesOf } from '../domain/consultation.ts';
import { consultationCsv } from '../domain/consultation-csv.ts';
import { ConsultationNotFoundError } from '../domain/errors.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getConsultationCsvHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getConsultationCsv, async ({ params: { consultationId } }) => {
    const consultation = await store.consultation(consultationId);
    if (consultation === undefined) throw new ConsultationNotFoundError(consultationId);
    const [retirements, responses] = await Promise.all([store.retirements(), store.responses(consultationId)]);
    const consultees = consulteesOf(consultation, retirements, new Date().toISOString());
    return {
      status: 200,
      text: consultationCsv(consultees, new Map(responses.map((response) => [response.mpId, response]))),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': `attachment; filename="emeritus-consultation-${consultationId}.csv"` },
    };
  });

export const handler = getConsultationCsvHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
