import { donationReceived } from '@platform/events';
import { httpHandler, InvalidInputError } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { importDonations } from '../api/donation-routes.ts';
import type { RejectedRow } from '../domain/donation-import.ts';
import { readDonationImport } from '../domain/donation-import.ts';
import type { DonationQueue } from '../store/donation-queue.ts';
import { donationQueue } from './environment.ts';

/**
 * `POST /fund/donations/import` (finance, `text/csv`): checks every row, reports each bad one by line, and
 * enqueues the good ones as `fund.donation-received` events (202). Importing a file again is safe: a
 * donation id already levied is levied no more. A file with no good row at all is a 400 listing every problem.
 */
export const importDonationsHandler = (queue: DonationQueue): HttpLambdaHandler =>
  httpHandler(
    importDonations,
    async ({ body }, { correlationId, logger }) => {
      const { accepted, rejected } = readDonationImport(body, new Date());
      if (accepted.length === 0) {
        throw new InvalidInputError(
          `no row of the CSV can be imported (${rejected.length} rejected)`,
          rejected.flatMap(({ line, errors }) => errors.map(({ field, message }) => ({ path: ['body', `line ${line}`, field], message }))),
        );
      }
      const events = accepted.map(({ donation }) => donationReceived.create(donation, { correlationId }));
      const notSent: RejectedRow[] = (await queue.send(events)).map((index) => ({
        line: accepted[index]?.line ?? 0,
        errors: [{ field: '(row)', message: 'the queue did not take this donation; import the file again' }],
      }));
      const enqueued = accepted.length - notSent.length;
      logger.info('donations imported', { enqueued, rejected: rejected.length, notSent: notSent.length });
      return { status: 202, body: { enqueued, rejected: [...rejected, ...notSent].sort((a, b) => a.line - b.line) } };
    },
  );

export const handler = importDonationsHandler(donationQueue());
