/**
 * What one build of the console needs to know of the stage it is served from, read from `/config.json`
 * at start-up (written at deploy time in AWS, and by the local cloud locally), so one build serves every
 * stage.
 */
export interface ConsoleConfig {
  /** The HTTP API's base URL, without a trailing slash. */
  readonly apiUrl: string;
  /** The OpenID Connect public client's id. */
  readonly clientId: string;
  /** The OpenID provider's issuer URL. In AWS it is derived from the user pool when absent. */
  readonly authority?: string;
  readonly userPoolId?: string;
  readonly region?: string;
  /** Cognito's managed login domain (`https://<prefix>.auth.<region>.amazoncognito.com`), for sign-out. */
  readonly signInDomain?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const loadConfig = async (): Promise<ConsoleConfig> => {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new ConfigError(`the console's settings could not be loaded (HTTP ${response.status})`);
  const config = (await response.json()) as Partial<ConsoleConfig>;
  if (typeof config.apiUrl !== 'string' || typeof config.clientId !== 'string') {
    throw new ConfigError("the console's settings name no API or sign-in client");
  }
  return { ...config, apiUrl: config.apiUrl.replace(/\/+$/, '') } as ConsoleConfig;
};

/** The issuer to discover: the one named, or the Cognito user pool's. */
export const authorityOf = (config: ConsoleConfig): string => {
  if (config.authority) return config.authority;
  if (config.region && config.userPoolId) return `https://cognito-idp.${config.region}.amazonaws.com/${config.userPoolId}`;
  throw new ConfigError("the console's settings name no sign-in service");
};
