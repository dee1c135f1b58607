import type { Caller } from '@platform/kit';
import { httpEvent } from '@platform/kit/testing';
import type { HttpEventOptions } from '@platform/kit/testing';
import type { Seat } from '../src/domain/seat.ts';

export const STAFF = { sub: 'hq-1', 'cognito:groups': '[hq-staff]' };
export const FINANCE = { sub: 'fin-1', 'cognito:groups': '[finance]' };
export const staffCaller: Caller = { id: 'hq-1', roles: ['hq-staff'] };

/** A request to a selections route, by HQ staff unless other claims are given. */
export const request = (options: HttpEventOptions) =>
  httpEvent({ claims: STAFF, ...options, headers: { 'x-correlation-id': 'corr-1', ...options.headers } });

/** The JSON body of a response. */
export const bodyOf = (response: { body?: string }): unknown => JSON.parse(response.body ?? 'null');

const IMPORTED_AT = '2026-01-05T09:00:00.000Z';

export const seat = (fields: Partial<Seat> & Pick<Seat, 'seatId' | 'name'>): Seat => ({
  nation: fields.seatId.startsWith('S') ? 'Scotland' : fields.seatId.startsWith('W') ? 'Wales' : fields.seatId.startsWith('N') ? 'Northern Ireland' : 'England',
  region: 'South East',
  firstParty: 'Con',
  majority: 5_000,
  electorate: 70_000,
  island: false,
  priority: 2,
  shortlist: 'open',
  flagsRevision: 0,
  importedAt: IMPORTED_AT,
  updatedAt: IMPORTED_AT,
  ...fields,
});

/**
 * A small country: six seats that need a selection (one an island), one held, the Speaker's (set aside in
 * the settings the tests use), and one in Northern Ireland.
 */
export const SEATS: Seat[] = [
  seat({ seatId: 'E14001063', name: 'Aldershot', majority: 5_683 }),
  seat({ seatId: 'E14001064', name: 'Aldridge-Brownhills', region: 'West Midlands', majority: 2_231 }),
  seat({ seatId: 'E14001303', name: 'Isle of Wight East', island: true, majority: 3_323 }),
  seat({ seatId: 'E14001067', name: 'Arundel and South Downs', majority: 12_134, priority: 3 }),
  seat({ seatId: 'W07000112', name: 'Ynys Môn', region: 'Wales', firstParty: 'PC', island: true, majority: 637 }),
  seat({ seatId: 'S14000067', name: 'Argyll, Bute and South Lochaber', region: 'Scotland', firstParty: 'SNP', majority: 6_232, priority: 1 }),
  seat({ seatId: 'E14001065', name: 'Altrincham and Sale West', region: 'North West', firstParty: 'Lab', majority: 4_174, sittingMp: 'Connor Rand' }),
  seat({ seatId: 'E14001170', name: 'Chorley', region: 'North West', firstParty: 'Spk', majority: 20_575 }),
  seat({ seatId: 'N05000001', name: 'Belfast East', region: 'Northern Ireland', firstParty: 'DUP', majority: 2_676 }),
];

export const SETTINGS_WITH_SPEAKER = {
  party: 'Lab',
  contestedNations: ['England', 'Scotland', 'Wales'] as ('England' | 'Scotland' | 'Wales' | 'Northern Ireland')[],
  uncontested: [{ seatId: 'E14001170', reason: 'the Speaker' }],
};

/** The seat held by the party in {@link SEATS}. */
export const HELD_SEAT_ID = 'E14001065';

/** A timetable request far enough ahead that every start is after today. */
export const TIMETABLE_REQUEST = {
  from: '2031-01-06',
  expectedElection: '2034-05-04',
  completeMonthsBefore: 12,
  weeklyCapacity: 2,
  blackouts: [{ from: '2031-12-20', to: '2032-01-04', reason: 'Christmas' }],
};
