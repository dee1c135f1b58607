import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { importSeatsHandler } from '../src/handlers/import-seats.ts';
import { SPEAKER_REASON } from '../src/domain/settings.ts';
import { bodyOf, FINANCE, request } from './fixtures.ts';
import { InMemorySeatStore } from './in-memory-stores.ts';

const HEADER = 'ONS ID,Constituency name,Region name,Country name,First party,Majority,Electorate,Member first name,Member surname';
const FILE = [
  HEADER,
  'E14001303,Isle of Wight East,South East,England,Con,"3,323","85,000",Joe,Robertson',
  'E14001170,Chorley,North West,England,Spk,20575,74801,Lindsay,Hoyle',
  'S14000067,"Argyll, Bute and South Lochaber",Scotland,Scotland,SNP,6232,71756,Brendan,O\'Hara',
].join('\r\n');

const importing = (body: string, contentType = 'text/csv', claims?: typeof FINANCE) =>
  request({ method: 'POST', path: '/selections/seats/import', body, headers: { 'content-type': contentType }, ...(claims ? { claims } : {}) });

describe('POST /selections/seats/import', () => {
  it("creates the seats, flags the island, and sets the Speaker's seat aside", async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    // Act
    const response = await importSeatsHandler(seats)(importing(FILE), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 200,
      body: {
        format: 'commons-library',
        counts: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
        created: [
          { line: 2, seatId: 'E14001303' },
          { line: 3, seatId: 'E14001170' },
          { line: 4, seatId: 'S14000067' },
        ],
        updated: [],
        rejected: [],
        uncontestedAdded: [{ seatId: 'E14001170', reason: SPEAKER_REASON }],
      },
    });
    expect(seats.seats.get('E14001303')).toStrictEqual({
      seatId: 'E14001303',
      name: 'Isle of Wight East',
      nation: 'England',
      region: 'South East',
      firstParty: 'Con',
      majority: 3323,
      electorate: 85000,
      sittingMp: 'Joe Robertson',
      island: true,
      priority: 2,
      shortlist: 'open',
      flagsRevision: 0,
      importedAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(seats.stored).toStrictEqual({
      settings: { party: 'Lab', contestedNations: ['England', 'Scotland', 'Wales'], uncontested: [{ seatId: 'E14001170', reason: SPEAKER_REASON }] },
      version: 1,
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    const handler = importSeatsHandler(seats);
    await handler(importing(FILE), lambdaContext());
    const before = structuredClone([...seats.seats.values()]);
    // Act
    const response = await handler(importing(FILE), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      format: 'commons-library',
      counts: { created: 0, updated: 0, unchanged: 3, rejected: 0 },
      created: [],
      updated: [],
      rejected: [],
      uncontestedAdded: [],
    });
    expect([...seats.seats.values()]).toStrictEqual(before);
    expect(seats.stored.version).toBe(1);
  });

  it('updates the results of a re-import but keeps the flags HQ staff changed', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    const handler = importSeatsHandler(seats);
    await handler(importing(FILE), lambdaContext());
    await seats.updateFlags('E14001303', { island: false, priority: 1 }, '2026-02-01T09:00:00.000Z');
    // Act
    const response = await handler(importing(FILE.replace('"3,323"', '3400')), lambdaContext());
    // Assess
    expect((bodyOf(response) as { updated: unknown }).updated).toStrictEqual([{ line: 2, seatId: 'E14001303', changed: ['majority'] }]);
    expect(seats.seats.get('E14001303')).toMatchObject({ majority: 3400, island: false, priority: 1 });
  });

  it('imports the good rows of a file with bad ones, reporting each bad row by line and reason', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    const file = ['gss_code,name,region', 'E14001063,Aldershot,South East', '', 'E1400106X,Typo,South East', 'W07000112,Ynys Môn,Wales', 'W07000112,Ynys Mon,Wales'].join('\n');
    // Act
    const response = await importSeatsHandler(seats)(importing(file), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      format: 'minimal',
      counts: { created: 1, updated: 0, unchanged: 0, rejected: 3 },
      created: [{ line: 2, seatId: 'E14001063' }],
      updated: [],
      rejected: [
        { line: 4, reason: "'E1400106X' is not a GSS code (a country letter E, N, S or W and eight digits, e.g. E14001063)" },
        { line: 5, seatId: 'W07000112', reason: 'W07000112 appears on lines 5, 6, so none of them was imported' },
        { line: 6, seatId: 'W07000112', reason: 'W07000112 appears on lines 5, 6, so none of them was imported' },
      ],
      uncontestedAdded: [],
    });
    expect([...seats.seats.keys()]).toStrictEqual(['E14001063']);
  });

  it('fails with a 400 and writes nothing when the header is wrong', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    // Act
    const response = await importSeatsHandler(seats)(importing('code,constituency\nE14001063,Aldershot\n'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail:
          'the file has no header line naming the columns ONS ID, Constituency name, Region name and Country name (the Commons ' +
          'Library results file) or gss_code, name and region (a minimal CSV), so nothing was imported; missing: ONS ID, ' +
          'Constituency name, Region name, Country name; the first line reads: code,constituency',
        instance: '/selections/seats/import',
        errors: [],
      },
    });
    expect(seats.seats.size).toBe(0);
  });

  it('fails with a 415 on a JSON body, saying to send the file as text/csv', async () => {
    // Act
    const response = await importSeatsHandler(new InMemorySeatStore())(importing('{"seats":[]}', 'application/json'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, detail: (bodyOf(response) as { detail: unknown }).detail }).toStrictEqual({
      status: 415,
      detail: 'the body must be sent as text/csv, not application/json',
    });
  });

  it('fails with a 415 on a body of another type', async () => {
    const response = await importSeatsHandler(new InMemorySeatStore())(importing(FILE, 'text/plain'), lambdaContext());
    expect({ status: response.statusCode, detail: (bodyOf(response) as { detail: unknown }).detail }).toStrictEqual({
      status: 415,
      detail: 'the body must be sent as text/csv, not text/plain',
    });
  });

  it('fails with a 403 for a caller who is not HQ staff, writing nothing', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    // Act
    const response = await importSeatsHandler(seats)(importing(FILE, 'text/csv', FINANCE), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(403);
    expect(seats.seats.size).toBe(0);
  });
});
