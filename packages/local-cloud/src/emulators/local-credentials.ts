/**
 * The emulators accept any credentials; the SDK insists on some.
 *
 * @example
 * new DynamoDBClient({ endpoint, credentials: localCredentials });
 */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };
