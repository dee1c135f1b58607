/**
 * A flow network of selections through weeks, kept as a feasible assignment that can be changed one
 * selection at a time by augmenting paths.
 *
 * Seats fall into groups (regions when a regional cap applies, else one group). A seat of group g that may
 * start from week r onwards may take any usable week t >= r. So every group has a chain of nodes C(g,t),
 * t = 0..W-1, linked C(g,t) -> C(g,t+1) without limit (a seat not started in week t waits for a later
 * one); a seat enters its group's chain at its release week. C(g,t) -> K(t) carries the group's starts in
 * week t (at most the regional cap, 0 in an unusable week) and K(t) -> sink the national starts (at most the
 * national cap). Seats of a group that are released by week t are interchangeable for every week >= t,
 * so counts per (group, week) are the whole state: `assigned` (C -> K), `weekLoad` (K -> sink) and the
 * chain flows (C -> next C). The network has G·W + W + 1 nodes whatever the number of seats, which is
 * what makes a max-flow check cheap enough to run per candidate peak and per week.
 */
export class WeekFlow {
  readonly groups: number;
  readonly weeks: number;
  /** Per week: starts allowed nationally. Open to change for the week being filled. */
  readonly nationalCap: Int32Array;
  /** Per (group, week), index g·W + t: starts planned. */
  readonly assigned: Int32Array;
  /** Per week: starts planned nationally. */
  readonly weekLoad: Int32Array;
  readonly #groupCap: Int32Array;
  /** Per (group, week): seats waiting past week t for a later week (flow C(g,t) -> C(g,t+1)). */
  readonly #carry: Int32Array;
  /** Weeks before this are settled and out of the network. */
  #firstOpenWeek = 0;
  /** The week being filled: searches for room elsewhere must not pass through it. */
  #fillingWeek = -1;
  readonly #parent: Int32Array;
  readonly #seen: Int32Array;
  readonly #queue: Int32Array;
  #stamp = 0;

  constructor(groups: number, usable: Uint8Array, nationalCap: number, groupCap: number) {
    const weeks = usable.length;
    this.groups = groups;
    this.weeks = weeks;
    this.nationalCap = Int32Array.from(usable, (u) => (u ? nationalCap : 0));
    this.#groupCap = Int32Array.from(usable, (u) => (u ? Math.min(groupCap, nationalCap) : 0));
    this.assigned = new Int32Array(groups * weeks);
    this.weekLoad = new Int32Array(weeks);
    this.#carry = new Int32Array(groups * weeks);
    const nodes = groups * weeks + weeks + 1;
    this.#parent = new Int32Array(nodes);
    this.#seen = new Int32Array(nodes);
    this.#queue = new Int32Array(nodes);
  }

  groupCapIn(week: number): number {
    return this.#groupCap[week] as number;
  }

  /** Starts planned for a group in a week. */
  at(group: number, week: number): number {
    return this.assigned[group * this.weeks + week] as number;
  }

