import { CfnOutput, NestedStack, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { ServiceName } from '@platform/events';
import type { Construct } from 'constructs';
import { EmeritusService } from './emeritus-service.ts';
import { routeToInboxes } from './event-routing.ts';
import { FundService } from './fund-service.ts';
import { HealthService } from './health-service.ts';
import { PlatformApi } from './http-api.ts';
import { OutboxRelay } from './outbox-relay.ts';
import { SelectionsService } from './selections-service.ts';
import { ServiceInbox } from './service-inbox.ts';
import { ServiceStore } from './service-store.ts';
import type { ServiceStoreProps } from './service-store.ts';
import type { StageConfig } from './stage-config.ts';

export interface PlatformStackProps extends StackProps {
  readonly stage: StageConfig;
}

/**
 * One environment of the platform. It only composes: the API, then for each service its inbox, its store,
 * the relay of its outbox and the service itself. Inboxes come first because relays route to them.
 *
 * The API and the inboxes live in this stack; each service's store, relay and functions live in a nested
 * stack of their own (`<Service>Service`), so that no single template nears CloudFormation's limit of 500
 * resources as services grow. CDK passes the queues and the API in as nested-stack parameters and takes the
 * functions' ARNs out as outputs; the environment stays one deployable stack.
 */
export class PlatformStack extends Stack {
  readonly api: PlatformApi;
  /** Each service's nested stack, holding its store, outbox relay and service construct. */
  readonly services: Readonly<Record<ServiceName, NestedStack>>;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const { stage } = props;

    this.api = new PlatformApi(this, 'Api', { stage });
    // Every service's inbox exists before any service is built, so each relay can route to
    // the consumers its events name, whichever order the services are composed in.
    const inboxes = {
      health: new ServiceInbox(this, 'HealthInbox', { stage }),
      emeritus: new ServiceInbox(this, 'EmeritusInbox', { stage }),
      selections: new ServiceInbox(this, 'SelectionsInbox', { stage }),
      fund: new ServiceInbox(this, 'FundInbox', { stage }),
    };

    // A service's data: its table and outbox, and the relay from that outbox to its events' consumers.
    // Each in the service's own nested stack, which the service construct is then built in.
    const dataOf = (scope: NestedStack, service: ServiceName, id: string, storeProps: Omit<ServiceStoreProps, 'stage'> = {}) => {
      const store = new ServiceStore(scope, `${id}Store`, { stage, ...storeProps });
      new OutboxRelay(scope, `${id}OutboxRelay`, { service, stage, outbox: store.outbox, routes: routeToInboxes(service, inboxes) });
      return { stage, api: this.api, table: store.table, outbox: store.outbox };
    };
    const nested = (id: string) => new NestedStack(this, `${id}Service`, { description: `${id} service of ${this.stackName}` });
    this.services = {
      health: nested('Health'),
      emeritus: nested('Emeritus'),
      selections: nested('Selections'),
      fund: nested('Fund'),
    };
    const { health, emeritus, selections, fund } = this.services;

    new HealthService(health, 'Health', { ...dataOf(health, 'health', 'Health'), inbox: inboxes.health });
    // The emeritus service consumes no events yet: inboxes.emeritus exists, with no consumer attached.
    new EmeritusService(emeritus, 'Emeritus', dataOf(emeritus, 'emeritus', 'Emeritus'));
    new FundService(fund, 'Fund', { ...dataOf(fund, 'fund', 'Fund'), inbox: inboxes.fund });
    new SelectionsService(selections, 'Selections', { ...dataOf(selections, 'selections', 'Selections'), inbox: inboxes.selections });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'UserPoolId', { value: this.api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.api.userPoolClient.userPoolClientId });
  }
}
