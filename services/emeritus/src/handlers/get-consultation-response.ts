import { dynamoDocumentClient, httpHandler, NotFoundError, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getConsultationResponse } from '../api/consultation-routes.ts';
import { ConsultationNotFoundError } from '../domain/errors.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getConsultationResponseHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getConsultationResponse, async ({ params: { consultationId, mpId } }) => {
    if ((await store.consultation(consultationId)) === undefined) throw new ConsultationNotFoundError(consultationId);
    const versions = await store.responseVersions(consultationId, mpId);
    const current = versions.at(-1);
    if (current === undefined) throw new NotFoundError(`MP ${mpId} has no response recorded to consultation ${consultationId}`);
    return { status: 200, body: { consultationId, mpId, current, versions } };
  });

export const handler = getConsultationResponseHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
