import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS, Settings, SPEAKER_REASON, withSpeakerSeats } from './settings.ts';

describe('Settings', () => {
  it('accepts the defaults', () => {
    expect(Settings.parse(DEFAULT_SETTINGS)).toStrictEqual(DEFAULT_SETTINGS);
  });

  it('fails on a nation that is not one of the four', () => {
    // Act
    const result = Settings.safeParse({ party: 'Lab', contestedNations: ['England', 'Wales', 'Cornwall'], uncontested: [] });
    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toStrictEqual([
      { path: ['contestedNations', 2], message: 'Invalid option: expected one of "England"|"Scotland"|"Wales"|"Northern Ireland"' },
    ]);
  });

  it('fails on a nation or a seat listed twice, naming each', () => {
    const result = Settings.safeParse({
      party: 'Lab',
      contestedNations: ['England', 'England'],
      uncontested: [
        { seatId: 'E14001170', reason: 'Speaker' },
        { seatId: 'E14001170', reason: 'again' },
      ],
    });
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toStrictEqual([
      { path: ['contestedNations', 1], message: 'England is listed twice' },
      { path: ['uncontested', 1, 'seatId'], message: 'E14001170 is listed twice' },
    ]);
  });
});

describe('withSpeakerSeats', () => {
  it("adds the Speaker's seat to uncontested, with the reason", () => {
    expect(withSpeakerSeats(DEFAULT_SETTINGS, ['E14001170'])).toStrictEqual({
      settings: { ...DEFAULT_SETTINGS, uncontested: [{ seatId: 'E14001170', reason: SPEAKER_REASON }] },
      added: [{ seatId: 'E14001170', reason: SPEAKER_REASON }],
    });
  });

  it('leaves a seat HQ staff already listed as they listed it', () => {
    // Prepare
    const settings = { ...DEFAULT_SETTINGS, uncontested: [{ seatId: 'E14001170', reason: 'our own words' }] };
    // Act
    const result = withSpeakerSeats(settings, ['E14001170']);
    // Assess
    expect(result).toStrictEqual({ settings, added: [] });
  });
});
