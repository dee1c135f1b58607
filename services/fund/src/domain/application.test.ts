import { describe, expect, it } from '@jest/globals';
import { DYNAMODB_MAX_ITEM_BYTES, itemSizeBytes } from '@platform/kit';
import fc from 'fast-check';
import type { Application, ApplicationRequest } from './application.ts';
import {
  ApplicationRequest as ApplicationRequestSchema,
  cancelApproval,
  decideApplication,
  disburseGrant,
  earlierDisbursement,
  MAX_APPLICATIONS_PER_CANDIDATE,
  MAX_DISBURSEMENTS_PER_GRANT,
  MAX_REQUEST_PENCE,
  remainingPence,
  submitApplication,
  withdrawApplication,
} from './application.ts';
import {
  ApplicationStatusError,
  ApprovalExceedsRequestError,
  DisbursementConflictError,
  DisbursementExceedsGrantError,
  DisbursementLimitError,
  FourEyesError,
  OwnApplicationError,
} from './errors.ts';
import { candidateView } from './application-views.ts';
import type { ScheduledSelection } from './selection-view.ts';

const SELECTION: ScheduledSelection = {
  status: 'scheduled',
  selectionId: 'sel-1',
  seatId: 'E14000001',
  seatName: 'Aldershot',
  region: 'South East',
  timetableId: 'tt-1',
  resultEndsOn: '2026-09-30',
  occurredAt: '2026-05-01T09:00:00.000Z',
};
const REQUEST: ApplicationRequest = {
  seatId: 'E14000001',
  groups: ['women', 'disabled'],
  purpose: 'childcare',
  amountRequestedPence: 50_000,
  statement: 'I care for two children and cannot stand without help.',
};
const SUBMITTED_AT = '2026-06-01T09:00:00.000Z';
const submitted = (overrides: Partial<ApplicationRequest> = {}): Application =>
  submitApplication({ ...REQUEST, ...overrides }, { applicationId: 'app-1', candidateId: 'cand-1', selection: SELECTION, at: SUBMITTED_AT });
const step = (by: string, at: string, movementId = `m-${at}`) => ({ by, at, movementId });
const approved = (amountPence = 40_000, by = 'fin-a') =>
  decideApplication(submitted(), { decision: 'approve', amountPence }, step(by, '2026-06-02T10:00:00.000Z')).application;

describe('ApplicationRequest', () => {
  it('accepts a request naming groups from the list, with describedAs only alongside prefer-to-describe', () => {
    const request = { ...REQUEST, groups: ['lgbt-plus', 'prefer-to-describe'], describedAs: 'carer from a traveller community' };
    expect(ApplicationRequestSchema.parse(request)).toStrictEqual(request);
  });

  it('fails listing every malformed field at once, each at its path, without echoing a value', () => {
    // Prepare: six problems in one body
    const body = { seatId: 'Aldershot', groups: ['women', 'women', 'prefer-to-describe'], purpose: 'holiday', amountRequestedPence: 12.5, statement: '  ' };
    // Act
    const result = ApplicationRequestSchema.safeParse(body);
    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toStrictEqual([
      ['seatId', 'a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063'],
      ['purpose', 'Invalid option: expected one of "childcare"|"travel"|"lost-earnings"|"accessibility"|"training"|"other"'],
      ['amountRequestedPence', 'Invalid input: expected int, received number'],
      ['statement', 'Too small: expected string to have >=1 characters'],
    ]);
  });

  it('fails on a repeated group and on prefer-to-describe without its description, once the fields are well formed', () => {
    const result = ApplicationRequestSchema.safeParse({ ...REQUEST, groups: ['women', 'women', 'prefer-to-describe'] });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toStrictEqual([
      ['groups', 'each group may be chosen once'],
      ['describedAs', 'required when prefer-to-describe is chosen: describe it in your own words'],
    ]);
  });

  it.each([
    ['no group', { groups: [] }, 'groups', 'choose at least one group'],
    ['a group not on the list', { groups: ['pirates'] }, 'groups.0', 'Invalid option: expected one of "women"|"black-asian-minority-ethnic"|"disabled"|"working-class-low-income"|"lgbt-plus"|"prefer-to-describe"'],
    ['describedAs without prefer-to-describe', { describedAs: 'something' }, 'describedAs', 'only given with prefer-to-describe'],
    ['a zero amount', { amountRequestedPence: 0 }, 'amountRequestedPence', 'Too small: expected number to be >0'],
    ['an amount over £100,000', { amountRequestedPence: 10_000_001 }, 'amountRequestedPence', 'Too big: expected number to be <=10000000'],
    ['an unknown field', { nationalInsurance: 'QQ123456C' }, '', 'Unrecognized key: "nationalInsurance"'],
  ])('fails on %s', (_what, change, path, message) => {
    const result = ApplicationRequestSchema.safeParse({ ...REQUEST, ...change });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toStrictEqual([[path, message]]);
  });
});

