import { randomUUID } from 'node:crypto';
import { ConflictError, dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { recordConsultationResponse } from '../api/consultation-routes.ts';
import { closedAtOf, consulteesOf, recordResponse } from '../domain/consultation.ts';
import { ConsultationClosedError, ConsultationNotFoundError } from '../domain/errors.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

// Two HQ staff amending one response at once: the second reads the first's version and tries again, so
// neither amendment is lost and each is a version of its own.
const SAVE_ATTEMPTS = 3;

/** PUT /emeritus/consultations/{consultationId}/responses/{mpId}: 201 for the first version, 200 for an amendment. */
export const recordConsultationResponseHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(recordConsultationResponse, async ({ params: { consultationId, mpId }, body: { text } }, { caller, logger }) => {
    for (let attempt = 1; attempt <= SAVE_ATTEMPTS; attempt += 1) {
      const at = new Date().toISOString();
      const consultation = await store.consultation(consultationId);
      if (consultation === undefined) throw new ConsultationNotFoundError(consultationId);
      const [retirements, versions] = await Promise.all([store.retirements(), store.responseVersions(consultationId, mpId)]);
      const response = recordResponse(consultation, consulteesOf(consultation, retirements, at), versions.at(-1), { mpId, text, by: caller.id, at });
      const outcome = await store.recordResponse(response, {
        historyId: randomUUID(),
        at,
        by: caller.id,
        action: 'consultation-response-recorded',
        consultationId,
        mpId,
        version: response.version,
      });
      if (outcome === 'closed') {
        const current = await store.consultation(consultationId);
        throw new ConsultationClosedError(consultationId, (current === undefined ? undefined : closedAtOf(current, at)) ?? at);
      }
      if (outcome === 'recorded') {
        logger.info('consultation response recorded', { consultationId, version: response.version });
        return { status: response.version === 1 ? 201 : 200, body: { consultationId, mpId, current: response, versions: [...versions, response] } };
      }
    }
    throw new ConflictError(`the response changed ${SAVE_ATTEMPTS} times while this one was being saved; try again`);
  });

export const handler = recordConsultationResponseHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
