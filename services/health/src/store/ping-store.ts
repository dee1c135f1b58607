import type { EventEnvelope } from '@platform/events';
import type { Ping, ReceivedPing } from '../domain/ping.ts';

/** Who processed which event, recorded with the change it caused so that a redelivery changes nothing. */
export interface Delivery {
  consumer: string;
  eventId: string;
}

export interface PingStore {
  get(pingId: string): Promise<Ping | undefined>;
  /** Stores a new ping and the event announcing it, both or neither. */
  record(ping: Ping, event: EventEnvelope): Promise<void>;
  /**
   * Stores a ping's reception with the consumer's record of the delivery, both or neither. `'duplicate'`
   * when that consumer has already processed the event: then nothing changes.
   */
  saveReception(ping: ReceivedPing, delivery: Delivery): Promise<'saved' | 'duplicate'>;
}
