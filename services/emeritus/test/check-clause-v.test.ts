import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { checkClauseVHandler } from '../src/handlers/check-clause-v.ts';
import { bodyOf, finance, request } from './requests.ts';
import { sampleRegister, storeWith } from './sample-retirements.ts';

const { early, late, withdrawn } = sampleRegister();
const store = storeWith(early, late, withdrawn);
const check = (json: unknown, claims?: Record<string, string>) =>
  request('POST', '/emeritus/clause-v/check', { json, ...(claims === undefined ? {} : { claims }) });

describe('POST /emeritus/clause-v/check', () => {
  it('names each retiring attendee with the retirement and the reason, and no one else', async () => {
    // Act
    const response = await checkClauseVHandler(store)(check({ attendees: ['mp-3', 'mp-4', 'mp-9', 'mp-1'] }), lambdaContext());
    // Assess
    const reason = (announcedOn: string) =>
      `retiring at the next general election (announced on ${announcedOn}, seat E14001063): a retiring MP has a conflict ` +
      'of interest and may not take part in the Clause V meeting';
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({
        conflicts: [
          { mpId: 'mp-3', retirementId: late.retirementId, reason: reason('2028-07-01') },
          { mpId: 'mp-1', retirementId: early.retirementId, reason: reason('2028-02-01') },
        ],
      }),
    });
  });

  it('finds no conflicts when no attendee is retiring', async () => {
    const response = await checkClauseVHandler(store)(check({ attendees: ['mp-4', 'mp-9'] }), lambdaContext());
    expect(bodyOf(response)).toStrictEqual({ conflicts: [] });
  });

  it('fails with 400 listing every bad attendee', async () => {
    // Act
    const response = await checkClauseVHandler(store)(check({ attendees: ['mp-1', 42, 'mp#2'] }), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['body', 'attendees', 1], message: 'Invalid input: expected string, received number' },
      { path: ['body', 'attendees', 2], message: 'an id is 1 to 128 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit' },
    ]);
  });

  it('fails with 400 when attendees is not a list', async () => {
    const response = await checkClauseVHandler(store)(check({ attendees: 'mp-1' }), lambdaContext());
    expect(bodyOf(response)['errors']).toStrictEqual([{ path: ['body', 'attendees'], message: 'Invalid input: expected array, received string' }]);
  });

  it('fails with 403 for a caller who is not HQ staff', async () => {
    const response = await checkClauseVHandler(store)(check({ attendees: ['mp-1'] }, finance), lambdaContext());
    expect(response.statusCode).toBe(403);
  });
});
