import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
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

    const healthStore = new ServiceStore(this, 'HealthStore', { stage });
    new OutboxRelay(this, 'HealthOutboxRelay', {
      service: 'health',
      stage,
      outbox: healthStore.outbox,
      routes: routeToInboxes('health', inboxes),
    });
    new HealthService(this, 'Health', {
      stage,
      api: this.api,
      table: healthStore.table,
      outbox: healthStore.outbox,
      inbox: inboxes.health,
    });

    // The emeritus service consumes no events yet: inboxes.emeritus exists, with no consumer attached.
    const emeritusStore = new ServiceStore(this, 'EmeritusStore', { stage });
    new OutboxRelay(this, 'EmeritusOutboxRelay', {
      service: 'emeritus',
      stage,
      outbox: emeritusStore.outbox,
      routes: routeToInboxes('emeritus', inboxes),
    });
    new EmeritusService(this, 'Emeritus', {
      stage,
      api: this.api,
      table: emeritusStore.table,
      outbox: emeritusStore.outbox,
    });

    const fundStore = new ServiceStore(this, 'FundStore', { stage });
    new OutboxRelay(this, 'FundOutboxRelay', {
      service: 'fund',
      stage,
      outbox: fundStore.outbox,
      routes: routeToInboxes('fund', inboxes),
    });
    new FundService(this, 'Fund', {
      stage,
      api: this.api,
      table: fundStore.table,
      outbox: fundStore.outbox,
      inbox: inboxes.fund,
    });

    const selectionsStore = new ServiceStore(this, 'SelectionsStore', { stage });
    new OutboxRelay(this, 'SelectionsOutboxRelay', {
      service: 'selections',
      stage,
      outbox: selectionsStore.outbox,
      routes: routeToInboxes('selections', inboxes),
    });
    new SelectionsService(this, 'Selections', {
      stage,
      api: this.api,
      table: selectionsStore.table,
      outbox: selectionsStore.outbox,
      inbox: inboxes.selections,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'UserPoolId', { value: this.api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.api.userPoolClient.userPoolClientId });
  }
}
