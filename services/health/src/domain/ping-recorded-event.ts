import { pingRecorded } from '@platform/events';
import type { EventOf } from '@platform/events';
import type { Ping } from './ping.ts';

/** The event announcing a newly recorded ping; it occurred when the ping was recorded. */
export const pingRecordedEvent = (ping: Ping, correlationId: string): EventOf<typeof pingRecorded> =>
  pingRecorded.create(
    { pingId: ping.pingId, message: ping.message, recordedBy: ping.recordedBy },
    { correlationId, occurredAt: ping.recordedAt },
  );
