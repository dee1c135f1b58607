import { describe, expect, it } from '@jest/globals';
import { judgeEligibility } from '../../../../services/emeritus/src/domain/eligibility.ts';
import { EmeritusSettings } from '../../../../services/emeritus/src/domain/settings.ts';
import { ApplicationRequest } from '../../../../services/fund/src/domain/application.ts';
import { readDonationImport } from '../../../../services/fund/src/domain/donation-import.ts';
import { TimetableRequestBody } from '../../../../services/selections/src/domain/timetable.ts';
import { commonsLibraryFile } from './commons-library-seats.ts';
import { APPLICATION_STATES, committedByApprovals, placeApplications } from './demo-applications.ts';
import { donationsCsv, FLAG_ABOVE_PENCE } from './demo-donations.ts';
import { DEFAULT_DEMO_SEED, demoPlan } from './demo-plan.ts';
import { seededRandom } from './seeded-random.ts';

// The plan is checked against the services' own schemas and rules, so that what it would send is what
// their routes accept, without a running platform.
const TODAY = '2026-12-01';
const results = commonsLibraryFile();
const planFor = (seed = DEFAULT_DEMO_SEED, today = TODAY) => demoPlan({ today, seed, results });
const donationsOf = (plan: ReturnType<typeof planFor>) => [...plan.importedDonations, ...plan.donationsByHand];

describe('demoPlan: donations', () => {
  it('plans the same 300 donations for the same seed and day, and other ones for another seed', () => {
    expect(donationsOf(planFor())).toStrictEqual(donationsOf(planFor()));
    expect(donationsOf(planFor()).length).toBe(300);
    expect(donationsOf(planFor(DEFAULT_DEMO_SEED + 1)).map((donation) => donation.amountPence)).not.toStrictEqual(
      donationsOf(planFor()).map((donation) => donation.amountPence),
    );
  });

  it('spreads them over the 12 months up to today, numbered in date order, the last 5 recorded by hand', () => {
    const plan = planFor();
    const donations = donationsOf(plan);
    const dates = donations.map((donation) => donation.receivedOn);
    expect({
      first: dates[0] !== undefined && dates[0] >= '2025-12-02',
      last: dates.at(-1) !== undefined && (dates.at(-1) as string) <= TODAY,
      inOrder: [...dates].sort().join() === dates.join(),
      ids: donations.map((donation) => donation.donationId).slice(0, 2).concat(donations.at(-1)?.donationId ?? ''),
      byHand: plan.donationsByHand.length,
      months: new Set(dates.map((date) => date.slice(0, 7))).size >= 12,
    }).toStrictEqual({ first: true, last: true, inOrder: true, ids: ['demo-donation-001', 'demo-donation-002', 'demo-donation-300'], byHand: 5, months: true });
  });

  it('draws on every source the donation schema allows, and flags a few (over £500) for a permissibility check', () => {
    const donations = donationsOf(planFor());
    const flagged = donations.filter((donation) => donation.amountPence > FLAG_ABOVE_PENCE).length;
    expect(new Set(donations.map((donation) => donation.source))).toStrictEqual(new Set(['membership', 'donation', 'fundraising', 'affiliation', 'other']));
    expect({ some: flagged >= 5, few: flagged <= 20, wholePence: donations.every((donation) => Number.isInteger(donation.amountPence) && donation.amountPence > 0) }).toStrictEqual({
      some: true,
      few: true,
      wholePence: true,
    });
  });

  it("writes a CSV the fund's import takes whole: every row accepted, none rejected, donor details kept", () => {
    const plan = planFor();
    const read = readDonationImport(donationsCsv(plan.importedDonations), new Date(`${TODAY}T12:00:00Z`));
    expect({ accepted: read.accepted.length, rejected: read.rejected }).toStrictEqual({ accepted: 295, rejected: [] });
    expect(read.accepted.map(({ donation }) => donation)).toStrictEqual(plan.importedDonations);
  });

  it('raises enough that a 3% levy covers every approval and every request still awaiting a decision', () => {
    const plan = planFor();
    const leviedPence = Math.floor((donationsOf(plan).reduce((total, donation) => total + donation.amountPence, 0) * plan.levyRate.basisPoints) / 10_000);
    const awaiting = plan.applications.filter((application) => application.state === 'awaiting-decision').reduce((total, application) => total + application.request.amountRequestedPence, 0);
    expect({ rate: plan.levyRate, covers: leviedPence >= committedByApprovals(plan.applications) + awaiting }).toStrictEqual({
      rate: { basisPoints: 300, effectiveFrom: '2025-11-01' },
      covers: true,
    });
  });
});

