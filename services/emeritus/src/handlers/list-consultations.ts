import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listConsultations } from '../api/consultation-routes.ts';
import { statusOf } from '../domain/consultation.ts';
import { consultationSummary } from '../domain/consultation-view.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

/** GET /emeritus/consultations: newest first, in pages of `{ items, next }`, open or closed as asked. */
export const listConsultationsHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(listConsultations, async ({ query: { status, limit, next } }) => {
    const now = new Date().toISOString();
    const page = await store.consultations({
      limit,
      next,
      ...(status === undefined ? {} : { keep: (consultation) => statusOf(consultation, now) === status }),
    });
    return { status: 200, body: { items: page.items.map((consultation) => consultationSummary(consultation, now)), next: page.next } };
  });

export const handler = listConsultationsHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
