import type { components } from '../../api/schema.ts';
import { formatInstant } from '../../format/dates.ts';

/** One erasure as `GET /fund/erasures` lists it: what kind of data went, from which application, when, why and by whom. */
export type ErasureRecord = components['schemas']['ErasureRecord'];
/** What stands in an erased application in place of its special category data: when, and why. */
export type ErasureMarker = components['schemas']['ErasureMarker'];

/** Who erased when no person did: the nightly schedule, once the retention period ended. */
const SCHEDULE = 'schedule';

const reasons: Record<ErasureMarker['reason'], string> = {
  'retention-period-ended': 'its retention period ended',
  'candidate-request': 'the candidate asked',
  'request-on-behalf': 'finance acted on the candidate’s request',
};

const fieldNames: Record<ErasureRecord['fields'][number], string> = {
  groups: 'the groups they chose',
  describedAs: 'how they described themselves',
  statement: 'their statement',
};

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Why an application's data was erased, as a sentence's start.
 *
 * @example
 * erasureReason('request-on-behalf'); // 'Finance acted on the candidate’s request'
 */
export const erasureReason = (reason: ErasureMarker['reason']): string => sentence(reasons[reason] ?? reason);

/**
 * The erased fields in plain words, in the order the API lists them, joined as a list is spoken.
 *
 * @example
 * erasedFields(['groups', 'describedAs', 'statement']); // 'The groups they chose, how they described themselves and their statement'
 */
export const erasedFields = (fields: readonly ErasureRecord['fields'][number][]): string => {
  const names = fields.map((field) => fieldNames[field] ?? field);
  if (names.length === 0) return 'Nothing';
  const last = names.at(-1) ?? '';
  return sentence(names.length === 1 ? last : `${names.slice(0, -1).join(', ')} and ${last}`);
};

/**
 * Who erased: the schedule, the candidate themselves, or the member of finance, by their id. The record holds
 * only the id, so the reason tells a candidate from finance.
 *
 * @example
 * erasedBy({ by: 'schedule', reason: 'retention-period-ended' }); // 'By schedule'
 * erasedBy({ by: 'fin-1', reason: 'request-on-behalf' }); // 'fin-1 (finance)'
 */
export const erasedBy = ({ by, reason }: Pick<ErasureRecord, 'by' | 'reason'>): string => {
  if (by === SCHEDULE) return 'By schedule';
  return reason === 'candidate-request' ? `${by} (the candidate)` : `${by} (finance)`;
};

/**
 * What finance reads on an application whose special category data is gone, from its marker.
 *
 * @example
 * erasureNotice({ at: '2027-01-05T10:00:00.000Z', reason: 'candidate-request' }); // 'Erased on 5 January 2027 at 10:00 because the candidate asked'
 */
export const erasureNotice = (marker: ErasureMarker): string => `Erased on ${formatInstant(marker.at)} because ${reasons[marker.reason] ?? marker.reason}`;

/**
 * The erasures page's address for a page of the audit: the first without a cursor, the next with the API's.
 *
 * @example
 * erasuresHref('abc='); // '/fund/erasures?next=abc%3D'
 */
export const erasuresHref = (next?: string): string => (next === undefined ? '/fund/erasures' : `/fund/erasures?${new URLSearchParams({ next }).toString()}`);

/** The field of the erase form a refusal is shown against. */
export const ERASE_REASON_ID = 'reason';

/**
 * The API's refusal of finance's erasure in plain words: an undecided application must be withdrawn first
 * (409), or the reason is missing (422); anything else in the API's own words.
 *
 * @example
 * eraseRefusal(409, 'application … is not yet decided …'); // 'This application is still waiting for a decision, …'
 */
export const eraseRefusal = (status: number, detail: string): string => {
  if (status === 409) return 'This application is still waiting for a decision, so it must be withdrawn before the candidate’s information can be erased. Check the application again and confirm that it is withdrawn too.';
  if (status === 422) return 'Enter the reason for erasing the candidate’s information, such as the date and reference of their letter';
  return `The information could not be erased: ${detail}`;
};
