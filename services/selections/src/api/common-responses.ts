/** The answers every HQ staff route can give besides its own. */
export const staffOnly = {
  401: { description: 'No valid token' },
  403: { description: 'The caller is not HQ staff' },
} as const;

/** The answer to a request whose path, query or body is invalid. */
export const invalid = { 400: { description: 'The request is invalid; every problem is listed' } } as const;
