import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { EventEnvelope } from './envelope.ts';
import { InvalidEventError } from './errors.ts';
import type { ServiceName } from './service-name.ts';

/**
 * An event of one type and version, with its `data` typed.
 *
 * @example
 * ```ts
 * type Recorded = TypedEvent<'health.ping-recorded', 1, { pingId: string }>;
 * ```
 */
export type TypedEvent<TType extends string, TVersion extends number, TData> = Omit<
  EventEnvelope,
  'type' | 'version' | 'data'
> & { type: TType; version: TVersion; data: TData };

/**
 * Values of an event's envelope that the producer may set; the rest come from the definition.
 *
 * @example
 * ```ts
 * const options: CreateEventOptions = { correlationId: 'c-1', occurredAt: '2026-01-01T00:00:00.000Z' };
 * ```
 */
export interface CreateEventOptions {
  correlationId: string;
  /** Defaults to now. */
  occurredAt?: string;
  /** Defaults to a random UUID. */
  id?: string;
}

/**
 * The contract of one event type at one version: who produces it, who consumes it, the schema of its
 * envelope and a factory for valid instances.
 *
 * @example
 * ```ts
 * const event = pingRecorded.create(ping, { correlationId });
 * pingRecorded.schema.parse(event); // the same event
 * ```
 */
export interface EventDefinition<
  TType extends string = string,
  TVersion extends number = number,
  TData extends z.ZodType = z.ZodType,
> {
  readonly type: TType;
  readonly version: TVersion;
  readonly producer: ServiceName;
  readonly consumers: readonly ServiceName[];
  readonly description: string;
  readonly data: TData;
  /** The whole envelope, with `type`, `version` and `source` fixed and `data` typed. */
  readonly schema: z.ZodType<TypedEvent<TType, TVersion, z.output<TData>>>;
  /** Builds a valid envelope; throws {@link InvalidEventError} when `data` or the options break the schema. */
  create(data: z.input<TData>, options: CreateEventOptions): TypedEvent<TType, TVersion, z.output<TData>>;
}

/**
 * Any event definition, for code that handles definitions generically (catalogue, consumers).
 *
 * @example
 * ```ts
 * const types = (definitions: readonly AnyEventDefinition[]) => definitions.map((d) => d.type);
 * ```
 */
export type AnyEventDefinition = EventDefinition<string, number, z.ZodType>;

/**
 * The event a definition describes, or a union of them for a union of definitions.
 *
 * @example
 * ```ts
 * const handle = async (event: EventOf<typeof pingRecorded>) => event.data.pingId;
 * ```
 */
export type EventOf<TDefinition extends AnyEventDefinition> = TDefinition extends AnyEventDefinition
  ? z.output<TDefinition['schema']>
  : never;

/**
 * Declares an event contract. Keep one definition per file, named for the past-tense fact it records.
 *
 * @example
 * ```ts
 * export const grantApproved = defineEvent({
 *   type: 'fund.grant-approved',
 *   version: 1,
 *   producer: 'fund',
 *   consumers: ['selections'],
 *   description: 'A grant was approved and the fund committed to paying it.',
 *   data: z.object({ grantId: z.uuid(), amountPence: z.int().positive() }),
 * });
 * ```
 */
export const defineEvent = <const TType extends string, const TVersion extends number, TData extends z.ZodType>(
  definition: {
    type: TType;
    version: TVersion;
    producer: ServiceName;
    consumers: readonly ServiceName[];
    description: string;
    data: TData;
  },
): EventDefinition<TType, TVersion, TData> => {
  const { type, version, producer, data } = definition;
  // zod cannot tell, for a generic `TData`, whether `data` may be absent, so it cannot prove the object's
  // output is a TypedEvent; for any concrete schema it is, and the tests parse real events through it.
  const schema = EventEnvelope.extend({
    type: z.literal(type),
    version: z.literal(version),
    source: z.literal(producer),
    data,
  }) as unknown as z.ZodType<TypedEvent<TType, TVersion, z.output<TData>>>;

  return {
    ...definition,
    schema,
    create(eventData, { correlationId, occurredAt = new Date().toISOString(), id = randomUUID() }) {
      const result = schema.safeParse({ id, type, version, occurredAt, source: producer, correlationId, data: eventData });
      if (!result.success) throw new InvalidEventError(type, version, result.error.issues);
      return result.data;
    },
  };
};
