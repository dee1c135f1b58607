import { resourcesOfType, type CfnResource, type CfnTemplate } from './template.ts';
import { parseScheduleExpression } from '../schedules/schedule-expression.ts';
import type { CorsWiring, FunctionWiring, QueueWiring, RouteWiring, ScheduleRuleWiring, TableWiring, Wiring } from './wiring.ts';

/** Metadata the CDK app's service function construct writes on every function it defines. */
export const ENTRY_METADATA = 'platform:entry';
export const HANDLER_METADATA = 'platform:handler';

export class UnsupportedWiringError extends Error {
  constructor(logicalId: string, reason: string) {
    super(`the local cloud cannot serve ${logicalId}: ${reason}`);
    this.name = 'UnsupportedWiringError';
  }
}

const getAttTarget = (value: unknown, attribute: string): string | undefined => {
  const getAtt = (value as { 'Fn::GetAtt'?: unknown } | undefined)?.['Fn::GetAtt'];
  if (!Array.isArray(getAtt) || getAtt[1] !== attribute) return undefined;
  return String(getAtt[0]);
};

const refTarget = (value: unknown): string | undefined => {
  const ref = (value as { Ref?: unknown } | undefined)?.Ref;
  return typeof ref === 'string' ? ref : undefined;
};

const props = (resource: CfnResource): Record<string, unknown> => resource.Properties ?? {};

const readTables = (template: CfnTemplate): TableWiring[] =>
  resourcesOfType(template, 'AWS::DynamoDB::Table').map(([logicalId, resource]) => ({
    logicalId,
    properties: props(resource),
    streamed: props(resource).StreamSpecification !== undefined,
  }));

const QUEUE_ATTRIBUTES = ['VisibilityTimeout', 'MessageRetentionPeriod', 'DelaySeconds', 'ReceiveMessageWaitTimeSeconds', 'MaximumMessageSize', 'FifoQueue', 'ContentBasedDeduplication'];

const readQueues = (template: CfnTemplate): QueueWiring[] =>
  resourcesOfType(template, 'AWS::SQS::Queue').map(([logicalId, resource]) => {
    const properties = props(resource);
    const attributes = Object.fromEntries(
      QUEUE_ATTRIBUTES.filter((name) => properties[name] !== undefined).map((name) => [name, String(properties[name])]),
    );
    const redrivePolicy = properties.RedrivePolicy as { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown } | undefined;
    const name = attributes.FifoQueue === 'true' ? `${logicalId}.fifo` : logicalId;
    if (!redrivePolicy) return { logicalId, name, attributes };
    const deadLetterLogicalId = getAttTarget(redrivePolicy.deadLetterTargetArn, 'Arn');
    if (!deadLetterLogicalId) throw new UnsupportedWiringError(logicalId, 'its dead-letter queue is not a queue of this stack');
    return { logicalId, name, attributes, redrive: { deadLetterLogicalId, maxReceiveCount: Number(redrivePolicy.maxReceiveCount) } };
  });

const readFunction = (template: CfnTemplate, logicalId: string): FunctionWiring => {
  const resource = template.Resources[logicalId];
  if (resource?.Type !== 'AWS::Lambda::Function') throw new UnsupportedWiringError(logicalId, 'it is not a Lambda function of this stack');
  const entry = resource.Metadata?.[ENTRY_METADATA];
  if (typeof entry !== 'string') {
    throw new UnsupportedWiringError(logicalId, `it has no ${ENTRY_METADATA} metadata; define it with the ServiceFunction construct`);
  }
  const properties = props(resource);
  return {
    logicalId,
    entry,
    handlerExport: String(resource.Metadata?.[HANDLER_METADATA] ?? 'handler'),
    environment: ((properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {}),
    timeoutSeconds: Number(properties.Timeout ?? 3),
    memoryMb: Number(properties.MemorySize ?? 128),
    ...(properties.ReservedConcurrentExecutions === undefined ? {} : { reservedConcurrency: Number(properties.ReservedConcurrentExecutions) }),
  };
};

const readRoutes = (template: CfnTemplate, useFunction: (logicalId: string) => void): RouteWiring[] =>
  resourcesOfType(template, 'AWS::ApiGatewayV2::Route').map(([logicalId, resource]) => {
    const properties = props(resource);
    const routeKey = String(properties.RouteKey);
    const [method = '', path = ''] = routeKey.split(' ');
    const target = JSON.stringify(properties.Target ?? '');
    const integrationId = /"Ref":"([^"]+)"/.exec(target)?.[1];
    const integration = integrationId ? template.Resources[integrationId] : undefined;
    const functionLogicalId = integration ? getAttTarget(props(integration).IntegrationUri, 'Arn') : undefined;
    if (!functionLogicalId) throw new UnsupportedWiringError(logicalId, `route ${routeKey} does not integrate a Lambda function of this stack`);
    if (integration && props(integration).PayloadFormatVersion !== '2.0') {
      throw new UnsupportedWiringError(logicalId, `route ${routeKey} uses payload format ${String(props(integration).PayloadFormatVersion)}; only 2.0 is served`);
    }
    const authorization = String(properties.AuthorizationType ?? 'NONE');
    if (authorization !== 'NONE' && authorization !== 'JWT') throw new UnsupportedWiringError(logicalId, `authorization type ${authorization} is not served locally`);
    useFunction(functionLogicalId);
    return {
      routeKey,
      method,
      path,
      functionLogicalId,
      authorization,
      requiredScopes: (properties.AuthorizationScopes as string[] | undefined) ?? [],
    };
  });

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

