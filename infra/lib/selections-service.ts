import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { routeKeyOf } from '../../packages/kit/src/contract.ts';
import type { RouteContract } from '../../packages/kit/src/contract.ts';
import * as routes from '../../services/selections/src/api/index.ts';
import { DeadLetterRoutes } from './dead-letter-routes.ts';
import type { PlatformApi } from './http-api.ts';
import { ServiceFunction } from './service-function.ts';
import type { TableAccess } from './service-function.ts';
import type { ServiceInbox } from './service-inbox.ts';
import type { StageConfig } from './stage-config.ts';

export interface SelectionsServiceProps {
  readonly stage: StageConfig;
  readonly api: PlatformApi;
  /** The selections service's single table: settings, seats, timetables, selections and the inbox. */
  readonly table: ITable;
  /** Where `selections.selection-scheduled` and `-cancelled` are written, in the same transaction as the change. */
  readonly outbox: ITable;
  /** The queue `emeritus.retirement-announced` and `-withdrawn` arrive on. */
  readonly inbox: ServiceInbox;
  /** The on-failure queue of the service's outbox relay, which its dead-letter routes list (read only). */
  readonly relayDeadLetterQueue: IQueue;
}

/** One function of the service: its routes' contracts (which give the route keys), the access it needs, and what it needs beyond the defaults. */
interface SelectionsFunction {
  readonly id: string;
  readonly routes: readonly RouteContract[];
  readonly handler: string;
  readonly table: TableAccess;
  /** Only the functions that schedule, move or cancel selections may write the outbox. */
  readonly publishes?: boolean;
  readonly timeout?: Duration;
  readonly memorySize?: number;
  /** Why its routes take no token (reviewed by cdk-nag as the APIG4 acknowledgement); absent, they need one. */
  readonly publicBecause?: string;
}

// The most API Gateway waits for an integration is 30 seconds; these functions may use nearly all of it.
// Importing 650 seats and publishing 220 selections (one small transaction each, 8 at a time) take a few
// seconds against DynamoDB, and a publish cut short by the timeout is finished by publishing again.
const LONG_REQUEST = Duration.seconds(29);

// Every route but the calendar feed is for signed-in HQ staff, as its contract says (the kit checks it).
// Reads get a read-only grant.
const FUNCTIONS: readonly SelectionsFunction[] = [
  { id: 'ImportSeats', routes: [routes.importSeats], handler: 'import-seats', table: 'read-write', timeout: LONG_REQUEST, memorySize: 512 },
  { id: 'GetSettings', routes: [routes.getSettings], handler: 'get-settings', table: 'read' },
  { id: 'PutSettings', routes: [routes.putSettings], handler: 'put-settings', table: 'read-write' },
  { id: 'ListSeats', routes: [routes.listSeats], handler: 'list-seats', table: 'read' },
  { id: 'GetSeat', routes: [routes.getSeat], handler: 'get-seat', table: 'read' },
  { id: 'PatchSeat', routes: [routes.patchSeat], handler: 'patch-seat', table: 'read-write' },
  // The scheduler works through every day of the window for every seat: memory buys CPU on Lambda.
  { id: 'CreateTimetable', routes: [routes.createTimetable], handler: 'create-timetable', table: 'read-write', timeout: LONG_REQUEST, memorySize: 1024 },
  { id: 'GetTimetable', routes: [routes.getTimetable], handler: 'get-timetable', table: 'read' },
  { id: 'GetPublishedTimetable', routes: [routes.getPublishedTimetable], handler: 'get-published-timetable', table: 'read' },
  {
    id: 'PublishTimetable',
    routes: [routes.publishTimetable],
    handler: 'publish-timetable',
    table: 'read-write',
    publishes: true,
    timeout: LONG_REQUEST,
    memorySize: 512,
  },
  {
    id: 'GetTimetableCalendar',
    routes: [routes.getTimetableCalendarCsv, routes.getTimetableCalendarIcs],
    handler: 'get-timetable-calendar',
    table: 'read',
  },
  {
    id: 'CreateCalendarSubscription',
    routes: [routes.createCalendarSubscription],
    handler: 'create-calendar-subscription',
    table: 'read-write',
  },
  {
    id: 'ListCalendarSubscriptions',
    routes: [routes.listCalendarSubscriptions],
    handler: 'list-calendar-subscriptions',
    table: 'read',
  },
  {
    id: 'RevokeCalendarSubscription',
    routes: [routes.revokeCalendarSubscription],
    handler: 'revoke-calendar-subscription',
    table: 'read-write',
  },
  // API Gateway takes a path parameter only as a whole segment (`{subscriptionId}.ics` is no parameter), so
  // the id has a segment of its own and the path still ends in `.ics`, which some calendar apps look for.
  {
    id: 'GetCalendarFeed',
    routes: [routes.getCalendarFeed],
    handler: 'get-calendar-feed',
    table: 'read',
    publicBecause:
      'calendar apps (Google, Outlook, Apple) poll a subscribed URL and cannot send a bearer token; the URL carries a ' +
      '256-bit key created by HQ staff (POST .../calendar-subscriptions), stored only as its SHA-256, compared in ' +
      'constant time, revocable, and every refusal is the same 404; the function can only read the selections table',
  },
  { id: 'ListSelections', routes: [routes.listSelections], handler: 'list-selections', table: 'read' },
  { id: 'GetSelection', routes: [routes.getSelection], handler: 'get-selection', table: 'read' },
  { id: 'PatchSelection', routes: [routes.patchSelection], handler: 'patch-selection', table: 'read-write', publishes: true },
];

