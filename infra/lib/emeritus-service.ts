import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { PlatformApi } from './http-api.ts';
import { ServiceFunction } from './service-function.ts';
import type { TableAccess } from './service-function.ts';
import type { StageConfig } from './stage-config.ts';

export interface EmeritusServiceProps {
  readonly stage: StageConfig;
  readonly api: PlatformApi;
  /** The emeritus service's single table: register, MP locks, settings and history. */
  readonly table: ITable;
  /** Where `emeritus.retirement-announced` and `-withdrawn` are written, in the same transaction as the change. */
  readonly outbox: ITable;
}

/** One route of the service: its function, the route key, and the access it needs. */
interface EmeritusRoute {
  readonly id: string;
  readonly routeKey: string;
  readonly handler: string;
  readonly table: TableAccess;
  /** Only the routes that publish an event may write the outbox. */
  readonly publishes?: boolean;
}

// Every route is for HQ staff; the handlers check the role. Reads get a read-only grant, so a bug in one
// cannot change the register or the append-only history.
const ROUTES: readonly EmeritusRoute[] = [
  { id: 'AnnounceRetirement', routeKey: 'POST /emeritus/retirements', handler: 'announce-retirement', table: 'read-write', publishes: true },
  {
    id: 'WithdrawRetirement',
    routeKey: 'POST /emeritus/retirements/{retirementId}/withdraw',
    handler: 'withdraw-retirement',
    table: 'read-write',
    publishes: true,
  },
  { id: 'GetRetirement', routeKey: 'GET /emeritus/retirements/{retirementId}', handler: 'get-retirement', table: 'read' },
  { id: 'GetRegister', routeKey: 'GET /emeritus/register', handler: 'get-register', table: 'read' },
  { id: 'GetCommittee', routeKey: 'GET /emeritus/committee', handler: 'get-committee', table: 'read' },
  { id: 'CheckClauseV', routeKey: 'POST /emeritus/clause-v/check', handler: 'check-clause-v', table: 'read' },
  { id: 'GetSettings', routeKey: 'GET /emeritus/settings', handler: 'get-settings', table: 'read' },
  { id: 'PutSettings', routeKey: 'PUT /emeritus/settings', handler: 'put-settings', table: 'read-write' },
  { id: 'GetHistory', routeKey: 'GET /emeritus/history', handler: 'get-history', table: 'read' },
];

/**
 * The register of retiring MPs, the emeritus committee and the Clause V conflict check. Announcements and
 * withdrawals reach the selections service through the outbox (relayed by the stack's `EmeritusOutboxRelay`).
 * The service consumes no events yet, so its inbox has no consumer.
 */
export class EmeritusService extends Construct {
  /** Each route's function, by construct id. */
  readonly functions: Readonly<Record<string, ServiceFunction>>;

  constructor(scope: Construct, id: string, props: EmeritusServiceProps) {
    super(scope, id);
    const { stage, api, table, outbox } = props;

    this.functions = Object.fromEntries(
      ROUTES.map((route) => {
        const fn = new ServiceFunction(this, route.id, {
          service: 'emeritus',
          stage,
          entry: `services/emeritus/src/handlers/${route.handler}.ts`,
        });
        fn.bindTable(table, route.table, 'TABLE_NAME');
        if (route.table === 'read-write') {
          // The history is append-only: whatever a bug in a writer tries, IAM refuses to change or remove an
          // entry (all live in the HISTORY partition). New entries are puts, guarded by attribute_not_exists.
          fn.function.addToRolePolicy(
            new PolicyStatement({
              effect: Effect.DENY,
              actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
              resources: [table.tableArn],
              conditions: { 'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': ['HISTORY'] } },
            }),
          );
        }
        if (route.publishes === true) fn.bindTable(outbox, 'write', 'OUTBOX_TABLE_NAME');
        api.route(route.routeKey, fn.function);
        return [route.id, fn];
      }),
    );
  }
}