describe('submitApplication', () => {
  it('records the application against the open selection, awaiting a decision, with its first step in the history', () => {
    expect(submitted()).toStrictEqual({
      applicationId: 'app-1',
      candidateId: 'cand-1',
      seatId: 'E14000001',
      seatName: 'Aldershot',
      selectionId: 'sel-1',
      region: 'South East',
      groups: ['women', 'disabled'],
      purpose: 'childcare',
      amountRequestedPence: 50_000,
      statement: 'I care for two children and cannot stand without help.',
      status: 'submitted',
      version: 1,
      submittedAt: SUBMITTED_AT,
      approvedPence: 0,
      disbursedPence: 0,
      releasedPence: 0,
      disbursements: [],
      history: [{ at: SUBMITTED_AT, by: 'cand-1', role: 'candidate', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: 50_000 }],
    });
  });
});

describe('withdrawApplication', () => {
  it('withdraws an undecided application, with the reason the candidate gave', () => {
    const withdrawn = withdrawApplication(submitted(), { by: 'cand-1', at: '2026-06-03T08:00:00.000Z', reason: 'I was not shortlisted' });
    expect({ status: withdrawn.status, version: withdrawn.version, last: withdrawn.history.at(-1) }).toStrictEqual({
      status: 'withdrawn',
      version: 2,
      last: { at: '2026-06-03T08:00:00.000Z', by: 'cand-1', role: 'candidate', action: 'withdrawn', outcome: 'withdrawn', reason: 'I was not shortlisted', amountPence: null },
    });
  });

  it('fails once the application is decided', () => {
    expect(() => withdrawApplication(approved(), { by: 'cand-1', at: '2026-06-03T08:00:00.000Z' })).toThrow(
      new ApplicationStatusError('app-1', 'approved', 'withdraw'),
    );
    expect(() => withdrawApplication(approved(), { by: 'cand-1', at: '2026-06-03T08:00:00.000Z' })).toThrow(
      'application app-1 is approved; only an application not yet decided can be withdrawn',
    );
  });
});

describe('decideApplication', () => {
  it('approves less than was requested, committing that amount from the fund on the day', () => {
    // Act
    const { application, ledger } = decideApplication(submitted(), { decision: 'approve', amountPence: 40_000 }, step('fin-a', '2026-06-02T10:00:00.000Z', 'm-1'));
    // Assess
    expect(ledger).toStrictEqual({ kind: 'commit', amountPence: 40_000, effectiveOn: '2026-06-02', postedAt: '2026-06-02T10:00:00.000Z', movementId: 'm-1' });
    expect({ status: application.status, approvedPence: application.approvedPence, decidedBy: application.decidedBy, remaining: remainingPence(application) }).toStrictEqual({
      status: 'approved',
      approvedPence: 40_000,
      decidedBy: 'fin-a',
      remaining: 40_000,
    });
    expect(application.history.at(-1)).toStrictEqual({
      at: '2026-06-02T10:00:00.000Z',
      by: 'fin-a',
      role: 'finance',
      action: 'considered',
      outcome: 'approved',
      reason: null,
      amountPence: 40_000,
    });
  });

  it('rejects with the reason the candidate will read, moving no money', () => {
    const change = decideApplication(submitted(), { decision: 'reject', reason: 'the fund does not pay for campaign leaflets' }, step('fin-a', '2026-06-02T10:00:00.000Z'));
    expect({ status: change.application.status, ledger: change.ledger, last: change.application.history.at(-1) }).toStrictEqual({
      status: 'rejected',
      ledger: undefined,
      last: { at: '2026-06-02T10:00:00.000Z', by: 'fin-a', role: 'finance', action: 'considered', outcome: 'rejected', reason: 'the fund does not pay for campaign leaflets', amountPence: null },
    });
  });

  it('fails to approve more than was requested', () => {
    expect(() => decideApplication(submitted(), { decision: 'approve', amountPence: 50_001 }, step('fin-a', '2026-06-02T10:00:00.000Z'))).toThrow(
      new ApprovalExceedsRequestError(50_001, 50_000),
    );
  });

  it('fails to decide an application twice', () => {
    expect(() => decideApplication(approved(), { decision: 'reject', reason: 'changed my mind' }, step('fin-b', '2026-06-02T11:00:00.000Z'))).toThrow(
      new ApplicationStatusError('app-1', 'approved', 'decide'),
    );
  });

  it('fails when the finance user deciding is the applicant', () => {
    expect(() => decideApplication(submitted(), { decision: 'approve', amountPence: 1 }, step('cand-1', '2026-06-02T10:00:00.000Z'))).toThrow(new OwnApplicationError('app-1'));
  });
});