/**
 * Candidate selections: the seats (imported from the Commons Library results file), which of them the party
 * fights, draft and published timetables, and the selections they schedule. Scheduled, moved and cancelled
 * selections reach the fund service through the outbox (relayed by the stack's `SelectionsOutboxRelay`);
 * retirements arrive from the emeritus service on the selections inbox.
 */
export class SelectionsService extends Construct {
  /** Each function, by construct id. */
  readonly functions: Readonly<Record<string, ServiceFunction>>;

  constructor(scope: Construct, id: string, props: SelectionsServiceProps) {
    super(scope, id);
    const { stage, api, table, outbox, inbox, relayDeadLetterQueue } = props;
    const entry = (handler: string) => `services/selections/src/handlers/${handler}.ts`;

    const functions: Record<string, ServiceFunction> = {};
    for (const spec of FUNCTIONS) {
      const fn = new ServiceFunction(this, spec.id, {
        service: 'selections',
        stage,
        entry: entry(spec.handler),
        ...(spec.timeout === undefined ? {} : { timeout: spec.timeout }),
        ...(spec.memorySize === undefined ? {} : { memorySize: spec.memorySize }),
      });
      fn.bindTable(table, spec.table, 'TABLE_NAME');
      if (spec.publishes === true) fn.bindTable(outbox, 'write', 'OUTBOX_TABLE_NAME');
      const options = spec.publicBecause === undefined ? {} : { auth: 'none' as const, publicBecause: spec.publicBecause };
      for (const route of spec.routes) api.route(routeKeyOf(route), fn.function, options);
      functions[spec.id] = fn;
    }

    const consumer = new ServiceFunction(this, 'RetirementConsumer', {
      service: 'selections',
      stage,
      entry: entry('retirement-consumer'),
      timeout: inbox.consumerTimeout,
    });
    consumer.bindTable(table, 'read-write', 'TABLE_NAME');
    consumer.bindTable(outbox, 'write', 'OUTBOX_TABLE_NAME');
    inbox.attach(consumer);
    functions['RetirementConsumer'] = consumer;
    const deadLetters = new DeadLetterRoutes(this, 'DeadLetters', { service: 'selections', stage, api, inbox, relayDeadLetterQueue, routes });
    this.functions = { ...functions, ...deadLetters.functions };
  }
}
