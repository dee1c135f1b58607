import type { RouteContract } from '@platform/kit/contract';
import { getHistory } from './history-routes.ts';
import { checkClauseV, getCommittee, getRegister } from './register-routes.ts';
import { announceRetirement, getRetirement, withdrawRetirement } from './retirement-routes.ts';
import { getSettings, putSettings } from './settings-routes.ts';

export { getHistory } from './history-routes.ts';
export { checkClauseV, getCommittee, getRegister } from './register-routes.ts';
export { announceRetirement, getRetirement, withdrawRetirement } from './retirement-routes.ts';
export { getSettings, putSettings } from './settings-routes.ts';

/** Every route of the emeritus service: all for HQ staff. */
export const routes: readonly RouteContract[] = [
  announceRetirement,
  withdrawRetirement,
  getRetirement,
  getRegister,
  getCommittee,
  checkClauseV,
  getSettings,
  putSettings,
  getHistory,
];
