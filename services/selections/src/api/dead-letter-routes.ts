import { deadLetterRoutes } from '@platform/kit/contract';

// HQ staff replay the selections service's dead letters (and see those of no other service): the README's "Dead letters" says who may replay what.
/** `GET /selections/dead-letters`, `GET /selections/dead-letters/{queue}/{messageId}`, `POST /selections/dead-letters/{queue}/redrive`. */
export const { listDeadLetters, getDeadLetter, redriveDeadLetters } = deadLetterRoutes({ service: 'selections', access: ['hq-staff'], who: 'HQ staff' });
