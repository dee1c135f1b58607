import fc from 'fast-check';
import type { RouteContract } from '@platform/kit/contract';
import { hostileCursor, hostileDate, hostileNumber, hostilePathSegment, hostileString, hostileValue } from './hostile-values.ts';
import { isStrict, valueFor, type JsonSchema } from './json-schema-arbitrary.ts';

/** A route to fuzz: its contract where the service has one, else only its key from the template. */
export interface FuzzRoute {
  readonly method: string;
  readonly path: string;
  readonly contract?: RouteContract;
}

/** One request the fuzzer sends, and what it is (printed with a counterexample). */
export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** Which generator made it: `valid`, `hostile-field`, `not-json`, … */
  readonly kind: string;
  /** The request is bad whoever sends it: any answer but a 4xx is a defect. */
  readonly mustBeRefused: boolean;
  /** The path is well-formed and matches the route, so the access rule decides first: 401 or 403 if not allowed. */
  readonly pathIsWellFormed: boolean;
}

const jsonSchemaOf = (schema: { toJSONSchema: (params: object) => unknown } | undefined): JsonSchema | undefined =>
  schema === undefined ? undefined : (schema.toJSONSchema({ io: 'input', unrepresentable: 'any' }) as JsonSchema);

// Segments the platform's path parameters are judged by the gateway to be malformed: each must be a 400.
const MALFORMED_SEGMENTS = ['%ZZ', '%', '%E2%82', '%ED%A0%80', '%C0%AF', '%FF%FE'];

const parameterNames = (path: string) => [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((match) => match[1] as string);

const fillPath = (path: string, segments: Record<string, string>) => path.replace(/\{([^}+]+)\+?\}/g, (_, name: string) => segments[name] ?? 'x');

const encodeLoosely = (value: unknown) => {
  try {
    return encodeURIComponent(String(value));
  } catch {
    return '%ED%A0%80';
  }
};

// Values a query parameter takes, as text: the schema's own, or a cursor's, or anything hostile.
const queryText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

// Node's HTTP parser refuses a request line over 16 KB (a 431) before the gateway sees it, as API Gateway
// refuses one over 10 KB: longer query values would test Node, not the platform.
const MAX_QUERY_VALUE = 8_000;

const FIELD_NAMES_WITHOUT_CONTRACT = ['donationId', 'amountPence', 'receivedOn', 'source', 'basisPoints', 'effectiveFrom', 'seatId', 'groups', 'purpose', 'amountRequestedPence', 'statement', 'decision', 'reason', 'disbursementId', 'from', 'to', 'limit', 'cursor', 'next', 'status'];

/**
 * The requests the fuzzer sends to one route: valid ones from the contract's schemas (boundaries favoured),
 * valid ones with one field made hostile, and request-level mutations (a malformed path encoding, an unknown
 * field, a body of the wrong JSON type, text that is not JSON, a wrong content type, unknown or hostile query
 * parameters). A route with no contract yet gets the same mutations over the field names the platform uses.
 * `refusals` draws only requests that must be refused whoever sends them (none for a route that can refuse
 * nothing for certain, such as a GET whose query takes any parameter).
 *
 * @example
 * fc.sample(requestsFor({ method: 'GET', path: '/health/pings/{pingId}', contract: getPing }).all, 3);
 */
