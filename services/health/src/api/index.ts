import type { RouteContract } from '@platform/kit/contract';
import { getHealth } from './health-routes.ts';
import { getOpenApiDocument } from './openapi-routes.ts';
import { getPing, recordPing } from './ping-routes.ts';

export { getHealth } from './health-routes.ts';
export { getOpenApiDocument } from './openapi-routes.ts';
export { getPing, recordPing } from './ping-routes.ts';

/** Every route of the health service. */
export const routes: readonly RouteContract[] = [getHealth, recordPing, getPing, getOpenApiDocument];
