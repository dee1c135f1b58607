import { readFileSync } from 'node:fs';

// Imported before the consumers' modules, which build their default handlers (and the kit's SDK clients) from
// the environment when they load. The clients are pointed at the integration project's local cloud; the
// default handlers are never called, as each test builds its consumer over scratch tables of its own.
const ready = JSON.parse(readFileSync(process.env.LOCAL_CLOUD_READY_FILE ?? '', 'utf8')) as { region: string; endpoints: { dynamodb: string; sqs: string } };
process.env.AWS_REGION = ready.region;
process.env.AWS_ACCESS_KEY_ID = 'local';
process.env.AWS_SECRET_ACCESS_KEY = 'local';
process.env.AWS_ENDPOINT_URL_DYNAMODB = ready.endpoints.dynamodb;
process.env.AWS_ENDPOINT_URL_SQS = ready.endpoints.sqs;
process.env.TABLE_NAME ??= 'unused-by-the-fault-injection-tests';
process.env.OUTBOX_TABLE_NAME ??= 'unused-by-the-fault-injection-tests';
process.env.DEAD_LETTER_QUEUE_URL ??= 'http://unused.invalid/dead-letters';
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
