import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listErasures } from '../api/privacy-routes.ts';
import type { PrivacyStore } from '../store/privacy-store.ts';
import { privacyStore } from './environment.ts';

/** `GET /fund/erasures` (finance): the audit of every erasure, oldest first, in pages of `{ items, next }`. */
export const listErasuresHandler = (privacy: PrivacyStore): HttpLambdaHandler =>
  httpHandler(listErasures, async ({ query: { limit, next } }) => {
    const page = await privacy.erasures({ limit, ...(next === undefined ? {} : { next }) });
    return { status: 200, body: { items: page.items, next: page.next ?? null } };
  });

export const handler = listErasuresHandler(privacyStore());
