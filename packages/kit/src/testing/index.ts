export { httpEvent } from './http-event.ts';
export type { HttpEventOptions } from './http-event.ts';
export { lambdaContext } from './lambda-context.ts';
export { sqsEvent } from './sqs-event.ts';
export { conformance, conforming } from './response-conformance.ts';
export type { Conformance } from './response-conformance.ts';
export { FakeSqs } from './fake-sqs.ts';
