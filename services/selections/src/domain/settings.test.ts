import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS, MAX_UNCONTESTED_REASON_LENGTH, MAX_UNCONTESTED_SEATS, Settings, SPEAKER_REASON, withSpeakerSeats } from './settings.ts';

// DynamoDB's largest item. JSON spends more bytes on quotes, colons and commas than DynamoDB spends on a map's
// or list's overhead, so an item's JSON length in UTF-8 bounds its stored size from above.
const DYNAMODB_MAX_ITEM_BYTES = 400 * 1024;

const seats = (count: number, reason: string) =>
  Array.from({ length: count }, (_, index) => ({ seatId: `E14${String(index).padStart(6, '0')}`, reason }));

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

describe('Settings size', () => {
  it('refuses settings too big to store: 650 uncontested seats each with a 500-character reason', () => {
    // Act
    const result = Settings.safeParse({ party: 'Lab', contestedNations: ['England'], uncontested: seats(650, 'r'.repeat(500)) });
    // Assess
    expect(result.error?.issues.slice(0, 1).map(({ path, message }) => ({ path, message }))).toStrictEqual([
      { path: ['uncontested', 0, 'reason'], message: 'Too big: expected string to have <=150 characters' },
    ]);
  });

  it('stores the largest settings that validate within one DynamoDB item, reasons of three-byte characters and all', () => {
    // Prepare: every bound at its maximum, each character 3 bytes of UTF-8
    const largest = {
      party: 'ŵ'.repeat(20),
      contestedNations: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
      uncontested: seats(MAX_UNCONTESTED_SEATS, '€'.repeat(MAX_UNCONTESTED_REASON_LENGTH)),
    };
    // Act
    const parsed = Settings.parse(largest);
    // Assess
    expect(Buffer.byteLength(JSON.stringify({ pk: 'SETTINGS', sk: 'SETTINGS', ...parsed, version: 1 }))).toBeLessThan(DYNAMODB_MAX_ITEM_BYTES);
  });
});
