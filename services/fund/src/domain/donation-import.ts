import { donationReceived } from '@platform/events';
import type { InputIssue } from '@platform/kit';
import { InvalidInputError, PayloadTooLargeError } from '@platform/kit';
import { parse } from 'csv-parse/sync';
import type { DonationData } from './donation.ts';
import { donationProblems } from './donation.ts';

/**
 * The most rows one import takes: enough for a month of card payments, little enough to send in one
 * request. Each row becomes one SQS message (ten to a batch, eight batches in flight): 5,000 go in a couple
 * of seconds of the API's 30.
 */
export const MAX_IMPORT_ROWS = 5_000;

/**
 * The largest file one import reads. A row of ordinary donor details is about 150 bytes, so 5,000 rows fit
 * in well under 1 MB; 4 MB leaves room for long names and references and is checked before parsing, so a
 * body up to API Gateway's 10 MB is refused at once.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

const requiredColumns = ['donationId', 'amountPence', 'receivedOn', 'source'] as const;
const donorColumns = { donorName: 'name', donorEmail: 'email', donorPostcode: 'postcode', donorReference: 'reference' } as const;
const knownColumns: readonly string[] = [...requiredColumns, ...Object.keys(donorColumns)];

/** A row of the file that could not be taken, by its line in the file (the header is line 1). */
export interface RejectedRow {
  line: number;
  errors: { field: string; message: string }[];
}

export interface DonationImport {
  accepted: { line: number; donation: DonationData }[];
  rejected: RejectedRow[];
}

const WHOLE_PENCE = /^\d+$/;

/**
 * Reads a CSV of donations (header: `donationId,amountPence,receivedOn,source`, optionally
 * `donorName,donorEmail,donorPostcode,donorReference`), checking every row against the
 * `fund.donation-received` schema and the rules a donation must pass on arrival. A file that cannot be read
 * as such a CSV at all fails with {@link InvalidInputError}; otherwise each bad row is reported by line and
 * the good ones are returned to be enqueued.
 */
export const readDonationImport = (csv: string, now: Date): DonationImport => {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw new PayloadTooLargeError(`the CSV is ${bytes} bytes, more than the ${MAX_IMPORT_BYTES} (4 MB) one import takes; split it into smaller files`);
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns each record with where it was found; its types do not say so.
    records = parse(csv, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    throw new InvalidInputError('the body is not readable as CSV', [{ path: ['body'], message: (error as Error).message }], { cause: error });
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new InvalidInputError('the CSV is empty', [{ path: ['body'], message: 'expected a header row and at least one donation' }]);

  const names = header.record;
  const headerIssues: InputIssue[] = [
    ...requiredColumns.filter((name) => !names.includes(name)).map((name) => ({ path: ['body', 'header', name], message: 'required column is missing' })),
    ...names.filter((name) => !knownColumns.includes(name)).map((name) => ({ path: ['body', 'header', name], message: `unknown column; the columns are ${knownColumns.join(', ')}` })),
    ...names.filter((name, index) => names.indexOf(name) !== index).map((name) => ({ path: ['body', 'header', name], message: 'column appears twice' })),
  ];
  if (rows.length === 0) headerIssues.push({ path: ['body'], message: 'the CSV has a header but no donations' });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new PayloadTooLargeError(`the CSV has ${rows.length} donations, more than the ${MAX_IMPORT_ROWS} one import takes; split it into smaller files`);
  }
  if (headerIssues.length > 0) throw new InvalidInputError('the CSV cannot be imported', headerIssues);

  const firstLineOf = new Map<string, number>();
  const result: DonationImport = { accepted: [], rejected: [] };
  for (const { record, info } of rows) {
    const line = info.lines;
    const value = (name: string) => record[names.indexOf(name)] ?? '';
    const errors: RejectedRow['errors'] = [];
    if (record.length !== names.length) errors.push({ field: '(row)', message: `expected ${names.length} fields, found ${record.length}` });

    const amount = value('amountPence');
    const donor = Object.fromEntries(
      Object.entries(donorColumns).flatMap(([column, field]) => (value(column) === '' ? [] : [[field, value(column)]])),
    );
    const candidate = {
      donationId: value('donationId'),
      // Only whole pence: "12.50" or "1e3" must fail, not be read as a number.
      amountPence: WHOLE_PENCE.test(amount) ? Number(amount) : amount,
      receivedOn: value('receivedOn'),
      source: value('source'),
      ...(Object.keys(donor).length > 0 ? { donor } : {}),
    };
    const parsed = donationReceived.data.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [first, second] = issue.path;
        const field = first === 'donor' && typeof second === 'string' ? `donor${second[0]?.toUpperCase()}${second.slice(1)}` : String(first ?? '(row)');
        const message = field === 'amountPence' && typeof candidate.amountPence === 'string' ? 'must be whole pence, digits only, e.g. 2500 for £25' : issue.message;
        errors.push({ field, message });
      }
    } else {
      for (const { field, error } of donationProblems(parsed.data, now)) errors.push({ field, message: error.message });
      const seenOn = firstLineOf.get(parsed.data.donationId);
      if (seenOn !== undefined) errors.push({ field: 'donationId', message: `repeats the donation on line ${seenOn}` });
      else firstLineOf.set(parsed.data.donationId, line);
    }
    if (errors.length > 0) result.rejected.push({ line, errors });
    else if (parsed.success) result.accepted.push({ line, donation: parsed.data });
  }
  return result;
};
