import { sqsClient } from '@platform/kit';
import { listDeadLettersHandler, serviceDeadLetterQueues } from '@platform/kit/dead-letters';
import { listDeadLetters } from '../api/dead-letter-routes.ts';

// The kit's handler, for this service's own queues only (DEAD_LETTER_QUEUES, written by the CDK app).
export const handler = listDeadLettersHandler(listDeadLetters, { sqs: sqsClient(), queues: serviceDeadLetterQueues() });
