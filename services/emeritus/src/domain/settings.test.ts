import { describe, expect, it } from '@jest/globals';
import { ElectionDateUnsetError } from './errors.ts';
import { changeSettings, DEFAULT_SETTINGS, electionDateFor } from './settings.ts';

describe('DEFAULT_SETTINGS', () => {
  it('sets no election date and a twelve-month threshold, changed by no one', () => {
    expect(DEFAULT_SETTINGS).toStrictEqual({ expectedElectionOn: null, earlyAnnouncementMonths: 12, updatedAt: null, updatedBy: null });
  });
});

describe('changeSettings', () => {
  it('records who changed the settings and when', () => {
    expect(
      changeSettings({ expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 18 }, { by: 'staff-1', at: '2026-05-01T10:00:00.000Z' }),
    ).toStrictEqual({ expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 18, updatedAt: '2026-05-01T10:00:00.000Z', updatedBy: 'staff-1' });
  });
});

describe('electionDateFor', () => {
  const settings = { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 };

  it("takes the settings' date when the retirement gives none", () => {
    expect(electionDateFor(settings, undefined)).toStrictEqual({ expectedElectionOn: '2029-05-03', source: 'settings' });
  });

  it("takes the retirement's own date over the settings'", () => {
    expect(electionDateFor(settings, '2028-10-05')).toStrictEqual({ expectedElectionOn: '2028-10-05', source: 'retirement' });
  });

  it("takes the retirement's own date when the settings have none", () => {
    expect(electionDateFor(DEFAULT_SETTINGS, '2028-10-05')).toStrictEqual({ expectedElectionOn: '2028-10-05', source: 'retirement' });
  });

  it('fails when neither the settings nor the retirement give a date', () => {
    const judge = () => electionDateFor(DEFAULT_SETTINGS, undefined);
    expect(judge).toThrow(ElectionDateUnsetError);
    expect(judge).toThrow(
      'no expected general election date is set, so early announcement cannot be judged: set expectedElectionOn in the ' +
        'emeritus settings, or give this retirement its own expectedElectionOn',
    );
  });
});
