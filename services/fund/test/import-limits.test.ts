import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { MAX_IMPORT_BYTES } from '../src/domain/donation-import.ts';
import { importDonationsHandler } from '../src/handlers/import-donations.ts';
import { bodyOf, claimsOf, FakeDonationQueue } from './fakes.ts';

describe('POST /fund/donations/import, limits', () => {
  it('refuses a donation import over 4 MB with 413 stating the limit, queueing nothing', async () => {
    // Prepare
    const queue = new FakeDonationQueue();
    const csv = `donationId,amountPence,receivedOn,source\ngc-1,100,2026-05-31,donation\n${'x'.repeat(MAX_IMPORT_BYTES)}`;
    const event = httpEvent({ method: 'POST', path: '/fund/donations/import', body: csv, headers: { 'content-type': 'text/csv' }, claims: claimsOf('finance') });
    // Act
    const response = await importDonationsHandler(queue)(event, lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response), sent: queue.sent.length }).toStrictEqual({
      status: 413,
      body: {
        type: 'about:blank',
        title: 'Payload Too Large',
        status: 413,
        detail: `the CSV is ${Buffer.byteLength(csv)} bytes, more than the 4194304 (4 MB) one import takes; split it into smaller files`,
        instance: '/fund/donations/import',
      },
      sent: 0,
    });
  });
});
