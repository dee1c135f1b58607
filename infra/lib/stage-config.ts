import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { StandardThreatProtectionMode } from 'aws-cdk-lib/aws-cognito';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** What differs between the platform's environments; every construct reads its stage from here. */
export interface StageConfig {
  /** Short name, used in the stack name `Platform-<name>`. */
  readonly name: 'dev' | 'prod';
  /** What CloudFormation does with stateful resources (tables, user pool, log groups) when they leave the stack. */
  readonly removalPolicy: RemovalPolicy;
  /** Whether tables and the user pool refuse deletion until the protection is turned off. */
  readonly deletionProtection: boolean;
  readonly logRetention: RetentionDays;
  /** `POWERTOOLS_LOG_LEVEL` of every function. */
  readonly logLevel: 'DEBUG' | 'INFO';
  /** Default-stage throttling of the HTTP API, for all routes together. */
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Cognito threat protection: audit first in dev, enforce (block risky sign-ins) in prod. */
  readonly threatProtection: StandardThreatProtectionMode;
  /** How long an SQS consumer may run; each inbound queue's visibility timeout is six times this. */
  readonly consumerTimeout: Duration;
  /**
   * Prefix of the Cognito domain serving the console's managed login pages,
   * `https://<prefix>.auth.<region>.amazoncognito.com`. Unique per region across all AWS accounts; Cognito
   * refuses prefixes containing `aws`, `amazon` or `cognito`.
   */
  readonly signInDomainPrefix: string;
  /** Who the stage's alarm topic emails; each address must confirm its subscription once. Empty: no one. */
  readonly alarmEmails: readonly string[];
  /**
   * How many months the special category data of a Diversity Fund application (groups, `describedAs`,
   * statement) is kept once the application is finished and its selection over, whichever is later; then
   * the daily schedule erases it. `GET /fund/privacy` tells applicants.
   */
  readonly applicationRetentionMonths: number;
}

/** The platform's environments, one stack each. */
export const STAGES = {
  dev: {
    name: 'dev',
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.ONE_WEEK,
    logLevel: 'DEBUG',
    apiThrottle: { rateLimit: 20, burstLimit: 40 },
    threatProtection: StandardThreatProtectionMode.AUDIT_ONLY,
    consumerTimeout: Duration.seconds(30),
    signInDomainPrefix: 'selections-platform-dev',
    // Dev's alarms show on its dashboard only.
    alarmEmails: [],
    applicationRetentionMonths: 12,
  },
  prod: {
    name: 'prod',
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    logRetention: RetentionDays.SIX_MONTHS,
    logLevel: 'INFO',
    apiThrottle: { rateLimit: 100, burstLimit: 200 },
    threatProtection: StandardThreatProtectionMode.FULL_FUNCTION,
    consumerTimeout: Duration.seconds(30),
    signInDomainPrefix: 'selections-platform',
    // TODO(#15): the on-call addresses, once the operations team names them; until then prod alarms show on
    // the dashboard and the topic only.
    alarmEmails: [],
    applicationRetentionMonths: 12,
  },
} as const satisfies Record<string, StageConfig>;
