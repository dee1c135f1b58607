// `pnpm bench:soak [--seconds 60] [--workers 6] [--fault-every 15] [--no-faults]`: runs the mixed workload of
// soak-workload.ts against a local cloud of its own (file-backed, so that its emulators can be restarted)
// for a set time, injecting a fault at random every so often (a function's environment killed at an AWS
// call, DynamoDB Local or the SQS emulator restarted), then waits for the platform to settle and prints the
// throughput, the answers by kind, the faults, the dead-letter queues and the reconciliation. It exits 1
// unless the fund balances and every donation it was told was accepted is levied exactly once.
import { parseArgs } from 'node:util';
import { localCloud, openSelection, startLocalCloudProcess } from '@platform/testing';
import { injectRandomFault, type InjectedFault } from './soak-faults.ts';
import { settle, type Settled } from './soak-settle.ts';
import { newLedger, runWorkload, type SoakContext } from './soak-workload.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    workers: { type: 'string', default: '6' },
    'fault-every': { type: 'string', default: '15' },
    'no-faults': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const workers = Number(values.workers);
const faultEvery = Number(values['fault-every']);
if (![seconds, workers, faultEvery].every((value) => Number.isInteger(value) && value > 0)) {
  throw new Error('--seconds, --workers and --fault-every take whole numbers above zero');
}

console.log('bench:soak: starting a local cloud of its own (file-backed, so that its emulators can be restarted)…');
// The functions' own error lines during an outage are the expected noise of a fault: silenced.
const cloudProcess = await startLocalCloudProcess({ name: 'bench-soak', inMemory: false, env: { LOCAL_LOG_LEVEL: 'SILENT' } });

let failed = true;
try {
  const cloud = localCloud();
  const run = Date.now().toString(36);
  const candidateIds = Array.from({ length: 8 }, (_, index) => `cand-soak-${index}`);
  const tokens = {
    staff: await cloud.token('hq-staff', 'staff-soak'),
    approver: await cloud.token('finance', 'fin-soak-1'),
    payer: await cloud.token('finance', 'fin-soak-2'),
    candidates: await Promise.all(candidateIds.map((id) => cloud.token('candidate', id))),
    candidateIds,
  };
  const rate = await cloud.request('PUT', '/fund/levy-rates', { token: tokens.approver, body: { basisPoints: 300, effectiveFrom: '2020-01-01' } });
  if (rate.status !== 201) throw new Error(`setting the levy rate answered ${rate.status}`);
  console.log('bench:soak: opening selections in three seats for the applications…');
  const openSeats: string[] = [];
  for (const region of ['Wales', 'Scotland', 'North East']) openSeats.push((await openSelection(cloud, `Soak ${region} Seat`, { region })).seatId);

  const context: SoakContext = { cloud, run, tokens, openSeats, ledger: newLedger() };
  const faults: InjectedFault[] = [];
  const end = Date.now() + seconds * 1_000;
  console.log(`bench:soak: ${workers} workers for ${seconds} s${values['no-faults'] ? ', no faults' : `, a fault every ${faultEvery} s`}…`);
  const workload = runWorkload(context, { workers, until: () => Date.now() >= end });
  const faulting = (async () => {
    if (values['no-faults']) return;
    for (let next = Date.now() + faultEvery * 1_000; next < end; next += faultEvery * 1_000) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
      faults.push(await injectRandomFault(cloud));
    }
  })();
  await Promise.all([workload, faulting]);
  const workMs = Date.now() - (end - seconds * 1_000);

  console.log('bench:soak: settling: waiting for every acknowledged donation to be levied and the queues to empty…');
  const settled = await settle(cloud, context.ledger, tokens.approver);
  report({ context, faults, settled, workMs });
  failed = !settled.ok;
} finally {
  await cloudProcess.stop();
}
process.exitCode = failed ? 1 : 0;

function report({ context, faults, settled, workMs }: { context: SoakContext; faults: InjectedFault[]; settled: Settled; workMs: number }) {
  const { ledger } = context;
  const operations = [...ledger.outcomes.values()].reduce((sum, byOutcome) => sum + [...byOutcome.values()].reduce((a, b) => a + b, 0), 0);
  const errors = [...ledger.outcomes.entries()].flatMap(([kind, byOutcome]) =>
    [...byOutcome.entries()].filter(([outcome]) => outcome === 'network' || /^5/.test(outcome)).map(([outcome, count]) => `${kind} ${outcome}: ${count}`),
  );
  console.log(
    [
      '',
      `Workload (${(workMs / 1_000).toFixed(1)} s)`,
      `  requests and batches          ${operations} (${(operations / (workMs / 1_000)).toFixed(1)}/s)`,
      `  donations acknowledged        ${ledger.donations.size} (${(ledger.donations.size / (workMs / 1_000)).toFixed(1)}/s), refunds ${ledger.refunds.size}`,
      `  applications                  ${ledger.applications.submitted.length} awaiting a decision, ${ledger.applications.approved.size} approved, ${ledger.applications.paid.size} paid`,
      `  retirements, publishes        ${ledger.retirements.length}, ${ledger.publishes}`,
      'Answers by kind',
      ...[...ledger.outcomes.entries()].map(([kind, byOutcome]) => `  ${kind.padEnd(30)}${[...byOutcome.entries()].map(([outcome, count]) => `${outcome} x${count}`).join(', ')}`),
      `Errors (5xx and failed connections): ${errors.length ? errors.join('; ') : 'none'}`,
      `Faults injected: ${faults.length ? '' : 'none'}`,
      ...faults.map((fault) => `  ${fault.at}  ${fault.description}`),
      'Dead-letter queues',
      ...settled.deadLetters.map(({ name, messages }) => `  ${name.padEnd(60)}${messages}`),
      'After settling',
      `  settled in                    ${(settled.ms / 1_000).toFixed(1)} s`,
      `  donations levied              ${settled.levied} of ${ledger.donations.size} acknowledged (exactly once: raised ${settled.raisedPence}p, acknowledged ${settled.acknowledgedPence}p)`,
      `  refunded                      ${settled.refundedPence}p, acknowledged ${settled.acknowledgedRefundsPence}p`,
      `  messages left in the inboxes  ${settled.unapplied}`,
      `  reconciliation                ${settled.balanced ? 'balanced' : `NOT balanced: ${settled.problems.join('; ')}`}`,
      `Verdict: ${settled.ok ? 'nothing lost, nothing applied twice' : `FAILED: ${settled.failures.join('; ')}`}`,
    ].join('\n'),
  );
}