describe('demoPlan: emeritus and the timetable', () => {
  it('retires four sitting Labour MPs in held seats of four regions of Great Britain, one withdrawn later', () => {
    const { retirements } = planFor();
    const seats = new Map(results.seats.map((seat) => [seat.seatId, seat]));
    expect(
      retirements.map(({ mpName, seatId, seatName }) => {
        const seat = seats.get(seatId);
        return seat?.firstParty === 'Lab' && seat.sittingMp === mpName && seat.name === seatName && seat.country !== 'Northern Ireland';
      }),
    ).toStrictEqual([true, true, true, true]);
    expect(new Set(retirements.map(({ seatId }) => seats.get(seatId)?.region)).size).toBe(4);
    expect(retirements.filter((retirement) => retirement.withdrawal !== undefined).map((retirement) => retirement.early)).toStrictEqual([true]);
  });

  it('judges three announcements early and one late, as the emeritus service would by its settings', () => {
    const plan = planFor();
    const settings = EmeritusSettings.parse(plan.emeritusSettings);
    const judged = plan.retirements.map(
      (retirement) => judgeEligibility(retirement.announcedOn, { expectedElectionOn: settings.expectedElectionOn as string, source: 'settings' }, settings.earlyAnnouncementMonths).emeritusEligible,
    );
    expect({ judged, planned: plan.retirements.map((retirement) => retirement.early), pastOnly: plan.retirements.every((retirement) => retirement.announcedOn <= TODAY) }).toStrictEqual({
      judged: [true, true, true, false],
      planned: [true, true, true, false],
      pastOnly: true,
    });
  });

  it('drafts from next Monday to a Thursday election about two and a half years on, with every Christmas blacked out', () => {
    const { timetable } = planFor();
    expect(TimetableRequestBody.parse(timetable)).toStrictEqual({
      from: '2026-12-07',
      expectedElection: '2029-06-07',
      completeMonthsBefore: 12,
      weeklyCapacity: 8,
      regionalWeeklyCapacity: 2,
      blackouts: [
        { from: '2026-12-20', to: '2027-01-03', reason: 'Christmas and New Year' },
        { from: '2027-12-20', to: '2028-01-03', reason: 'Christmas and New Year' },
        { from: '2028-12-20', to: '2029-01-03', reason: 'Christmas and New Year' },
      ],
    });
  });
});

describe('demoPlan: applications', () => {
  it('has an application in every state, by the three ready-made candidates and more', () => {
    const { applications } = planFor();
    expect(APPLICATION_STATES.filter((state) => !applications.some((application) => application.state === state))).toStrictEqual([]);
    expect(['cand-1', 'cand-2', 'cand-3'].map((id) => applications.filter((application) => application.candidateId === id).length >= 2)).toStrictEqual([true, true, true]);
  });

  it("asks only what the fund's application schema accepts, and approves and pays no more than asked", () => {
    const { applications } = planFor();
    const seatId = 'E14001063';
    expect(applications.filter((application) => !ApplicationRequest.safeParse({ seatId, ...application.request }).success)).toStrictEqual([]);
    expect(
      applications.map((application) => {
        const approved = application.approvedPence ?? 0;
        const paid = (application.paymentsPence ?? []).reduce((total, amount) => total + amount, 0);
        return approved <= application.request.amountRequestedPence && paid <= approved;
      }),
    ).toStrictEqual(applications.map(() => true));
  });

  it('gives each application a seat of its own, the same ones for the same seed', () => {
    const open = results.seats.slice(0, 40).map(({ seatId, name }) => ({ seatId, seatName: name }));
    const { applications } = planFor();
    const placed = placeApplications(applications, open, seededRandom(3)).map((application) => application.seatId);
    expect({ distinct: new Set(placed).size, same: placeApplications(applications, open, seededRandom(3)).map((application) => application.seatId) }).toStrictEqual({
      distinct: applications.length,
      same: placed,
    });
  });

  it('fails to place applications in fewer open seats than there are applications', () => {
    expect(() => placeApplications(planFor().applications, [{ seatId: 'E14001063', seatName: 'Aldershot' }], seededRandom(1))).toThrow(
      '10 applications need a seat each, and only 1 have an open selection',
    );
  });
});
