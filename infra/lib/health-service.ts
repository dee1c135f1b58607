import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { routeKeyOf } from '../../packages/kit/src/contract.ts';
import {
  getHealth as getHealthRoute,
  getOpenApiDocument as getOpenApiDocumentRoute,
  getPing as getPingRoute,
  recordPing as recordPingRoute,
} from '../../services/health/src/api/index.ts';
import type { PlatformApi } from './http-api.ts';
import { ServiceFunction } from './service-function.ts';
import type { ServiceInbox } from './service-inbox.ts';
import type { StageConfig } from './stage-config.ts';

export interface HealthServiceProps {
  readonly stage: StageConfig;
  readonly api: PlatformApi;
  /** The health service's single table. */
  readonly table: ITable;
  /** Where `health.ping-recorded` is written, in the same transaction as the ping. */
  readonly outbox: ITable;
  /** The queue `health.ping-recorded` arrives on. */
  readonly inbox: ServiceInbox;
}

/**
 * The thin service that proves the foundation end to end: a public liveness route, a ping that is stored
 * and published through the outbox, and a consumer that receives the ping's event back from its inbox.
 */
export class HealthService extends Construct {
  constructor(scope: Construct, id: string, props: HealthServiceProps) {
    super(scope, id);
    const { stage, api, table, outbox, inbox } = props;
    const handler = (name: string): string => `services/health/src/handlers/${name}.ts`;

    const getHealth = new ServiceFunction(this, 'GetHealth', { service: 'health', stage, entry: handler('get-health') });
    api.route(routeKeyOf(getHealthRoute), getHealth.function, {
      auth: 'none',
      publicBecause: 'it is the liveness probe for monitors and deploy checks; it reads no data and returns no caller data',
    });

    const getOpenApiDocument = new ServiceFunction(this, 'GetOpenApiDocument', { service: 'health', stage, entry: handler('get-openapi-document') });
    api.route(routeKeyOf(getOpenApiDocumentRoute), getOpenApiDocument.function, {
      auth: 'none',
      publicBecause: 'it describes the API (the committed OpenAPI document); it reads no data and returns no caller data',
    });

    const recordPing = new ServiceFunction(this, 'RecordPing', { service: 'health', stage, entry: handler('record-ping') });
    recordPing.bindTable(table, 'read-write', 'TABLE_NAME');
    recordPing.bindTable(outbox, 'write', 'OUTBOX_TABLE_NAME');
    api.route(routeKeyOf(recordPingRoute), recordPing.function);

    const getPing = new ServiceFunction(this, 'GetPing', { service: 'health', stage, entry: handler('get-ping') });
    getPing.bindTable(table, 'read', 'TABLE_NAME');
    api.route(routeKeyOf(getPingRoute), getPing.function);

    const pingRecordedConsumer = new ServiceFunction(this, 'PingRecordedConsumer', {
      service: 'health',
      stage,
      entry: handler('ping-recorded-consumer'),
      timeout: inbox.consumerTimeout,
    });
    pingRecordedConsumer.bindTable(table, 'read-write', 'TABLE_NAME');
    inbox.attach(pingRecordedConsumer);
  }
}