describe('disburseGrant', () => {
  it('pays part of the grant, keeping it approved with the rest still committed', () => {
    // Act
    const { application, ledger } = disburseGrant(approved(), { disbursementId: 'pay-1', amountPence: 15_000 }, step('fin-b', '2026-06-05T09:00:00.000Z', 'm-2'));
    // Assess
    expect(ledger).toStrictEqual({ kind: 'disburse', amountPence: 15_000, effectiveOn: '2026-06-05', postedAt: '2026-06-05T09:00:00.000Z', movementId: 'm-2', disbursementId: 'pay-1' });
    expect({ status: application.status, disbursedPence: application.disbursedPence, remaining: remainingPence(application), disbursements: application.disbursements }).toStrictEqual({
      status: 'approved',
      disbursedPence: 15_000,
      remaining: 25_000,
      disbursements: [{ disbursementId: 'pay-1', amountPence: 15_000, paidOn: '2026-06-05', at: '2026-06-05T09:00:00.000Z', by: 'fin-b', movementId: 'm-2' }],
    });
    expect(application.history.at(-1)).toStrictEqual({ at: '2026-06-05T09:00:00.000Z', by: 'fin-b', role: 'finance', action: 'disbursed', outcome: 'paid', reason: null, amountPence: 15_000 });
  });

  it('marks the grant disbursed when the last of it is paid', () => {
    const first = disburseGrant(approved(), { disbursementId: 'pay-1', amountPence: 15_000 }, step('fin-b', '2026-06-05T09:00:00.000Z')).application;
    const last = disburseGrant(first, { disbursementId: 'pay-2', amountPence: 25_000 }, step('fin-c', '2026-06-06T09:00:00.000Z')).application;
    expect({ status: last.status, disbursedPence: last.disbursedPence, remaining: remainingPence(last), version: last.version }).toStrictEqual({
      status: 'disbursed',
      disbursedPence: 40_000,
      remaining: 0,
      version: 4,
    });
  });

  it('fails when the finance user paying is the one who approved (four eyes)', () => {
    expect(() => disburseGrant(approved(40_000, 'fin-a'), { disbursementId: 'pay-1', amountPence: 100 }, step('fin-a', '2026-06-05T09:00:00.000Z'))).toThrow(
      new FourEyesError('app-1', 'fin-a'),
    );
    expect(() => disburseGrant(approved(40_000, 'fin-a'), { disbursementId: 'pay-1', amountPence: 100 }, step('fin-a', '2026-06-05T09:00:00.000Z'))).toThrow(
      'four eyes: the grant of application app-1 was approved by fin-a, so a different finance user must make its disbursements',
    );
  });

  it('fails to pay more than is still committed to the grant', () => {
    const first = disburseGrant(approved(), { disbursementId: 'pay-1', amountPence: 30_000 }, step('fin-b', '2026-06-05T09:00:00.000Z')).application;
    expect(() => disburseGrant(first, { disbursementId: 'pay-2', amountPence: 10_001 }, step('fin-b', '2026-06-06T09:00:00.000Z'))).toThrow(
      new DisbursementExceedsGrantError('app-1', 10_001, 10_000),
    );
  });

  it.each([
    ['undecided', () => submitted()],
    ['rejected', () => decideApplication(submitted(), { decision: 'reject', reason: 'no' }, step('fin-a', '2026-06-02T10:00:00.000Z')).application],
  ])('fails to pay a grant that is %s', (status, application) => {
    expect(() => disburseGrant(application(), { disbursementId: 'pay-1', amountPence: 100 }, step('fin-b', '2026-06-05T09:00:00.000Z'))).toThrow(
      new ApplicationStatusError('app-1', status === 'undecided' ? 'submitted' : status, 'disburse'),
    );
  });

  it('recognises a retried disbursement by its id, and fails on the same id with another amount', () => {
    const paid = disburseGrant(approved(), { disbursementId: 'pay-1', amountPence: 15_000 }, step('fin-b', '2026-06-05T09:00:00.000Z', 'm-2')).application;
    expect(earlierDisbursement(paid, { disbursementId: 'pay-1', amountPence: 15_000 })?.movementId).toBe('m-2');
    expect(earlierDisbursement(paid, { disbursementId: 'pay-2', amountPence: 15_000 })).toBeUndefined();
    expect(() => earlierDisbursement(paid, { disbursementId: 'pay-1', amountPence: 15_001 })).toThrow(new DisbursementConflictError('app-1', 'pay-1'));
  });
});

