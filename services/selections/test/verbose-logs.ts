// Imported after env.ts by a test that reads the logs: the logger takes its level when it is made, as the
// handler modules load, and every invocation resets it to that level.
process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
