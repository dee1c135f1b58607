// The faults `pnpm bench:soak` injects at random, through the local cloud's loopback control endpoint: what
// production would call a crash, a database or queue outage.
import { randomInt } from 'node:crypto';
import type { LocalCloudClient } from '@platform/testing';

export interface InjectedFault {
  at: string;
  description: string;
}

const restart = async (cloud: LocalCloudClient, emulator: 'dynamodb' | 'sqs', downMs: number) => {
  const response = await fetch(`${cloud.controlUrl}/emulators/${emulator}/restart?downMs=${downMs}`, { method: 'POST' });
  if (!response.ok) throw new Error(`the local cloud did not restart ${emulator} (${response.status}): ${await response.text()}`);
};

// Where an environment dies: the levy's write, the relay's send, a route's write; before or after the call
// goes out, so that some writes commit and their answers are lost, and some never happen.
const KILLS = [
  { functionLogicalId: 'FundFundInboxConsumer', call: 'DynamoDB_20120810.TransactWriteItems' },
  { functionLogicalId: 'FundOutboxRelayFunction', call: 'AmazonSQS.SendMessageBatch' },
  { functionLogicalId: 'SelectionsOutboxRelayFunction', call: 'AmazonSQS.SendMessageBatch' },
  { functionLogicalId: 'EmeritusOutboxRelayFunction', call: 'AmazonSQS.SendMessageBatch' },
  { functionLogicalId: 'SelectionsRetirementConsumer', call: 'DynamoDB_20120810.TransactWriteItems' },
  { functionLogicalId: 'FundRecordDonation', call: 'AmazonSQS.SendMessage' },
  { functionLogicalId: 'FundDecideApplication', call: 'DynamoDB_20120810.TransactWriteItems' },
  { functionLogicalId: 'FundDisburseGrant', call: 'DynamoDB_20120810.TransactWriteItems' },
] as const;

const KINDS = ['kill', 'kill', 'kill', 'restart-dynamodb', 'restart-sqs'] as const;

/**
 * Injects one fault drawn at random and says what it was.
 *
 * @example
 * faults.push(await injectRandomFault(cloud));
 */
export const injectRandomFault = async (cloud: LocalCloudClient): Promise<InjectedFault> => {
  const at = new Date().toISOString().slice(11, 19);
  const kind = KINDS[randomInt(0, KINDS.length)]!;
  if (kind === 'restart-dynamodb' || kind === 'restart-sqs') {
    const started = Date.now();
    await restart(cloud, kind === 'restart-dynamodb' ? 'dynamodb' : 'sqs', 2_000);
    const name = kind === 'restart-dynamodb' ? 'DynamoDB Local' : 'the SQS emulator';
    return { at, description: `${name} stopped and started again on its data: ${((Date.now() - started) / 1_000).toFixed(1)} s without it` };
  }
  const { functionLogicalId, call } = KILLS[randomInt(0, KILLS.length)]!;
  const point = randomInt(0, 2) === 0 ? 'before-call' : 'after-call';
  await cloud.injectFault({ functionLogicalId, at: point, call });
  return { at, description: `an environment of ${functionLogicalId} killed ${point === 'before-call' ? 'before' : 'after'} its next ${call}` };
};
