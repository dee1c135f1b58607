import { Duration } from 'aws-cdk-lib';
import {
  CfnManagedLoginBranding,
  ManagedLoginVersion,
  OAuthScope,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import type { UserPool, UserPoolClient, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { StageConfig } from './stage-config.ts';

export interface ConsoleSignInProps {
  readonly stage: StageConfig;
  readonly userPool: UserPool;
  /** The console's origin, `https://<domain>`; the OAuth callback and logout URLs are under it. */
  readonly consoleOrigin: string;
}

/** Path of the console page that completes the authorization code flow. */
export const CONSOLE_CALLBACK_PATH = '/auth/callback';

/**
 * The origin of a stage's Cognito managed-login pages, known before the domain exists (the hosting's CSP
 * names it without a reference to the domain resource).
 *
 * @example
 * signInOriginOf(STAGES.dev, Stack.of(this).region); // https://selections-platform-dev.auth.<region>.amazoncognito.com
 */
export const signInOriginOf = (stage: StageConfig, region: string): string =>
  `https://${stage.signInDomainPrefix}.auth.${region}.amazoncognito.com`;

/**
 * How the web console signs users in: a public app client of the platform's user pool (no secret, the
 * authorization code grant with PKCE only, OpenID scopes), the Cognito domain serving managed login v2,
 * and that login's branding (Cognito's own look). Without a branding for the client, managed login v2
 * answers "Login pages unavailable".
 *
 * @example
 * const signIn = new ConsoleSignIn(this, 'ConsoleSignIn', { stage, userPool, consoleOrigin: hosting.origin });
 * signIn.client.userPoolClientId; // an audience of the API's JWT authorizer
 */
export class ConsoleSignIn extends Construct {
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`, from the domain resource. */
  readonly signInUrl: string;

  constructor(scope: Construct, id: string, props: ConsoleSignInProps) {
    super(scope, id);
    const { stage, userPool, consoleOrigin } = props;

    this.client = userPool.addClient('ConsoleClient', {
      generateSecret: false,
      // No API sign-in flow (SRP, password, custom): users sign in on the managed login pages only. The list
      // CDK writes then holds just ALLOW_REFRESH_TOKEN_AUTH, for the refresh token of the code flow.
      authFlows: { userSrp: false },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${consoleOrigin}${CONSOLE_CALLBACK_PATH}`],
        logoutUrls: [`${consoleOrigin}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      // A working day: the console keeps its tokens in sessionStorage, and a stolen refresh token expires soon.
      refreshTokenValidity: Duration.hours(12),
    });

    this.domain = userPool.addDomain('ConsoleDomain', {
      cognitoDomain: { domainPrefix: stage.signInDomainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.signInUrl = this.domain.baseUrl();

    const branding = new CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    // A branding needs the domain's managed login version to be in place.
    branding.node.addDependency(this.domain);
  }
}
