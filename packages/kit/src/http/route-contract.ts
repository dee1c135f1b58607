import type * as z from 'zod';
import type { Caller, HttpEvent, Role } from './types.ts';

/**
 * An HTTP method a route can answer.
 *
 * @example
 * ```ts
 * const method: HttpMethod = 'POST';
 * ```
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One answer a route can give: what it means and, where known, the schema and media type of its body.
 *
 * @example
 * ```ts
 * const created: RouteResponse = { description: 'The ping, stored; its event is on its way' };
 * ```
 */
export interface RouteResponse {
  readonly description: string;
  readonly body?: z.ZodType;
  /** The media type of the body when it is not JSON, e.g. `'text/csv'`. */
  readonly contentType?: string;
}

/**
 * What a route is, as data: its method and path, who may call it, and the schemas of its request. The kit's
 * {@link httpHandler} enforces it (the access before the body is even read, then every part of the request
 * against its schema); the CDK app derives the route key from it; the OpenAPI document is generated from it.
 * So a route is defined once. A contract holds only zod schemas and plain data: it is imported by the CDK
 * app and by generators, so it must never create a client or import the AWS SDK.
 *
 * @example
 * ```ts
 * export const getPing = defineRoute({
 *   method: 'GET',
 *   path: '/health/pings/{pingId}',
 *   summary: 'Read a ping you recorded',
 *   access: ['hq-staff', 'finance', 'candidate'],
 *   params: z.object({ pingId: z.uuid() }),
 *   responses: { 200: { description: 'The ping' }, 404: { description: 'No such ping of yours' } },
 * });
 * ```
 */
export interface RouteContract {
  readonly method: HttpMethod;
  /** Exactly as in the API Gateway route key, parameters in braces: `'/fund/donations/{donationId}'`. */
  readonly path: string;
  /** One line, in plain words, for the OpenAPI document. */
  readonly summary: string;
  /** `'public'`: no token needed. Otherwise the roles of which the caller must hold at least one. */
  readonly access: 'public' | readonly [Role, ...Role[]];
  /** The path parameters. */
  readonly params?: z.ZodObject;
  /** The query string parameters. */
  readonly query?: z.ZodObject;
  /** A JSON body. A route without `body` or `textBody` never reads its body. */
  readonly body?: z.ZodType;
  /** Media types whose bodies the route takes as text, e.g. `['text/csv']`. */
  readonly textBody?: readonly string[];
  /** Every status the route answers with, each with its description. */
  readonly responses: Readonly<Record<number, RouteResponse>>;
}

/**
 * Declares a route's contract, keeping its literal types (the method, the roles, the schemas) so that the
 * handler's request is typed from it.
 *
 * @example
 * ```ts
 * export const recordPing = defineRoute({
 *   method: 'POST',
 *   path: '/health/pings',
 *   summary: 'Record a ping',
 *   access: ['hq-staff', 'finance', 'candidate'],
 *   body: z.strictObject({ message: z.string().min(1) }),
 *   responses: { 202: { description: 'Stored; its event is on its way' } },
 * });
 * ```
 */
export const defineRoute = <const C extends RouteContract>(contract: C): C => contract;

/**
 * A contract's API Gateway route key, `'<METHOD> <path>'`.
 *
 * @example
 * ```ts
 * routeKeyOf(getPing); // 'GET /health/pings/{pingId}'
 * ```
 */
export const routeKeyOf = (contract: Pick<RouteContract, 'method' | 'path'>): string => `${contract.method} ${contract.path}`;

type Parsed<C, K extends 'params' | 'query' | 'body'> = C extends { readonly [key in K]: infer S extends z.ZodType } ? z.output<S> : undefined;

/**
 * The body a route receives: the parsed JSON body, the text of a `textBody` type, or `undefined` for a route
 * that takes none.
 *
 * @example
 * ```ts
 * type Csv = RouteBody<typeof importSeats>; // string
 * ```
 */
export type RouteBody<C extends RouteContract> = C extends { readonly textBody: readonly string[] }
  ? Parsed<C, 'body'> extends undefined
    ? string
    : Parsed<C, 'body'> | string
  : Parsed<C, 'body'>;

/**
 * What a route's handler receives: its path parameters, query and body, each already validated against the
 * contract's schema (so typed by it), and the event as API Gateway sent it (headers normalised).
 *
 * @example
 * ```ts
 * const handler = httpHandler(getPing, async ({ params }) => ({ status: 200, body: await pings.get(params.pingId) }));
 * ```
 */
export interface RouteRequest<C extends RouteContract> {
  readonly params: Parsed<C, 'params'>;
  readonly query: Parsed<C, 'query'>;
  readonly body: RouteBody<C>;
  readonly event: HttpEvent;
}

/**
 * The caller a route's handler sees: always a {@link Caller} on a route with roles, perhaps none on a public one.
 *
 * @example
 * ```ts
 * type Who = RouteCaller<typeof getHealth>; // Caller | undefined
 * ```
 */
export type RouteCaller<C extends RouteContract> = C['access'] extends 'public' ? Caller | undefined : Caller;
