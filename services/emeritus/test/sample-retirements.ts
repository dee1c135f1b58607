import { announceRetirement, withdrawRetirement } from '../src/domain/retirement.ts';
import type { Retirement } from '../src/domain/retirement.ts';
import { InMemoryEmeritusStore } from './in-memory-emeritus-store.ts';

const settings = { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 };

/** A retirement recorded under settings expecting the election on 3 May 2029 (deadline 3 May 2028). */
export const recordedRetirement = (retirementId: string, mpId: string, announcedOn: string, seatId = 'E14001063') =>
  announceRetirement({ mpId, mpName: `MP ${mpId}`, seatId, announcedOn }, settings, {
    retirementId,
    recordedBy: 'staff-0',
    recordedAt: `${announcedOn}T09:00:00.000Z`,
  });

/** A register of four: two early and active, one late and active, one early but withdrawn. */
export const sampleRegister = () => {
  const early = recordedRetirement('aaaaaaaa-0000-4000-8000-000000000001', 'mp-1', '2028-02-01');
  const earlyInWales = recordedRetirement('bbbbbbbb-0000-4000-8000-000000000002', 'mp-2', '2028-03-01', 'W07000041');
  const late = recordedRetirement('cccccccc-0000-4000-8000-000000000003', 'mp-3', '2028-07-01');
  const withdrawn = withdrawRetirement(recordedRetirement('dddddddd-0000-4000-8000-000000000004', 'mp-4', '2028-01-10'), {
    withdrawnOn: '2028-06-01',
    reason: 'standing again',
    withdrawnBy: 'staff-0',
    withdrawnAt: '2028-06-01T10:00:00.000Z',
  });
  return { early, earlyInWales, late, withdrawn };
};

/** A store holding the retirements given, with their locks. */
export const storeWith = (...retirements: Retirement[]) => {
  const store = new InMemoryEmeritusStore();
  for (const retirement of retirements) {
    store.register.set(retirement.retirementId, retirement);
    if (retirement.status === 'active') store.locks.set(retirement.mpId, retirement.retirementId);
  }
  return store;
};
