import { Logger } from '@aws-lambda-powertools/logger';

export type { Logger } from '@aws-lambda-powertools/logger';

let instance: Logger | undefined;

/**
 * The container's Powertools logger, named by `POWERTOOLS_SERVICE_NAME` (which the Logger reads itself).
 *
 * Log ids, kinds and outcomes only. Never log a request or message body, a record or a whole event:
 * diversity data passes through these functions and must never reach the logs.
 *
 * @example
 * ```ts
 * logger().info('ping recorded', { pingId });
 * ```
 */
export const logger = (): Logger => (instance ??= new Logger());
