import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addAttendee, createMeeting, MAX_ATTENDEES, reconcileFlag } from './clause-v-meeting.ts';
import type { Attendee, Meeting } from './clause-v-meeting.ts';
import { AttendeeListError, RetiringAttendeeError } from './errors.ts';
import type { ActiveRetirement } from './retirement.ts';

const MEETING_ID = '019b2c3d-4e5f-7a6b-8c7d-000000000001';
const meeting: Meeting = createMeeting(
  { title: 'Clause V meeting', heldOn: '2029-03-10', place: 'Labour Central' },
  { meetingId: MEETING_ID, by: 'staff-1', at: '2029-01-05T10:00:00.000Z' },
);

const active = (mpId: string, n: number): ActiveRetirement => ({
  retirementId: `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`,
  mpId,
  mpName: `MP ${mpId}`,
  seatId: 'E14001063',
  announcedOn: '2029-02-01',
  expectedElectionOn: '2029-05-03',
  expectedElectionSource: 'settings',
  earlyAnnouncementMonths: 12,
  earlyAnnouncementDeadline: '2028-05-03',
  emeritusEligible: false,
  eligibilityReason: 'judged',
  recordedBy: 'staff-0',
  recordedAt: '2029-02-01T09:00:00.000Z',
  status: 'active',
  withdrawal: null,
});

const REASON =
  'retiring at the next general election (announced on 2029-02-01, seat E14001063): a retiring MP has a conflict of interest ' +
  'and may not take part in the Clause V meeting';

const attendee = (mpId: string): Attendee => ({ mpId, name: `Name ${mpId}`, addedBy: 'staff-1', addedAt: '2029-01-06T10:00:00.000Z', flag: null });
const adding = (mpId: string, at = '2029-01-06T10:00:00.000Z') => ({ mpId, name: `Name ${mpId}`, by: 'staff-1', at });

describe('createMeeting', () => {
  it('creates a meeting with no attendees and no flags', () => {
    expect(meeting).toStrictEqual({
      meetingId: MEETING_ID,
      title: 'Clause V meeting',
      heldOn: '2029-03-10',
      place: 'Labour Central',
      link: null,
      createdBy: 'staff-1',
      createdAt: '2029-01-05T10:00:00.000Z',
      attendeeCount: 0,
      flaggedCount: 0,
    });
  });
});

describe('addAttendee', () => {
  it('adds an MP with no active retirement, unflagged', () => {
    expect(addAttendee(meeting, undefined, undefined, adding('mp-1'))).toStrictEqual(attendee('mp-1'));
  });

  it('fails for an MP with an active retirement, with the reason and the retirement id of the one-off check', () => {
    const retirement = active('mp-1', 1);
    expect(() => addAttendee(meeting, undefined, retirement, adding('mp-1'))).toThrow(new RetiringAttendeeError('mp-1', retirement.retirementId, REASON));
    try {
      addAttendee(meeting, undefined, retirement, adding('mp-1'));
    } catch (error) {
      expect((error as RetiringAttendeeError).details).toStrictEqual({ mpId: 'mp-1', retirementId: retirement.retirementId, reason: REASON });
    }
  });

  it('fails for an MP on the list already', () => {
    expect(() => addAttendee(meeting, attendee('mp-1'), undefined, adding('mp-1'))).toThrow(
      new AttendeeListError('attending', `mp-1 is on the attendee list of Clause V meeting ${MEETING_ID} already`),
    );
  });

  it(`fails once the list has ${MAX_ATTENDEES} attendees`, () => {
    expect(() => addAttendee({ ...meeting, attendeeCount: MAX_ATTENDEES }, undefined, undefined, adding('mp-1'))).toThrow(
      new AttendeeListError('full', `Clause V meeting ${MEETING_ID} has ${MAX_ATTENDEES} attendees, the most a meeting may have`),
    );
  });

  it('adds on the day of the meeting, and fails the day after', () => {
    expect(addAttendee(meeting, undefined, undefined, adding('mp-1', '2029-03-10T20:00:00.000Z')).mpId).toBe('mp-1');
    expect(() => addAttendee(meeting, undefined, undefined, adding('mp-1', '2029-03-11T00:00:00.000Z'))).toThrow(
      new AttendeeListError('held', `Clause V meeting ${MEETING_ID} was held on 2029-03-10; its attendee list can no longer change`),
    );
  });
});

