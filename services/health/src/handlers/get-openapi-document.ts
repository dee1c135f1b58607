import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
// The committed document, bundled as JSON: building it here would bundle zod-openapi and every service's
// schemas into this function, and rebuild them on every cold start, for the same bytes.
import document from '../../../../openapi.json' with { type: 'json' };
import { getOpenApiDocument } from '../api/openapi-routes.ts';

/** Serves `document`; a parameter so that a test can serve another. */
export const getOpenApiDocumentHandler = (served: object): HttpLambdaHandler =>
  httpHandler(getOpenApiDocument, async () => ({
    status: 200,
    body: served,
    // It changes only with a deployment: caches may keep it a few minutes.
    headers: { 'cache-control': 'public, max-age=300' },
  }));

export const handler = getOpenApiDocumentHandler(document);
