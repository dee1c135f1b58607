import { describe, expect, it } from '@jest/globals';
import type { Role } from '@platform/local-cloud';
import { localCloud } from '@platform/testing';
import fc from 'fast-check';

// Issue #11, defect 5: a cursor whose start key the list's own query could not have produced reached
// DynamoDB, which rejects it, and the list answered 500. Every list of every service, through the real
// gateway, handler and DynamoDB Local: any string as its cursor answers 200 or a 400 naming the cursor.
const cloud = localCloud();
const base64urlJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

interface List {
  route: string;
  role: Role;
  parameter: string;
  url: (cursor: string) => string;
  /** Cursors of the defect's shape: the right partition or month, a start key of another shape or partition. */
  forged: string[];
  /** Cursors of the shape the list hands out, for keys that may or may not exist: each answers 200. */
  wellFormed: fc.Arbitrary<string>;
}

const uuid = fc.uuid().map((id) => id.toLowerCase());

const LISTS: List[] = [
  {
    route: 'GET /fund/ledger',
    role: 'finance',
    parameter: 'cursor',
    url: (cursor) => `/fund/ledger?from=2026-12-01&to=2026-12-31&limit=1&cursor=${encodeURIComponent(cursor)}`,
    forged: [
      base64urlJson({ month: '2026-12', after: { pk: 'APPLICATIONS', sk: 'x' } }),
      base64urlJson({ month: '2026-12', after: { pk: 'LEDGER#2026-12', sk: 'x' } }),
      base64urlJson({ month: '2026-12', after: { pk: 'LEDGER#2026-11', sk: '2026-11-30#2026-11-30T00:00:00.000Z#m-1' } }),
      base64urlJson({ month: '2026-12', after: { pk: 'LEDGER#2026-12', sk: '2027-01-01#2027-01-01T00:00:00.000Z#m-1' } }),
    ],
    wellFormed: fc
      .integer({ min: 1, max: 31 })
      .map((day) => `2026-12-${String(day).padStart(2, '0')}`)
      .chain((date) => uuid.map((id) => base64urlJson({ month: '2026-12', after: { pk: 'LEDGER#2026-12', sk: `${date}#${date}T12:00:00.000Z#${id}` } }))),
  },
  {
    route: 'GET /fund/donations',
    role: 'finance',
    parameter: 'next',
    url: (cursor) => `/fund/donations?from=2026-11-01&to=2026-12-31&limit=1&next=${encodeURIComponent(cursor)}`,
    forged: [
      base64urlJson({ month: '2026-12', after: { pk: 'APPLICATIONS', sk: 'x', receivedMonth: 'DONATIONS#2026-12', receivedKey: '2026-12-01#d-1' } }),
      base64urlJson({ month: '2026-12', after: { pk: 'DONATION#d-1', sk: 'DONATION', receivedMonth: 'DONATIONS#2026-11', receivedKey: '2026-12-01#d-1' } }),
      base64urlJson({ month: '2026-12', after: { pk: 'DONATION#d-2', sk: 'DONATION', receivedMonth: 'DONATIONS#2026-12', receivedKey: '2026-12-01#d-1' } }),
      base64urlJson({ month: '2026-12', after: { pk: 'DONATION#d-1', sk: 'REFUND#r-1', receivedMonth: 'DONATIONS#2026-12', receivedKey: '2026-12-01#d-1' } }),
      base64urlJson({ month: '2027-01', after: { pk: 'DONATION#d-1', sk: 'DONATION', receivedMonth: 'DONATIONS#2027-01', receivedKey: '2027-01-01#d-1' } }),
      base64urlJson({ month: '2026-12', after: { pk: 'DONATION#d-1', sk: 'DONATION' } }),
    ],
    wellFormed: fc
      .tuple(fc.integer({ min: 1, max: 31 }), fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,20}$/))
      .map(([day, id]) => {
        const date = `2026-12-${String(day).padStart(2, '0')}`;
        return base64urlJson({ month: '2026-12', after: { pk: `DONATION#${id}`, sk: 'DONATION', receivedMonth: 'DONATIONS#2026-12', receivedKey: `${date}#${id}` } });
      }),
  },
  {
    route: 'GET /fund/applications',
    role: 'finance',
    parameter: 'next',
    url: (cursor) => `/fund/applications?limit=1&next=${encodeURIComponent(cursor)}`,
    forged: [base64urlJson({ pk: 'APPLICATIONS', sk: 'x' }), base64urlJson({ pk: 'CANDIDATE#cand-1', sk: 'APPLICATION#0190b6f2-3c4d-7e5f-8a6b-7c8d9e0f1a2b' })],
    wellFormed: uuid.map((id) => base64urlJson({ pk: 'APPLICATIONS', sk: `APPLICATION#${id}` })),
  },
  {
    route: 'GET /fund/erasures',
    role: 'finance',
    parameter: 'next',
    url: (cursor) => `/fund/erasures?limit=1&next=${encodeURIComponent(cursor)}`,
    forged: [base64urlJson({ pk: 'ERASURES', sk: 'x' }), base64urlJson({ pk: 'APPLICATIONS', sk: 'APPLICATION#0190b6f2-3c4d-7e5f-8a6b-7c8d9e0f1a2b' })],
    wellFormed: fc
      .tuple(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), uuid)
      .map(([at, id]) => base64urlJson({ pk: 'ERASURES', sk: `${at.toISOString()}#${id}` })),
  },
  {
    route: 'GET /selections/seats',
    role: 'hq-staff',
    parameter: 'next',
    url: (cursor) => `/selections/seats?limit=1&next=${encodeURIComponent(cursor)}`,
    forged: [
      base64urlJson({ pk: 'SEATS', sk: 'x' }),
      base64urlJson({ sort: 'name', direction: 'ascending', value: 'Aldershot', name: 'Aldershot', seatId: 'E14001063' }),
      base64urlJson({ sort: 'gssCode', direction: 'ascending', value: null, name: 'Aldershot', seatId: 'SEAT#E14001063' }),
    ],
    wellFormed: fc
      .tuple(fc.constantFrom('E', 'N', 'S', 'W'), fc.integer({ min: 0, max: 99_999_999 }), fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,19}$/))
      .map(([country, n, name]) => base64urlJson({ sort: 'gssCode', direction: 'ascending', value: null, name, seatId: `${country}${String(n).padStart(8, '0')}` })),
  },
  {
    route: 'GET /selections/selections',
    role: 'hq-staff',
    parameter: 'next',
    url: (cursor) => `/selections/selections?limit=1&next=${encodeURIComponent(cursor)}`,
    forged: [base64urlJson({ pk: 'SELECTIONS', sk: 'x' }), base64urlJson({ pk: 'SEATS', sk: 'SEAT#E14001063' })],
    wellFormed: uuid.map((id) => base64urlJson({ pk: 'SELECTIONS', sk: `SELECTION#${id}` })),
  },
  {
    route: 'GET /emeritus/consultations',
    role: 'hq-staff',
    parameter: 'next',
    url: (cursor) => `/emeritus/consultations?limit=1&next=${encodeURIComponent(cursor)}`,
    forged: [base64urlJson({ pk: 'CONSULTATIONS', sk: 'x' }), base64urlJson({ pk: 'MEETINGS', sk: 'MEETING#019b2c3d-4e5f-7a6b-8c7d-000000000001' }), base64urlJson({ pk: 'HISTORY', sk: 'CONSULTATION#019b2c3d-4e5f-7a6b-8c7d-000000000001' })],
    wellFormed: uuid.map((id) => base64urlJson({ pk: 'CONSULTATIONS', sk: `CONSULTATION#${id}` })),
  },
  {
    route: 'GET /emeritus/clause-v/meetings',
    role: 'hq-staff',
    parameter: 'next',
    url: (cursor) => `/emeritus/clause-v/meetings?limit=1&next=${encodeURIComponent(cursor)}`,
    forged: [base64urlJson({ pk: 'MEETINGS', sk: 'x' }), base64urlJson({ pk: 'CONSULTATIONS', sk: 'CONSULTATION#019b2c3d-4e5f-7a6b-8c7d-000000000001' })],
    wellFormed: uuid.map((id) => base64urlJson({ pk: 'MEETINGS', sk: `MEETING#${id}` })),
  },
  {
    route: 'GET /emeritus/history',
    role: 'hq-staff',
    parameter: 'cursor',
    url: (cursor) => `/emeritus/history?limit=1&cursor=${encodeURIComponent(cursor)}`,
    forged: [
      base64urlJson({ pk: 'APPLICATIONS', sk: 'x' }),
      Buffer.from(`2026-01-01T00:00:00.${'1'.repeat(1_100)}Z#22222222-0000-4000-8000-000000000002`).toString('base64url'),
    ],
    wellFormed: fc.tuple(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), uuid).map(([at, id]) => Buffer.from(`${at.toISOString()}#${id}`).toString('base64url')),
  },
];

