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
}
