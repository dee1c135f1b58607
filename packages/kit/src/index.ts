export { dynamoDocumentClient } from './aws/dynamodb-client.ts';
export type { DocumentClient } from './aws/dynamodb-client.ts';
export { sqsClient } from './aws/sqs-client.ts';
export { requiredEnv } from './aws/env.ts';
export type { MessageSender, TransactWriteItem } from './aws/types.ts';
export {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  MissingEnvironmentVariableError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthenticatedError,
  UnprocessableError,
  UnprocessableEventError,
} from './errors.ts';
export type { ErrorKind, InputIssue } from './errors.ts';
export { httpHandler } from './http/http-handler.ts';
export type { ContractRouteHandler, HttpLambdaHandler } from './http/http-handler.ts';
export { defineRoute, routeKeyOf } from './http/route-contract.ts';
export type { HttpMethod, RouteBody, RouteCaller, RouteContract, RouteRequest, RouteResponse } from './http/route-contract.ts';
export { parse } from './http/parse.ts';
export type { RequestPart } from './http/parse.ts';
export type { Problem } from './http/problem.ts';
export { roles } from './http/types.ts';
export type {
  AuthMode,
  Caller,
  HttpContext,
  HttpEvent,
  HttpResult,
  JsonResult,
  Role,
  TextResult,
} from './http/types.ts';
export { inboxPut } from './inbox/inbox-put.ts';
export { asciiJson, asciiJsonText } from './json/ascii-json.ts';
export { DYNAMODB_MAX_ITEM_BYTES, itemSizeBytes } from './dynamodb/item-size.ts';
export { failedConditionAt, isTransactionConflict, retryTransactionConflicts } from './dynamodb/transactions.ts';
export { isDuplicateDelivery } from './inbox/is-duplicate-delivery.ts';
export { logger } from './logging/logger.ts';
export type { Logger } from './logging/logger.ts';
export type { EventQueueRoutes } from './outbox/event-queue-routes.ts';
export { outboxPut } from './outbox/outbox-put.ts';
export { opaqueCursor } from './paging/opaque-cursor.ts';
export type { OpaqueCursor } from './paging/opaque-cursor.ts';
export { decodePageCursor, encodePageCursor, PageKey } from './paging/partition-cursor.ts';
export { sqsConsumer } from './sqs/sqs-consumer.ts';
export type { EventContext, SqsConsumerOptions } from './sqs/sqs-consumer.ts';
export { BUSINESS_METRICS, emitMetrics, METRICS_NAMESPACE } from './metrics/index.ts';
export type { BusinessMetric, EmitMetricsOptions } from './metrics/index.ts';
