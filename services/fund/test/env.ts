// Imported first by handler tests: the handlers read these when their modules load.
process.env.TABLE_NAME = 'fund-test';
process.env.OUTBOX_TABLE_NAME = 'fund-outbox-test';
process.env.FUND_QUEUE_URL = 'https://sqs.eu-west-2.amazonaws.com/123456789012/fund-inbox';
process.env.DEAD_LETTER_QUEUE_URL = 'https://sqs.eu-west-2.amazonaws.com/123456789012/fund-dlq';
process.env.AWS_REGION = 'eu-west-2';
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
// Business metrics are EMF lines on stdout: the tests that check them turn them on for themselves.
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
process.env.RETENTION_MONTHS = '12';
