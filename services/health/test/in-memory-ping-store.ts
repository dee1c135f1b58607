import type { EventEnvelope } from '@platform/events';
import type { Ping, ReceivedPing } from '../src/domain/ping.ts';
import type { Delivery, PingStore } from '../src/store/ping-store.ts';

/** A PingStore holding what DynamoPingStore would write, with the same all-or-nothing outcomes. */
export class InMemoryPingStore implements PingStore {
  readonly pings = new Map<string, Ping>();
  readonly outbox: EventEnvelope[] = [];
  readonly inbox = new Set<string>();

  async get(pingId: string): Promise<Ping | undefined> {
    return this.pings.get(pingId);
  }

  async record(ping: Ping, event: EventEnvelope): Promise<void> {
    if (this.pings.has(ping.pingId)) throw new Error(`ping ${ping.pingId} exists already`);
    this.pings.set(ping.pingId, ping);
    this.outbox.push(event);
  }

  async saveReception(ping: ReceivedPing, { consumer, eventId }: Delivery): Promise<'saved' | 'duplicate'> {
    if (this.inbox.has(`${eventId}/${consumer}`)) return 'duplicate';
    const stored = this.pings.get(ping.pingId);
    if (stored === undefined || stored.receivedAt !== undefined) {
      throw new Error(`ping ${ping.pingId} is missing or already received`);
    }
    this.pings.set(ping.pingId, ping);
    this.inbox.add(`${eventId}/${consumer}`);
    return 'saved';
  }
}
