import { randomUUID } from 'node:crypto';
import { ConflictError, dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { putSettings } from '../api/settings-routes.ts';
import { settingsChangedEntry } from '../domain/history.ts';
import { changeSettings } from '../domain/settings.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

// Another change saved between our read and our write makes the write stale; the history's `before` must be
// what was really replaced, so read again and retry rather than overwrite blindly.
const SAVE_ATTEMPTS = 3;

export const putSettingsHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(putSettings, async ({ body: requested }, { caller, logger }) => {
    const now = new Date();
    const change = { by: caller.id, at: now.toISOString() };
    const after = changeSettings(requested, change);
    for (let attempt = 1; attempt <= SAVE_ATTEMPTS; attempt += 1) {
      const { settings: before, version } = await store.settings();
      const entry = settingsChangedEntry(randomUUID(), { before, after, ...change });
      if ((await store.saveSettings(after, version, entry)) === 'saved') {
        logger.info('settings changed', { version: version + 1 });
        return { status: 200, body: after };
      }
    }
    throw new ConflictError(`the settings changed ${SAVE_ATTEMPTS} times while this change was being saved; try again`);
  });

export const handler = putSettingsHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
