import { failedConditionAt } from '@platform/kit';
import type { TransactWriteItem } from '@platform/kit';
import { totalsDelta } from '../domain/fund-totals.ts';
import type { Movement, MovementKind } from '../domain/ledger.ts';
import { movement } from '../domain/ledger.ts';
import { unitsOfPence } from '../domain/money.ts';
import { fundKey, movementKey } from './keys.ts';

/** A condition (and any extra `SET`s) to write with a posting's update of the fund's totals. */
export interface PostingGuard {
  condition?: string;
  set?: Record<string, unknown>;
  values?: Record<string, unknown>;
}

/**
 * The transaction items that post one movement, to be written in one `transactWrite` together with the
 * caller's own items. `items[0]` updates the fund's totals (and carries the posting's condition);
 * `items[1]` writes the movement, which is never written twice and never changed.
 */
export interface LedgerPosting {
  movement: Movement;
  items: [TransactWriteItem, TransactWriteItem];
  /**
   * Whether a failed `transactWrite` was this posting being refused by its condition (the fund cannot cover
   * it), given the index in the transaction at which its items start.
   */
  refused(error: unknown, offset: number): boolean;
}

/** What part 2 passes to move grant money. `effectiveOn` is the date in the books (`YYYY-MM-DD`). */
export interface GrantMovement {
  amountPence: number;
  effectiveOn: string;
  applicationId: string;
  /** Defaults to a new UUID. */
  movementId?: string;
  /** Defaults to now. */
  postedAt?: string;
}

/**
 * The fund's double-entry ledger on DynamoDB. Every posting is one movement item plus one update of the
 * fund's totals item, which carries any condition, so "move N only if there is N to move" is a single
 * conditional write: concurrent postings serialise on that item, and no interleaving can overdraw it.
 *
 * For part 2 (grants), use `commit`, `release` and `disburse`, and put their items into the same
 * transaction as the application's own update:
 *
 * @example
 * const posting = ledger.commit({ amountPence: 50_000, effectiveOn: '2026-06-01', applicationId });
 * const items = [approveApplication, ...posting.items, outboxPut(outboxTable, grantApproved.create(...))];
 * try {
 *   await retryTransactionConflicts(() => dynamo.transactWrite({ TransactItems: items }));
 * } catch (error) {
 *   if (posting.refused(error, 1)) throw new FundOverdrawnError(50_000, wholePenceOf((await funds.fund()).totals.availableUnits));
 *   throw error;
 * }
 */
export class FundLedger {
  readonly #tableName: string;

  constructor(tableName: string) {
    this.#tableName = tableName;
  }

  /** Posts a movement, with an optional condition on (and extra `SET`s of) the fund's totals item. */
  post(moved: Movement, guard: PostingGuard = {}): LedgerPosting {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ...guard.values };
    const adds = Object.entries(totalsDelta(moved)).map(([name, delta], index) => {
      names[`#t${index}`] = name;
      values[`:t${index}`] = delta;
      return `#t${index} :t${index}`;
    });
    const sets = Object.entries(guard.set ?? {}).map(([name, value], index) => {
      names[`#s${index}`] = name;
      values[`:s${index}`] = value;
      return `#s${index} = :s${index}`;
    });
    const update = [sets.length > 0 ? `SET ${sets.join(', ')}` : '', `ADD ${adds.join(', ')}`].filter(Boolean).join(' ');
    const items: LedgerPosting['items'] = [
      {
        Update: {
          TableName: this.#tableName,
          Key: fundKey,
          UpdateExpression: update,
          ...(guard.condition === undefined ? {} : { ConditionExpression: guard.condition }),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...movementKey(moved), type: 'movement', ...moved },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
    return { movement: moved, items, refused: (error, offset) => failedConditionAt(error, offset) };
  }

  /** Commits grant money from the fund, only if at least that much is available (else refused). */
  commit(grant: GrantMovement): LedgerPosting {
    return this.#guarded('commitment', grant, 'availableUnits');
  }

  /** Returns committed money to the fund (a grant withdrawn or underspent), only if that much is committed. */
  release(grant: GrantMovement & { disbursementId?: string }): LedgerPosting {
    return this.#guarded('release', grant, 'committedUnits');
  }

  /** Pays committed money out, only if that much is committed. */
  disburse(grant: GrantMovement & { disbursementId: string }): LedgerPosting {
    return this.#guarded('disbursement', grant, 'committedUnits');
  }

  #guarded(kind: MovementKind, grant: GrantMovement & { disbursementId?: string }, account: 'availableUnits' | 'committedUnits'): LedgerPosting {
    const units = unitsOfPence(grant.amountPence);
    const moved = movement(kind, units, {
      movementId: grant.movementId ?? crypto.randomUUID(),
      effectiveOn: grant.effectiveOn,
      postedAt: grant.postedAt ?? new Date().toISOString(),
      amountPence: grant.amountPence,
      applicationId: grant.applicationId,
      ...(grant.disbursementId === undefined ? {} : { disbursementId: grant.disbursementId }),
    });
    // A missing totals item (no levy yet) fails the comparison, so nothing can be committed from nothing.
    return this.post(moved, { condition: `${account} >= :required`, values: { ':required': units } });
  }
}
