import { readFileSync } from 'node:fs';

// Imported before the consumers' modules, which build their default handlers (and the kit's SDK clients) from
// the environment when they load. The clients are pointed at the integration project's local cloud; the
// default handlers are never called, as each test builds its consumer over scratch tables of its own.
const ready = JSON.parse(readFileSync(process.env.LOCAL_CLOUD_READY_FILE ?? '', 'utf8')) as { region: string; endpoints: { dynamodb: string; sqs: string } };
const variables: Record<string, string> = {
  AWS_REGION: ready.region,
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_ENDPOINT_URL_DYNAMODB: ready.endpoints.dynamodb,
  AWS_ENDPOINT_URL_SQS: ready.endpoints.sqs,
  TABLE_NAME: 'unused-by-the-fault-injection-tests',
  OUTBOX_TABLE_NAME: 'unused-by-the-fault-injection-tests',
  DEAD_LETTER_QUEUE_URL: 'http://unused.invalid/dead-letters',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
};
const before = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
Object.assign(process.env, variables);

/** Puts the environment back as it was: jest runs other files in this same process afterwards. */
export const restoreEnvironment = (): void => {
  for (const [name, value] of Object.entries(before)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
};
