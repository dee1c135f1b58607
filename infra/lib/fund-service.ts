import { Duration } from 'aws-cdk-lib';
import { AttributeType, ProjectionType } from 'aws-cdk-lib/aws-dynamodb';
import type { GlobalSecondaryIndexProps, ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { routeKeyOf } from '../../packages/kit/src/contract.ts';
import type { RouteContract } from '../../packages/kit/src/contract.ts';
import * as routes from '../../services/fund/src/api/index.ts';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from '../../services/fund/src/api/dead-letter-routes.ts';
import { DeadLetterRoutes } from './dead-letter-routes.ts';
import { DONATION_LIST_ATTRIBUTES, DONATIONS_BY_RECEIVED_ON } from '../../services/fund/src/store/keys.ts';
import { FundReconciliation } from './fund-reconciliation.ts';
import type { PlatformApi } from './http-api.ts';
import { ServiceFunction } from './service-function.ts';
import type { TableAccess } from './service-function.ts';
import type { ServiceInbox } from './service-inbox.ts';
import type { StageConfig } from './stage-config.ts';

export interface FundServiceProps {
  readonly stage: StageConfig;
  readonly api: PlatformApi;
  /** The fund's single table: totals and rates, donations and refunds, the ledger, applications, its view of selections. */
  readonly table: ITable;
  /** Where `fund.donation-refunded`, `fund.grant-approved` and `fund.grant-disbursed` are written, each in the transaction of its change. */
  readonly outbox: ITable;
  /**
   * The fund's inbound queue: `fund.donation-received` from the payment systems and from the routes below,
   * and `selections.selection-scheduled`/`-cancelled` from the selections service.
   */
  readonly inbox: ServiceInbox;
  /** The on-failure queue of the service's outbox relay, which its dead-letter routes list (read only). */
  readonly relayDeadLetterQueue: IQueue;
}

/**
 * The fund table's secondary indexes, given to its store: `byReceivedOn` lists donations by the month and day
 * received (only donation items carry its keys), projecting only what finance's list shows, never the donors'
 * details. It costs one index write per donation and per refund (which changes `refundedPence`).
 */
export const FUND_TABLE_INDEXES: readonly GlobalSecondaryIndexProps[] = [
  {
    indexName: DONATIONS_BY_RECEIVED_ON.indexName,
    partitionKey: { name: DONATIONS_BY_RECEIVED_ON.partitionKey, type: AttributeType.STRING },
    sortKey: { name: DONATIONS_BY_RECEIVED_ON.sortKey, type: AttributeType.STRING },
    projectionType: ProjectionType.INCLUDE,
    nonKeyAttributes: [...DONATION_LIST_ATTRIBUTES],
  },
];

/** One route of the service: its function, its contract (which gives the route key), and the access it needs. */
interface FundRoute {
  readonly id: string;
  readonly route: RouteContract;
  readonly handler: string;
  readonly table?: TableAccess;
  /** Only the refund, the decision and the disbursement write the outbox. */
  readonly publishes?: boolean;
  /** The routes that record donations put them on the fund's own inbound queue, to be levied there. */
  readonly enqueues?: boolean;
  /** For the routes that read or send thousands of items; the HTTP API waits 30 seconds at most. */
  readonly long?: boolean;
  /** The routes that need the stage's retention period (`RETENTION_MONTHS`). */
  readonly retention?: boolean;
  /** Why a route needs no token, for the few that are public. */
  readonly publicBecause?: string;
}

// The contracts say who may call each route (the kit checks it): the donation, ledger and report routes
// are finance's; applying, listing one's own and withdrawing are candidates'; reading one application is
// both's (a candidate only their own). Reads get read-only grants, so a bug in one cannot touch the ledger or an application.
const ROUTES: readonly FundRoute[] = [
  { id: 'RecordDonation', route: routes.recordDonation, handler: 'record-donation', table: 'read-write', enqueues: true },
  { id: 'ImportDonations', route: routes.importDonations, handler: 'import-donations', enqueues: true, long: true },
  { id: 'ListDonations', route: routes.listDonations, handler: 'list-donations', table: 'read' },
  { id: 'GetDonation', route: routes.getDonation, handler: 'get-donation', table: 'read' },
  { id: 'RefundDonation', route: routes.refundDonation, handler: 'refund-donation', table: 'read-write', publishes: true },
  { id: 'SetLevyRate', route: routes.setLevyRate, handler: 'set-levy-rate', table: 'read-write' },
  { id: 'ListLevyRates', route: routes.listLevyRates, handler: 'list-levy-rates', table: 'read' },
  { id: 'GetBalance', route: routes.getBalance, handler: 'get-balance', table: 'read' },
  { id: 'ListOpenSelections', route: routes.listOpenSelections, handler: 'list-open-selections', table: 'read' },
  { id: 'GetLedger', route: routes.getLedger, handler: 'get-ledger', table: 'read' },
  { id: 'GetStatement', route: routes.getStatement, handler: 'get-statement', table: 'read', long: true },
  { id: 'GetReconciliation', route: routes.getReconciliation, handler: 'get-reconciliation', table: 'read', long: true },
  { id: 'SubmitApplication', route: routes.submitApplication, handler: 'submit-application', table: 'read-write' },
  { id: 'ListMyApplications', route: routes.listMyApplications, handler: 'list-my-applications', table: 'read' },
  { id: 'ListApplications', route: routes.listApplications, handler: 'list-applications', table: 'read' },
  { id: 'CountApplications', route: routes.countApplications, handler: 'count-applications', table: 'read', long: true },
  { id: 'GetApplication', route: routes.getApplication, handler: 'get-application', table: 'read' },
  { id: 'WithdrawApplication', route: routes.withdrawApplication, handler: 'withdraw-application', table: 'read-write' },
  { id: 'DecideApplication', route: routes.decideApplication, handler: 'decide-application', table: 'read-write', publishes: true },
  { id: 'DisburseGrant', route: routes.disburseGrant, handler: 'disburse-grant', table: 'read-write', publishes: true },
  { id: 'CancelApproval', route: routes.cancelApproval, handler: 'cancel-approval', table: 'read-write' },
  { id: 'GetDiversityReport', route: routes.getDiversityReport, handler: 'get-diversity-report', table: 'read', long: true },
  { id: 'GetMonthlyReport', route: routes.getMonthlyReport, handler: 'get-monthly-report', table: 'read', long: true },
  {
    id: 'GetPrivacyPolicy',
    route: routes.getPrivacyPolicy,
    handler: 'get-privacy-policy',
    retention: true,
    publicBecause: 'the console shows the retention policy on its start page before anyone signs in; it reads no data and returns no caller data',
  },
  { id: 'EraseApplication', route: routes.eraseApplication, handler: 'erase-application', table: 'read-write' },
  { id: 'ExportMyData', route: routes.exportMyData, handler: 'export-my-data', table: 'read' },
  { id: 'ListErasures', route: routes.listErasures, handler: 'list-erasures', table: 'read' },
];

/**
 * Denies a writer of the fund's table any deletion, and any update of a ledger movement (`LEDGER#…`
 * partitions): movements are only ever added, whatever a bug in the code might try. The grant CDK gives
 * includes both actions, and an explicit deny overrides it, inside transactions too.
 */
const keepLedgerAppendOnly = (fn: ServiceFunction, table: ITable): void => {
  fn.role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.DENY, actions: ['dynamodb:DeleteItem'], resources: [table.tableArn] }));
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.DENY,
      actions: ['dynamodb:UpdateItem'],
      resources: [table.tableArn],
      conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['LEDGER#*'] } },
    }),
  );
};