  /**
   * Adds one seat of `group` released in week `release`, moving others as needed; false (and nothing
   * changed) when no assignment can take it.
   */
  route(group: number, release: number): boolean {
    const W = this.weeks;
    // Most seats find a free week by walking down their own chain; that walk is itself an augmenting path.
    for (let t = Math.max(release, this.#firstOpenWeek); t < W; t++) {
      const i = group * W + t;
      if ((this.assigned[i] as number) < (this.#groupCap[t] as number) && (this.weekLoad[t] as number) < (this.nationalCap[t] as number)) {
        this.assigned[i]!++;
        this.weekLoad[t]!++;
        for (let k = Math.max(release, this.#firstOpenWeek); k < t; k++) this.#carry[group * W + k]!++;
        return true;
      }
    }
    return this.#augment([group * W + Math.max(release, this.#firstOpenWeek)]);
  }

  /** Starts filling `week`: earlier weeks are settled, and searches for room avoid this one. */
  openWeek(week: number): void {
    this.#firstOpenWeek = week;
    this.#fillingWeek = week;
  }

  /** Settles `week`: every start planned in it leaves the network. */
  settleWeek(week: number): void {
    for (let g = 0; g < this.groups; g++) this.assigned[g * this.weeks + week] = 0;
    this.weekLoad[week] = 0;
    this.#firstOpenWeek = week + 1;
    this.#fillingWeek = -1;
  }

  /**
   * Moves one start planned in the week being filled, of a group with more planned than `kept[group]`, to
   * a later week; false when no later week can take one.
   */
  moveOneLater(kept: Int32Array): boolean {
    const week = this.#fillingWeek;
    const sources: number[] = [];
    for (let g = 0; g < this.groups; g++) {
      if ((this.assigned[g * this.weeks + week] as number) > (kept[g] as number)) sources.push(g * this.weeks + week);
    }
    return sources.length > 0 && this.#augment(sources, true);
  }

  /**
   * Brings one start of `group` forward into the week being filled from the nearest later week that has
   * one (which must exist while a released seat of the group is unplaced there); returns that week so that
   * {@link undoPull} can put it back.
   */
  pullForward(group: number): number {
    const week = this.#fillingWeek;
    const base = group * this.weeks;
    let t = week + 1;
    while (t < this.weeks && this.assigned[base + t] === 0) t++;
    if (t >= this.weeks) throw new Error(`no start of group ${group} after week ${week} to bring forward`);
    this.assigned[base + t]!--;
    this.weekLoad[t]!--;
    for (let k = week; k < t; k++) this.#carry[base + k]!--;
    this.assigned[base + week]!++;
    this.weekLoad[week]!++;
    return t;
  }

  undoPull(group: number, from: number): void {
    const week = this.#fillingWeek;
    const base = group * this.weeks;
    this.assigned[base + from]!++;
    this.weekLoad[from]!++;
    for (let k = week; k < from; k++) this.#carry[base + k]!++;
    this.assigned[base + week]!--;
    this.weekLoad[week]!--;
  }

  /**
   * Breadth-first search for a path with room from any source chain node to the sink, then pushes one unit
   * along it. With `cancelAtSource`, the unit is one already planned at the source's week (its start there
   * is cancelled); otherwise it is a new seat entering at the source.
   */
  #augment(sources: number[], cancelAtSource = false): boolean {
    const W = this.weeks;
    const chainNodes = this.groups * W;
    const sink = chainNodes + W;
    const stamp = ++this.#stamp;
    const seen = this.#seen;
    const parent = this.#parent;
    const queue = this.#queue;
    let head = 0;
    let tail = 0;
    for (const s of sources) {
      seen[s] = stamp;
      parent[s] = -1;
      queue[tail++] = s;
    }
    const visit = (node: number, from: number): void => {
      if (seen[node] === stamp) return;
      seen[node] = stamp;
      parent[node] = from;
      queue[tail++] = node;
    };
    let found = false;
    while (head < tail && !found) {
      const u = queue[head++] as number;
      if (u < chainNodes) {
        const t = u % W;
        if (t !== this.#fillingWeek && (this.assigned[u] as number) < (this.#groupCap[t] as number)) visit(chainNodes + t, u);
        if (t + 1 < W) visit(u + 1, u);
        if (t - 1 >= this.#firstOpenWeek && (this.#carry[u - 1] as number) > 0) visit(u - 1, u);
      } else {
        const t = u - chainNodes;
        if ((this.weekLoad[t] as number) < (this.nationalCap[t] as number)) {
          seen[sink] = stamp;
          parent[sink] = u;
          found = true;
          break;
        }
        for (let g = 0; g < this.groups; g++) if ((this.assigned[g * W + t] as number) > 0) visit(g * W + t, u);
      }
    }
    if (!found) return false;
    let v = sink;
    let u = parent[v] as number;
    while (u !== -1) {
      if (v === sink) this.weekLoad[u - chainNodes]!++;
      else if (v >= chainNodes) this.assigned[u]!++;
      else if (u >= chainNodes) this.assigned[v]!--;
      else if (v === u + 1) this.#carry[u]!++;
      else this.#carry[v]!--;
      v = u;
      u = parent[v] as number;
    }
    if (cancelAtSource) {
      this.assigned[v]!--;
      this.weekLoad[v % W]!--;
    }
    return true;
  }
}
