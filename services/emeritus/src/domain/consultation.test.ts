import { describe, expect, it } from '@jest/globals';
import { DYNAMODB_MAX_ITEM_BYTES, itemSizeBytes } from '@platform/kit';
import {
  closeConsultation,
  closedAtOf,
  consulteesOf,
  Consultation,
  MAX_CONCERNS_LENGTH,
  MAX_CONSULTATION_TITLE_LENGTH,
  MAX_LINK_TITLE_LENGTH,
  MAX_LINKS,
  MAX_QUESTION_LENGTH,
  MAX_QUESTIONS,
  MAX_RESPONSE_LENGTH,
  MAX_RESPONSE_VERSIONS,
  MAX_URL_LENGTH,
  openConsultation,
  PaperUrl,
  recordResponse,
  statusOf,
} from './consultation.ts';
import type { ResponseVersion } from './consultation.ts';
import { ConsultationClosedError, NotAConsulteeError, ResponseVersionLimitError } from './errors.ts';
import type { ActiveRetirement, Retirement } from './retirement.ts';

const CONSULTATION_ID = '019b2c3d-4e5f-7a6b-8c7d-9e0f1a2b3c4d';
const OPENED_AT = '2028-03-01T09:00:00.000Z';

const retirement = (n: number, recordedAt: string, { eligible = true, withdrawnAt }: { eligible?: boolean; withdrawnAt?: string } = {}): Retirement => {
  const active: ActiveRetirement = {
    retirementId: `aaaaaaaa-0000-4000-8000-00000000000${n}`,
    mpId: `mp-${n}`,
    mpName: `MP ${n}`,
    seatId: 'E14001063',
    announcedOn: recordedAt.slice(0, 10),
    expectedElectionOn: '2029-05-03',
    expectedElectionSource: 'settings',
    earlyAnnouncementMonths: 12,
    earlyAnnouncementDeadline: '2028-05-03',
    emeritusEligible: eligible,
    eligibilityReason: 'judged',
    recordedBy: 'staff-0',
    recordedAt,
    status: 'active',
    withdrawal: null,
  };
  if (withdrawnAt === undefined) return active;
  return { ...active, status: 'withdrawn', withdrawal: { withdrawnOn: withdrawnAt.slice(0, 10), reason: 'standing again', withdrawnBy: 'staff-0', withdrawnAt } };
};

const opened = (closesOn = '2028-03-31') =>
  openConsultation(
    { title: 'Housing', concerns: 'Manifesto section 4', questions: ['What target?'], links: [], closesOn },
    { consultationId: CONSULTATION_ID, by: 'staff-1', at: OPENED_AT },
  );

describe('openConsultation', () => {
  it('opens with who opened it and when, not closed', () => {
    expect(opened()).toStrictEqual({
      consultationId: CONSULTATION_ID,
      title: 'Housing',
      concerns: 'Manifesto section 4',
      questions: ['What target?'],
      links: [],
      closesOn: '2028-03-31',
      openedBy: 'staff-1',
      openedAt: OPENED_AT,
      closedEarly: null,
    });
  });
});

describe('closedAtOf and statusOf', () => {
  it('is open through the whole of its closing day (UTC) and closed from the next midnight', () => {
    const consultation = opened('2028-03-31');
    expect([
      [statusOf(consultation, '2028-03-31T23:59:59.999Z'), closedAtOf(consultation, '2028-03-31T23:59:59.999Z')],
      [statusOf(consultation, '2028-04-01T00:00:00.000Z'), closedAtOf(consultation, '2028-04-01T00:00:00.000Z')],
    ]).toStrictEqual([
      ['open', null],
      ['closed', '2028-04-01T00:00:00.000Z'],
    ]);
  });

  it('is closed from the moment HQ staff close it early', () => {
    const closed = closeConsultation(opened(), { by: 'staff-2', at: '2028-03-10T12:00:00.000Z' });
    expect([closed.closedEarly, statusOf(closed, '2028-03-10T12:00:00.000Z'), closedAtOf(closed, '2028-03-20T00:00:00.000Z')]).toStrictEqual([
      { closedBy: 'staff-2', closedAt: '2028-03-10T12:00:00.000Z' },
      'closed',
      '2028-03-10T12:00:00.000Z',
    ]);
  });

  it('fails to close a consultation closed already, early or by its date', () => {
    const early = closeConsultation(opened(), { by: 'staff-2', at: '2028-03-10T12:00:00.000Z' });
    expect(() => closeConsultation(early, { by: 'staff-3', at: '2028-03-11T12:00:00.000Z' })).toThrow(
      new ConsultationClosedError(CONSULTATION_ID, '2028-03-10T12:00:00.000Z'),
    );
    expect(() => closeConsultation(opened(), { by: 'staff-3', at: '2028-04-02T00:00:00.000Z' })).toThrow(ConsultationClosedError);
  });
});

