/** Where the console may connect and send forms, besides its own origin. */
export interface ConsoleOrigins {
  /** Source expression of the platform API, e.g. `https://*.execute-api.eu-west-2.amazonaws.com`. */
  readonly api: string;
  /** The Cognito managed-login domain: `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly signIn: string;
  /** The user pool's issuer host, which serves its OpenID discovery document and keys: `https://cognito-idp.<region>.amazonaws.com`. */
  readonly issuer: string;
}

/**
 * The console's Content-Security-Policy. Scripts, styles, fonts and images come from the console's own
 * origin only (no inline script or style, no `eval`); `data:` is allowed for images and fonts because Vite
 * inlines small assets as data URLs. The page may call only itself, the API and Cognito, may submit forms
 * only to itself and the sign-in pages, and may not be framed.
 *
 * @example
 * consoleContentSecurityPolicy({ api: 'https://*.execute-api.eu-west-2.amazonaws.com', signIn, issuer })
 */
export const consoleContentSecurityPolicy = (origins: ConsoleOrigins): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "manifest-src 'self'",
    `connect-src 'self' ${origins.api} ${origins.signIn} ${origins.issuer}`,
    `form-action 'self' ${origins.signIn}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
