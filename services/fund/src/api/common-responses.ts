/** The answers every finance route can give besides its own. */
export const financeOnly = {
  401: { description: 'No valid token' },
  403: { description: 'The caller is not in finance' },
} as const;

/** The answer to a request whose path, query or body is invalid. */
export const invalid = { 400: { description: 'The request is invalid; every problem is listed' } } as const;
