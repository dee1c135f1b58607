/** A short, jittered pause before the next attempt, longer each time, so racing requests fall out of step. */
export const backOff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, attempt * (10 + Math.random() * 40)));
