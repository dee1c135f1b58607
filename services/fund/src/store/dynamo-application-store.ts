import type { BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '@platform/events';
import { decodePageCursor, encodePageCursor, failedConditionAt, outboxPut, retryTransactionConflicts } from '@platform/kit';
import type { DocumentClient, TransactWriteItem } from '@platform/kit';
import type { ApplicationFacets } from '../domain/application-stage.ts';
import type { Application, LedgerStep } from '../domain/application.ts';
import { wholePenceOf } from '../domain/money.ts';
import { applicationOf, FACET_ATTRIBUTES, facetsOf } from './application-items.ts';
import type { ApplicationStore, Page, PageRequest, SaveOutcome, SubmitOutcome } from './application-store.ts';
import type { LedgerPosting } from './fund-ledger.ts';
import { FundLedger } from './fund-ledger.ts';
import { fundStateOf } from './items.ts';
import { APPLICATION_SORT_KEY, APPLICATIONS_PARTITION, applicationKey, candidateApplicationKey, candidatePartition, fundKey, seatSelectionKey } from './keys.ts';

// Applications are a few KB at most (a 5,000-character statement and a short history), so a read of this
// many stays well inside DynamoDB's 1 MB a page.
const READ_BATCH = 100;
// BatchGetItem takes at most 100 keys.
const BATCH_GET_LIMIT = 100;

export class DynamoApplicationStore implements ApplicationStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;
  readonly #outboxTableName: string | undefined;
  readonly #ledger: FundLedger;

  /** `outboxTableName` is needed only to save changes that publish an event (approvals, disbursements). */
  constructor(dynamo: DocumentClient, tables: { tableName: string; outboxTableName?: string }) {
    this.#dynamo = dynamo;
    this.#tableName = tables.tableName;
    this.#outboxTableName = tables.outboxTableName;
    this.#ledger = new FundLedger(tables.tableName);
  }

  async submit(application: Application): Promise<SubmitOutcome> {
    const { applicationId, candidateId, seatId, selectionId } = application;
    const items: TransactWriteItem[] = [
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...applicationKey(applicationId), type: 'application', ...application },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...candidateApplicationKey(candidateId, applicationId), type: 'candidate-application', applicationId },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        // The selection checked may have been cancelled since it was read; the application is written only
        // if it still stands.
        ConditionCheck: {
          TableName: this.#tableName,
          Key: seatSelectionKey(seatId, selectionId),
          ConditionExpression: '#status = :scheduled',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':scheduled': 'scheduled' },
        },
      },
    ];
    try {
      await retryTransactionConflicts(() => this.#dynamo.transactWrite({ TransactItems: items }));
      return 'submitted';
    } catch (error) {
      if (failedConditionAt(error, 2)) return 'selection-changed';
      throw error;
    }
  }

  async application(applicationId: string): Promise<Application | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: applicationKey(applicationId), ConsistentRead: true });
    return Item === undefined ? undefined : applicationOf(Item);
  }

  async applicationsOf(candidateId: string): Promise<Application[]> {
    const ids: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': candidatePartition(candidateId) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      });
      ids.push(...(page.Items ?? []).map((item) => String(item['applicationId'])));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);

    const applications: Application[] = [];
    for (let start = 0; start < ids.length; start += BATCH_GET_LIMIT) {
      let keys: Record<string, unknown>[] | undefined = ids.slice(start, start + BATCH_GET_LIMIT).map(applicationKey);
      while (keys !== undefined && keys.length > 0) {
        const read: BatchGetCommandOutput = await this.#dynamo.batchGet({ RequestItems: { [this.#tableName]: { Keys: keys, ConsistentRead: true } } });
        applications.push(...(read.Responses?.[this.#tableName] ?? []).map(applicationOf));
        // Keys DynamoDB did not get to (throttling) come back to be asked again.
        keys = read.UnprocessedKeys?.[this.#tableName]?.Keys;
      }
    }
    return applications.sort((a, b) => a.applicationId.localeCompare(b.applicationId));
  }

  async page({ limit, next, keep = () => true }: PageRequest<Application>): Promise<Page<Application>> {
    // Filters run here rather than in DynamoDB, so that a page holds `limit` matching applications whenever
    // there are that many, and the cursor is the key of the last one it holds.
    let startKey: Record<string, unknown> | undefined = next === undefined ? undefined : decodePageCursor(next, APPLICATIONS_PARTITION, APPLICATION_SORT_KEY);
    const items: Application[] = [];
    for (;;) {
      const { Items = [], LastEvaluatedKey } = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': APPLICATIONS_PARTITION },
        Limit: READ_BATCH,
        ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
      });
      for (const [index, item] of Items.entries()) {
        const application = applicationOf(item);
        if (!keep(application)) continue;
        items.push(application);
        if (items.length === limit) {
          const last = index === Items.length - 1 && LastEvaluatedKey === undefined;
          return last ? { items } : { items, next: encodePageCursor({ pk: String(item['pk']), sk: String(item['sk']) }) };
        }
      }
      if (LastEvaluatedKey === undefined) return { items };
      startKey = LastEvaluatedKey;
    }
  }

  async allFacets(): Promise<ApplicationFacets[]> {
    // Only the attributes the counts need come back: the statements and histories stay in DynamoDB, so a
    // count over thousands of applications moves a few dozen bytes each rather than kilobytes.
    const names = Object.fromEntries(FACET_ATTRIBUTES.map((attribute, index) => [`#a${index}`, attribute]));
    const facets: ApplicationFacets[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': APPLICATIONS_PARTITION },
        ProjectionExpression: Object.keys(names).join(', '),
        ExpressionAttributeNames: names,
        ExclusiveStartKey: startKey,
      });
      facets.push(...(page.Items ?? []).map(facetsOf));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return facets;
  }

  async allApplications(): Promise<Application[]> {
    const applications: Application[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': APPLICATIONS_PARTITION },
        ExclusiveStartKey: startKey,
      });
      applications.push(...(page.Items ?? []).map(applicationOf));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return applications;
  }

  async save(application: Application, expectedVersion: number, { ledger, event }: { ledger?: LedgerStep; event?: EventEnvelope }): Promise<SaveOutcome> {
    if (event !== undefined && this.#outboxTableName === undefined) {
      throw new Error('this DynamoApplicationStore was built without an outbox table, so it cannot save a change that publishes an event');
    }
    const posting = ledger === undefined ? undefined : this.#posting(application.applicationId, ledger);
    const items: TransactWriteItem[] = [
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...applicationKey(application.applicationId), type: 'application', ...application },
          // The version read: a decision, a payment or a withdrawal applies to the state it was made on, once.
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': expectedVersion },
        },
      },
      ...(posting?.items ?? []),
      ...(event === undefined || this.#outboxTableName === undefined ? [] : [outboxPut(this.#outboxTableName, event)]),
    ];
    try {
      // Every approval, payment and cancellation updates the fund's totals item, so concurrent ones conflict
      // and are retried; a refusal by a condition is never retried, it is the answer.
      await retryTransactionConflicts(() => this.#dynamo.transactWrite({ TransactItems: items }));
      return { outcome: 'saved' };
    } catch (error) {
      if (failedConditionAt(error, 0)) return { outcome: 'application-changed' };
      if (posting?.refused(error, 1) === true) {
        const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: fundKey, ConsistentRead: true });
        return { outcome: 'fund-overdrawn', availablePence: wholePenceOf(fundStateOf(Item).totals.availableUnits) };
      }
      throw error;
    }
  }

  /** One ledger operation per transaction: the fund's totals item may appear in a transaction only once. */
  #posting(applicationId: string, { kind, amountPence, effectiveOn, postedAt, movementId, disbursementId }: LedgerStep): LedgerPosting {
    const grant = { amountPence, effectiveOn, postedAt, movementId, applicationId };
    switch (kind) {
      case 'commit':
        return this.#ledger.commit(grant);
      case 'release':
        return this.#ledger.release(grant);
      case 'disburse':
        return this.#ledger.disburse({ ...grant, disbursementId: disbursementId ?? movementId });
    }
  }
}