describe('cancelApproval', () => {
  it('returns what was committed and not yet paid to the fund; what was paid stays paid', () => {
    // Prepare
    const paid = disburseGrant(approved(), { disbursementId: 'pay-1', amountPence: 15_000 }, step('fin-b', '2026-06-05T09:00:00.000Z')).application;
    // Act
    const { application, ledger } = cancelApproval(paid, { reason: 'the candidate was not selected' }, step('fin-a', '2026-07-01T09:00:00.000Z', 'm-3'));
    // Assess
    expect(ledger).toStrictEqual({ kind: 'release', amountPence: 25_000, effectiveOn: '2026-07-01', postedAt: '2026-07-01T09:00:00.000Z', movementId: 'm-3' });
    expect({ status: application.status, disbursed: application.disbursedPence, released: application.releasedPence, remaining: remainingPence(application) }).toStrictEqual({
      status: 'cancelled',
      disbursed: 15_000,
      released: 25_000,
      remaining: 0,
    });
    expect(application.history.at(-1)).toStrictEqual({
      at: '2026-07-01T09:00:00.000Z',
      by: 'fin-a',
      role: 'finance',
      action: 'approval-cancelled',
      outcome: 'cancelled',
      reason: 'the candidate was not selected',
      amountPence: 25_000,
    });
  });

  it('fails on a grant already paid in full, and on one cancelled already', () => {
    const paid = disburseGrant(approved(), { disbursementId: 'pay-1', amountPence: 40_000 }, step('fin-b', '2026-06-05T09:00:00.000Z')).application;
    const cancelled = cancelApproval(approved(), { reason: 'r' }, step('fin-b', '2026-06-05T09:00:00.000Z')).application;
    expect(() => cancelApproval(paid, { reason: 'r' }, step('fin-a', '2026-07-01T09:00:00.000Z'))).toThrow(new ApplicationStatusError('app-1', 'disbursed', 'cancel-approval'));
    expect(() => cancelApproval(cancelled, { reason: 'r' }, step('fin-a', '2026-07-01T09:00:00.000Z'))).toThrow(new ApplicationStatusError('app-1', 'cancelled', 'cancel-approval'));
  });
});

describe('a grant, whatever happens to it', () => {
  it('never pays or returns more than was approved, and each ledger step moves exactly what the application records', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 60_000 }).map((pence) => ({ pay: pence })), fc.constant({ cancel: true as const })), { maxLength: 12 }),
        (approvedPence, steps) => {
          let application = decideApplication(submitted({ amountRequestedPence: 100_000 }), { decision: 'approve', amountPence: approvedPence }, step('fin-a', '2026-06-02T10:00:00.000Z')).application;
          const moved = { disburse: 0, release: 0 };
          steps.forEach((next, index) => {
            try {
              const change =
                'pay' in next
                  ? disburseGrant(application, { disbursementId: `pay-${index}`, amountPence: next.pay }, step('fin-b', '2026-06-03T10:00:00.000Z'))
                  : cancelApproval(application, { reason: 'r' }, step('fin-b', '2026-06-03T10:00:00.000Z'));
              if (change.ledger?.kind === 'disburse' || change.ledger?.kind === 'release') moved[change.ledger.kind] += change.ledger.amountPence;
              application = change.application;
            } catch (error) {
              if (!(error instanceof DisbursementExceedsGrantError || error instanceof ApplicationStatusError)) throw error;
            }
          });
          expect(application.disbursedPence + application.releasedPence + remainingPence(application)).toBe(approvedPence);
          expect({ disbursed: application.disbursedPence, released: application.releasedPence }).toStrictEqual({ disbursed: moved.disburse, released: moved.release });
          expect(remainingPence(application) >= 0 && (application.status === 'approved') === remainingPence(application) > 0).toBe(true);
        },
      ),
    );
  });
});

