/** One issue of a 400: `path` starts with where it was found (`body`, `query`, `path`). */
export interface ProblemIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** An RFC 9457 problem the API answered with. */
export interface ProblemBody {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly ProblemIssue[];
  readonly details?: Record<string, unknown>;
}

/**
 * A refusal or failure from the API, with what the user needs: the status, the API's own plain-words
 * detail, the field issues of a 400, and the correlation id to quote when reporting a fault.
 */
export class ApiProblemError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly issues: readonly ProblemIssue[];
  readonly correlationId: string | undefined;
  readonly details: Record<string, unknown>;

  constructor(status: number, body: ProblemBody | undefined, correlationId: string | undefined) {
    super(body?.detail ?? body?.title ?? `the API answered ${status}`);
    this.name = 'ApiProblemError';
    this.status = status;
    this.detail = body?.detail ?? body?.title ?? 'Something went wrong';
    this.issues = body?.errors ?? [];
    this.correlationId = correlationId;
    this.details = body?.details ?? {};
  }
}

/** The field id a problem issue points at: `['body', 'donor', 'name']` → `donor-name`. */
export const fieldIdOf = (path: readonly (string | number)[]): string =>
  (path[0] === 'body' || path[0] === 'query' || path[0] === 'path' ? path.slice(1) : path).join('-') || 'form';

/** Whether an error is the API refusing the caller (so a page shows not-found or access, never content). */
export const isProblem = (error: unknown, ...statuses: number[]): error is ApiProblemError =>
  error instanceof ApiProblemError && (statuses.length === 0 || statuses.includes(error.status));
