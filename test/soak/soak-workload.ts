// The mixed workload of `pnpm bench:soak`: what HQ staff, finance and candidates do at once, through the API
// as the console does. Every write a caller was told succeeded is remembered, so that the end can check the
// platform kept each exactly once.
import { randomInt, randomUUID } from 'node:crypto';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { donationReceived } from '@platform/events';
import type { LocalCloudClient } from '@platform/testing';

export type OperationKind = 'donation-http' | 'donation-queue' | 'refund' | 'application' | 'decision' | 'payment' | 'retirement' | 'timetable-publish';

/** How often each kind is drawn: donations most, a timetable publish now and then. */
const WEIGHTS: Record<OperationKind, number> = {
  'donation-http': 30,
  'donation-queue': 15,
  refund: 6,
  application: 12,
  decision: 12,
  payment: 12,
  retirement: 6,
  'timetable-publish': 1,
};

const DRAW = Object.entries(WEIGHTS).flatMap(([kind, weight]) => Array.from({ length: weight }, () => kind as OperationKind));

/** What the callers were told, by kind and outcome (`201`, `409`, `network`), and what the platform must hold. */
export interface SoakLedger {
  outcomes: Map<OperationKind, Map<string, number>>;
  /** Donations acknowledged (2xx, or sent to the queue): id to amount. */
  donations: Map<string, number>;
  /** Donations whose every attempt failed to answer: they may or may not have been taken. */
  uncertainDonations: Map<string, number>;
  /** Refunds acknowledged: donation id to the pence refunded. */
  refunds: Map<string, number>;
  uncertainRefunds: Map<string, number>;
  applications: { submitted: string[]; approved: Map<string, number>; paid: Map<string, number> };
  retirements: string[];
  publishes: number;
}

export const newLedger = (): SoakLedger => ({
  outcomes: new Map(),
  donations: new Map(),
  uncertainDonations: new Map(),
  refunds: new Map(),
  uncertainRefunds: new Map(),
  applications: { submitted: [], approved: new Map(), paid: new Map() },
  retirements: [],
  publishes: 0,
});

const utcDate = (days = 0) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const pick = <T>(items: readonly T[]): T | undefined => (items.length ? items[randomInt(0, items.length)] : undefined);

export interface SoakContext {
  cloud: LocalCloudClient;
  run: string;
  tokens: { staff: string; approver: string; payer: string; candidates: string[]; candidateIds: string[] };
  /** Seats with an open selection the fund has seen, for applications. */
  openSeats: string[];
  ledger: SoakLedger;
}

const record = (ledger: SoakLedger, kind: OperationKind, outcome: string) => {
  const byOutcome = ledger.outcomes.get(kind) ?? new Map<string, number>();
  byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  ledger.outcomes.set(kind, byOutcome);
};

// A request whose connection failed (an emulator restarting, say) answers `network`, so it is counted, not thrown.
const call = async (context: SoakContext, kind: OperationKind, method: string, path: string, options: { token: string; body?: unknown; headers?: Record<string, string> }) => {
  try {
    const response = await context.cloud.request(method, path, options);
    record(context.ledger, kind, String(response.status));
    return response;
  } catch {
    record(context.ledger, kind, 'network');
    return undefined;
  }
};

const RETRIES = 5;

/**
 * An idempotent write (its id chosen by the caller) sent again after a failure that says nothing of whether it
 * was taken, as a careful client does: `acknowledged`, `refused` (a 4xx), or `uncertain` after the last try.
 */
const callUntilAnswered = async (context: SoakContext, kind: OperationKind, path: string, options: { token: string; body: unknown }) => {
  for (let attempt = 1; attempt <= RETRIES; attempt++) {
    const response = await call(context, kind, 'POST', path, options);
    if (response !== undefined && response.status < 300) return 'acknowledged';
    if (response !== undefined && response.status < 500 && response.status !== 429) return 'refused';
    await new Promise((resolve) => setTimeout(resolve, attempt * 500));
  }
  return 'uncertain';
};

