import { resolveIntrinsics } from '../wiring/intrinsics.ts';
import type { PhysicalResources } from '../wiring/intrinsics.ts';
import type { CfnTemplate } from '../wiring/template.ts';

/** Where the console's AWS origins are served locally. */
export interface LocalConsoleOrigins {
  /** The local gateway, standing in for API Gateway's `execute-api` host. */
  readonly api: string;
  /** The local OpenID provider, standing in for Cognito's managed login and its issuer. */
  readonly signIn: string;
}

interface SecurityHeadersConfig {
  ContentSecurityPolicy?: { ContentSecurityPolicy: unknown };
  ContentTypeOptions?: unknown;
  FrameOptions?: { FrameOption: string };
  ReferrerPolicy?: { ReferrerPolicy: string };
  StrictTransportSecurity?: { AccessControlMaxAgeSec: number; IncludeSubdomains?: boolean; Preload?: boolean };
}

/** An AWS source of a CSP directive, and the local origin that stands in for it. */
const localSource = (source: string, origins: LocalConsoleOrigins): string => {
  if (/^https:\/\/[^/]*\.execute-api\./.test(source)) return origins.api;
  if (/^https:\/\/[^/]*\.amazoncognito\.com$/.test(source) || /^https:\/\/cognito-idp\./.test(source)) return origins.signIn;
  return source;
};

/**
 * The headers CloudFront adds to the console's answers in AWS, read from the template's response headers
 * policy, so the console is tried locally under the same Content-Security-Policy, framing, sniffing and
 * referrer rules. Only the CSP's AWS origins change: the API's and Cognito's hosts become the local gateway
 * and the local OpenID provider.
 *
 * @example
 * consoleHeaders(template, physical, { api: 'http://localhost:3000', signIn: 'http://localhost:3002' });
 */
export const consoleHeaders = (template: CfnTemplate, physical: PhysicalResources, origins: LocalConsoleOrigins): Record<string, string> => {
  const policies = Object.values(template.Resources ?? {}).filter((resource) => resource.Type === 'AWS::CloudFront::ResponseHeadersPolicy');
  if (policies.length !== 1) return {};
  const config = resolveIntrinsics(
    (policies[0]!.Properties as { ResponseHeadersPolicyConfig?: { SecurityHeadersConfig?: unknown } }).ResponseHeadersPolicyConfig?.SecurityHeadersConfig ?? {},
    template,
    physical,
  ) as SecurityHeadersConfig;
  const headers: Record<string, string> = {};
  const csp = config.ContentSecurityPolicy?.ContentSecurityPolicy;
  if (typeof csp === 'string') {
    headers['content-security-policy'] = csp
      .split(';')
      .map((directive) => directive.trim().split(/\s+/).map((source) => localSource(source, origins)).join(' '))
      .join('; ');
  }
  if (config.ContentTypeOptions) headers['x-content-type-options'] = 'nosniff';
  if (config.FrameOptions) headers['x-frame-options'] = config.FrameOptions.FrameOption;
  if (config.ReferrerPolicy) headers['referrer-policy'] = config.ReferrerPolicy.ReferrerPolicy;
  const hsts = config.StrictTransportSecurity;
  if (hsts) headers['strict-transport-security'] = [`max-age=${hsts.AccessControlMaxAgeSec}`, hsts.IncludeSubdomains ? 'includeSubDomains' : '', hsts.Preload ? 'preload' : ''].filter(Boolean).join('; ');
  return headers;
};
