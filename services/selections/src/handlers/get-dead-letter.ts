import { sqsClient } from '@platform/kit';
import { getDeadLetterHandler, serviceDeadLetterQueues } from '@platform/kit/dead-letters';
import { getDeadLetter } from '../api/dead-letter-routes.ts';

// The kit's handler, for this service's own queues only (DEAD_LETTER_QUEUES, written by the CDK app).
export const handler = getDeadLetterHandler(getDeadLetter, { sqs: sqsClient(), queues: serviceDeadLetterQueues() });
