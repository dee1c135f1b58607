import { httpHandler } from '@platform/kit';
import { getHealth } from '../api/health-routes.ts';

// Liveness only: touching the table here would let a DynamoDB hiccup fail deploy checks of the API itself.
export const handler = httpHandler(getHealth, async () => ({ status: 200, body: { status: 'ok' } }));
