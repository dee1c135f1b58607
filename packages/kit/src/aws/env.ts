import { MissingEnvironmentVariableError } from '../errors.ts';

/**
 * The value of an environment variable the function cannot run without. Call it at module scope so that a
 * wiring mistake fails the cold start rather than the first request that needs it.
 *
 * @example
 * ```ts
 * const tableName = requiredEnv('TABLE_NAME');
 * ```
 */
export const requiredEnv = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new MissingEnvironmentVariableError(name);
  return value;
};
