import { afterEach, describe, expect, it } from '@jest/globals';
import { eventually, localCloud } from '@platform/testing';

// An outbox relay's environment killed around its send, through the local cloud's fault injection. The fund's
// own outbox events have no consumer today (its donations reach its inbox straight from the API), so the relay
// killed here is the health service's, whose pings take the same path as every relayed event: outbox, stream,
// relay, inbox queue, idempotent consumer. Faults are scoped to that relay and cleared after each test; another
// suite's ping caught by one is still delivered, on the stream poller's retry.
const cloud = localCloud();
const RELAY = 'HealthOutboxRelayFunction';
const armed: string[] = [];

afterEach(async () => {
  for (const id of armed.splice(0)) await cloud.clearFault(id);
});

const pingAndWaitForIt = async (message: string) => {
  const token = await cloud.token('hq-staff', 'staff-faults');
  const recorded = await cloud.request('POST', '/health/pings', { token, body: { message } });
  expect(recorded.status).toBe(202);
  const { pingId } = recorded.body as { pingId: string };
  const received = await eventually(
    async () => {
      const { body } = await cloud.request('GET', `/health/pings/${pingId}`, { token });
      return (body as { receivedAt?: string }).receivedAt ? (body as { pingId: string; message: string; receivedAt: string }) : undefined;
    },
    { what: `ping ${pingId} to be received`, timeoutMs: 30_000 },
  );
  return { token, pingId, received };
};

describe('an outbox relay killed around its send', () => {
  it('delivers the event once the stream poller retries a relay killed after reading the record and before sending', async () => {
    // Prepare: the relay's next SendMessage never leaves its environment
    const fault = await cloud.injectFault({ functionLogicalId: RELAY, at: 'before-call', call: 'AmazonSQS.SendMessage' });
    armed.push(fault.id);
    // Act
    const { pingId, received } = await pingAndWaitForIt('relay killed before sending');
    // Assess: the fault fired once, in the relay, before the call; the retried batch delivered the ping
    const [after] = await cloud.faults(fault.id);
    expect(after?.fired.map(({ point, call }) => ({ point, call }))).toStrictEqual([{ point: 'before-call', call: 'AmazonSQS.SendMessage' }]);
    expect(after?.fired[0]?.functionLogicalId.startsWith(RELAY)).toBe(true);
    expect({ pingId: received.pingId, message: received.message }).toStrictEqual({ pingId, message: 'relay killed before sending' });
  });

  it('receives the event once though the relay, killed after sending and before its checkpoint, sends it again', async () => {
    // Prepare: the relay's next SendMessage reaches the inbox, and its environment dies before the stream is checkpointed
    const fault = await cloud.injectFault({ functionLogicalId: RELAY, at: 'after-call', call: 'SendMessage' });
    armed.push(fault.id);
    // Act
    const { token, pingId, received } = await pingAndWaitForIt('relay killed after sending');
    // Assess: sent at least twice (the fault matched the first send; the retry sent again), received once
    const [after] = await cloud.faults(fault.id);
    expect({ fired: after?.fired.length, point: after?.fired[0]?.point }).toStrictEqual({ fired: 1, point: 'after-call' });
    // The duplicate changes nothing: the first reception stands, however long we look
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const { body: later } = await cloud.request('GET', `/health/pings/${pingId}`, { token });
    expect((later as { receivedAt: string }).receivedAt).toBe(received.receivedAt);
  });
});
