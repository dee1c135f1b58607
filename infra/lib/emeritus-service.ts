import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { routeKeyOf } from '../../packages/kit/src/contract.ts';
import type { RouteContract } from '../../packages/kit/src/contract.ts';
import * as routes from '../../services/emeritus/src/api/index.ts';
import { DeadLetterRoutes } from './dead-letter-routes.ts';
import type { PlatformApi } from './http-api.ts';
import { ServiceFunction } from './service-function.ts';
import type { TableAccess } from './service-function.ts';
import type { ServiceInbox } from './service-inbox.ts';
import type { StageConfig } from './stage-config.ts';

export interface EmeritusServiceProps {
  readonly stage: StageConfig;
  readonly api: PlatformApi;
  /** The emeritus service's single table: register, MP locks, settings and history. */
  readonly table: ITable;
  /** Where `emeritus.retirement-announced` and `-withdrawn` are written, in the same transaction as the change. */
  readonly outbox: ITable;
  /** The queue the service's own retirement events come back on, to flag the Clause V meetings they affect. */
  readonly inbox: ServiceInbox;
  /** The on-failure queue of the service's outbox relay, which its dead-letter routes list (read only). */
  readonly relayDeadLetterQueue: IQueue;
}

/** One route of the service: its function, its contract (which gives the route key), and the access it needs. */
interface EmeritusRoute {
  readonly id: string;
  readonly route: RouteContract;
  readonly handler: string;
  readonly table: TableAccess;
  /** Only the routes that publish an event may write the outbox. */
  readonly publishes?: boolean;
}

// Every route is for HQ staff, as its contract says (the kit checks it). Reads get a read-only grant, so a
// bug in one cannot change the register or the append-only history.
const ROUTES: readonly EmeritusRoute[] = [
  { id: 'AnnounceRetirement', route: routes.announceRetirement, handler: 'announce-retirement', table: 'read-write', publishes: true },
  { id: 'WithdrawRetirement', route: routes.withdrawRetirement, handler: 'withdraw-retirement', table: 'read-write', publishes: true },
  { id: 'GetRetirement', route: routes.getRetirement, handler: 'get-retirement', table: 'read' },
  { id: 'GetRegister', route: routes.getRegister, handler: 'get-register', table: 'read' },
  { id: 'GetCommittee', route: routes.getCommittee, handler: 'get-committee', table: 'read' },
  { id: 'CheckClauseV', route: routes.checkClauseV, handler: 'check-clause-v', table: 'read' },
  { id: 'GetSettings', route: routes.getSettings, handler: 'get-settings', table: 'read' },
  { id: 'PutSettings', route: routes.putSettings, handler: 'put-settings', table: 'read-write' },
  { id: 'GetHistory', route: routes.getHistory, handler: 'get-history', table: 'read' },
  { id: 'OpenConsultation', route: routes.openConsultation, handler: 'open-consultation', table: 'read-write' },
  { id: 'ListConsultations', route: routes.listConsultations, handler: 'list-consultations', table: 'read' },
  { id: 'GetConsultation', route: routes.getConsultation, handler: 'get-consultation', table: 'read' },
  { id: 'CloseConsultation', route: routes.closeConsultation, handler: 'close-consultation', table: 'read-write' },
  { id: 'RecordConsultationResponse', route: routes.recordConsultationResponse, handler: 'record-consultation-response', table: 'read-write' },
  { id: 'GetConsultationResponse', route: routes.getConsultationResponse, handler: 'get-consultation-response', table: 'read' },
  { id: 'GetConsultationCsv', route: routes.getConsultationCsv, handler: 'get-consultation-csv', table: 'read' },
  { id: 'CreateMeeting', route: routes.createMeeting, handler: 'create-meeting', table: 'read-write' },
  { id: 'ListMeetings', route: routes.listMeetings, handler: 'list-meetings', table: 'read' },
  { id: 'GetMeeting', route: routes.getMeeting, handler: 'get-meeting', table: 'read' },
  // Writes even when it refuses: every attempt to add an attendee is in the history.
  { id: 'AddAttendee', route: routes.addAttendee, handler: 'add-attendee', table: 'read-write' },
  { id: 'RemoveAttendee', route: routes.removeAttendee, handler: 'remove-attendee', table: 'read-write' },
  { id: 'GetAttendeeListCsv', route: routes.getAttendeeListCsv, handler: 'get-attendee-list-csv', table: 'read' },
];

// The history is append-only: whatever a bug in a writer tries, IAM refuses to change or remove an entry
// (all live in the HISTORY partition). New entries are puts, guarded by attribute_not_exists.
const denyHistoryChanges = (fn: ServiceFunction, table: ITable): void => {
  fn.function.addToRolePolicy(
    new PolicyStatement({
      effect: Effect.DENY,
      actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      resources: [table.tableArn],
      conditions: { 'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': ['HISTORY'] } },
    }),
  );
};

/**
 * The register of retiring MPs, the emeritus committee, its consultations, and the Clause V meetings with
 * their conflict check. Announcements and withdrawals reach the selections service, and this service's own
 * inbox, through the outbox (relayed by the stack's `EmeritusOutboxRelay`); the inbox's consumer flags the
 * meetings a retirement affects.
 */
export class EmeritusService extends Construct {
  /** Each route's function, and the inbox consumer (`RetirementConsumer`), by construct id. */
  readonly functions: Readonly<Record<string, ServiceFunction>>;

  constructor(scope: Construct, id: string, props: EmeritusServiceProps) {
    super(scope, id);
    const { stage, api, table, outbox, inbox, relayDeadLetterQueue } = props;

    const routeFunctions = Object.fromEntries(
      ROUTES.map((route) => {
        const fn = new ServiceFunction(this, route.id, {
          service: 'emeritus',
          stage,
          entry: `services/emeritus/src/handlers/${route.handler}.ts`,
        });
        fn.bindTable(table, route.table, 'TABLE_NAME');
        if (route.table === 'read-write') denyHistoryChanges(fn, table);
        if (route.publishes === true) fn.bindTable(outbox, 'write', 'OUTBOX_TABLE_NAME');
        api.route(routeKeyOf(route.route), fn.function);
        return [route.id, fn];
      }),
    );

    const consumer = new ServiceFunction(this, 'RetirementConsumer', {
      service: 'emeritus',
      stage,
      entry: 'services/emeritus/src/handlers/retirement-consumer.ts',
      timeout: inbox.consumerTimeout,
    });
    consumer.bindTable(table, 'read-write', 'TABLE_NAME');
    denyHistoryChanges(consumer, table);
    inbox.attach(consumer);
    const deadLetters = new DeadLetterRoutes(this, 'DeadLetters', { service: 'emeritus', stage, api, inbox, relayDeadLetterQueue, routes });
    this.functions = { ...routeFunctions, RetirementConsumer: consumer, ...deadLetters.functions };
  }
}
