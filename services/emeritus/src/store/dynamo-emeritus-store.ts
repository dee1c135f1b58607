import type { EventEnvelope } from '@platform/events';
import { failedConditionAt, isTransactionConflict, outboxPut } from '@platform/kit';
import type { DocumentClient, TransactWriteItem } from '@platform/kit';
import { RetirementAlreadyActiveError } from '../domain/errors.ts';
import { HistoryEntry } from '../domain/history.ts';
import { Retirement } from '../domain/retirement.ts';
import type { ActiveRetirement, WithdrawnRetirement } from '../domain/retirement.ts';
import { DEFAULT_SETTINGS, SettingsRecord } from '../domain/settings.ts';
import { encodeCursor } from './history-cursor.ts';
import type { EmeritusStore, HistoryPage, VersionedSettings } from './emeritus-store.ts';
import { backOff } from './back-off.ts';

// The single table's items:
//   REGISTER        / RETIREMENT#<retirementId>  a retirement, active or withdrawn
//   ACTIVE#<mpId>   / ACTIVE                     the MP's lock while a retirement of theirs is active
//   SETTINGS        / SETTINGS                   the settings, with a version for optimistic writes
//   HISTORY         / <at>#<historyId>           an append-only history entry, sorted by time
// The register and the history are each one partition: HQ staff write a few hundred items a year.
const REGISTER = 'REGISTER';
const HISTORY = 'HISTORY';
const registerKey = (retirementId: string) => ({ pk: REGISTER, sk: `RETIREMENT#${retirementId}` });
const lockKey = (mpId: string) => ({ pk: `ACTIVE#${mpId}`, sk: 'ACTIVE' });
const settingsKey = { pk: 'SETTINGS', sk: 'SETTINGS' };

// How often a write is tried when it collides with a concurrent one (DynamoDB cancels a transaction that
// meets another on the same item), or when an MP's lock vanished between a failed announcement and the read
// of who held it (a withdrawal committed in between).
const ATTEMPTS = 3;

export class DynamoEmeritusStore implements EmeritusStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;
  readonly #outboxTableName: string | undefined;

  /** `outboxTableName` is needed only to announce and withdraw retirements; the other functions lack it. */
  constructor(dynamo: DocumentClient, tables: { tableName: string; outboxTableName?: string }) {
    this.#dynamo = dynamo;
    this.#tableName = tables.tableName;
    this.#outboxTableName = tables.outboxTableName;
  }

  async settings(): Promise<VersionedSettings> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: settingsKey, ConsistentRead: true });
    if (Item === undefined) return { settings: DEFAULT_SETTINGS, version: 0 };
    return { settings: SettingsRecord.parse(Item), version: Number(Item['version']) };
  }

  async saveSettings(settings: SettingsRecord, readVersion: number, entry: HistoryEntry): Promise<'saved' | 'stale'> {
    const condition =
      readVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'version = :readVersion', ExpressionAttributeValues: { ':readVersion': readVersion } };
    try {
      await this.#dynamo.transactWrite({
        TransactItems: [
          { Put: { TableName: this.#tableName, Item: { ...settingsKey, ...settings, version: readVersion + 1 }, ...condition } },
          this.#historyPut(entry),
        ],
      });
      return 'saved';
    } catch (error) {
      // Either way another change got there first: the caller reads the settings again and retries.
      if (failedConditionAt(error, 0) || isTransactionConflict(error)) return 'stale';
      throw error;
    }
  }

  async retirement(retirementId: string): Promise<Retirement | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: registerKey(retirementId), ConsistentRead: true });
    return Item === undefined ? undefined : Retirement.parse(Item);
  }

  async retirements(): Promise<Retirement[]> {
    const retirements: Retirement[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :register AND begins_with(sk, :retirement)',
        ExpressionAttributeValues: { ':register': REGISTER, ':retirement': 'RETIREMENT#' },
        // Consistent, so that a Clause V check sees a retirement recorded a moment before.
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      });
      retirements.push(...(page.Items ?? []).map((item) => Retirement.parse(item)));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return retirements;
  }

  async announce(retirement: ActiveRetirement, event: EventEnvelope, entry: HistoryEntry): Promise<void> {
    const transactItems: TransactWriteItem[] = [
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...lockKey(retirement.mpId), retirementId: retirement.retirementId },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...registerKey(retirement.retirementId), ...retirement },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      this.#historyPut(entry),
      outboxPut(this.#outbox('announce retirements'), event),
    ];
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.#dynamo.transactWrite({ TransactItems: transactItems });
        return;
      } catch (error) {
        if (failedConditionAt(error, 0)) {
          const holder = await this.#lockHolder(retirement.mpId);
          if (holder !== undefined) throw new RetirementAlreadyActiveError(retirement.mpId, holder);
        } else if (!isTransactionConflict(error)) {
          throw error;
        }
        if (attempt === ATTEMPTS) throw error;
        await backOff(attempt);
      }
    }
  }

  async withdraw(retirement: WithdrawnRetirement, event: EventEnvelope, entry: HistoryEntry): Promise<'withdrawn' | 'not-active'> {
    const transactItems: TransactWriteItem[] = [
      {
        Update: {
          TableName: this.#tableName,
          Key: registerKey(retirement.retirementId),
          UpdateExpression: 'SET #status = :withdrawn, withdrawal = :withdrawal',
          // Withdrawn once: two racing withdrawals cannot both commit, nor publish two events.
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':withdrawn': 'withdrawn', ':active': 'active', ':withdrawal': retirement.withdrawal },
        },
      },
      {
        Delete: {
          TableName: this.#tableName,
          Key: lockKey(retirement.mpId),
          ConditionExpression: 'retirementId = :retirementId',
          ExpressionAttributeValues: { ':retirementId': retirement.retirementId },
        },
      },
      this.#historyPut(entry),
      outboxPut(this.#outbox('withdraw retirements'), event),
    ];
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.#dynamo.transactWrite({ TransactItems: transactItems });
        return 'withdrawn';
      } catch (error) {
        if (failedConditionAt(error, 0)) return 'not-active';
        if (!isTransactionConflict(error) || attempt === ATTEMPTS) throw error;
        await backOff(attempt);
      }
    }
  }

  async history({ limit, after }: { limit: number; after?: string | undefined }): Promise<HistoryPage> {
    const page = await this.#dynamo.query({
      TableName: this.#tableName,
      KeyConditionExpression: 'pk = :history',
      ExpressionAttributeValues: { ':history': HISTORY },
      Limit: limit,
      ExclusiveStartKey: after === undefined ? undefined : { pk: HISTORY, sk: after },
    });
    const lastKey = page.LastEvaluatedKey?.['sk'];
    return {
      entries: (page.Items ?? []).map((item) => HistoryEntry.parse(item)),
      nextCursor: typeof lastKey === 'string' ? encodeCursor(lastKey) : null,
    };
  }

  async #lockHolder(mpId: string): Promise<string | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: lockKey(mpId), ConsistentRead: true });
    const holder = Item?.['retirementId'];
    return typeof holder === 'string' ? holder : undefined;
  }

  // Append-only: a history entry is only ever put, never over an existing one, and never updated or deleted.
  #historyPut(entry: HistoryEntry): TransactWriteItem {
    return {
      Put: {
        TableName: this.#tableName,
        Item: { pk: HISTORY, sk: `${entry.at}#${entry.historyId}`, ...entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  #outbox(what: string): string {
    if (this.#outboxTableName === undefined) {
      throw new Error(`this DynamoEmeritusStore was built without an outbox table, so it cannot ${what}`);
    }
    return this.#outboxTableName;
  }
}
