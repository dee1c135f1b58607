import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { putSettings } from '../api/settings-routes.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

/**
 * PUT /selections/settings: replaces the settings. Saved against the version read, so that a Speaker's
 * seat added by an import at the same moment is not silently dropped (the loser gets a 409 and retries).
 */
export const putSettingsHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(putSettings, async ({ body: settings }, { logger }) => {
    const { version } = await seats.getSettings();
    const saved = await seats.putSettings(settings, version);
    logger.info('settings saved', { version: saved.version });
    return { status: 200, body: saved.settings };
  });

export const handler = putSettingsHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
