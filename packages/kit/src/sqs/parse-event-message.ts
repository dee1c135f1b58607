import { EventEnvelope } from '@platform/events';
import type { AnyEventDefinition, EventOf } from '@platform/events';
import { describeIssues, inputIssues } from '../issues.ts';

/**
 * A queue message read as one of the events a consumer knows, or the reason it is not one.
 *
 * @example
 * ```ts
 * const parsed: ParsedEventMessage<typeof pingRecorded> = parseEventMessage(record.body, [pingRecorded]);
 * ```
 */
export type ParsedEventMessage<TDefinition extends AnyEventDefinition> =
  | { ok: true; event: EventOf<TDefinition> }
  | { ok: false; reason: string };

/**
 * Reads a message body as an event: JSON, then a valid envelope, then a type and version among `events`
 * whose schema the whole event passes. The reason names every problem found at the first step that fails.
 *
 * @example
 * ```ts
 * const parsed = parseEventMessage(record.body, [pingRecorded]);
 * if (!parsed.ok) console.log(parsed.reason);
 * ```
 */
export const parseEventMessage = <TDefinition extends AnyEventDefinition>(
  body: string,
  events: readonly TDefinition[],
): ParsedEventMessage<TDefinition> => {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // JSON.parse's message quotes the input, which must not reach the logs.
    return { ok: false, reason: 'the body is not JSON' };
  }

  const envelope = EventEnvelope.safeParse(json);
  if (!envelope.success) {
    return { ok: false, reason: `the envelope is invalid: ${describeIssues(inputIssues(envelope.error.issues))}` };
  }

  const { type, version } = envelope.data;
  const definition = events.find((event) => event.type === type && event.version === version);
  if (definition === undefined) {
    const known = events.map((event) => `${event.type} v${event.version}`).join(', ');
    return { ok: false, reason: `${type} v${version} is not an event this consumer handles (it handles ${known})` };
  }

  const event = definition.schema.safeParse(json);
  if (!event.success) {
    return { ok: false, reason: `${type} v${version} is invalid: ${describeIssues(inputIssues(event.error.issues))}` };
  }
  return { ok: true, event: event.data as EventOf<TDefinition> };
};
