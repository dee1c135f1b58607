import type { CsvColumn } from '../../export/csv-file.ts';
import type { Seat } from './seat-list-view.ts';

/** The columns of the seats export: the list's, then the facts and flags a seat's page shows. */
export const SEAT_COLUMNS_CSV: readonly CsvColumn<Seat>[] = [
  { header: 'GSS code', value: (seat) => seat.seatId },
  { header: 'Seat', value: (seat) => seat.name },
  { header: 'Nation', value: (seat) => seat.nation },
  { header: 'Region', value: (seat) => seat.region },
  { header: 'First party', value: (seat) => seat.firstParty },
  { header: 'Sitting MP', value: (seat) => seat.sittingMp },
  { header: 'Majority', value: (seat) => seat.majority },
  { header: 'Electorate', value: (seat) => seat.electorate },
  { header: 'Held', value: (seat) => seat.held },
  { header: 'Contested', value: (seat) => seat.contested },
  { header: 'Needs a selection', value: (seat) => seat.needsSelection },
  { header: 'Island', value: (seat) => seat.island },
  { header: 'Boundary review until', value: (seat) => seat.boundaryReviewUntil },
  { header: 'Priority', value: (seat) => seat.priority },
  { header: 'Shortlist', value: (seat) => seat.shortlist },
];
