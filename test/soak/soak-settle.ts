// The end of `pnpm bench:soak`: waits for the platform to finish what it was given, replays what reached a
// dead-letter queue (as an operator would, the cause having passed: the faults were transient), and checks
// that the fund holds every acknowledged donation and refund exactly once and balances.
import { GetQueueAttributesCommand, ListQueuesCommand } from '@aws-sdk/client-sqs';
import { findDeadLetterQueues, redrive } from '@platform/kit/dead-letters';
import type { LocalCloudClient } from '@platform/testing';
import type { SoakLedger } from './soak-workload.ts';

export interface Settled {
  ok: boolean;
  failures: string[];
  ms: number;
  levied: number;
  raisedPence: number;
  acknowledgedPence: number;
  refundedPence: number;
  acknowledgedRefundsPence: number;
  unapplied: number;
  balanced: boolean;
  problems: string[];
  /** Each DLQ and the messages it held when the work stopped (then replayed, where it can be). */
  deadLetters: { name: string; messages: number; redriven: number }[];
}

const SETTLE_TIMEOUT_MS = 300_000;

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

const messagesOn = async (cloud: LocalCloudClient, url: string): Promise<number> => {
  const { Attributes = {} } = await cloud.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] }),
  );
  return Number(Attributes.ApproximateNumberOfMessages ?? 0) + Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0) + Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0);
};

/**
 * Settles the platform after the workload and checks it. An uncertain write (every attempt unanswered) counts
 * if the platform holds it, since it may have been taken before its answer was lost.
 *
 * @example
 * const settled = await settle(cloud, ledger, financeToken);
 */
export const settle = async (cloud: LocalCloudClient, ledger: SoakLedger, financeToken: string): Promise<Settled> => {
  const started = Date.now();
  // A read during the settling can meet a function still cold-starting after a kill: it is read again.
  const finance = async (path: string) => {
    for (let attempt = 1; ; attempt++) {
      const response = await cloud.request('GET', path, { token: financeToken });
      if (response.status < 500 || attempt === 10) return response;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  };

  const deadLetterQueues = await findDeadLetterQueues(cloud.sqs);
  const deadLetterUrls = new Set(deadLetterQueues.map((queue) => queue.url));
  const { QueueUrls = [] } = await cloud.sqs.send(new ListQueuesCommand({ MaxResults: 1000 }));
  const inboxes = QueueUrls.filter((url) => !deadLetterUrls.has(url));
  const deadLetters = new Map(deadLetterQueues.map((queue) => [queue.name, { name: queue.name, messages: 0, redriven: 0 }]));

  // Wait for the inboxes to empty; then replay what reached a DLQ, as an operator would after the alarm (the
  // faults were transient, so the cause has passed), and wait again, until no DLQ holds anything replayable.
  // A relay's on-failure queue cannot be replayed (its messages name stream batches): anything there fails.
  const expected = new Map(ledger.donations);
  let unapplied = 0;
  for (;;) {
    for (;;) {
      unapplied = sum(await Promise.all(inboxes.map((url) => messagesOn(cloud, url))));
      if (unapplied === 0 || Date.now() - started > SETTLE_TIMEOUT_MS) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    let replayed = 0;
    for (const queue of deadLetterQueues) {
      const held = await messagesOn(cloud, queue.url);
      const counted = deadLetters.get(queue.name)!;
      if (held === 0 || queue.sources.length !== 1) {
        counted.messages = Math.max(counted.messages, held);
        continue;
      }
      const outcome = await redrive(cloud.sqs, queue, { all: true });
      const moved = 'moved' in outcome ? outcome.moved.length : 0;
      counted.messages += moved;
      counted.redriven += moved;
      replayed += moved;
    }
    if (replayed === 0 || Date.now() - started > SETTLE_TIMEOUT_MS) break;
  }
  // Settled: an uncertain donation was taken if the fund has it.
  for (const [donationId, amountPence] of ledger.uncertainDonations) {
    if ((await finance(`/fund/donations/${donationId}`)).status === 200) expected.set(donationId, amountPence);
  }
  const expectedRefunds = new Map(ledger.refunds);
  for (const [donationId, amountPence] of ledger.uncertainRefunds) {
    const found = await finance(`/fund/donations/${donationId}`);
    const refunds = (found.body as { refunds?: { refundId: string }[] }).refunds ?? [];
    if (refunds.some((refund) => refund.refundId === `r-${donationId}`)) expectedRefunds.set(donationId, amountPence);
  }
  let levied = 0;
  for (const donationId of expected.keys()) if ((await finance(`/fund/donations/${donationId}`)).status === 200) levied++;
  const balance = (await finance('/fund/balance')).body as { raisedPence: number; refundedPence: number };
  const reconciliation = (await finance('/fund/reconciliation')).body as { balanced: boolean; differences?: { total: string; recorded: number; recomputed: number }[]; unbalancedMovementIds?: string[] };
  const problems = [
    ...(reconciliation.differences ?? []).map(({ total, recorded, recomputed }) => `${total} recorded ${recorded}, recomputed ${recomputed}`),
    ...(reconciliation.unbalancedMovementIds ?? []).map((id) => `movement ${id} unbalanced`),
  ];
  const acknowledgedPence = sum(expected.values());
  const acknowledgedRefundsPence = sum(expectedRefunds.values());
  const onFailure = [...deadLetters.values()].filter((queue) => queue.messages > queue.redriven);
  const failures = [
    ...(levied === expected.size ? [] : [`${expected.size - levied} acknowledged donations never levied`]),
    ...(balance.raisedPence === acknowledgedPence ? [] : [`raised ${balance.raisedPence}p, acknowledged ${acknowledgedPence}p`]),
    ...(balance.refundedPence === acknowledgedRefundsPence ? [] : [`refunded ${balance.refundedPence}p, acknowledged ${acknowledgedRefundsPence}p`]),
    ...(unapplied === 0 ? [] : [`${unapplied} messages still in the inboxes`]),
    ...(reconciliation.balanced ? [] : ['the reconciliation does not balance']),
    ...onFailure.map((queue) => `${queue.messages - queue.redriven} messages in ${queue.name} could not be replayed`),
  ];
  return {
    ok: failures.length === 0,
    failures,
    ms: Date.now() - started,
    levied,
    raisedPence: balance.raisedPence,
    acknowledgedPence,
    refundedPence: balance.refundedPence,
    acknowledgedRefundsPence,
    unapplied,
    balanced: reconciliation.balanced,
    problems,
    deadLetters: [...deadLetters.values()],
  };
};
