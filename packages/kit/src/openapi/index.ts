export { BEARER_SCHEME, openApiDocument } from './openapi-document.ts';
export type { ApiInfo, OpenApiDocument, ServiceRoutes } from './openapi-document.ts';
export { errorResponsesOf } from './error-responses.ts';
export { operationIdOf } from './operation-id.ts';
export { Problem, ValidationProblem } from './problem-schemas.ts';
