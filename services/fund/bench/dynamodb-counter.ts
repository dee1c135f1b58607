import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What went through the proxy: requests by operation, item writes attempted, and those refused. */
export interface DynamoDbCounts {
  requests: Record<string, number>;
  /** Items in every write request sent (a transaction of four items counts four). */
  itemWritesAttempted: number;
  /** Items in the write requests that failed (a cancelled transaction, a failed condition). */
  itemWritesRefused: number;
  /** Failed write requests by error type, e.g. `TransactionCanceledException`. */
  refusals: Record<string, number>;
}

const WRITE_OPERATIONS = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

const itemsIn = (operation: string, body: string): number => {
  if (!WRITE_OPERATIONS.has(operation)) return 0;
  const parsed = JSON.parse(body) as { TransactItems?: unknown[]; RequestItems?: Record<string, unknown[]> };
  if (operation === 'TransactWriteItems') return parsed.TransactItems?.length ?? 0;
  if (operation === 'BatchWriteItem') return Object.values(parsed.RequestItems ?? {}).reduce((sum, items) => sum + items.length, 0);
  return 1;
};

/**
 * A pass-through HTTP proxy in front of DynamoDB Local that counts what every client sends it, by the
 * operation named in `X-Amz-Target`. The local cloud's functions are pointed at it (as their DynamoDB
 * endpoint), so the bench can report the writes a donation really costs, retries and refusals included.
 */
export const startDynamoDbCounter = async (target: string): Promise<{ endpoint: string; counts: () => DynamoDbCounts; reset: () => void; close: () => Promise<void> }> => {
  const upstream = new URL(target);
  let counts: DynamoDbCounts;
  const reset = () => {
    counts = { requests: {}, itemWritesAttempted: 0, itemWritesRefused: 0, refusals: {} };
  };
  reset();

  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(incoming.headers['x-amz-target'] ?? '').split('.')[1] ?? 'unknown';
      const items = itemsIn(operation, body.toString('utf8'));
      counts.requests[operation] = (counts.requests[operation] ?? 0) + 1;
      counts.itemWritesAttempted += items;
      const forwarded = request(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (response) => {
          const answer: Buffer[] = [];
          response.on('data', (chunk: Buffer) => answer.push(chunk));
          response.on('end', () => {
            const responseBody = Buffer.concat(answer);
            if (items > 0 && (response.statusCode ?? 500) >= 400) {
              counts.itemWritesRefused += items;
              const type = String((JSON.parse(responseBody.toString('utf8') || '{}') as { __type?: string }).__type ?? 'unknown').split('#').pop() ?? 'unknown';
              counts.refusals[type] = (counts.refusals[type] ?? 0) + 1;
            }
            outgoing.writeHead(response.statusCode ?? 500, response.headers);
            outgoing.end(responseBody);
          });
        },
      );
      forwarded.on('error', (error) => {
        outgoing.writeHead(502);
        outgoing.end(String(error));
      });
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts: () => structuredClone(counts),
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

/** Counts of nothing, to add phases' counts to. */
export const emptyCounts = (): DynamoDbCounts => ({ requests: {}, itemWritesAttempted: 0, itemWritesRefused: 0, refusals: {} });

/** Adds `more` to `into`, operation by operation. */
export const addCounts = (into: DynamoDbCounts, more: DynamoDbCounts): void => {
  for (const [operation, count] of Object.entries(more.requests)) into.requests[operation] = (into.requests[operation] ?? 0) + count;
  for (const [error, count] of Object.entries(more.refusals)) into.refusals[error] = (into.refusals[error] ?? 0) + count;
  into.itemWritesAttempted += more.itemWritesAttempted;
  into.itemWritesRefused += more.itemWritesRefused;
};
