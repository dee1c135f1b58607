/** One table to create in DynamoDB Local, with the template's own key and index definitions. */
export interface TableWiring {
  logicalId: string;
  properties: Record<string, unknown>;
  streamed: boolean;
}

export interface QueueWiring {
  logicalId: string;
  name: string;
  attributes: Record<string, string>;
  redrive?: { deadLetterLogicalId: string; maxReceiveCount: number };
}

export interface FunctionWiring {
  logicalId: string;
  /** The handler's source module, relative to the repository root. */
  entry: string;
  handlerExport: string;
  /** The template's environment, intrinsics unresolved until the resources exist. */
  environment: Record<string, unknown>;
  timeoutSeconds: number;
  memoryMb: number;
  /** `ReservedConcurrentExecutions`: the most environments the function may have at once; undefined when unreserved. */
  reservedConcurrency?: number;
}

export interface RouteWiring {
  routeKey: string;
  method: string;
  path: string;
  functionLogicalId: string;
  authorization: 'NONE' | 'JWT';
  requiredScopes: string[];
}

export interface QueueMappingWiring {
  logicalId: string;
  queueLogicalId: string;
  functionLogicalId: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  reportBatchItemFailures: boolean;
  enabled: boolean;
  /** `ScalingConfig.MaximumConcurrency`: the most batches the mapping's pollers run at once; undefined when unset. */
  maximumConcurrency?: number;
}

export interface StreamMappingWiring {
  logicalId: string;
  tableLogicalId: string;
  functionLogicalId: string;
  batchSize: number;
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
  reportBatchItemFailures: boolean;
  maximumRetryAttempts: number;
  bisectBatchOnFunctionError: boolean;
  onFailureQueueLogicalId?: string;
  enabled: boolean;
}

/**
 * An EventBridge rule that runs on a schedule (`rate(...)` or `cron(...)`), and the functions it invokes.
 *
 * @example
 * wiring.scheduleRules[0]?.scheduleExpression; // 'cron(30 2 * * ? *)'
 */
export interface ScheduleRuleWiring {
  logicalId: string;
  scheduleExpression: string;
  description: string | undefined;
  enabled: boolean;
  targets: {
    /** The target's `Id` in the rule. */
    id: string;
    functionLogicalId: string;
    /** The target's constant `Input`, when the rule sets one; otherwise the scheduled event is passed. */
    input: unknown;
    /** The target's `RetryPolicy.MaximumRetryAttempts` (EventBridge's default is 185). */
    maximumRetryAttempts: number;
  }[];
}

/**
 * The HTTP API's CORS policy as its template declares it (`CorsConfiguration`), for the local gateway to
 * answer preflights and add the same headers as API Gateway.
 *
 * @example
 * wiring.cors?.allowHeaders; // ['authorization', 'content-type', 'x-correlation-id']
 */
export interface CorsWiring {
  /** The API's logical id. */
  apiLogicalId: string;
  /** Origins written literally in the template, e.g. `https://console.example.org`. */
  allowOrigins: string[];
  /**
   * Origins only a deployment knows, as the template's intrinsics: the web console's distribution
   * (`https://` + its `DomainName`). Locally, the console's own dev origin stands in for each.
   */
  deployTimeOrigins: unknown[];
  allowHeaders: string[];
  allowMethods: string[];
  exposeHeaders: string[];
  allowCredentials: boolean;
  /** How long a browser may cache a preflight answer; undefined when the template sets none. */
  maxAgeSeconds: number | undefined;
}

/**
 * Everything the local cloud serves, derived from the synthesized CDK template: the single
 * source of truth for routes, queues, tables and event sources.
 */
export interface Wiring {
  tables: TableWiring[];
  queues: QueueWiring[];
  functions: Map<string, FunctionWiring>;
  routes: RouteWiring[];
  queueMappings: QueueMappingWiring[];
  streamMappings: StreamMappingWiring[];
  jwtAuthorizers: string[];
  /** The HTTP API's CORS policy; undefined when the API declares none (then no cross-origin caller is allowed). */
  cors: CorsWiring | undefined;
  /** The scheduled EventBridge rules, each run by the local scheduler. */
  scheduleRules: ScheduleRuleWiring[];
}
