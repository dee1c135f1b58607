import { CalendarDate, GssCode, SingleLineText } from '@platform/events';
import * as z from 'zod';
import { Nation } from './nation.ts';
import type { Settings } from './settings.ts';

/** 1 is the highest priority, 3 the lowest. */
export const SeatPriority = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type SeatPriority = z.infer<typeof SeatPriority>;

export const Shortlist = z.enum(['open', 'all-women']);
export type Shortlist = z.infer<typeof Shortlist>;

/** What the emeritus service told us of the sitting MP's retirement; `withdrawn` keeps a late announcement out. */
export const SeatRetirement = z.object({
  retirementId: z.string().min(1),
  status: z.enum(['announced', 'withdrawn']),
  announcedOn: CalendarDate.optional(),
  withdrawnOn: CalendarDate.optional(),
  /** Why the MP withdrew: kept so that an announcement the withdrawal overtook can still apply it. */
  withdrawalReason: z.string().min(1).max(2000).optional(),
});
export type SeatRetirement = z.infer<typeof SeatRetirement>;

/** What an import of the results file sets; a re-import changes only these. */
export const ImportedSeatFields = z.object({
  seatId: GssCode,
  name: SingleLineText(200),
  nation: Nation,
  region: SingleLineText(100),
  /** The Commons Library abbreviation of the winning party (`Lab`, `Spk`…); absent from a minimal CSV. */
  firstParty: SingleLineText(20).optional(),
  majority: z.int().nonnegative().optional(),
  electorate: z.int().nonnegative().optional(),
  sittingMp: SingleLineText(200).optional(),
});
export type ImportedSeatFields = z.infer<typeof ImportedSeatFields>;

/** What HQ staff set by hand; an import sets them only when it creates the seat. */
export const SeatFlags = z.object({
  island: z.boolean(),
  /** Selections wait until the boundary review is final on this date. */
  boundaryReviewUntil: CalendarDate.optional(),
  priority: SeatPriority,
  shortlist: Shortlist,
});
export type SeatFlags = z.infer<typeof SeatFlags>;

export const Seat = ImportedSeatFields.extend(SeatFlags.shape).extend({
  retirement: SeatRetirement.optional(),
  /** The selection in progress or completed for the coming election, if any. */
  currentSelectionId: z.string().min(1).optional(),
  /**
   * How many times HQ staff have changed the flags (0 for a seat stored before revisions were kept). A change
   * sent with the revision it read is refused once the flags have moved on, so it never overwrites a change
   * its author has not seen. Imports and retirements do not count: they never write the flags.
   */
  flagsRevision: z.int().nonnegative().default(0),
  importedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Seat = z.infer<typeof Seat>;

/**
 * The constituencies made wholly of islands, by GSS code: their candidates need longest to campaign across
 * the water, so they are flagged `island` when first imported.
 */
export const ISLAND_SEATS: Readonly<Record<string, string>> = {
  S14000027: 'Na h-Eileanan an Iar',
  S14000051: 'Orkney and Shetland',
  E14001303: 'Isle of Wight East',
  E14001304: 'Isle of Wight West',
  W07000112: 'Ynys Môn',
};

/** The flags a seat starts with when an import first creates it. */
export const initialFlags = (seatId: string): SeatFlags => ({ island: seatId in ISLAND_SEATS, priority: 2, shortlist: 'open' });

/** A seat is held when the party won it last time. */
export const isHeld = (seat: Pick<Seat, 'firstParty'>, settings: Settings): boolean => seat.firstParty === settings.party;

/** The party fights a seat when it stands in the seat's nation and HQ staff have not set the seat aside. */
export const isContested = (seat: Pick<Seat, 'seatId' | 'nation'>, settings: Settings): boolean =>
  settings.contestedNations.includes(seat.nation) && !settings.uncontested.some(({ seatId }) => seatId === seat.seatId);

/** The sitting MP has announced retirement and not withdrawn it. */
export const isRetiring = (seat: Pick<Seat, 'retirement'>): boolean => seat.retirement?.status === 'announced';

/**
 * A seat needs a selection when the party fights it, has no candidate of its own there (it does not hold
 * it, or its MP is retiring), and has no selection in progress or completed for the coming election.
 */
export const needsSelection = (seat: Seat, settings: Settings): boolean =>
  isContested(seat, settings) && (!isHeld(seat, settings) || isRetiring(seat)) && seat.currentSelectionId === undefined;

/** A seat as the API shows it: what is stored, and what follows from the settings. */
export type SeatView = Omit<Seat, 'importedAt' | 'updatedAt'> & {
  held: boolean;
  contested: boolean;
  needsSelection: boolean;
  importedAt: string;
  updatedAt: string;
};

export const seatView = (seat: Seat, settings: Settings): SeatView => ({
  ...seat,
  held: isHeld(seat, settings),
  contested: isContested(seat, settings),
  needsSelection: needsSelection(seat, settings),
});
