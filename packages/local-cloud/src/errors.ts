/**
 * A problem with the machine or the settings that the developer can fix: the CLI prints its
 * message alone, without a stack trace.
 *
 * @example
 * throw new EnvironmentError('Java 17 or newer is needed; found Java 11.');
 */
export class EnvironmentError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EnvironmentError';
  }
}
