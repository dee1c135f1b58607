import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { importSeats } from '../api/seat-routes.ts';
import { ConcurrentChangeError } from '../domain/errors.ts';
import { planImport } from '../domain/seat-import.ts';
import { readSeatsCsv } from '../domain/seats-csv.ts';
import { withSpeakerSeats } from '../domain/settings.ts';
import type { UncontestedSeat } from '../domain/settings.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

// Settings are changed by hand rarely; a few tries outlast any race with a PUT.
const SETTINGS_TRIES = 3;

const addSpeakerSeats = async (seats: SeatStore, speakerSeatIds: string[]): Promise<UncontestedSeat[]> => {
  if (speakerSeatIds.length === 0) return [];
  for (let attempt = 1; ; attempt += 1) {
    const { settings, version } = await seats.getSettings();
    const { settings: updated, added } = withSpeakerSeats(settings, speakerSeatIds);
    if (added.length === 0) return [];
    try {
      await seats.putSettings(updated, version);
      return added;
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || attempt === SETTINGS_TRIES) throw error;
    }
  }
};

/**
 * POST /selections/seats/import: upserts seats by GSS code from the Commons Library results file (or a
 * minimal CSV). A file whose header cannot be read imports nothing (400); otherwise the good rows are
 * written and the bad ones reported with their lines and reasons. Each seat is one write, so no seat is
 * ever half-updated, and a re-import of the same file changes nothing.
 */
export const importSeatsHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(
    importSeats,
    async ({ body }, { logger }) => {
      const file = readSeatsCsv(body);
      const plan = planImport(file, new Map((await seats.allSeats()).map((seat) => [seat.seatId, seat])), new Date().toISOString());
      await seats.applyImport(plan.writes);
      const uncontestedAdded = await addSpeakerSeats(seats, plan.speakerSeatIds);
      logger.info('seats imported', { ...plan.report.counts, uncontestedAdded: uncontestedAdded.length });
      return { status: 200, body: { ...plan.report, uncontestedAdded } };
    },
  );

export const handler = importSeatsHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