const readCors = (template: CfnTemplate): CorsWiring | undefined => {
  const withCors = resourcesOfType(template, 'AWS::ApiGatewayV2::Api').filter(([, resource]) => props(resource).CorsConfiguration !== undefined);
  if (withCors.length > 1) {
    throw new UnsupportedWiringError(withCors.map(([logicalId]) => logicalId).join(', '), 'the local gateway serves one HTTP API, so one CORS policy');
  }
  const [api] = withCors;
  if (api === undefined) return undefined;
  const [apiLogicalId, resource] = api;
  const cors = props(resource).CorsConfiguration as Record<string, unknown>;
  const origins = Array.isArray(cors.AllowOrigins) ? (cors.AllowOrigins as unknown[]) : [];
  return {
    apiLogicalId,
    allowOrigins: origins.filter((origin): origin is string => typeof origin === 'string'),
    deployTimeOrigins: origins.filter((origin) => typeof origin !== 'string'),
    allowHeaders: strings(cors.AllowHeaders),
    allowMethods: strings(cors.AllowMethods),
    exposeHeaders: strings(cors.ExposeHeaders),
    allowCredentials: cors.AllowCredentials === true,
    maxAgeSeconds: cors.MaxAge === undefined ? undefined : Number(cors.MaxAge),
  };
};

const readScheduleRules = (template: CfnTemplate, useFunction: (logicalId: string) => void): ScheduleRuleWiring[] =>
  resourcesOfType(template, 'AWS::Events::Rule').map(([logicalId, resource]) => {
    const properties = props(resource);
    if (properties.EventPattern !== undefined || typeof properties.ScheduleExpression !== 'string') {
      throw new UnsupportedWiringError(logicalId, 'only scheduled EventBridge rules (a ScheduleExpression, no EventPattern) are served locally');
    }
    if (properties.EventBusName !== undefined) throw new UnsupportedWiringError(logicalId, 'a scheduled rule runs on the default event bus only');
    const scheduleExpression = properties.ScheduleExpression;
    try {
      parseScheduleExpression(scheduleExpression);
    } catch (error) {
      throw new UnsupportedWiringError(logicalId, (error as Error).message);
    }
    const targets = ((properties.Targets as Record<string, unknown>[] | undefined) ?? []).map((target) => {
      const functionLogicalId = getAttTarget(target.Arn, 'Arn');
      if (!functionLogicalId || template.Resources[functionLogicalId]?.Type !== 'AWS::Lambda::Function') {
        throw new UnsupportedWiringError(logicalId, `target ${String(target.Id)} is not a Lambda function of this stack; only function targets are served locally`);
      }
      if (target.InputPath !== undefined || target.InputTransformer !== undefined) {
        throw new UnsupportedWiringError(logicalId, `target ${String(target.Id)} reshapes the event (InputPath, InputTransformer), which is not served locally`);
      }
      useFunction(functionLogicalId);
      const retry = (target.RetryPolicy as { MaximumRetryAttempts?: unknown } | undefined)?.MaximumRetryAttempts;
      return {
        id: String(target.Id),
        functionLogicalId,
        input: typeof target.Input === 'string' ? JSON.parse(target.Input) : undefined,
        maximumRetryAttempts: retry === undefined ? 185 : Number(retry),
      };
    });
    return {
      logicalId,
      scheduleExpression,
      description: typeof properties.Description === 'string' ? properties.Description : undefined,
      enabled: properties.State === undefined || properties.State === 'ENABLED',
      targets,
    };
  });

