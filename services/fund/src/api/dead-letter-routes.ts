import { deadLetterRoutes } from '@platform/kit/contract';

// Finance replays the fund's dead letters (and see those of no other service): the README's "Dead letters" says who may replay what.
/** `GET /fund/dead-letters`, `GET /fund/dead-letters/{queue}/{messageId}`, `POST /fund/dead-letters/{queue}/redrive`. */
export const { listDeadLetters, getDeadLetter, redriveDeadLetters } = deadLetterRoutes({ service: 'fund', access: ['finance'], who: 'finance' });
