import { deadLetterRoutes } from '@platform/kit/contract';

// HQ staff replay the emeritus service's dead letters (and see those of no other service): the README's "Dead letters" says who may replay what.
/** `GET /emeritus/dead-letters`, `GET /emeritus/dead-letters/{queue}/{messageId}`, `POST /emeritus/dead-letters/{queue}/redrive`. */
export const { listDeadLetters, getDeadLetter, redriveDeadLetters } = deadLetterRoutes({ service: 'emeritus', access: ['hq-staff'], who: 'HQ staff' });
