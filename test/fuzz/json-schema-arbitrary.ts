import fc from 'fast-check';

// Values are derived from the JSON Schema that zod v4 writes for a contract's schema
// (`schema.toJSONSchema({ io: 'input' })`), not from zod's internals: the JSON Schema is zod's public,
// documented rendering, the same one the OpenAPI document is built from, so the fuzzer sends exactly what
// the published contract promises to take. `zod-fast-check` (0.10.1, the one maintained library) supports
// only zod 3 and fast-check 3, and no package may be added, hence this small derivation.

/** The part of JSON Schema 2020-12 that zod v4 writes for the platform's contracts. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** The first and last days the platform's dates are fuzzed over: the boundary days themselves are favoured. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2199-12-31';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** A calendar date from 1900-01-01 to 2199-12-31, the two ends and the days around today favoured. */
export const calendarDate = (): fc.Arbitrary<string> => {
  const today = Math.floor(Date.now() / DAY_MS);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(FIRST_DAY, LAST_DAY, '2000-02-29', '2100-02-28') },
    { weight: 3, arbitrary: fc.integer({ min: today - 800, max: today + 2_000 }).map(isoDay) },
    { weight: 3, arbitrary: fc.integer({ min: dayNumber(FIRST_DAY), max: dayNumber(LAST_DAY) }).map(isoDay) },
  );
};
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

const stringFor = (schema: JsonSchema): fc.Arbitrary<string> => {
  if (schema.format === 'date') return calendarDate();
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return calendarDate().map((day) => `${day}T12:00:00.000Z`);
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Math.max(minLength, 40);
  if (schema.pattern !== undefined) {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length >= minLength && text.length <= maxLength);
  }
  const text = (min: number, max: number) => fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
  return fc.oneof(
    { weight: 4, arbitrary: text(minLength, Math.min(maxLength, minLength + 30)) },
    // The boundaries themselves: the shortest and longest strings the schema allows.
    { weight: 1, arbitrary: fc.constant('x'.repeat(minLength)) },
    { weight: 1, arbitrary: fc.constant('é'.repeat(maxLength)) },
  );
};

const numberFor = (schema: JsonSchema): fc.Arbitrary<number> => {
  const integer = schema.type === 'integer';
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : integer ? -1_000_000 : -1e6);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : integer ? Math.max(min, 0) + 1_000_000_000 : 1e6);
  const inRange = integer ? fc.integer({ min: Math.ceil(min), max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(integer ? Math.ceil(min) : min, integer ? Math.floor(max) : max) });
};

/**
 * Values a schema accepts, its boundaries favoured: the shortest and longest strings, the least and greatest
 * numbers, the fewest and most items, dates at 1900-01-01 and 2199-12-31. Optional properties are present
 * or not. A refinement JSON Schema cannot state (a date not in the future, a range whose ends are in order)
 * is not known here, so some values are refused: the fuzzer asserts how a refusal looks, not that there is none.
 *
 * @example
 * fc.sample(valueFor({ type: 'object', properties: { n: { type: 'integer', minimum: 1, maximum: 3 } }, required: ['n'] }), 2);
 * // [{ n: 1 }, { n: 3 }]
 */
export const valueFor = (schema: JsonSchema): fc.Arbitrary<unknown> => {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined) return fc.oneof(...alternatives.map(valueFor));
  if (schema.allOf !== undefined && schema.allOf.length > 0) return valueFor(schema.allOf[0] as JsonSchema);
  switch (schema.type) {
    case 'string':
      return stringFor(schema);
    case 'integer':
    case 'number':
      return numberFor(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = schema.maxItems ?? minLength + 5;
      const item = valueFor(schema.items ?? {});
      // A list of choices from an enum (groups, nations) is a set: each choice once, as the rules say.
      const choices = schema.items?.enum;
      const arrayOf = (bounds: { minLength: number; maxLength: number }) =>
        choices !== undefined ? fc.uniqueArray(item, { minLength: bounds.minLength, maxLength: Math.min(bounds.maxLength, choices.length) }) : fc.array(item, bounds);
      return fc.oneof(
        { weight: 4, arbitrary: arrayOf({ minLength, maxLength: Math.min(maxLength, minLength + 5) }) },
        // The most items the schema allows (650 uncontested seats, 1,000 attendees): sent rarely, they are big.
        { weight: 1, arbitrary: arrayOf({ minLength: choices !== undefined ? Math.min(maxLength, choices.length) : maxLength, maxLength }) },
      );
    }
    case 'object':
      return objectFor(schema);
    default:
      return fc.jsonValue();
  }
};

const objectFor = (schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> => {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const model = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, valueFor(property)]));
  return fc.record(model, { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) }) as fc.Arbitrary<Record<string, unknown>>;
};

/**
 * Whether an object schema refuses properties it does not name (`z.strictObject`): only there is an unknown
 * field a refusal the fuzzer can insist on.
 *
 * @example
 * isStrict({ type: 'object', additionalProperties: false }); // true
 */
export const isStrict = (schema: JsonSchema | undefined): boolean => schema?.type === 'object' && schema.additionalProperties === false;
