import { SingleLineText } from '@platform/events';
import * as z from 'zod';

/**
 * What a ping may say: 1 to 200 characters.
 */
export const PingMessage = SingleLineText(200);

/**
 * A ping: a message recorded through the API, and marked received once its event has come back through
 * the queue.
 */
export const Ping = z.object({
  pingId: z.uuid(),
  message: PingMessage,
  recordedBy: z.string().min(1),
  recordedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime().optional(),
});

export type Ping = z.infer<typeof Ping>;

/** A ping whose event has come back. */
export type ReceivedPing = Ping & { receivedAt: string };

/** What receiving a ping's event did: the first reception stamps it; any later one changes nothing. */
export type Reception = { outcome: 'received'; ping: ReceivedPing } | { outcome: 'already-received'; ping: Ping };

export const createPing = (ping: { pingId: string; message: string; recordedBy: string; recordedAt: string }): Ping => ({
  pingId: ping.pingId,
  message: ping.message,
  recordedBy: ping.recordedBy,
  recordedAt: ping.recordedAt,
});

/**
 * Whether a caller may read a ping: the one who recorded it may, and so may HQ staff, who look after the
 * platform. Anyone else's is not theirs to see, not even that it exists.
 */
export const isReadableBy = (ping: Ping, reader: { id: string; roles: readonly string[] }): boolean =>
  ping.recordedBy === reader.id || reader.roles.includes('hq-staff');

export const receive = (ping: Ping, receivedAt: string): Reception =>
  ping.receivedAt === undefined
    ? { outcome: 'received', ping: { ...ping, receivedAt } }
    : { outcome: 'already-received', ping };
