import { errors, jwtVerify, type CryptoKey, type JWTPayload } from 'jose';
import { TokenRejectedError } from '../errors.ts';

/** Anything that turns a bearer token into its verified claims, or fails with `TokenRejectedError`. */
export interface TokenVerifier {
  verify(token: string): Promise<JWTPayload>;
}

/** How far a token's `iat` or `nbf` may lie ahead of this machine's clock, and `exp` behind it. */
export const CLOCK_SKEW_SECONDS = 60;

const ALGORITHMS = ['ES256'];

const audienceAccepted = (payload: JWTPayload, audiences: readonly string[]): boolean => {
  // API Gateway reads `client_id` only when there is no `aud`: Cognito's access tokens name
  // their client in `client_id`, its ID tokens in `aud`.
  if (payload.aud !== undefined) return (Array.isArray(payload.aud) ? payload.aud : [payload.aud]).some((aud) => audiences.includes(aud));
  return typeof payload.client_id === 'string' && audiences.includes(payload.client_id);
};

const reasonOf = (error: unknown): string =>
  error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);

/**
 * Verifies bearer tokens as API Gateway HTTP API's JWT authorizer does: signature with the
 * issuer's key, `iss` one of the trusted issuers, `aud` (or, without one, `client_id`) one of
 * the audiences, `exp` present and not past, and neither `iat` nor `nbf` in the future, each
 * within a clock skew of {@link CLOCK_SKEW_SECONDS}.
 *
 * @example
 * const authorizer = jwtAuthorizer({ key: publicKey, issuers: [LOCAL_ISSUER], audiences: [LOCAL_AUDIENCE] });
 * const claims = await authorizer.verify(token); // or TokenRejectedError
 */
export const jwtAuthorizer = ({
  key,
  issuers,
  audiences,
  clockSkewSeconds = CLOCK_SKEW_SECONDS,
  now = () => new Date(),
}: {
  key: CryptoKey;
  issuers: readonly string[];
  audiences: readonly string[];
  clockSkewSeconds?: number;
  now?: () => Date;
}): TokenVerifier => ({
  verify: async (token) => {
    const currentDate = now();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        issuer: [...issuers],
        algorithms: ALGORITHMS,
        requiredClaims: ['exp'],
        clockTolerance: clockSkewSeconds,
        currentDate,
      }));
    } catch (error) {
      throw new TokenRejectedError(reasonOf(error), { cause: error });
    }
    // jose checks `iat` only against a maximum age; API Gateway refuses one from the future.
    if (payload.iat !== undefined && payload.iat > currentDate.getTime() / 1_000 + clockSkewSeconds) {
      throw new TokenRejectedError(`"iat" ${payload.iat} is in the future`);
    }
    if (!audienceAccepted(payload, audiences)) {
      throw new TokenRejectedError(`neither "aud" nor "client_id" is one of ${audiences.join(', ')}`);
    }
    return payload;
  },
});
