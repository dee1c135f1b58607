import { CfnOutput, CfnParameter, NestedStack, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { ServiceName } from '@platform/events';
import type { Construct } from 'constructs';
import { AlarmTopic } from './alarms/alarm-topic.ts';
import { addPlatformAlarms } from './alarms/platform-alarms.ts';
import { PlatformDashboard } from './alarms/platform-dashboard.ts';
import { ConsoleDeployment } from './console-deployment.ts';
import { ConsoleHosting } from './console-hosting.ts';
import { signInOriginOf } from './console-sign-in.ts';
import { EmeritusService } from './emeritus-service.ts';
import { routeToInboxes } from './event-routing.ts';
import { FUND_TABLE_INDEXES, FundService } from './fund-service.ts';
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
  /** The web console's build; defaults to `packages/console/dist` (a placeholder is deployed where it is missing). */
  readonly consoleBuildPath?: string;
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
  /**
   * The web console's nested stacks: `hosting` (bucket, distribution) and `deployment` (the build and its
   * `config.json`). Two, not one: the API's CORS and the sign-in client name the distribution, and
   * `config.json` names the API and the client, so one stack holding both would depend on itself.
   */
  readonly console: { readonly hosting: NestedStack; readonly deployment: NestedStack };
  readonly consoleHosting: ConsoleHosting;
  /** The topic every alarm of the environment notifies, and the environment's dashboard. */
  readonly alarms: AlarmTopic;
  readonly dashboard: PlatformDashboard;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const { stage } = props;

    const consoleHosting = new NestedStack(this, 'ConsoleHosting', { description: `web console hosting of ${this.stackName}` });
    this.consoleHosting = new ConsoleHosting(consoleHosting, 'Console', { stage, signInOrigin: signInOriginOf(stage, consoleHosting.region) });
    this.api = new PlatformApi(this, 'Api', { stage, consoleOrigin: this.consoleHosting.origin });
    const signIn = this.api.consoleSignIn!;
    const consoleDeployment = new NestedStack(this, 'ConsoleDeployment', {
      description: `web console build of ${this.stackName}`,
      parameters: { ConsoleBucketName: this.consoleHosting.bucket.bucketName },
    });
    // A parameter of our own rather than CDK's generated one, so the bucket's ARN (and the cdk-nag finding
    // on the deployment handler's grant) reads `<ConsoleBucketName>`, whatever the path of the bucket.
    const bucketName = new CfnParameter(consoleDeployment, 'ConsoleBucketName', {
      type: 'String',
      description: 'Name of the console bucket of the ConsoleHosting nested stack',
    });
    new ConsoleDeployment(consoleDeployment, 'Console', {
      stage,
      bucketName: bucketName.valueAsString,
      ...(props.consoleBuildPath === undefined ? {} : { buildPath: props.consoleBuildPath }),
      config: {
        apiUrl: this.api.url,
        userPoolId: this.api.userPool.userPoolId,
        clientId: signIn.client.userPoolClientId,
        signInDomain: signIn.signInUrl,
        region: this.region,
      },
    });
    this.console = { hosting: consoleHosting, deployment: consoleDeployment };
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
      const relay = new OutboxRelay(scope, `${id}OutboxRelay`, { service, stage, outbox: store.outbox, routes: routeToInboxes(service, inboxes) });
      return { stage, api: this.api, table: store.table, outbox: store.outbox, relayDeadLetterQueue: relay.deadLetterQueue };
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
    // The emeritus service consumes its own retirement events, to flag the Clause V meetings they affect.
    new EmeritusService(emeritus, 'Emeritus', { ...dataOf(emeritus, 'emeritus', 'Emeritus'), inbox: inboxes.emeritus });
    new FundService(fund, 'Fund', { ...dataOf(fund, 'fund', 'Fund', { indexes: FUND_TABLE_INDEXES }), inbox: inboxes.fund });
    new SelectionsService(selections, 'Selections', { ...dataOf(selections, 'selections', 'Selections'), inbox: inboxes.selections });

    // Last, once every function and queue exists: each gets its alarms inside it, in its own stack.
    this.alarms = new AlarmTopic(this, 'Alarms', { stage });
    const alarms = addPlatformAlarms(this, { topic: this.alarms.topic, api: this.api });
    this.dashboard = new PlatformDashboard(this, 'Dashboard', { stage, alarms });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'UserPoolId', { value: this.api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.api.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'ConsoleUrl', { value: this.consoleHosting.origin });
    new CfnOutput(this, 'ConsoleSignInDomain', { value: signIn.signInUrl });
    new CfnOutput(this, 'ConsoleClientId', { value: signIn.client.userPoolClientId });
  }
}
