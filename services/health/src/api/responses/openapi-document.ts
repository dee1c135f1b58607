import * as z from 'zod';

/**
 * The body of `GET /openapi.json`: an OpenAPI 3.1 document. Only its frame is checked here; what it says
 * of each route is generated from the routes' contracts.
 */
export const OpenApiDocumentResponse = z
  .looseObject({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.looseObject({})),
    components: z.looseObject({}),
  })
  .meta({ id: 'OpenApiDocument', description: 'The platform API’s OpenAPI 3.1 document.' });
