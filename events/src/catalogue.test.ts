import { describe, expect, it } from '@jest/globals';
import * as z from 'zod';
import { eventCatalogue, eventRoutes, findEvent } from './catalogue.ts';
import { defineEvent } from './define-event.ts';
import { pingRecorded } from './health/ping-recorded.ts';

describe('eventCatalogue', () => {
  it('holds each type and version once', () => {
    // Act
    const keys = eventCatalogue.map((event) => `${event.type} v${event.version}`);
    // Assess
    expect(keys).toStrictEqual([...new Set(keys)]);
  });

  it('names every event type after the service that produces it', () => {
    // Act
    const misnamed = eventCatalogue.filter((event) => !event.type.startsWith(`${event.producer}.`));
    // Assess
    expect(misnamed).toStrictEqual([]);
  });
});

describe('findEvent', () => {
  it('finds a definition by type and version', () => {
    expect(findEvent('health.ping-recorded', 1)).toBe(pingRecorded);
  });

  it('finds nothing for a version the catalogue does not hold', () => {
    expect(findEvent('health.ping-recorded', 2)).toBeUndefined();
  });
});

describe('eventRoutes', () => {
  const definition = (type: string, version: number, consumers: ('health' | 'selections' | 'emeritus')[]) =>
    defineEvent({ type, version, producer: 'fund', consumers, description: type, data: z.object({}) });

  it('routes each type the health service produces to its consumers', () => {
    expect(eventRoutes('health')).toStrictEqual({ 'health.ping-recorded': ['health'] });
  });

  it('routes every version of a type to the consumers of any of them, once each', () => {
    // Prepare
    const events = [
      definition('fund.grant-approved', 1, ['selections']),
      definition('fund.grant-approved', 2, ['selections', 'emeritus']),
      definition('fund.grant-paid', 1, ['health']),
    ];
    // Act
    const routes = eventRoutes('fund', events);
    // Assess
    expect(routes).toStrictEqual({
      'fund.grant-approved': ['selections', 'emeritus'],
      'fund.grant-paid': ['health'],
    });
  });

  it('routes nothing for events no service consumes', () => {
    expect(eventRoutes('fund')).toStrictEqual({ 'fund.donation-received': ['fund'] });
  });
});