export const requestsFor = (route: FuzzRoute): { all: fc.Arbitrary<FuzzRequest>; refusals?: fc.Arbitrary<FuzzRequest> } => {
  const { contract } = route;
  const paramsSchema = jsonSchemaOf(contract?.params);
  const querySchema = jsonSchemaOf(contract?.query);
  const bodySchema = jsonSchemaOf(contract?.body);
  const names = parameterNames(route.path);
  const takesJson = contract === undefined ? route.method !== 'GET' && route.method !== 'DELETE' : contract.body !== undefined;
  const textTypes = contract?.textBody ?? [];

  const validSegments: fc.Arbitrary<Record<string, string>> = fc.record(
    Object.fromEntries(
      names.map((name) => {
        const schema = paramsSchema?.properties?.[name];
        const value = schema ? valueFor(schema) : fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,40}$/));
        // An empty or slash-bearing value would not match the route at all; those are mutations of their own.
        return [name, value.map(encodeLoosely).filter((segment) => segment.length > 0)];
      }),
    ),
  );
  const validQuery: fc.Arbitrary<Record<string, string>> = querySchema
    ? (valueFor(querySchema) as fc.Arbitrary<Record<string, unknown>>).map((query) => Object.fromEntries(Object.entries(query).map(([key, value]) => [key, queryText(value)])))
    : fc.constant({});
  const validBody: fc.Arbitrary<unknown> = bodySchema ? valueFor(bodySchema) : fc.constant(undefined);

  const build = (
    kind: string,
    parts: { segments: Record<string, string>; query: Record<string, string>; body?: string; contentType?: string },
    flags: { mustBeRefused: boolean; pathIsWellFormed?: boolean },
  ): FuzzRequest => {
    const search = new URLSearchParams(parts.query).toString();
    return {
      method: route.method,
      path: `${fillPath(route.path, parts.segments)}${search ? `?${search}` : ''}`,
      headers: parts.contentType ? { 'content-type': parts.contentType } : {},
      ...(parts.body !== undefined ? { body: parts.body } : {}),
      kind,
      mustBeRefused: flags.mustBeRefused,
      pathIsWellFormed: flags.pathIsWellFormed ?? true,
    };
  };
  const jsonParts = (body: unknown) => (body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' });
  const base = fc.record({ segments: validSegments, query: validQuery, body: validBody });

  const generators: { weight: number; arbitrary: fc.Arbitrary<FuzzRequest>; mayRefuse?: boolean }[] = [
    { weight: 4, arbitrary: base.map(({ segments, query, body }) => build('valid', { segments, query, ...jsonParts(body) }, { mustBeRefused: false })) },
    {
      weight: 2,
      arbitrary: fc.tuple(base, hostileValue()).map(([{ segments, query, body }, hostile]) => build('hostile-field', { segments, query, ...jsonParts(withOneFieldReplaced(body, hostile, bodySchema)) }, { mustBeRefused: false })),
    },
  ];
  if (names.length > 0) {
    generators.push(
      {
        weight: 2,
        arbitrary: fc.tuple(base, fc.constantFrom(...names), fc.constantFrom(...MALFORMED_SEGMENTS)).map(([{ segments, query, body }, name, segment]) =>
          build('malformed-path-encoding', { segments: { ...segments, [name]: segment }, query, ...jsonParts(body) }, { mustBeRefused: true, pathIsWellFormed: false }),
        ),
        mayRefuse: true,
      },
      {
        weight: 2,
        arbitrary: fc.tuple(base, fc.constantFrom(...names), hostilePathSegment()).map(([{ segments, query, body }, name, segment]) =>
          build('hostile-path-segment', { segments: { ...segments, [name]: segment }, query, ...jsonParts(body) }, { mustBeRefused: false, pathIsWellFormed: false }),
        ),
      },
    );
  }
  const queryNames = Object.keys(querySchema?.properties ?? {});
  generators.push({
    weight: 2,
    arbitrary: fc
      .tuple(base, queryNames.length > 0 ? fc.constantFrom(...queryNames, 'unknownParameter') : fc.constant('unknownParameter'), fc.oneof(hostileString(), hostileDate(), hostileCursor(), hostileNumber().map(String)).filter((value) => value.length <= MAX_QUERY_VALUE))
      .map(([{ segments, query, body }, name, value]) =>
        build('hostile-query', { segments, query: { ...query, [name]: queryText(value) }, ...jsonParts(body) }, { mustBeRefused: name === 'unknownParameter' && querySchema?.additionalProperties === false }),
      ),
    mayRefuse: querySchema?.additionalProperties === false,
  });
  if (takesJson) {
    const jsonBodyRequired = bodySchema?.type === 'object';
    const readsBody = contract !== undefined;
    generators.push(
      {
        weight: 2,
        arbitrary: fc.tuple(base, fc.constantFrom('{', '{"a":', 'not json', '[1,]', "{'single':'quotes'}", '\u0000', '{"message":"\uD800"', 'null null', '{}{}')).map(([{ segments, query }, text]) =>
          build('not-json', { segments, query, body: text, contentType: 'application/json' }, { mustBeRefused: readsBody }),
        ),
        mayRefuse: readsBody,
      },
      {
        weight: 1,
        arbitrary: fc.tuple(base, fc.constantFrom<unknown>([], [{}], 42, 'text', true, null)).map(([{ segments, query }, wrong]) =>
          build('wrong-json-type', { segments, query, ...jsonParts(wrong) }, { mustBeRefused: jsonBodyRequired }),
        ),
        mayRefuse: jsonBodyRequired,
      },
      {
        weight: 1,
        arbitrary: fc.tuple(base, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16')).map(([{ segments, query, body }, contentType]) =>
          // A JSON route refuses any other media type (415), even when the text happens to be JSON.
          build('wrong-content-type', { segments, query, body: JSON.stringify(body ?? {}), contentType }, { mustBeRefused: readsBody && contentType !== 'application/json; charset=utf-16' && textTypes.length === 0 }),
        ),
        mayRefuse: readsBody && textTypes.length === 0,
      },
    );
    if (isStrict(bodySchema) || contract === undefined) {
      generators.push({
        weight: 2,
        arbitrary: fc.tuple(base, fc.constantFrom('unknownField', 'id', 'createdBy', 'status', 'leviedPence', '__proto__', 'constructor')).map(([{ segments, query, body }, field]) => {
          const known = Object.keys(bodySchema?.properties ?? {});
          const text = `${JSON.stringify(body ?? {}).slice(0, -1)}${body && Object.keys(body).length > 0 ? ',' : ''}${JSON.stringify(field)}:"x"}`;
          return build('unknown-field', { segments, query, body: text, contentType: 'application/json' }, { mustBeRefused: contract !== undefined && !known.includes(field) });
        }),
        mayRefuse: contract !== undefined,
      });
    }
    if (contract === undefined) {
      generators.push({
        weight: 3,
        arbitrary: fc
          .tuple(base, fc.dictionary(fc.constantFrom(...FIELD_NAMES_WITHOUT_CONTRACT), hostileValue(), { maxKeys: 6 }))
          .map(([{ segments, query }, fields]) => build('hostile-fields', { segments, query, ...jsonParts(fields) }, { mustBeRefused: false })),
      });
    }
  }
  if (textTypes.length > 0 && contract?.body === undefined) {
    // A route that takes only text refuses JSON with a 415.
    generators.push({
      weight: 1,
      arbitrary: base.map(({ segments, query }) => build('json-to-a-text-route', { segments, query, body: '{"rows":[]}', contentType: 'application/json' }, { mustBeRefused: true })),
      mayRefuse: true,
    });
  }
  if (textTypes.length > 0) {
    generators.push({
      weight: 3,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...textTypes), fc.array(fc.array(fc.oneof(hostileString(), fc.stringMatching(/^[ENSW]\d{8}$/)), { maxLength: 4 }), { maxLength: 6 }), fc.boolean())
        .map(([{ segments, query }, contentType, rows, withHeader]) => {
          const lines = [...(withHeader ? ['gss_code,name,region'] : []), ...rows.map((row) => row.join(','))];
          return build('text-body', { segments, query, body: lines.join('\r\n'), contentType }, { mustBeRefused: false });
        }),
    });
  }
  if (!takesJson && textTypes.length === 0) {
    // A route that takes no body must ignore one, whatever it holds.
    generators.push({
      weight: 1,
      arbitrary: fc.tuple(base, fc.constantFrom('{', 'x'.repeat(10_000), '{"a":1}')).map(([{ segments, query }, text]) => build('unexpected-body', { segments, query, body: text, contentType: 'application/json' }, { mustBeRefused: false })),
    });
  }
  const refusals = generators.filter((generator) => generator.mayRefuse);
  return {
    all: fc.oneof(...generators),
    refusals: refusals.length > 0 ? fc.oneof(...refusals).filter((request) => request.mustBeRefused) : undefined,
  };
};

const withOneFieldReplaced = (body: unknown, hostile: unknown, schema: JsonSchema | undefined): unknown => {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return hostile;
  const keys = Object.keys(schema?.properties ?? body);
  if (keys.length === 0) return hostile;
  // A deterministic choice from the hostile value itself keeps shrinking stable.
  const key = keys[JSON.stringify(hostile ?? null).length % keys.length] as string;
  return { ...body, [key]: hostile };
};
