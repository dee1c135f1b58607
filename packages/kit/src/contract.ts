// The part of the kit that route contracts import. It is kept apart from the package's index, which brings
// in the AWS SDK and the logger, because the CDK app and the OpenAPI generator import every contract.
export { defineRoute, routeKeyOf } from './http/route-contract.ts';
export type { HttpMethod, RouteBody, RouteCaller, RouteContract, RouteRequest, RouteResponse } from './http/route-contract.ts';
export { roles } from './http/types.ts';
export type { Caller, Role } from './http/types.ts';
export { deadLetterRoutes, MAX_LISTED_DEAD_LETTERS, MAX_REDRIVE_IDS } from './dead-letters/dead-letter-routes.ts';
