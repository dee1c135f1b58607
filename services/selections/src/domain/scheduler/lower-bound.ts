import { WeekFlow } from './week-flow.ts';

/** A seat to place, as the flow sees it: its group (region, or 0) and its release week. */
export interface Unit {
  group: number;
  release: number;
}

/**
 * The national bound. For unit jobs with integer release and deadline weeks and P starts a week, a
 * schedule exists if and only if, for every interval of weeks [a, b], the seats whose allowed weeks lie
 * inside [a, b] number at most P times the usable weeks in [a, b] (Hall's theorem). Here whether a day is
 * a valid start does not depend on the seat (blackouts and the deadline are the same for all); a seat only
 * has an earliest day. So a seat may use every usable week from its release week (the first holding a
 * valid start on or after its earliest day) to the last start week: all ranges end at the same week, the
 * only intervals that hold whole ranges are suffixes [a, end], and the condition reads
 * seats released at a or later <= P · usable weeks from a on. The least P meeting it for every a is
 * max over a of ceil(seats released at a or later / usable weeks from a on): a lower bound always, and
 * with no regional cap the exact one.
 */
export const nationalBound = (units: readonly Unit[], usable: Uint8Array): number => {
  const weeks = usable.length;
  const releasedAt = new Int32Array(weeks);
  for (const { release } of units) releasedAt[release]!++;
  let bound = 0;
  let seats = 0;
  let usableWeeks = 0;
  for (let t = weeks - 1; t >= 0; t--) {
    seats += releasedAt[t] as number;
    usableWeeks += usable[t] as number;
    if (seats > 0) bound = Math.max(bound, Math.ceil(seats / usableWeeks));
  }
  return bound;
};

/** A flow holding every unit with at most `peak` starts a week, or undefined if there is none. */
export const flowWithPeak = (units: readonly Unit[], groups: number, usable: Uint8Array, peak: number, groupCap: number): WeekFlow | undefined => {
  const flow = new WeekFlow(groups, usable, peak, groupCap);
  return units.every(({ group, release }) => flow.route(group, release)) ? flow : undefined;
};

/**
 * The lower bound: the smallest weekly peak with which every unit can be placed, and a flow placing them
 * all with it.
 *
 * Why it is a true lower bound (no schedule of these seats has a smaller peak) and also reachable: a
 * schedule with peak P is exactly an integral flow saturating every seat in the network of
 * {@link WeekFlow} with national cap P and regional cap min(R, P) per week; max-flow = min-cut, so when the
 * max flow for P falls short of the seats no schedule with peak P exists, and when it does not the flow
 * is a schedule. Feasibility only grows with P, so a binary search over P finds the least feasible one.
 * The search starts from {@link nationalBound} (a relaxation: it ignores regional caps), which is already
 * exact when there is one group, and stops at `atMost.peak`, known feasible (its flow is `atMost.flow`).
 */
export const lowestPeak = (
  units: readonly Unit[],
  groups: number,
  usable: Uint8Array,
  groupCap: number,
  atMost: { peak: number; flow: WeekFlow },
): { peak: number; flow: WeekFlow } => {
  if (units.length === 0) return { peak: 0, flow: atMost.flow };
  // Latest release first: each walk down its own chain then mostly finds room without a search.
  const ordered = [...units].sort((a, b) => b.release - a.release || a.group - b.group);
  let low = nationalBound(units, usable);
  let { peak: high, flow: best } = atMost;
  // The national bound is usually met, so try it before halving.
  let mid = low;
  while (low < high) {
    const flow = flowWithPeak(ordered, groups, usable, mid, groupCap);
    if (flow) {
      high = mid;
      best = flow;
    } else {
      low = mid + 1;
    }
    mid = Math.floor((low + high) / 2);
  }
  return { peak: high, flow: best };
};