describe('consulteesOf', () => {
  it('consults the committee at opening, adds who joins while open, and marks who withdraws, keeping them', () => {
    // Prepare: 1 a member at opening; 2 joins while open; 3 a member who withdraws while open;
    // 4 withdrew before it opened; 5 announced late (never a member); 6 joins after it closed early
    const consultation = closeConsultation(opened(), { by: 'staff-2', at: '2028-03-20T00:00:00.000Z' });
    const register = [
      retirement(1, '2028-01-10T09:00:00.000Z'),
      retirement(2, '2028-03-05T09:00:00.000Z'),
      retirement(3, '2028-02-01T09:00:00.000Z', { withdrawnAt: '2028-03-07T10:00:00.000Z' }),
      retirement(4, '2028-01-05T09:00:00.000Z', { withdrawnAt: '2028-02-20T10:00:00.000Z' }),
      retirement(5, '2028-01-06T09:00:00.000Z', { eligible: false }),
      retirement(6, '2028-03-21T09:00:00.000Z'),
    ];
    // Act
    const consultees = consulteesOf(consultation, register, '2028-03-25T00:00:00.000Z');
    // Assess
    expect(consultees).toStrictEqual([
      {
        mpId: 'mp-1',
        mpName: 'MP 1',
        seatId: 'E14001063',
        retirementId: 'aaaaaaaa-0000-4000-8000-000000000001',
        addedBecause: 'on-the-committee-at-opening',
        addedAt: OPENED_AT,
        withdrawal: null,
      },
      {
        mpId: 'mp-3',
        mpName: 'MP 3',
        seatId: 'E14001063',
        retirementId: 'aaaaaaaa-0000-4000-8000-000000000003',
        addedBecause: 'on-the-committee-at-opening',
        addedAt: OPENED_AT,
        withdrawal: { withdrawnOn: '2028-03-07', withdrawnAt: '2028-03-07T10:00:00.000Z' },
      },
      {
        mpId: 'mp-2',
        mpName: 'MP 2',
        seatId: 'E14001063',
        retirementId: 'aaaaaaaa-0000-4000-8000-000000000002',
        addedBecause: 'joined-while-open',
        addedAt: '2028-03-05T09:00:00.000Z',
        withdrawal: null,
      },
    ]);
  });

  it('does not mark a member who withdrew after it closed', () => {
    const consultation = opened('2028-03-31');
    const register = [retirement(1, '2028-01-10T09:00:00.000Z', { withdrawnAt: '2028-04-02T09:00:00.000Z' })];
    expect(consulteesOf(consultation, register, '2028-04-05T00:00:00.000Z').map((c) => c.withdrawal)).toStrictEqual([null]);
  });

  it('consults once an MP who withdrew and announced again while open, by the latest retirement, unmarked', () => {
    // Prepare
    const first = retirement(1, '2028-01-10T09:00:00.000Z', { withdrawnAt: '2028-03-03T09:00:00.000Z' });
    const again = { ...retirement(2, '2028-03-04T09:00:00.000Z'), mpId: 'mp-1', mpName: 'MP 1' };
    // Act
    const consultees = consulteesOf(opened(), [again, first], '2028-03-10T00:00:00.000Z');
    // Assess
    expect(consultees.map(({ mpId, retirementId, addedBecause, withdrawal }) => ({ mpId, retirementId, addedBecause, withdrawal }))).toStrictEqual([
      { mpId: 'mp-1', retirementId: again.retirementId, addedBecause: 'on-the-committee-at-opening', withdrawal: null },
    ]);
  });
});

