import { randomInt } from 'node:crypto';
import { eventually, type LocalCloudClient } from './local-cloud-client.ts';

const utcDate = (daysFromToday = 0) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/**
 * A seat of its own with a selection open now, set up as HQ staff would (import the seat, draft and publish
 * a timetable), and seen by the fund, so a candidate can apply in it. Answers its id and name. The seat is in
 * Wales unless another `region` is given (a region of its own keeps a suite's report rows its own).
 *
 * @example
 * const seat = await openSelection(cloud, 'Cwm Prawf a1b2');
 */
export const openSelection = async (cloud: LocalCloudClient, seatName: string, { region = 'Wales' }: { region?: string } = {}): Promise<{ seatId: string; seatName: string }> => {
  const staff = await cloud.token('hq-staff', 'staff-e2e');
  const candidate = await cloud.token('candidate', 'cand-e2e-probe');
  // A seat code no real constituency has (E97…), unlike the other suites' E98… and E99….
  const seatId = `E97${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  const imported = await cloud.request('POST', '/selections/seats/import', {
    token: staff,
    body: `gss_code,name,region\n${seatId},${seatName},${region}\n`,
    headers: { 'content-type': 'text/csv' },
  });
  if (imported.status !== 200) throw new Error(`the seat import answered ${imported.status}`);
  const drafted = await cloud.request('POST', '/selections/timetables', {
    token: staff,
    body: { from: utcDate(), expectedElection: utcDate(4 * 365), completeMonthsBefore: 12, weeklyCapacity: 100, blackouts: [] },
  });
  const timetableId = (drafted.body as { timetableId: string }).timetableId;
  const published = await cloud.request('POST', `/selections/timetables/${timetableId}/publish`, { token: staff });
  if (published.status !== 200) throw new Error(`publishing timetable ${timetableId} answered ${published.status}`);
  await eventually(
    async () => {
      const found = await cloud.request('GET', `/fund/open-selections?search=${encodeURIComponent(seatName)}`, { token: candidate });
      return (found.body as { items?: { seatId: string }[] }).items?.some((item) => item.seatId === seatId) ? true : undefined;
    },
    { what: `the fund to see the selection in ${seatName}` },
  );
  return { seatId, seatName };
};
