import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AccountRecovery, FeaturePlan, Mfa, UserPool } from 'aws-cdk-lib/aws-cognito';
import type { UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ConsoleSignIn } from './console-sign-in.ts';
import type { StageConfig } from './stage-config.ts';

/** The Cognito groups a caller's token may carry in `cognito:groups`. */
export const USER_GROUPS = ['hq-staff', 'finance', 'candidate'] as const;

/** A route needs a valid platform token unless it says why it is public. */
export type RouteOptions = { readonly auth?: 'jwt' } | { readonly auth: 'none'; readonly publicBecause: string };

export interface PlatformApiProps {
  readonly stage: StageConfig;
  /**
   * The web console's origin (`https://<domain>`). When given, the pool gets the console's sign-in client and
   * domain, the authorizer accepts that client's tokens, and CORS lets that origin, and no other, call the API.
   */
  readonly consoleOrigin?: string;
}

/** The request headers the console sends to the API. */
export const CONSOLE_REQUEST_HEADERS = ['authorization', 'content-type', 'x-correlation-id'] as const;
/** The response headers the console reads: the correlation id it shows with errors, and where a POST created something. */
export const CONSOLE_EXPOSED_HEADERS = ['x-correlation-id', 'location'] as const;

const ROUTE_KEY = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) (\/[A-Za-z0-9._~{}/+-]*)$/;

/**
 * The platform's one HTTP API, with the Cognito user pool whose access tokens it accepts. Services add their
 * routes with `route`; every route requires a token unless it is declared public with a reason.
 *
 * @example
 * api.route('GET /health/pings/{pingId}', getPing.function);
 * api.route('GET /health', getHealth.function, { auth: 'none', publicBecause: 'load balancer probe' });
 */
export class PlatformApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  /** The web console's sign-in client and managed-login domain, when the API serves a console. */
  readonly consoleSignIn: ConsoleSignIn | undefined;
  /** The `iss` of the pool's tokens: `https://cognito-idp.<region>.amazonaws.com/<pool id>`. */
  readonly issuer: string;
  private readonly authorizer: HttpJwtAuthorizer;

  constructor(scope: Construct, id: string, props: PlatformApiProps) {
    super(scope, id);
    const { stage } = props;

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Authenticator apps only: SMS would need an SNS role and is open to SIM swapping.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      // Plus is the plan with threat protection (compromised credentials, risky sign-ins).
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: stage.threatProtection,
      deletionProtection: stage.deletionProtection,
      removalPolicy: stage.removalPolicy,
    });
    for (const group of USER_GROUPS) {
      this.userPool.addGroup(groupConstructId(group), { groupName: group });
    }
    this.userPoolClient = this.userPool.addClient('Client', {
      authFlows: { userSrp: true },
      generateSecret: false,
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    this.consoleSignIn =
      props.consoleOrigin === undefined
        ? undefined
        : new ConsoleSignIn(this, 'ConsoleSignIn', { stage, userPool: this.userPool, consoleOrigin: props.consoleOrigin });

    this.issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
    // Cognito access tokens carry the client in `client_id` and have no `aud`; API Gateway then checks
    // `client_id` against the audience list (it checks `aud` only when present, as in ID tokens). So each
    // client whose access tokens the API accepts is listed here, the console's included.
    this.authorizer = new HttpJwtAuthorizer('CognitoAuthorizer', this.issuer, {
      jwtAudience: [
        this.userPoolClient.userPoolClientId,
        ...(this.consoleSignIn ? [this.consoleSignIn.client.userPoolClientId] : []),
      ],
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: `Platform API (${stage.name})`,
      createDefaultStage: false,
      defaultAuthorizer: this.authorizer,
      // API Gateway answers the preflight itself (no OPTIONS route, no authorizer) and adds the CORS headers
      // to responses. Bearer tokens, not cookies: no credentials.
      ...(props.consoleOrigin === undefined
        ? {}
        : {
            corsPreflight: {
              allowOrigins: [props.consoleOrigin],
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.PATCH, CorsHttpMethod.DELETE],
              allowHeaders: [...CONSOLE_REQUEST_HEADERS],
              exposeHeaders: [...CONSOLE_EXPOSED_HEADERS],
              allowCredentials: false,
              maxAge: Duration.hours(1),
            },
          }),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: stage.logRetention,
      removalPolicy: stage.removalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: stage.apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // No source IP, user agent or claims: access logs must not hold personal data.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTimeEpoch',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });
  }

  /** The URL of the default stage. */
  get url(): string {
    return this.stage.url;
  }

  /**
   * Routes `routeKey` (`'<METHOD> <path>'`, API Gateway syntax) to `handler`.
   *
   * @example
   * api.route('POST /health/pings', recordPing.function);
   */
  route(routeKey: string, handler: IFunction, options: RouteOptions = {}): HttpRoute {
    const match = ROUTE_KEY.exec(routeKey);
    const [, method, path] = match ?? [];
    if (method === undefined || path === undefined) {
      throw new Error(`Route key must be '<METHOD> /<path>', e.g. 'GET /health/pings/{pingId}'; got '${routeKey}'`);
    }
    const id = routeConstructId(method, path);
    const route = new HttpRoute(this, id, {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.with(path, method as HttpMethod),
      integration: new HttpLambdaIntegration('Integration', handler),
      authorizer: options.auth === 'none' ? new HttpNoneAuthorizer() : this.authorizer,
    });
    if (options.auth === 'none') {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: `${routeKey} is public on purpose: ${options.publicBecause}`,
      });
    }
    return route;
  }
}

const pascal = (words: string[]): string => words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');

/** `GET /health/pings/{pingId}` → `GetHealthPingsPingIdRoute`; stable, so the route keeps its logical id. */
const routeConstructId = (method: string, path: string): string =>
  `${pascal([method.toLowerCase(), ...path.split(/[^A-Za-z0-9]+/).filter(Boolean)])}Route`;

const groupConstructId = (group: string): string => `${pascal(group.split('-'))}Group`;