describe('recordResponse', () => {
  const consultation = opened();
  const consultees = consulteesOf(consultation, [retirement(1, '2028-01-10T09:00:00.000Z')], '2028-03-02T00:00:00.000Z');
  const first = recordResponse(consultation, consultees, undefined, { mpId: 'mp-1', text: 'Aim higher.', by: 'staff-1', at: '2028-03-02T10:00:00.000Z' });

  it('records the first version by who recorded it, and when', () => {
    expect(first).toStrictEqual({
      consultationId: CONSULTATION_ID,
      mpId: 'mp-1',
      version: 1,
      text: 'Aim higher.',
      recordedBy: 'staff-1',
      recordedAt: '2028-03-02T10:00:00.000Z',
    });
  });

  it('amends as a new version up to the last moment of the closing date', () => {
    const amended = recordResponse(consultation, consultees, first, { mpId: 'mp-1', text: 'Aim higher still.', by: 'staff-2', at: '2028-03-31T23:59:59.999Z' });
    expect(amended).toStrictEqual({ ...first, version: 2, text: 'Aim higher still.', recordedBy: 'staff-2', recordedAt: '2028-03-31T23:59:59.999Z' });
  });

  it('fails once the closing date has passed', () => {
    expect(() => recordResponse(consultation, consultees, first, { mpId: 'mp-1', text: 'Late.', by: 'staff-1', at: '2028-04-01T00:00:00.000Z' })).toThrow(
      new ConsultationClosedError(CONSULTATION_ID, '2028-04-01T00:00:00.000Z'),
    );
  });

  it('fails for an MP who is not a consultee', () => {
    expect(() => recordResponse(consultation, consultees, undefined, { mpId: 'mp-9', text: 'Hello.', by: 'staff-1', at: '2028-03-02T10:00:00.000Z' })).toThrow(
      new NotAConsulteeError(CONSULTATION_ID, 'mp-9'),
    );
  });

  it(`fails to amend past ${MAX_RESPONSE_VERSIONS} versions`, () => {
    const last: ResponseVersion = { ...first, version: MAX_RESPONSE_VERSIONS };
    expect(() => recordResponse(consultation, consultees, last, { mpId: 'mp-1', text: 'Again.', by: 'staff-1', at: '2028-03-02T11:00:00.000Z' })).toThrow(
      ResponseVersionLimitError,
    );
  });
});

describe('the bounds of a consultation', () => {
  it('keeps the largest consultation inside one DynamoDB item, every character three UTF-8 bytes (measured)', () => {
    // Prepare: U+20AC (€) is three bytes in UTF-8
    const text = (length: number) => '€'.repeat(length);
    const url = `https://papers.example.org/${'a'.repeat(MAX_URL_LENGTH - 27)}`;
    const largest = Consultation.parse({
      ...opened(),
      title: text(MAX_CONSULTATION_TITLE_LENGTH),
      concerns: text(MAX_CONCERNS_LENGTH),
      questions: Array.from({ length: MAX_QUESTIONS }, () => text(MAX_QUESTION_LENGTH)),
      links: Array.from({ length: MAX_LINKS }, () => ({ title: text(MAX_LINK_TITLE_LENGTH), url })),
      closedEarly: { closedBy: 'x'.repeat(128), closedAt: '2028-03-10T12:00:00.000Z' },
    });
    // Act
    const bytes = itemSizeBytes({ pk: 'CONSULTATIONS', sk: `CONSULTATION#${CONSULTATION_ID}`, ...largest });
    // Assess: well inside the 400 KB, with room for the history entry that copies it
    expect({ under: bytes < DYNAMODB_MAX_ITEM_BYTES / 3, bytes: Math.round(bytes / 1000) }).toStrictEqual({ under: true, bytes: 114 });
  });

  it('keeps every consultee’s longest response of a Commons-sized committee inside a Lambda answer of 6 MB', () => {
    const response = { version: 1, text: '€'.repeat(MAX_RESPONSE_LENGTH), recordedBy: 'x'.repeat(128), recordedAt: OPENED_AT, amended: false };
    const bytes = Buffer.byteLength(JSON.stringify(Array.from({ length: 650 }, () => ({ mpId: 'm'.repeat(128), mpName: '€'.repeat(200), response }))));
    expect(bytes < 6 * 1024 * 1024).toBe(true);
  });

  it('takes https links to papers only', () => {
    expect(['https://labour.org.uk/a.pdf', 'http://labour.org.uk/a.pdf', 'javascript:alert(1)', 'https://localhost/a'].map((url) => PaperUrl.safeParse(url).success)).toStrictEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});
