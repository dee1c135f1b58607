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

/**
 * A request path whose percent-encoding does not decode to UTF-8 text (`%ZZ`, a lone
 * surrogate such as `%ED%A0%80`, an overlong `%C0%AF`). The gateway answers it with a 400, as
 * API Gateway does, instead of letting `decodeURIComponent`'s `URIError` escape.
 *
 * @example
 * throw new MalformedPathError('%ZZ');
 */
export class MalformedPathError extends Error {
  readonly segment: string;
  constructor(segment: string, options?: ErrorOptions) {
    super(`the path segment "${segment}" is not valid percent-encoded UTF-8`, options);
    this.name = 'MalformedPathError';
    this.segment = segment;
  }
}

/**
 * A bearer token the local JWT authorizer refuses. `reason` is for the local cloud's own log;
 * the 401 the caller gets never repeats it, as API Gateway's authorizer does not explain itself.
 *
 * @example
 * throw new TokenRejectedError('the token has no "exp" claim');
 */
export class TokenRejectedError extends Error {
  readonly reason: string;
  constructor(reason: string, options?: ErrorOptions) {
    super(`bearer token rejected: ${reason}`, options);
    this.name = 'TokenRejectedError';
    this.reason = reason;
  }
}

/**
 * A step of loading the demo data failed: the message names the step and says what the platform
 * answered, in one line, for `pnpm start --demo` to print as it is.
 *
 * @example
 * throw new DemoDataError('import the seats', 'POST /selections/seats/import answered 400: the header is not a results file');
 */
export class DemoDataError extends Error {
  readonly step: string;
  constructor(step: string, problem: string, options?: ErrorOptions) {
    super(`Loading the demo data failed at "${step}": ${problem}`, options);
    this.name = 'DemoDataError';
    this.step = step;
  }
}
