import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as z from 'zod';
import { defineEvent } from './define-event.ts';
import { InvalidEventError } from './errors.ts';

const grantApproved = defineEvent({
  type: 'fund.grant-approved',
  version: 2,
  producer: 'fund',
  consumers: ['selections', 'emeritus'],
  description: 'A grant was approved.',
  data: z.object({ grantId: z.uuid(), amountPence: z.int().positive() }),
});

const GRANT_ID = '0b6f9a52-3f1e-4d7a-9c57-1f2e3d4c5b6a';
const EVENT_ID = '7d444840-9dc0-41d1-9c3c-2b3a0e7c1a55';

describe('defineEvent', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('keeps the contract it was given', () => {
    // Act
    const { type, version, producer, consumers, description } = grantApproved;
    // Assess
    expect({ type, version, producer, consumers, description }).toStrictEqual({
      type: 'fund.grant-approved',
      version: 2,
      producer: 'fund',
      consumers: ['selections', 'emeritus'],
      description: 'A grant was approved.',
    });
  });

  it('creates an envelope with the given id, instant and correlation id', () => {
    // Act
    const event = grantApproved.create(
      { grantId: GRANT_ID, amountPence: 5_000 },
      { correlationId: 'corr-1', occurredAt: '2026-03-01T09:30:00.000Z', id: EVENT_ID },
    );
    // Assess
    expect(event).toStrictEqual({
      id: EVENT_ID,
      type: 'fund.grant-approved',
      version: 2,
      occurredAt: '2026-03-01T09:30:00.000Z',
      source: 'fund',
      correlationId: 'corr-1',
      data: { grantId: GRANT_ID, amountPence: 5_000 },
    });
  });

  it('stamps a new event with a random UUID and the current instant', () => {
    // Prepare
    jest.useFakeTimers({ now: new Date('2026-04-06T12:00:00.000Z') });
    // Act
    const first = grantApproved.create({ grantId: GRANT_ID, amountPence: 1 }, { correlationId: 'corr-2' });
    const second = grantApproved.create({ grantId: GRANT_ID, amountPence: 1 }, { correlationId: 'corr-2' });
    // Assess
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(first).toStrictEqual({
      id: expect.stringMatching(uuid),
      type: 'fund.grant-approved',
      version: 2,
      occurredAt: '2026-04-06T12:00:00.000Z',
      source: 'fund',
      correlationId: 'corr-2',
      data: { grantId: GRANT_ID, amountPence: 1 },
    });
    expect(second.id).not.toBe(first.id);
  });

  it('fails to create an event whose data breaks its schema, naming every problem', () => {
    // Act
    const create = () =>
      grantApproved.create({ grantId: 'grant-1', amountPence: 0 }, { correlationId: 'corr-3', id: EVENT_ID });
    // Assess
    expect(create).toThrow(InvalidEventError);
    expect(create).toThrow(
      'fund.grant-approved v2 is invalid: data.grantId: Invalid UUID; data.amountPence: Too small: expected number to be >0',
    );
  });

  it('fails to create an event at an instant that is not UTC', () => {
    // Act
    const create = () =>
      grantApproved.create(
        { grantId: GRANT_ID, amountPence: 1 },
        { correlationId: 'corr-4', occurredAt: '2026-03-01T10:30:00+01:00' },
      );
    // Assess
    expect(create).toThrow(InvalidEventError);
    expect(create).toThrow('fund.grant-approved v2 is invalid: occurredAt: Invalid ISO datetime');
  });

  it('rejects an envelope of another type, version or source through its schema', () => {
    // Prepare
    const event = grantApproved.create({ grantId: GRANT_ID, amountPence: 1 }, { correlationId: 'corr-5', id: EVENT_ID });
    // Act
    const result = grantApproved.schema.safeParse({ ...event, type: 'fund.grant-paid', version: 1, source: 'health' });
    // Assess
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toStrictEqual([
      { path: ['type'], message: 'Invalid input: expected "fund.grant-approved"' },
      { path: ['version'], message: 'Invalid input: expected 2' },
      { path: ['source'], message: 'Invalid input: expected "fund"' },
    ]);
  });
});
