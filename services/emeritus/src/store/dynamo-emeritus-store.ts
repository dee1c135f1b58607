import type { EventEnvelope } from '@platform/events';
import { decodePageCursor, encodePageCursor, failedConditionAt, inboxPut, isTransactionConflict, outboxPut } from '@platform/kit';
import type { DocumentClient, TransactWriteItem } from '@platform/kit';
import { RetirementAlreadyActiveError } from '../domain/errors.ts';
import { HistoryEntry } from '../domain/history.ts';
import { Retirement } from '../domain/retirement.ts';
import type { ActiveRetirement, WithdrawnRetirement } from '../domain/retirement.ts';
import { DEFAULT_SETTINGS, SettingsRecord } from '../domain/settings.ts';
import { encodeCursor } from './history-cursor.ts';
import type { Delivery, EmeritusStore, HistoryPage, ListPage, ListRequest, VersionedSettings } from './emeritus-store.ts';
import { Attendee, Meeting, MAX_ATTENDEES } from '../domain/clause-v-meeting.ts';
import { Consultation, ResponseVersion } from '../domain/consultation.ts';
import { backOff } from './back-off.ts';

// The single table's items:
//   REGISTER        / RETIREMENT#<retirementId>  a retirement, active or withdrawn
//   ACTIVE#<mpId>   / ACTIVE                     the MP's lock while a retirement of theirs is active
//   SETTINGS        / SETTINGS                   the settings, with a version for optimistic writes
//   HISTORY         / <at>#<historyId>           an append-only history entry, sorted by time
//   CONSULTATIONS   / CONSULTATION#<id>          a consultation (ids are UUID v7, so the list reads in time order)
//   CONSULTATION#<id> / RESPONSE#<mpId>          a consultee's latest response version
//   CONSULTATION#<id> / VERSION#<mpId>#<nnnn>    every version of it, never changed
//   MEETINGS        / MEETING#<id>               a Clause V meeting, with its counts of attendees and flags
//   MEETING#<id>    / ATTENDEE#<mpId>            an attendee, flagged or not
//   INBOX#<eventId> / INBOX#<consumer>           the kit's inbox record of an event applied
// The register and the history are each one partition: HQ staff write a few hundred items a year.
const REGISTER = 'REGISTER';
const HISTORY = 'HISTORY';
const registerKey = (retirementId: string) => ({ pk: REGISTER, sk: `RETIREMENT#${retirementId}` });
const lockKey = (mpId: string) => ({ pk: `ACTIVE#${mpId}`, sk: 'ACTIVE' });
const settingsKey = { pk: 'SETTINGS', sk: 'SETTINGS' };
const CONSULTATIONS = 'CONSULTATIONS';
const MEETINGS = 'MEETINGS';
const consultationKey = (consultationId: string) => ({ pk: CONSULTATIONS, sk: `CONSULTATION#${consultationId}` });
const responseKey = (consultationId: string, mpId: string) => ({ pk: `CONSULTATION#${consultationId}`, sk: `RESPONSE#${mpId}` });
const versionKey = (consultationId: string, mpId: string, version: number) => ({
  pk: `CONSULTATION#${consultationId}`,
  sk: `VERSION#${mpId}#${String(version).padStart(4, '0')}`,
});
const meetingKey = (meetingId: string) => ({ pk: MEETINGS, sk: `MEETING#${meetingId}` });
const attendeeKey = (meetingId: string, mpId: string) => ({ pk: `MEETING#${meetingId}`, sk: `ATTENDEE#${mpId}` });
// Only a sort key a list could itself have handed out is taken back from a cursor (see decodePageCursor).
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CONSULTATION_SORT_KEY = new RegExp(`CONSULTATION#${UUID}`);
const MEETING_SORT_KEY = new RegExp(`MEETING#${UUID}`);
// Items of a list are a few KB at most; a read of this many stays inside DynamoDB's 1 MB a page.
const READ_BATCH = 100;
const withoutKeys = ({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>) => rest;

/** The condition that an attendee's flag is still what it was read as. */
const flagIs = (attendee: Attendee) =>
  attendee.flag === null
    ? { expression: 'attribute_type(flag, :nullType)', values: { ':nullType': 'NULL' } }
    : { expression: 'flag.retirementId = :flaggedFor', values: { ':flaggedFor': attendee.flag.retirementId } };

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

  async appendHistory(entry: HistoryEntry): Promise<void> {
    await this.#dynamo.transactWrite({ TransactItems: [this.#historyPut(entry)] });
  }

  async activeRetirementOf(mpId: string): Promise<ActiveRetirement | undefined> {
    const holder = await this.#lockHolder(mpId);
    if (holder === undefined) return undefined;
    const retirement = await this.retirement(holder);
    return retirement?.status === 'active' ? retirement : undefined;
  }

  async openConsultation(consultation: Consultation, entry: HistoryEntry): Promise<void> {
    await this.#dynamo.transactWrite({
      TransactItems: [
        { Put: { TableName: this.#tableName, Item: { ...consultationKey(consultation.consultationId), ...consultation }, ConditionExpression: 'attribute_not_exists(pk)' } },
        this.#historyPut(entry),
      ],
    });
  }

  async consultation(consultationId: string): Promise<Consultation | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: consultationKey(consultationId), ConsistentRead: true });
    return Item === undefined ? undefined : Consultation.parse(withoutKeys(Item));
  }

  consultations(request: ListRequest<Consultation>): Promise<ListPage<Consultation>> {
    return this.#newestFirst(CONSULTATIONS, CONSULTATION_SORT_KEY, (item) => Consultation.parse(withoutKeys(item)), request);
  }

  async closeConsultation(consultation: Consultation, entry: HistoryEntry): Promise<'closed' | 'closed-already'> {
    const transactItems: TransactWriteItem[] = [
      {
        Update: {
          TableName: this.#tableName,
          Key: consultationKey(consultation.consultationId),
          UpdateExpression: 'SET closedEarly = :closedEarly',
          // Closed once: two racing closes cannot both commit, nor both be in the history.
          ConditionExpression: 'attribute_type(closedEarly, :nullType)',
          ExpressionAttributeValues: { ':closedEarly': consultation.closedEarly, ':nullType': 'NULL' },
        },
      },
      this.#historyPut(entry),
    ];
    return this.#retryingConflicts(async () => {
      try {
        await this.#dynamo.transactWrite({ TransactItems: transactItems });
        return 'closed';
      } catch (error) {
        if (failedConditionAt(error, 0)) return 'closed-already';
        throw error;
      }
    });
  }

  async responses(consultationId: string): Promise<ResponseVersion[]> {
    return this.#queryAll(`CONSULTATION#${consultationId}`, 'RESPONSE#', (item) => ResponseVersion.parse(withoutKeys(item)));
  }

  async responseVersions(consultationId: string, mpId: string): Promise<ResponseVersion[]> {
    return this.#queryAll(`CONSULTATION#${consultationId}`, `VERSION#${mpId}#`, (item) => ResponseVersion.parse(withoutKeys(item)));
  }

  async recordResponse(response: ResponseVersion, entry: HistoryEntry): Promise<'recorded' | 'stale' | 'closed'> {
    const { consultationId, mpId, version } = response;
    const transactItems: TransactWriteItem[] = [
      {
        ConditionCheck: {
          TableName: this.#tableName,
          Key: consultationKey(consultationId),
          // The closing date was judged by the handler; here, that HQ staff did not close it meanwhile.
          ConditionExpression: 'attribute_type(closedEarly, :nullType)',
          ExpressionAttributeValues: { ':nullType': 'NULL' },
        },
      },
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...responseKey(consultationId, mpId), ...response },
          ...(version === 1
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :previous', ExpressionAttributeValues: { ':previous': version - 1 } }),
        },
      },
      { Put: { TableName: this.#tableName, Item: { ...versionKey(consultationId, mpId, version), ...response }, ConditionExpression: 'attribute_not_exists(pk)' } },
      this.#historyPut(entry),
    ];
    return this.#retryingConflicts(async () => {
      try {
        await this.#dynamo.transactWrite({ TransactItems: transactItems });
        return 'recorded';
      } catch (error) {
        if (failedConditionAt(error, 0)) return 'closed';
        if (failedConditionAt(error, 1) || failedConditionAt(error, 2)) return 'stale';
        throw error;
      }
    });
  }

  async createMeeting(meeting: Meeting, entry: HistoryEntry): Promise<void> {
    await this.#dynamo.transactWrite({
      TransactItems: [
        { Put: { TableName: this.#tableName, Item: { ...meetingKey(meeting.meetingId), ...meeting }, ConditionExpression: 'attribute_not_exists(pk)' } },
        this.#historyPut(entry),
      ],
    });
  }

  async meeting(meetingId: string): Promise<Meeting | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: meetingKey(meetingId), ConsistentRead: true });
    return Item === undefined ? undefined : Meeting.parse(withoutKeys(Item));
  }

  meetings(request: ListRequest<Meeting>): Promise<ListPage<Meeting>> {
    return this.#newestFirst(MEETINGS, MEETING_SORT_KEY, (item) => Meeting.parse(withoutKeys(item)), request);
  }

  allMeetings(): Promise<Meeting[]> {
    return this.#queryAll(MEETINGS, 'MEETING#', (item) => Meeting.parse(withoutKeys(item)));
  }

  async attendee(meetingId: string, mpId: string): Promise<Attendee | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: attendeeKey(meetingId, mpId), ConsistentRead: true });
    return Item === undefined ? undefined : Attendee.parse(withoutKeys(Item));
  }

  async attendees(meetingId: string): Promise<Attendee[]> {
    const attendees = await this.#queryAll(`MEETING#${meetingId}`, 'ATTENDEE#', (item) => Attendee.parse(withoutKeys(item)));
    return attendees.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.mpId.localeCompare(b.mpId));
  }

  async addAttendee(meetingId: string, attendee: Attendee, entry: HistoryEntry): Promise<'added' | 'retiring' | 'attending' | 'full'> {
    const transactItems: TransactWriteItem[] = [
      // No active retirement at the moment of the write: an announcement committed first refuses this; one
      // committed after it finds the attendee when its event arrives, and flags the meeting.
      { ConditionCheck: { TableName: this.#tableName, Key: lockKey(attendee.mpId), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: this.#tableName, Item: { ...attendeeKey(meetingId, attendee.mpId), ...attendee }, ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Update: {
          TableName: this.#tableName,
          Key: meetingKey(meetingId),
          UpdateExpression: 'SET attendeeCount = attendeeCount + :one',
          ConditionExpression: 'attendeeCount < :max',
          ExpressionAttributeValues: { ':one': 1, ':max': MAX_ATTENDEES },
        },
      },
      this.#historyPut(entry),
    ];
    return this.#retryingConflicts(async () => {
      try {
        await this.#dynamo.transactWrite({ TransactItems: transactItems });
        return 'added';
      } catch (error) {
        if (failedConditionAt(error, 0)) return 'retiring';
        if (failedConditionAt(error, 1)) return 'attending';
        if (failedConditionAt(error, 2)) return 'full';
        throw error;
      }
    });
  }

  async removeAttendee(meetingId: string, mpId: string, entry: HistoryEntry): Promise<'removed' | 'not-attending'> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.attendee(meetingId, mpId);
      if (current === undefined) return 'not-attending';
      const flag = flagIs(current);
      try {
        await this.#dynamo.transactWrite({
          TransactItems: [
            {
              Delete: {
                TableName: this.#tableName,
                Key: attendeeKey(meetingId, current.mpId),
                // As read, so the meeting's count of flags drops by what this attendee really held.
                ConditionExpression: `attribute_exists(pk) AND ${flag.expression}`,
                ExpressionAttributeValues: flag.values,
              },
            },
            {
              Update: {
                TableName: this.#tableName,
                Key: meetingKey(meetingId),
                UpdateExpression: 'SET attendeeCount = attendeeCount - :one, flaggedCount = flaggedCount - :flags',
                ExpressionAttributeValues: { ':one': 1, ':flags': current.flag === null ? 0 : 1 },
              },
            },
            this.#historyPut(entry),
          ],
        });
        return 'removed';
      } catch (error) {
        if (!(failedConditionAt(error, 0) || isTransactionConflict(error)) || attempt === ATTEMPTS) throw error;
        await backOff(attempt);
      }
    }
  }

  async saveFlag(
    meetingId: string,
    { before, after, flaggedDelta }: { before: Attendee; after: Attendee; flaggedDelta: number },
    entry: HistoryEntry,
    delivery: Delivery,
  ): Promise<'saved' | 'stale' | 'duplicate'> {
    const flag = flagIs(before);
    const transactItems: TransactWriteItem[] = [
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...attendeeKey(meetingId, after.mpId), ...after },
          ConditionExpression: `attribute_exists(pk) AND ${flag.expression}`,
          ExpressionAttributeValues: flag.values,
        },
      },
      {
        Update: {
          TableName: this.#tableName,
          Key: meetingKey(meetingId),
          UpdateExpression: 'SET flaggedCount = flaggedCount + :delta',
          ExpressionAttributeValues: { ':delta': flaggedDelta },
        },
      },
      this.#historyPut(entry),
      inboxPut(this.#tableName, delivery.consumer, delivery.eventId),
    ];
    return this.#retryingConflicts(async () => {
      try {
        await this.#dynamo.transactWrite({ TransactItems: transactItems });
        return 'saved';
      } catch (error) {
        if (failedConditionAt(error, 3)) return 'duplicate';
        if (failedConditionAt(error, 0)) return 'stale';
        throw error;
      }
    });
  }

  async #retryingConflicts<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await write();
      } catch (error) {
        if (!isTransactionConflict(error) || attempt === ATTEMPTS) throw error;
        await backOff(attempt);
      }
    }
  }

  async #queryAll<T>(partition: string, prefix: string, read: (item: Record<string, unknown>) => T): Promise<T[]> {
    const items: T[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': partition, ':prefix': prefix },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      });
      items.push(...(page.Items ?? []).map(read));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return items;
  }

  // One page of a partition, newest first, holding `limit` items that `keep` whenever there are that many;
  // the cursor is the key of the last item on the page, checked on the way back in.
  async #newestFirst<T>(partition: string, sortKey: RegExp, read: (item: Record<string, unknown>) => T, request: ListRequest<T>): Promise<ListPage<T>> {
    const keep = request.keep ?? (() => true);
    let startKey: Record<string, unknown> | undefined = request.next === undefined ? undefined : decodePageCursor(request.next, partition, sortKey);
    const items: T[] = [];
    for (;;) {
      const { Items = [], LastEvaluatedKey } = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': partition },
        ScanIndexForward: false,
        Limit: READ_BATCH,
        ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
      });
      for (const [index, item] of Items.entries()) {
        const value = read(item);
        if (!keep(value)) continue;
        items.push(value);
        if (items.length === request.limit) {
          const last = index === Items.length - 1 && LastEvaluatedKey === undefined;
          return { items, next: last ? null : encodePageCursor({ pk: String(item['pk']), sk: String(item['sk']) }) };
        }
      }
      if (LastEvaluatedKey === undefined) return { items, next: null };
      startKey = LastEvaluatedKey;
    }
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
