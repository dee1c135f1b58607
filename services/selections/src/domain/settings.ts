import { GssCode, SingleLineText } from '@platform/events';
import * as z from 'zod';
import { Nation } from './nation.ts';

/** There are 650 Westminster seats; a list of uncontested seats never needs more. */
export const MAX_UNCONTESTED_SEATS = 650;

/**
 * The settings are one DynamoDB item, and an item holds 400 KB at most. Each uncontested seat takes its
 * names (`seatId`, `reason`: 12 bytes), a GSS code (9), a few bytes of map overhead, and its reason at up to
 * 3 bytes of UTF-8 per UTF-16 unit: 150 units is about 480 bytes a seat, 312 KB for all 650, leaving room for
 * the rest. 500 (the old bound) could reach 980 KB, which validated and then failed to store.
 */
export const MAX_UNCONTESTED_REASON_LENGTH = 150;

/** A seat the party does not fight, whatever its nation, and why (shown to HQ staff). */
export const UncontestedSeat = z.object({ seatId: GssCode, reason: SingleLineText(MAX_UNCONTESTED_REASON_LENGTH) });
export type UncontestedSeat = z.infer<typeof UncontestedSeat>;

/**
 * Which seats the party fights: configuration that HQ staff edit, not code. `party` is the Commons Library
 * abbreviation (`First party` column) of the party whose selections these are.
 */
export const Settings = z
  .object({
    party: SingleLineText(20),
    contestedNations: z.array(Nation).max(4),
    uncontested: z.array(UncontestedSeat).max(MAX_UNCONTESTED_SEATS),
  })
  .superRefine((settings, context) => {
    const nations = new Set<string>();
    settings.contestedNations.forEach((nation, index) => {
      if (nations.has(nation)) context.addIssue({ code: 'custom', path: ['contestedNations', index], message: `${nation} is listed twice` });
      nations.add(nation);
    });
    const seats = new Set<string>();
    settings.uncontested.forEach(({ seatId }, index) => {
      if (seats.has(seatId)) context.addIssue({ code: 'custom', path: ['uncontested', index, 'seatId'], message: `${seatId} is listed twice` });
      seats.add(seatId);
    });
  });
export type Settings = z.infer<typeof Settings>;

/**
 * The Labour Party's real position: it stands in England, Scotland and Wales but not in Northern Ireland.
 * The Speaker's seat joins `uncontested` when the results file is imported, since by convention the main
 * parties do not stand against the Speaker.
 */
export const DEFAULT_SETTINGS: Settings = {
  party: 'Lab',
  contestedNations: ['England', 'Scotland', 'Wales'],
  uncontested: [],
};

/** The `First party` of the Speaker's seat in the Commons Library file. */
export const SPEAKER_PARTY = 'Spk';

export const SPEAKER_REASON = 'the Speaker’s seat: by convention the main parties do not stand against the Speaker';

/** The settings with the Speaker's seats added to `uncontested`, leaving any seat already listed as HQ staff left it. */
export const withSpeakerSeats = (settings: Settings, speakerSeatIds: readonly string[]): { settings: Settings; added: UncontestedSeat[] } => {
  const listed = new Set(settings.uncontested.map(({ seatId }) => seatId));
  const added = [...new Set(speakerSeatIds)].filter((seatId) => !listed.has(seatId)).map((seatId) => ({ seatId, reason: SPEAKER_REASON }));
  return { settings: { ...settings, uncontested: [...settings.uncontested, ...added] }, added };
};
