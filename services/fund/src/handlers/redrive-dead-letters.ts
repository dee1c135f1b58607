import { sqsClient } from '@platform/kit';
import { redriveDeadLettersHandler, serviceDeadLetterQueues } from '@platform/kit/dead-letters';
import { redriveDeadLetters } from '../api/dead-letter-routes.ts';

// The kit's handler, for this service's own queues only (DEAD_LETTER_QUEUES, written by the CDK app).
export const handler = redriveDeadLettersHandler(redriveDeadLetters, { sqs: sqsClient(), queues: serviceDeadLetterQueues() });
