import { dynamoDocumentClient, requiredEnv, sqsClient } from '@platform/kit';
import { DynamoDonationClaims } from '../store/donation-claims.ts';
import { SqsDonationQueue } from '../store/donation-queue.ts';
import { DynamoApplicationStore } from '../store/dynamo-application-store.ts';
import { DynamoFundStore } from '../store/dynamo-fund-store.ts';
import { DynamoPrivacyStore } from '../store/dynamo-privacy-store.ts';
import { DynamoSelectionViewStore } from '../store/dynamo-selection-view-store.ts';

// Each handler builds what it needs from its own environment, once per container; a function is given only
// the variables (and grants) of what it uses, so these are called, not shared values.

/** The fund's table, read or written; `TABLE_NAME`. */
export const fundStore = (): DynamoFundStore => new DynamoFundStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') });

/** The fund's table and outbox, for the writes that publish an event; `TABLE_NAME`, `OUTBOX_TABLE_NAME`. */
export const publishingFundStore = (): DynamoFundStore =>
  new DynamoFundStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME'), outboxTableName: requiredEnv('OUTBOX_TABLE_NAME') });

/** The fund's own inbound queue, where donations wait to be levied; `FUND_QUEUE_URL`. */
export const donationQueue = (): SqsDonationQueue => new SqsDonationQueue(sqsClient(), requiredEnv('FUND_QUEUE_URL'));

/** The hand-recording route's claims on donation ids, in the fund's table; `TABLE_NAME`. */
export const donationClaims = (): DynamoDonationClaims => new DynamoDonationClaims(dynamoDocumentClient(), requiredEnv('TABLE_NAME'));

/** The applications in the fund's table, read or written; `TABLE_NAME`. */
export const applicationStore = (): DynamoApplicationStore => new DynamoApplicationStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') });

/** The applications and the outbox, for the changes that publish an event; `TABLE_NAME`, `OUTBOX_TABLE_NAME`. */
export const publishingApplicationStore = (): DynamoApplicationStore =>
  new DynamoApplicationStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME'), outboxTableName: requiredEnv('OUTBOX_TABLE_NAME') });

/** The fund's view of the selections, in its table; `TABLE_NAME`. */
export const selectionViewStore = (): DynamoSelectionViewStore => new DynamoSelectionViewStore(dynamoDocumentClient(), requiredEnv('TABLE_NAME'));

/** The audit of erasures and the report's aggregate of erased applications, in the fund's table; `TABLE_NAME`. */
export const privacyStore = (): DynamoPrivacyStore => new DynamoPrivacyStore(dynamoDocumentClient(), requiredEnv('TABLE_NAME'));

/** How many months special category data is kept after an application and its selection are over; `RETENTION_MONTHS`. */
export const retentionMonths = (): number => {
  const months = Number(requiredEnv('RETENTION_MONTHS'));
  if (!Number.isInteger(months) || months < 1) throw new Error(`RETENTION_MONTHS must be a whole number of months, at least 1; got '${process.env['RETENTION_MONTHS']}'`);
  return months;
};