describe('a grant paid in parts', () => {
  const paidInParts = (parts: number, by = 'fin-b') =>
    Array.from({ length: parts }).reduce<Application>(
      (application, _, index) =>
        disburseGrant(application, { disbursementId: `pay-${index}`, amountPence: 1 }, step(by, '2026-06-05T09:00:00.000Z', `m-${index}`)).application,
      approved(40_000),
    );

  it(`pays a grant in ${MAX_DISBURSEMENTS_PER_GRANT} disbursements`, () => {
    const application = paidInParts(MAX_DISBURSEMENTS_PER_GRANT);
    expect({ disbursements: application.disbursements.length, disbursedPence: application.disbursedPence }).toStrictEqual({
      disbursements: 50,
      disbursedPence: 50,
    });
  });

  it("fails on a grant's 51st disbursement, saying the limit and how to return the rest", () => {
    // Prepare
    const application = paidInParts(MAX_DISBURSEMENTS_PER_GRANT);
    // Act
    const act = () => disburseGrant(application, { disbursementId: 'pay-50', amountPence: 1 }, step('fin-b', '2026-06-06T09:00:00.000Z'));
    // Assess
    expect(act).toThrow(new DisbursementLimitError('app-1', 50, 39_950));
    expect(act).toThrow(
      "application app-1's grant has been paid in 50 disbursements, the most a grant may be paid in; cancel its approval to return the 39950p not yet paid to the fund",
    );
  });

  it('still recognises a retry of an earlier disbursement once the limit is reached', () => {
    expect(earlierDisbursement(paidInParts(MAX_DISBURSEMENTS_PER_GRANT), { disbursementId: 'pay-49', amountPence: 1 })?.movementId).toBe('m-49');
  });

  // Every field at its longest, in 3-byte characters (the most UTF-8 a UTF-16 unit takes); every id at 128
  // characters; approved, paid in the most parts, then cancelled with the longest reason.
  const largestApplication = (): Application => {
    const id = (prefix: string) => `${prefix}-`.padEnd(128, '9');
    const wide = (length: number) => '€'.repeat(length);
    const selection: ScheduledSelection = { ...SELECTION, selectionId: id('sel'), seatName: wide(200), region: wide(100), timetableId: id('tt') };
    const request: ApplicationRequest = {
      seatId: 'E14000001',
      groups: ['women', 'black-asian-minority-ethnic', 'disabled', 'working-class-low-income', 'lgbt-plus', 'prefer-to-describe'],
      describedAs: wide(200),
      purpose: 'childcare',
      amountRequestedPence: MAX_REQUEST_PENCE,
      statement: wide(5_000),
    };
    const at = '2026-06-05T09:00:00.000Z';
    let application = submitApplication(ApplicationRequestSchema.parse(request), { applicationId: '0b9d6c2e-4f4a-4d1e-9a3b-2c1d0e9f8a7b', candidateId: id('cand'), selection, at });
    application = decideApplication(application, { decision: 'approve', amountPence: MAX_REQUEST_PENCE }, step(id('fin-a'), at)).application;
    for (let index = 0; index < MAX_DISBURSEMENTS_PER_GRANT; index += 1) {
      application = disburseGrant(application, { disbursementId: id(`pay-${index}`), amountPence: 123_456 }, step(id('fin-b'), at, crypto.randomUUID())).application;
    }
    return cancelApproval(application, { reason: wide(2_000) }, step(id('fin-a'), at)).application;
  };

  it('stores the largest application that can be made within one DynamoDB item', () => {
    // Prepare
    const application = largestApplication();
    // Act: the item as the store writes it
    const size = itemSizeBytes({ pk: 'APPLICATIONS', sk: `APPLICATION#${application.applicationId}`, type: 'application', ...application });
    // Assess
    expect({ history: application.history.length, disbursements: application.disbursements.length }).toStrictEqual({ history: 53, disbursements: 50 });
    expect(size).toBeLessThan(DYNAMODB_MAX_ITEM_BYTES / 4);
  });

  it("answers a candidate's most applications, each the largest, within the 6 MB a Lambda function may answer", () => {
    // Act
    const bytes = Buffer.byteLength(JSON.stringify({ items: Array.from({ length: MAX_APPLICATIONS_PER_CANDIDATE }, () => candidateView(largestApplication())) }));
    // Assess
    expect(bytes).toBeLessThan(6 * 1024 * 1024 / 2);
  });
});
