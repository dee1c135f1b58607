/**
 * The largest item DynamoDB stores: 400 KB, attribute names and values together. A `PutItem`,
 * `UpdateItem` or transaction that would make an item larger fails with a `ValidationException`, which
 * reaches the caller as a 500; so every route bounds what it stores to stay under this.
 *
 * @example
 * itemSizeBytes(item) <= DYNAMODB_MAX_ITEM_BYTES; // the item can be stored
 */
export const DYNAMODB_MAX_ITEM_BYTES = 400 * 1024;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

// A number is stored as up to 38 significant digits, two to a byte, plus one: at most 21 bytes.
const numberBytes = (value: number): number => {
  const digits = String(Math.abs(value)).replace(/[.e+-]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.min(21, 1 + Math.ceil(Math.max(digits.length, 1) / 2));
};

const valueBytes = (value: unknown): number => {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8Bytes(value);
  if (typeof value === 'number') return numberBytes(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...(value as Set<unknown>)].reduce<number>((sum, element) => sum + valueBytes(element), 0);
  // A list or map costs 3 bytes, and each element 1 more besides its name and value.
  if (Array.isArray(value)) return 3 + value.reduce<number>((sum, element) => sum + 1 + valueBytes(element), 0);
  if (typeof value === 'object') return 3 + attributesBytes(value as Record<string, unknown>, 1);
  throw new TypeError(`DynamoDB cannot store a value of type ${typeof value}`);
};

const attributesBytes = (attributes: Record<string, unknown>, perElement: number): number =>
  Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .reduce((sum, [name, value]) => sum + perElement + utf8Bytes(name) + valueBytes(value), 0);

/**
 * An item's size as DynamoDB counts it against its 400 KB limit: every attribute's name and value in
 * UTF-8, numbers at up to 21 bytes, a list's or map's 3 bytes and 1 per element. `undefined` attributes
 * are not stored (the document client drops them), so they count nothing. Slightly above DynamoDB's own
 * figure where it rounds in the item's favour, never below.
 *
 * @example
 * itemSizeBytes({ pk: 'SETTINGS', sk: 'SETTINGS', version: 1 }); // 2 + 8 + 2 + 8 + 7 + 2 = 29
 */
export const itemSizeBytes = (item: Record<string, unknown>): number => attributesBytes(item, 0);
