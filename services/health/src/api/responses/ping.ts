import * as z from 'zod';
import { Ping } from '../../domain/ping.ts';

/** A ping as `POST /health/pings` (202) and `GET /health/pings/{pingId}` answer it: the stored record as is. */
export const PingResponse = z.strictObject(Ping.shape).meta({
  id: 'Ping',
  description: 'A ping: stored at once, and stamped `receivedAt` when its event has come back through the queue.',
  example: {
    pingId: '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a',
    message: 'hello',
    recordedBy: 'staff-1',
    recordedAt: '2026-05-01T10:00:00.000Z',
    receivedAt: '2026-05-01T10:00:02.000Z',
  },
});
