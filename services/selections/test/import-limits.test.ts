import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { MAX_SEAT_FILE_BYTES } from '../src/domain/seats-csv.ts';
import { importSeatsHandler } from '../src/handlers/import-seats.ts';
import { bodyOf, request } from './fixtures.ts';
import { InMemorySeatStore } from './in-memory-stores.ts';

describe('POST /selections/seats/import, limits', () => {
  it('refuses a seat import over 2 MB with 413 stating the limit, importing nothing', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    const body = `gss_code,name,region\nE14000001,Aldershot,South East\n${'x'.repeat(MAX_SEAT_FILE_BYTES)}`;
    // Act
    const response = await importSeatsHandler(seats)(
      request({ method: 'POST', path: '/selections/seats/import', body, headers: { 'content-type': 'text/csv' } }),
      lambdaContext(),
    );
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response), seats: await seats.allSeats() }).toStrictEqual({
      status: 413,
      body: {
        type: 'about:blank',
        title: 'Payload Too Large',
        status: 413,
        detail: `the file is too large to import, so nothing was imported: it is ${MAX_SEAT_FILE_BYTES + 52} bytes, more than the 2097152 (2 MB) an import takes; split it or send only the seats that changed`,
        instance: '/selections/seats/import',
      },
      seats: [],
    });
  });
});
