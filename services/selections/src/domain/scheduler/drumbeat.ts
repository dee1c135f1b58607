import type { WeekFlow } from './week-flow.ts';

/** A seat the flow can place: its group and release week, and whether it is an island (which goes first). */
export interface PaceCandidate {
  group: number;
  release: number;
  island: boolean;
}

/**
 * Chooses each candidate's week, walking the weeks in order, so that the starts beat evenly across the
 * window: by the u-th usable week of U, about n·u/U of the n seats have started. A week takes more only
 * when the later weeks could not hold the rest (or to let every released island go at once), and never more
 * than `peak`. Within a week the candidates go in the order given (the preference order), each taken if a
 * schedule of everyone with it exists.
 *
 * `flow` must hold every candidate with at most `peak` a week. It stays a schedule of all the seats not yet
 * given a week, which is what makes each choice safe: before a seat is taken into week w, the start it
 * displaces (if the week is full) must find room in a later week through an augmenting path, and if none
 * exists the seat waits. So the walk never paints itself into a corner, and everyone is placed by the end.
 *
 * Returns the week of each candidate, by index.
 */
export const paceWeeks = (candidates: readonly PaceCandidate[], flow: WeekFlow, peak: number, usable: Uint8Array): Int32Array => {
  const n = candidates.length;
  const weekOf = new Int32Array(n).fill(-1);
  const kept = new Int32Array(flow.groups);
  let usableWeeks = 0;
  for (const u of usable) usableWeeks += u;
  let started = 0;
  let usableSoFar = 0;
  for (let w = 0; w < usable.length && started < n; w++) {
    if (!usable[w]) continue;
    usableSoFar++;
    // Cumulative target n·u/U, rounded half up in integers.
    const paced = Math.floor((2 * n * usableSoFar + usableWeeks) / (2 * usableWeeks)) - started;
    let islands = 0;
    for (let i = 0; i < n; i++) {
      const c = candidates[i] as PaceCandidate;
      if (c.island && weekOf[i] === -1 && c.release <= w) islands++;
    }
    const want = Math.min(peak, Math.max(paced, islands, 0));

    flow.openWeek(w);
    kept.fill(0);
    // Plan no more than wanted in this week, unless the later weeks cannot take the rest.
    while ((flow.weekLoad[w] as number) > want && flow.moveOneLater(kept));
    const cap = Math.max(want, flow.weekLoad[w] as number);
    let taken = 0;
    for (let i = 0; i < n && taken < cap; i++) {
      const c = candidates[i] as PaceCandidate;
      if (weekOf[i] !== -1 || c.release > w) continue;
      const g = c.group;
      if (flow.at(g, w) <= (kept[g] as number)) {
        // The plan has no start of this group left in week w: bring one forward, if the group has room.
        if (flow.at(g, w) >= flow.groupCapIn(w)) continue;
        const from = flow.pullForward(g);
        if ((flow.weekLoad[w] as number) > cap) {
          kept[g]!++;
          const moved = flow.moveOneLater(kept);
          kept[g]!--;
          if (!moved) {
            flow.undoPull(g, from);
            continue;
          }
        }
      }
      kept[g]!++;
      weekOf[i] = w;
      taken++;
    }
    if (flow.weekLoad[w] !== taken) throw new Error(`week ${w}: planned ${flow.weekLoad[w]} starts but placed ${taken}`);
    flow.settleWeek(w);
    started += taken;
  }
  if (started !== n) throw new Error(`placed ${started} of ${n} seats`);
  return weekOf;
};
