import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getSettings } from '../api/settings-routes.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

/** GET /selections/settings: which seats the party fights. */
export const getSettingsHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(getSettings, async () => {
    const { settings } = await seats.getSettings();
    return { status: 200, body: settings };
  });

export const handler = getSettingsHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
