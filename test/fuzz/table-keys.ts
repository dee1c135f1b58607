import { DescribeTableCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { LocalCloudClient } from '@platform/testing';

/** The keys of every item of every table the local cloud serves, as `table pk sk` lines. */
export type TableKeys = ReadonlySet<string>;

const keyText = (item: Record<string, AttributeValue>, names: string[]) => names.map((name) => JSON.stringify(item[name])).join(' ');

/**
 * Reads the key of every item in every served table (service tables and outboxes). The tables of a test run
 * hold thousands of items at most, so a full key scan is cheap, and it says which item appeared, not only
 * that the count moved.
 *
 * @example
 * const before = await tableKeys(cloud);
 */
export const tableKeys = async (cloud: LocalCloudClient): Promise<TableKeys> => {
  const keys = new Set<string>();
  for (const table of cloud.served.tables) {
    const name = cloud.refs[table] ?? table;
    const described = await cloud.dynamodb.send(new DescribeTableCommand({ TableName: name }));
    const names = (described.Table?.KeySchema ?? []).map((key) => key.AttributeName as string);
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await cloud.dynamodb.send(
        new ScanCommand({
          TableName: name,
          ProjectionExpression: names.map((_, index) => `#k${index}`).join(', '),
          ExpressionAttributeNames: Object.fromEntries(names.map((key, index) => [`#k${index}`, key])),
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) keys.add(`${table} ${keyText(item, names)}`);
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
  }
  return keys;
};

/**
 * The keys once no relay or consumer is still writing: two reads a moment apart that agree. Other tests'
 * events may still be on their way when the fuzzer starts, and must not be taken for its own writes.
 *
 * @example
 * const before = await settledTableKeys(cloud);
 */
export const settledTableKeys = async (cloud: LocalCloudClient, { timeoutMs = 20_000, intervalMs = 750 } = {}): Promise<TableKeys> => {
  const deadline = Date.now() + timeoutMs;
  let previous = await tableKeys(cloud);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const current = await tableKeys(cloud);
    if (sameKeys(previous, current) || Date.now() > deadline) return current;
    previous = current;
  }
};

const sameKeys = (a: TableKeys, b: TableKeys) => a.size === b.size && [...a].every((key) => b.has(key));

/**
 * The keys in `after` that are not in `before`, and those gone: what a batch wrote.
 *
 * @example
 * expect(keyChanges(before, after)).toStrictEqual({ added: [], removed: [] });
 */
export const keyChanges = (before: TableKeys, after: TableKeys) => ({
  added: [...after].filter((key) => !before.has(key)).sort(),
  removed: [...before].filter((key) => !after.has(key)).sort(),
});