const operations: Record<OperationKind, (context: SoakContext) => Promise<void>> = {
  'donation-http': async (context) => {
    const donationId = `soak-${context.run}-h-${randomUUID().slice(0, 8)}`;
    const amountPence = randomInt(1, 5_000_000);
    const body = { donationId, amountPence, receivedOn: utcDate(), source: 'donation' };
    const outcome = await callUntilAnswered(context, 'donation-http', '/fund/donations', { token: context.tokens.approver, body });
    if (outcome === 'acknowledged') context.ledger.donations.set(donationId, amountPence);
    if (outcome === 'uncertain') context.ledger.uncertainDonations.set(donationId, amountPence);
  },
  'donation-queue': async (context) => {
    const entries = Array.from({ length: 10 }, (_, index) => {
      const donationId = `soak-${context.run}-q-${randomUUID().slice(0, 8)}`;
      const amountPence = randomInt(1, 100_000);
      const event = donationReceived.create({ donationId, amountPence, receivedOn: utcDate(), source: 'fundraising' }, { correlationId: `soak-${context.run}` });
      return { donationId, amountPence, entry: { Id: String(index), MessageBody: JSON.stringify(event) } };
    });
    try {
      const sent = await context.cloud.sqs.send(new SendMessageBatchCommand({ QueueUrl: context.cloud.ref('FundInboxQueue'), Entries: entries.map(({ entry }) => entry) }));
      const accepted = new Set((sent.Successful ?? []).map(({ Id }) => Id));
      for (const { donationId, amountPence, entry } of entries) if (accepted.has(entry.Id)) context.ledger.donations.set(donationId, amountPence);
      record(context.ledger, 'donation-queue', accepted.size === entries.length ? 'sent' : 'part-sent');
    } catch {
      for (const { donationId, amountPence } of entries) context.ledger.uncertainDonations.set(donationId, amountPence);
      record(context.ledger, 'donation-queue', 'network');
    }
  },
  refund: async (context) => {
    const donationId = pick([...context.ledger.donations.keys()].filter((id) => !context.ledger.refunds.has(id) && !context.ledger.uncertainRefunds.has(id)));
    if (donationId === undefined) return;
    const amountPence = Math.max(1, Math.floor(context.ledger.donations.get(donationId)! / 2));
    const body = { amountPence, refundId: `r-${donationId}` };
    const outcome = await callUntilAnswered(context, 'refund', `/fund/donations/${donationId}/refunds`, { token: context.tokens.approver, body });
    if (outcome === 'acknowledged') context.ledger.refunds.set(donationId, amountPence);
    if (outcome === 'uncertain') context.ledger.uncertainRefunds.set(donationId, amountPence);
  },
  application: async (context) => {
    const seatId = pick(context.openSeats);
    const index = randomInt(0, context.tokens.candidates.length);
    if (seatId === undefined) return;
    const response = await call(context, 'application', 'POST', '/fund/applications', {
      token: context.tokens.candidates[index]!,
      body: { seatId, groups: ['women'], purpose: 'travel', amountRequestedPence: randomInt(100, 50_000), statement: 'Travel to hustings across the constituency.' },
    });
    if (response?.status === 201) context.ledger.applications.submitted.push((response.body as { applicationId: string }).applicationId);
  },
  decision: async (context) => {
    const applicationId = context.ledger.applications.submitted.shift();
    if (applicationId === undefined) return;
    const approve = randomInt(0, 4) > 0;
    const body = approve ? { decision: 'approve', amountPence: 100 } : { decision: 'reject', reason: 'Another applicant had the stronger case.' };
    const response = await call(context, 'decision', 'POST', `/fund/applications/${applicationId}/decision`, { token: context.tokens.approver, body });
    if (approve && response?.status === 200) context.ledger.applications.approved.set(applicationId, 100);
  },
  payment: async (context) => {
    const applicationId = pick([...context.ledger.applications.approved.keys()].filter((id) => !context.ledger.applications.paid.has(id)));
    if (applicationId === undefined) return;
    const outcome = await callUntilAnswered(context, 'payment', `/fund/applications/${applicationId}/disbursements`, {
      token: context.tokens.payer,
      body: { amountPence: 100, disbursementId: `d-${applicationId}` },
    });
    // A payment whose answer was lost is tried again by the next draw, under the same disbursement id.
    if (outcome === 'acknowledged') context.ledger.applications.paid.set(applicationId, 100);
    if (outcome === 'refused') context.ledger.applications.approved.delete(applicationId);
  },
  retirement: async (context) => {
    const seatId = `E96${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    const imported = await call(context, 'retirement', 'POST', '/selections/seats/import', {
      token: context.tokens.staff,
      body: `gss_code,name,region\n${seatId},Soak Seat ${seatId},Wales\n`,
      headers: { 'content-type': 'text/csv' },
    });
    if (imported?.status !== 200) return;
    const mpId = `mp-soak-${randomUUID().slice(0, 8)}`;
    const response = await call(context, 'retirement', 'POST', '/emeritus/retirements', {
      token: context.tokens.staff,
      body: { mpId, mpName: `Soak MP ${mpId}`, seatId, announcedOn: utcDate(-1), expectedElectionOn: utcDate(1_500) },
    });
    if (response?.status === 201) context.ledger.retirements.push(seatId);
  },
  'timetable-publish': async (context) => {
    const drafted = await call(context, 'timetable-publish', 'POST', '/selections/timetables', {
      token: context.tokens.staff,
      body: { from: utcDate(), expectedElection: utcDate(4 * 365), completeMonthsBefore: 12, weeklyCapacity: 100, blackouts: [] },
    });
    if (drafted?.status !== 201) return;
    const published = await call(context, 'timetable-publish', 'POST', `/selections/timetables/${(drafted.body as { timetableId: string }).timetableId}/publish`, { token: context.tokens.staff });
    if (published?.status === 200) context.ledger.publishes++;
  },
};

/**
 * Runs `workers` loops drawing operations by weight until `until` returns true.
 *
 * @example
 * await runWorkload(context, { workers: 6, until: () => Date.now() > end });
 */
export const runWorkload = async (context: SoakContext, { workers, until }: { workers: number; until: () => boolean }): Promise<void> => {
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until()) await operations[pick(DRAW)!](context);
    }),
  );
};