describe('reconcileFlag', () => {
  const at = '2029-02-01T09:00:05.000Z';

  it('flags an attendee whose retirement is active, with the retirement and the reason', () => {
    const retirement = active('mp-1', 1);
    expect(reconcileFlag(meeting, attendee('mp-1'), retirement, { at })).toStrictEqual({
      kind: 'flagged',
      attendee: { ...attendee('mp-1'), flag: { retirementId: retirement.retirementId, reason: REASON, flaggedAt: at } },
      flaggedDelta: 1,
    });
  });

  it('changes nothing for an attendee flagged already for the same retirement', () => {
    const retirement = active('mp-1', 1);
    const flagged = { ...attendee('mp-1'), flag: { retirementId: retirement.retirementId, reason: REASON, flaggedAt: at } };
    expect(reconcileFlag(meeting, flagged, retirement, { at: '2029-02-02T00:00:00.000Z' })).toStrictEqual({ kind: 'unchanged' });
  });

  it('clears the flag once the retirement is withdrawn before the meeting', () => {
    const flagged = { ...attendee('mp-1'), flag: { retirementId: active('mp-1', 1).retirementId, reason: REASON, flaggedAt: at } };
    expect(reconcileFlag(meeting, flagged, undefined, { at: '2029-02-10T00:00:00.000Z' })).toStrictEqual({
      kind: 'cleared',
      attendee: attendee('mp-1'),
      retirementId: active('mp-1', 1).retirementId,
    });
  });

  it('leaves a meeting that has happened as it was', () => {
    expect(reconcileFlag(meeting, attendee('mp-1'), active('mp-1', 1), { at: '2029-03-11T00:00:00.000Z' })).toStrictEqual({ kind: 'unchanged' });
  });

  it('flags for the new retirement, counted once, when the MP withdrew and announced again', () => {
    const flagged = { ...attendee('mp-1'), flag: { retirementId: active('mp-1', 1).retirementId, reason: REASON, flaggedAt: at } };
    const change = reconcileFlag(meeting, flagged, active('mp-1', 2), { at });
    expect(change.kind === 'flagged' ? [change.attendee.flag?.retirementId, change.flaggedDelta] : change).toStrictEqual([active('mp-1', 2).retirementId, 0]);
  });

  // The consumer acts on the register as it is when an event is handled, and every change's event is
  // handled at least once after the change committed, in any order, any number of times.
  it('ends flagged exactly when the register ends with an active retirement, and each flag is raised once, however events arrive', () => {
    const MPS = ['mp-1', 'mp-2', 'mp-3'];
    const operation = fc.record({ mp: fc.constantFrom(...MPS), kind: fc.constantFrom('announce' as const, 'withdraw' as const) });
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 12 }),
        fc.array(fc.nat({ max: 12 }), { maxLength: 12 }),
        fc.array(fc.nat({ max: 3 }), { maxLength: 12 }),
        (operations, delays, duplicates) => {
          // Prepare: the register after each operation, and the events each produced
          const register = new Map<string, ActiveRetirement>();
          const states: Map<string, ActiveRetirement>[] = [];
          const events: { mp: string; committedAt: number }[] = [];
          operations.forEach(({ mp, kind }, index) => {
            if (kind === 'announce' && !register.has(mp)) register.set(mp, active(mp, index + 1));
            else if (kind === 'withdraw' && register.has(mp)) register.delete(mp);
            else {
              states.push(new Map(register));
              return; // refused: no change, no event
            }
            states.push(new Map(register));
            events.push({ mp, committedAt: index });
          });
          // Each event is delivered (1 + duplicates) times, each after its change, at a shuffled moment
          const deliveries = events
            .flatMap((event, index) =>
              Array.from({ length: 1 + (duplicates[index] ?? 0) }, (_, copy) => ({ ...event, at: event.committedAt + (delays[(index + copy) % Math.max(delays.length, 1)] ?? 0) })),
            )
            .sort((a, b) => a.at - b.at);
          const attendees = new Map(MPS.map((mp) => [mp, attendee(mp)]));
          const raised: string[] = [];
          // Act
          for (const delivery of deliveries) {
            const now = states[Math.min(delivery.at, states.length - 1)]!;
            const change = reconcileFlag(meeting, attendees.get(delivery.mp)!, now.get(delivery.mp), { at: '2029-02-01T09:00:00.000Z' });
            if (change.kind === 'unchanged') continue;
            attendees.set(delivery.mp, change.attendee);
            if (change.kind === 'flagged') raised.push(change.attendee.flag!.retirementId);
          }
          // Assess: the flags agree with the register in the end
          const final = states.at(-1) ?? new Map<string, ActiveRetirement>();
          expect(MPS.map((mp) => attendees.get(mp)!.flag?.retirementId ?? null)).toStrictEqual(MPS.map((mp) => final.get(mp)?.retirementId ?? null));
          // and no retirement's flag was raised twice in a row for the same attendee
          expect(new Set(raised).size).toBe(raised.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