/**
 * The Diversity Fund: the levy on every pound raised, its double-entry ledger and balance, and the grants
 * it makes. Donations arrive on the fund's inbox (from the payment systems, and from the two donation
 * routes, which enqueue rather than write), and its one consumer levies each exactly once; the same
 * consumer keeps the fund's view of the selections candidates apply for support in.
 */
export class FundService extends Construct {
  /** Each route's function, the inbox consumer (`FundInboxConsumer`), the scheduled erasure (`EraseExpiredApplications`) and reconciliation (`ReconcileFund`), by construct id. */
  readonly functions: Readonly<Record<string, ServiceFunction>>;

  constructor(scope: Construct, id: string, props: FundServiceProps) {
    super(scope, id);
    const { stage, api, table, outbox, inbox, relayDeadLetterQueue } = props;
    const entry = (handler: string) => `services/fund/src/handlers/${handler}.ts`;

    const routes = ROUTES.map((route): [string, ServiceFunction] => {
      const fn = new ServiceFunction(this, route.id, {
        service: 'fund',
        stage,
        entry: entry(route.handler),
        ...(route.long === true ? { timeout: Duration.seconds(29), memorySize: 512 } : {}),
      });
      if (route.table !== undefined) fn.bindTable(table, route.table, 'TABLE_NAME');
      if (route.table === 'read-write') keepLedgerAppendOnly(fn, table);
      if (route.publishes === true) fn.bindTable(outbox, 'write', 'OUTBOX_TABLE_NAME');
      if (route.enqueues === true) {
        inbox.queue.grantSendMessages(fn.function);
        fn.function.addEnvironment('FUND_QUEUE_URL', inbox.queue.queueUrl);
      }
      if (route.retention === true) fn.function.addEnvironment('RETENTION_MONTHS', String(stage.applicationRetentionMonths));
      api.route(routeKeyOf(route.route), fn.function, route.publicBecause === undefined ? {} : { auth: 'none', publicBecause: route.publicBecause });
      return [route.id, fn];
    });

    // The retention schedule: once a day, erase the special category data whose period has ended. A run
    // reads every application (a few thousand at most), so it gets the longest a route would.
    const eraser = new ServiceFunction(this, 'EraseExpiredApplications', {
      service: 'fund',
      stage,
      entry: entry('erase-expired-applications'),
      timeout: Duration.minutes(5),
      memorySize: 512,
    });
    eraser.bindTable(table, 'read-write', 'TABLE_NAME');
    keepLedgerAppendOnly(eraser, table);
    eraser.function.addEnvironment('RETENTION_MONTHS', String(stage.applicationRetentionMonths));
    new Rule(this, 'EraseExpiredApplicationsSchedule', {
      description: 'Erases the special category data of Diversity Fund applications whose retention period has ended',
      schedule: Schedule.cron({ minute: '30', hour: '2' }),
      targets: [new LambdaFunction(eraser.function, { retryAttempts: 2 })],
    });

    const consumer = new ServiceFunction(this, 'FundInboxConsumer', {
      service: 'fund',
      stage,
      entry: entry('fund-inbox-consumer'),
      timeout: inbox.consumerTimeout,
    });
    consumer.bindTable(table, 'read-write', 'TABLE_NAME');
    keepLedgerAppendOnly(consumer, table);
    inbox.attach(consumer);

    // Every six hours the fund reconciles itself, and the platform's alarms tell finance of any difference.
    const reconciliation = new FundReconciliation(this, 'Reconciliation', { stage, table });

    // Finance replays the fund's dead letters (see the README's Dead letters).
    const deadLetters = new DeadLetterRoutes(this, 'DeadLetters', { service: 'fund', stage, api, inbox, relayDeadLetterQueue, routes: { listDeadLetters, getDeadLetter, redriveDeadLetters } });
    this.functions = Object.fromEntries([...routes, ['FundInboxConsumer', consumer], ['EraseExpiredApplications', eraser], ['ReconcileFund', reconciliation.function], ...Object.entries(deadLetters.functions)]);
  }
}
