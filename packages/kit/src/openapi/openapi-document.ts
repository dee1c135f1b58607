import * as z from 'zod';
import { createDocument } from 'zod-openapi';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponseObject } from 'zod-openapi';
import type { RouteContract } from '../http/route-contract.ts';
import { errorResponsesOf } from './error-responses.ts';
import { operationIdOf } from './operation-id.ts';

/**
 * An OpenAPI 3.1 document, as zod-openapi renders it: plain JSON.
 *
 * @example
 * ```ts
 * const document: OpenApiDocument = openApiDocument(info, services);
 * ```
 */
export type OpenApiDocument = ReturnType<typeof createDocument>;

/** The name of the bearer JWT security scheme every non-public operation refers to. */
export const BEARER_SCHEME = 'bearerJwt';

/**
 * One service's routes, documented under a tag of the service's name.
 *
 * @example
 * ```ts
 * const health: ServiceRoutes = { service: 'health', description: 'Liveness and pings', routes: [getHealth, recordPing] };
 * ```
 */
export interface ServiceRoutes {
  readonly service: string;
  readonly description: string;
  readonly routes: readonly RouteContract[];
}

/**
 * What the document says of the API as a whole.
 *
 * @example
 * ```ts
 * const info: ApiInfo = { title: 'Selections platform API', version: '1.0.0', description: 'HQ staff, finance and candidates' };
 * ```
 */
export interface ApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
}

const TEXT = z.string().meta({ description: 'The document, as text.' });

const pathParameterNames = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);

/** Fails unless the route's params schema declares exactly the parameters its path names. */
const checkPathParameters = (contract: RouteContract): void => {
  const named = pathParameterNames(contract.path).sort();
  const declared = Object.keys(contract.params?.shape ?? {}).sort();
  if (named.join() !== declared.join()) {
    throw new Error(
      `${contract.method} ${contract.path}: its path names the parameters [${named.join(', ')}] but its params schema declares [${declared.join(', ')}]`,
    );
  }
};

const securityOf = (contract: RouteContract) =>
  contract.access === 'public'
    ? { security: [], description: 'Public: no token needed.', 'x-roles': [] as string[] }
    : {
        security: [{ [BEARER_SCHEME]: [] }],
        description: `Needs a bearer token whose \`cognito:groups\` include one of: ${contract.access.join(', ')}.`,
        'x-roles': [...contract.access],
      };

const successResponsesOf = (contract: RouteContract): Record<string, ZodOpenApiResponseObject> => {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, response] of Object.entries(contract.responses)) {
    if (Number(status) >= 400) continue;
    if (response.contentType !== undefined) {
      responses[status] = { description: response.description, content: { [response.contentType]: { schema: response.body ?? TEXT } } };
    } else if (response.body !== undefined) {
      responses[status] = { description: response.description, content: { 'application/json': { schema: response.body } } };
    } else {
      responses[status] = { description: response.description };
    }
  }
  return responses;
};

const requestBodyOf = (contract: RouteContract): ZodOpenApiOperationObject['requestBody'] => {
  if (contract.body === undefined && contract.textBody === undefined) return undefined;
  const content: Record<string, { schema: z.ZodType }> = {};
  if (contract.body !== undefined) content['application/json'] = { schema: contract.body };
  for (const type of contract.textBody ?? []) content[type] = { schema: TEXT };
  return { required: true, content };
};

const operationOf = (service: string, contract: RouteContract): ZodOpenApiOperationObject => {
  checkPathParameters(contract);
  const requestBody = requestBodyOf(contract);
  return {
    operationId: operationIdOf(contract),
    summary: contract.summary,
    tags: [service],
    ...securityOf(contract),
    ...(contract.params === undefined && contract.query === undefined
      ? {}
      : { requestParams: { ...(contract.params === undefined ? {} : { path: contract.params }), ...(contract.query === undefined ? {} : { query: contract.query }) } }),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: { ...successResponsesOf(contract), ...errorResponsesOf(contract) },
  };
};

/**
 * The OpenAPI 3.1 document of the routes: one operation per route, tagged with its service, with its
 * parameters, body, responses and the problems it can answer; a bearer JWT on every route but the public
 * ones (`security: []`), the roles that may call it in its description and in `x-roles`. Fails on a route
 * whose path names a parameter its contract does not declare, or on two routes with the same key.
 *
 * @example
 * ```ts
 * const document = openApiDocument({ title: 'Platform API', version: '1.0.0', description: '…' }, [
 *   { service: 'health', description: 'Liveness and pings', routes: [getHealth, recordPing, getPing] },
 * ]);
 * document.paths?.['/health']?.get?.operationId; // 'getHealth'
 * ```
 */
export const openApiDocument = (info: ApiInfo, services: readonly ServiceRoutes[]): OpenApiDocument => {
  const paths: ZodOpenApiPathsObject = {};
  for (const { service, routes } of services) {
    for (const contract of routes) {
      const item = (paths[contract.path] ??= {});
      const method = contract.method.toLowerCase() as Lowercase<RouteContract['method']>;
      if (item[method] !== undefined) throw new Error(`${contract.method} ${contract.path} is documented twice`);
      item[method] = operationOf(service, contract);
    }
  }
  return createDocument(
    {
      openapi: '3.1.0',
      info: { title: info.title, version: info.version, description: info.description },
      tags: services.map(({ service, description }) => ({ name: service, description })),
      paths,
      components: {
        securitySchemes: {
          [BEARER_SCHEME]: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'A Cognito access token (locally, a dev token from `pnpm token`). Roles are its `cognito:groups`: `hq-staff`, `finance`, `candidate`.',
          },
        },
      },
    },
  );
};
