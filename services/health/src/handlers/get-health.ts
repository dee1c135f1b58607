import { httpHandler } from '@platform/kit';

// Liveness only: touching the table here would let a DynamoDB hiccup fail deploy checks of the API itself.
export const handler = httpHandler(async () => ({ status: 200, body: { status: 'ok' } }), { auth: 'none' });