/**
 * Derives the local wiring from a synthesized template. It fails, naming the resource, on
 * anything it could not serve faithfully, so nothing the app deploys is silently missing
 * locally. It reads only the types it serves (tables, queues, routes, authorizers, event source
 * mappings, scheduled EventBridge rules, the API's CORS) and the functions they name; everything else, such as the web console's
 * bucket, distribution and deployments or Cognito's clients and domain, has no local counterpart
 * and is passed over.
 *
 * @example
 * const wiring = readWiring(JSON.parse(readFileSync('cdk.out/Platform-dev.template.json', 'utf8')));
 */
export const readWiring = (template: CfnTemplate): Wiring => {
  const functions = new Map<string, FunctionWiring>();
  const useFunction = (logicalId: string) => {
    if (!functions.has(logicalId)) functions.set(logicalId, readFunction(template, logicalId));
  };
  const wiring: Wiring = {
    tables: readTables(template),
    queues: readQueues(template),
    functions,
    routes: readRoutes(template, useFunction),
    queueMappings: [],
    streamMappings: [],
    jwtAuthorizers: resourcesOfType(template, 'AWS::ApiGatewayV2::Authorizer').map(([logicalId, resource]) => {
      if (props(resource).AuthorizerType !== 'JWT') throw new UnsupportedWiringError(logicalId, 'only JWT authorizers are served locally');
      return logicalId;
    }),
    cors: readCors(template),
    scheduleRules: readScheduleRules(template, useFunction),
  };
  for (const [logicalId, resource] of resourcesOfType(template, 'AWS::Lambda::EventSourceMapping')) {
    const properties = props(resource);
    const functionLogicalId = refTarget(properties.FunctionName);
    if (!functionLogicalId) throw new UnsupportedWiringError(logicalId, 'its function is not a function of this stack');
    useFunction(functionLogicalId);
    const reportBatchItemFailures = ((properties.FunctionResponseTypes as string[] | undefined) ?? []).includes('ReportBatchItemFailures');
    const enabled = properties.Enabled !== false;
    const queueLogicalId = getAttTarget(properties.EventSourceArn, 'Arn');
    const tableLogicalId = getAttTarget(properties.EventSourceArn, 'StreamArn');
    if (queueLogicalId && template.Resources[queueLogicalId]?.Type === 'AWS::SQS::Queue') {
      const maximumConcurrency = (properties.ScalingConfig as { MaximumConcurrency?: unknown } | undefined)?.MaximumConcurrency;
      wiring.queueMappings.push({
        logicalId,
        queueLogicalId,
        functionLogicalId,
        batchSize: Number(properties.BatchSize ?? 10),
        maximumBatchingWindowSeconds: Number(properties.MaximumBatchingWindowInSeconds ?? 0),
        reportBatchItemFailures,
        enabled,
        ...(maximumConcurrency === undefined ? {} : { maximumConcurrency: Number(maximumConcurrency) }),
      });
    } else if (tableLogicalId && template.Resources[tableLogicalId]?.Type === 'AWS::DynamoDB::Table') {
      const onFailure = (properties.DestinationConfig as { OnFailure?: { Destination?: unknown } } | undefined)?.OnFailure?.Destination;
      const onFailureQueueLogicalId = onFailure === undefined ? undefined : getAttTarget(onFailure, 'Arn');
      if (onFailure !== undefined && !onFailureQueueLogicalId) throw new UnsupportedWiringError(logicalId, 'its on-failure destination is not a queue of this stack');
      if (properties.FilterCriteria !== undefined) throw new UnsupportedWiringError(logicalId, 'stream filter criteria are not served locally');
      wiring.streamMappings.push({
        logicalId,
        tableLogicalId,
        functionLogicalId,
        batchSize: Number(properties.BatchSize ?? 100),
        startingPosition: properties.StartingPosition === 'LATEST' ? 'LATEST' : 'TRIM_HORIZON',
        reportBatchItemFailures,
        maximumRetryAttempts: Number(properties.MaximumRetryAttempts ?? -1),
        bisectBatchOnFunctionError: properties.BisectBatchOnFunctionError === true,
        ...(onFailureQueueLogicalId ? { onFailureQueueLogicalId } : {}),
        enabled,
      });
    } else {
      throw new UnsupportedWiringError(logicalId, 'only SQS queues and DynamoDB streams of this stack are served as event sources');
    }
  }
  return wiring;
};
