import { describe, expect, it } from '@jest/globals';
import { deadLetterCount, deadLetterServicesFor, queueLabel, waitedFor } from './dead-letter-words.ts';

describe('deadLetterServicesFor', () => {
  it("gives finance the fund's queues, HQ staff the selections and emeritus services', and a candidate none", () => {
    expect([deadLetterServicesFor(['finance']), deadLetterServicesFor(['hq-staff']), deadLetterServicesFor(['candidate']), deadLetterServicesFor(['hq-staff', 'finance'])]).toStrictEqual([
      ['fund'],
      ['selections', 'emeritus'],
      [],
      ['fund', 'selections', 'emeritus'],
    ]);
  });
});

describe('waitedFor', () => {
  it('says how long in the largest whole unit, singular or plural', () => {
    expect([0, 59, 60, 119, 3_599, 3_600, 7_200, 86_399, 86_400, 950_400, undefined].map(waitedFor)).toStrictEqual([
      'less than a minute',
      'less than a minute',
      '1 minute',
      '1 minute',
      '59 minutes',
      '1 hour',
      '2 hours',
      '23 hours',
      '1 day',
      '11 days',
      'not known',
    ]);
  });
});

describe('queueLabel and deadLetterCount', () => {
  it('name a queue and a count in plain words', () => {
    expect([queueLabel('fund', 'inbox'), queueLabel('selections', 'outbox-relay'), deadLetterCount(1), deadLetterCount(0)]).toStrictEqual([
      'Diversity Fund inbox',
      'Selections outbox relay',
      '1 dead letter',
      '0 dead letters',
    ]);
  });
});
