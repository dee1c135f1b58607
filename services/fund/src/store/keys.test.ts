import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { decodePageCursor, encodePageCursor } from '@platform/kit';
import fc from 'fast-check';
import { newApplicationId } from '../domain/application-id.ts';
import { APPLICATION_SORT_KEY, APPLICATIONS_PARTITION, applicationKey, monthsBetween, movementKey } from './keys.ts';
import { decodeCursor, encodeCursor } from './ledger-cursor.ts';

describe('monthsBetween', () => {
  it('lists the months of a range, across a year end', () => {
    expect(monthsBetween('2025-11-30', '2026-02-01')).toStrictEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('movementKey', () => {
  it('files a movement under the month of its effective date, sorted by date, posting time and id', () => {
    expect(movementKey({ effectiveOn: '2026-05-31', postedAt: '2026-06-01T12:00:00.000Z', movementId: 'm-1' })).toStrictEqual({
      pk: 'LEDGER#2026-05',
      sk: '2026-05-31#2026-06-01T12:00:00.000Z#m-1',
    });
  });
});

describe('cursor sort-key shapes', () => {
  it('takes back the key of every application and every movement the services write, as a page cursor', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), fc.uint8Array({ minLength: 10, maxLength: 10 }), (now, random) => {
        // Prepare: keys as the stores write them
        const application = applicationKey(newApplicationId(now, random));
        const movement = movementKey({ effectiveOn: now.toISOString().slice(0, 10), postedAt: now.toISOString(), movementId: randomUUID() });
        const month = now.toISOString().slice(0, 7);
        const range = { from: `${month}-01`, to: `${month}-31` };
        // Act
        const pages = {
          application: decodePageCursor(encodePageCursor(application), APPLICATIONS_PARTITION, APPLICATION_SORT_KEY),
          ledger: decodeCursor(encodeCursor({ month, after: movement }), range),
        };
        // Assess
        expect(pages).toStrictEqual({ application, ledger: { month, after: movement } });
      }),
    );
  });
});
