import { CfnOutput, Stack } from 'aws-cdk-lib';
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
 */
export class PlatformStack extends Stack {
  readonly api: PlatformApi;

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
    const dataOf = (service: ServiceName, id: string, storeProps: Omit<ServiceStoreProps, 'stage'> = {}) => {
      const store = new ServiceStore(this, `${id}Store`, { stage, ...storeProps });
      new OutboxRelay(this, `${id}OutboxRelay`, { service, stage, outbox: store.outbox, routes: routeToInboxes(service, inboxes) });
      return { stage, api: this.api, table: store.table, outbox: store.outbox };
    };

    new HealthService(this, 'Health', { ...dataOf('health', 'Health'), inbox: inboxes.health });
    // The emeritus service consumes no events yet: inboxes.emeritus exists, with no consumer attached.
    new EmeritusService(this, 'Emeritus', dataOf('emeritus', 'Emeritus'));
    new FundService(this, 'Fund', { ...dataOf('fund', 'Fund'), inbox: inboxes.fund });
    new SelectionsService(this, 'Selections', { ...dataOf('selections', 'Selections'), inbox: inboxes.selections });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'UserPoolId', { value: this.api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.api.userPoolClient.userPoolClientId });
  }
}
