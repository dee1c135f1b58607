import { describe, expect, it } from '@jest/globals';
import { callerFromClaims } from './claims.ts';

describe('callerFromClaims', () => {
  it.each([
    ['the API Gateway form of an array claim', '[hq-staff finance]'],
    ['a JSON array string', '["hq-staff","finance"]'],
    ['a real array', ['hq-staff', 'finance']],
  ])('reads the roles from %s', (_form, groups) => {
    expect(callerFromClaims({ sub: 'user-1', 'cognito:groups': groups })).toStrictEqual({
      id: 'user-1',
      roles: ['hq-staff', 'finance'],
    });
  });

  it('reads a single bare group as one role', () => {
    expect(callerFromClaims({ sub: 'user-1', 'cognito:groups': 'candidate' })).toStrictEqual({
      id: 'user-1',
      roles: ['candidate'],
    });
  });

  it('ignores groups that are not platform roles, and repeats', () => {
    expect(callerFromClaims({ sub: 'user-1', 'cognito:groups': '[admins finance finance]' })).toStrictEqual({
      id: 'user-1',
      roles: ['finance'],
    });
  });

  it.each([
    ['a real array', ['readers,finance']],
    ['a JSON array string', '["readers,finance"]'],
    ["API Gateway's rendering", '[readers,finance]'],
    ['a bare value', 'readers,finance'],
  ])('matches a group name whole, so one with a comma in %s grants no role (defect 9)', (_form, groups) => {
    expect(callerFromClaims({ sub: 'user-1', 'cognito:groups': groups })).toStrictEqual({ id: 'user-1', roles: [] });
  });

  it('takes an array element with a space as one group, granting neither role (defect 9)', () => {
    expect(callerFromClaims({ sub: 'user-1', 'cognito:groups': ['hq-staff finance'] })).toStrictEqual({ id: 'user-1', roles: [] });
  });

  it('takes a bare value with a space as one group, granting neither role (defect 9)', () => {
    expect(callerFromClaims({ sub: 'user-1', 'cognito:groups': 'hq-staff finance' })).toStrictEqual({ id: 'user-1', roles: [] });
  });

  it('ignores what is not a string in a JSON array string', () => {
    expect(callerFromClaims({ sub: 'user-1', 'cognito:groups': '[1,"finance",null]' })).toStrictEqual({ id: 'user-1', roles: ['finance'] });
  });

  it('gives a caller without groups no roles', () => {
    expect(callerFromClaims({ sub: 'user-1' })).toStrictEqual({ id: 'user-1', roles: [] });
  });

  it('reads an empty API Gateway array as no roles', () => {
    expect(callerFromClaims({ sub: 'user-1', 'cognito:groups': '[]' })).toStrictEqual({ id: 'user-1', roles: [] });
  });

  it('finds no caller without a subject', () => {
    expect(callerFromClaims({ 'cognito:groups': '[hq-staff]' })).toBeUndefined();
  });

  it('finds no caller without claims', () => {
    expect(callerFromClaims(undefined)).toBeUndefined();
  });
});
