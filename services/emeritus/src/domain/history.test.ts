import { describe, expect, it } from '@jest/globals';
import { announcedEntry, attendeeRefusedEntry, HistoryEntry, settingsChangedEntry, withdrawnEntry } from './history.ts';
import { AttendeeListError, MeetingNotFoundError, RetiringAttendeeError } from './errors.ts';
import { announceRetirement, withdrawRetirement } from './retirement.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const HISTORY_ID = '3e1f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7';
const retirement = announceRetirement(
  { mpId: 'mp-4514', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2028-04-01' },
  { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 },
  { retirementId: '0b6f7a52-4c1e-4d3b-9f2a-1e5d8c7b6a90', recordedBy: 'staff-1', recordedAt: '2028-04-02T09:00:00.000Z' },
);

describe('history entries', () => {
  it('records an announcement with who recorded it, when, and the retirement as recorded', () => {
    // Act
    const entry = announcedEntry(HISTORY_ID, retirement);
    // Assess
    expect(entry).toStrictEqual({
      historyId: HISTORY_ID,
      at: '2028-04-02T09:00:00.000Z',
      by: 'staff-1',
      action: 'retirement-announced',
      retirementId: retirement.retirementId,
      mpId: 'mp-4514',
      retirement,
    });
    expect(HistoryEntry.parse(entry)).toStrictEqual(entry);
  });

  it('records a withdrawal with who withdrew it, when, and why', () => {
    // Prepare
    const withdrawal = { withdrawnOn: '2028-06-01', reason: 'standing again', withdrawnBy: 'staff-2', withdrawnAt: '2028-06-01T12:00:00.000Z' };
    // Act
    const entry = withdrawnEntry(HISTORY_ID, withdrawRetirement(retirement, withdrawal));
    // Assess
    expect(entry).toStrictEqual({
      historyId: HISTORY_ID,
      at: '2028-06-01T12:00:00.000Z',
      by: 'staff-2',
      action: 'retirement-withdrawn',
      retirementId: retirement.retirementId,
      mpId: 'mp-4514',
      withdrawal,
    });
    expect(HistoryEntry.parse(entry)).toStrictEqual(entry);
  });

  it('records a change of settings with the settings before and after, and nothing of who changed them before', () => {
    // Act
    const entry = settingsChangedEntry(HISTORY_ID, {
      before: DEFAULT_SETTINGS,
      after: { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 18 },
      by: 'staff-1',
      at: '2026-05-01T10:00:00.000Z',
    });
    // Assess
    expect(entry).toStrictEqual({
      historyId: HISTORY_ID,
      at: '2026-05-01T10:00:00.000Z',
      by: 'staff-1',
      action: 'settings-changed',
      before: { expectedElectionOn: null, earlyAnnouncementMonths: 12 },
      after: { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 18 },
    });
  });

  describe('attendeeRefusedEntry', () => {
    const MEETING_ID = '019b2c3d-4e5f-7a6b-8c7d-000000000001';
    const attempt = { meetingId: MEETING_ID, mpId: 'mp-4514', by: 'staff-1', at: '2028-03-01T09:00:00.000Z' };
    const base = { historyId: HISTORY_ID, ...attempt, action: 'clause-v-attendee-refused' };

    it('records a retiring MP refused with the retirement and the rule as the reason', () => {
      // Act
      const entry = attendeeRefusedEntry(HISTORY_ID, attempt, new RetiringAttendeeError('mp-4514', retirement.retirementId, 'retiring at the next general election'));
      // Assess
      expect(entry).toStrictEqual({ ...base, refusal: 'retiring', retirementId: retirement.retirementId, reason: 'retiring at the next general election' });
    });

    it('records a refusal of the list (held, attending, full) with its kind and the message as the reason, and no retirement', () => {
      // Act
      const entries = (['held', 'attending', 'full'] as const).map((refusal) => attendeeRefusedEntry(HISTORY_ID, attempt, new AttendeeListError(refusal, `refused: ${refusal}`)));
      // Assess
      expect(entries).toStrictEqual([
        { ...base, refusal: 'held', reason: 'refused: held' },
        { ...base, refusal: 'attending', reason: 'refused: attending' },
        { ...base, refusal: 'full', reason: 'refused: full' },
      ]);
    });

    it('records nothing for an error that is not a refusal: an unknown meeting, a failure', () => {
      // Act
      const entries = [new MeetingNotFoundError(MEETING_ID), new Error('DynamoDB is down')].map((error) => attendeeRefusedEntry(HISTORY_ID, attempt, error));
      // Assess
      expect(entries).toStrictEqual([undefined, undefined]);
    });

    it('reads a refusal kept before the kind was recorded as a retiring MP refused', () => {
      // Act
      const entry = HistoryEntry.parse({ ...base, retirementId: retirement.retirementId, reason: 'retiring at the next general election' });
      // Assess
      expect(entry).toStrictEqual({ ...base, refusal: 'retiring', retirementId: retirement.retirementId, reason: 'retiring at the next general election' });
    });
  });
});
