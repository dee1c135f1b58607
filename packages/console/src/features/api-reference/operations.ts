/** The parts of an OpenAPI 3.1 document the reference page reads. */
export interface OpenApiDocument {
  readonly info: { readonly title: string; readonly version: string };
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
}

interface OpenApiOperation {
  readonly operationId?: string;
  readonly summary?: string;
  readonly tags?: readonly string[];
  readonly 'x-roles'?: readonly string[];
  readonly parameters?: readonly { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[];
  readonly requestBody?: { content: Record<string, { schema?: unknown }> };
  readonly responses?: Record<string, { description?: string }>;
}

export interface OperationSummary {
  readonly id: string;
  readonly tag: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly roles: readonly string[];
  readonly parameters: readonly { name: string; in: string; required: boolean; accepts: string }[];
  readonly requestBody: { mediaType: string; schema: string } | undefined;
  readonly responses: readonly { status: string; description: string }[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** What a parameter's schema accepts, in a few words: its description, type, format or pattern. */
const accepts = (schema: unknown, description: string | undefined): string => {
  if (description) return description;
  if (typeof schema !== 'object' || schema === null) return 'any value';
  const { type, format, pattern, enum: values } = schema as { type?: string; format?: string; pattern?: string; enum?: unknown[] };
  if (values) return `one of ${values.join(', ')}`;
  // A named format (uuid, date) says what a pattern would, in a word.
  return [type, format ? `(${format})` : pattern ? `matching ${pattern}` : undefined].filter(Boolean).join(' ') || 'any value';
};

/**
 * Every operation of the document, in its order, flattened for display.
 *
 * @example
 * operationsOf(document).filter((operation) => operation.tag === 'fund');
 */
export const operationsOf = (document: OpenApiDocument): OperationSummary[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method] !== undefined).map((method) => {
      const operation = item[method]!;
      const [mediaType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      return {
        id: operation.operationId ?? `${method}-${path}`.replace(/[^A-Za-z0-9-]+/g, '-'),
        tag: operation.tags?.[0] ?? 'other',
        method,
        path,
        summary: operation.summary ?? '',
        roles: operation['x-roles'] ?? [],
        parameters: (operation.parameters ?? []).map((parameter) => ({ name: parameter.name, in: parameter.in, required: parameter.required === true, accepts: accepts(parameter.schema, parameter.description) })),
        requestBody: mediaType === undefined ? undefined : { mediaType, schema: JSON.stringify(media?.schema ?? {}, null, 2) },
        responses: Object.entries(operation.responses ?? {}).map(([status, response]) => ({ status, description: response.description ?? '' })),
      };
    }),
  );
