import * as z from 'zod';

/**
 * What a ping may say: 1 to 200 characters.
 */
export const PingMessage = z.string().min(1).max(200);

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

export const receive = (ping: Ping, receivedAt: string): Reception =>
  ping.receivedAt === undefined
    ? { outcome: 'received', ping: { ...ping, receivedAt } }
    : { outcome: 'already-received', ping };
