import { defineRoute } from '@platform/kit/contract';
import { OpenApiDocumentResponse } from './responses/openapi-document.ts';

/** `GET /openapi.json`: the platform API described, for the console and any client generator. */
export const getOpenApiDocument = defineRoute({
  method: 'GET',
  path: '/openapi.json',
  summary: 'Describe the platform API (this document)',
  access: 'public',
  responses: { 200: { description: 'The OpenAPI 3.1 document of every route of the platform', body: OpenApiDocumentResponse } },
});