/** Any string a client might send: text, base64url of any JSON, and base64url of key-like objects. */
const anyCursor = fc.oneof(
  fc.string({ maxLength: 1_200, unit: 'grapheme' }),
  fc.jsonValue().map(base64urlJson),
  fc.record({ pk: fc.string(), sk: fc.string() }).map(base64urlJson),
  fc.record({ month: fc.constantFrom('2026-12', '2026-11'), after: fc.record({ pk: fc.string(), sk: fc.string() }) }).map(base64urlJson),
);

/** The status, and for a 400 the paths it names: a refused cursor must be named, nothing else. */
const outcomeOf = async (list: List, token: string, cursor: string) => {
  const response = await cloud.request('GET', list.url(cursor), { token });
  const errors = (response.body as { errors?: { path: unknown[] }[] }).errors ?? [];
  return response.status === 400 ? { status: 400, paths: errors.map((error) => error.path) } : { status: response.status };
};

describe.each(LISTS)('$route with a forged cursor', (list) => {
  it('fails with 400 naming the cursor on each cursor of the defect\'s shape', async () => {
    // Prepare
    const token = await cloud.token(list.role, `forger-${list.role}`);
    // Act
    const outcomes = await Promise.all(list.forged.map((cursor) => outcomeOf(list, token, cursor)));
    // Assess
    expect(outcomes).toStrictEqual(list.forged.map(() => ({ status: 400, paths: [['query', list.parameter]] })));
  });

  it('answers each cursor of the shape it hands out with 200', async () => {
    const token = await cloud.token(list.role, `forger-${list.role}`);
    await fc.assert(
      fc.asyncProperty(list.wellFormed, async (cursor) => {
        expect(await outcomeOf(list, token, cursor)).toStrictEqual({ status: 200 });
      }),
      { numRuns: 10 },
    );
  });

  it('answers any string as its cursor with 200, or 400 naming the cursor: never a 500', async () => {
    const token = await cloud.token(list.role, `forger-${list.role}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyCursor, list.wellFormed), async (cursor) => {
        const outcome = await outcomeOf(list, token, cursor);
        expect(outcome.status === 200 ? outcome : { status: outcome.status, named: (outcome as { paths: unknown[] }).paths.every((path) => JSON.stringify(path) === JSON.stringify(['query', list.parameter])) }).toStrictEqual(
          outcome.status === 200 ? { status: 200 } : { status: 400, named: true },
        );
      }),
      { numRuns: 40 },
    );
  });
});
