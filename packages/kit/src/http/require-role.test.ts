import { describe, expect, it } from '@jest/globals';
import { ForbiddenError } from '../errors.ts';
import { requireRole } from './require-role.ts';

describe('requireRole', () => {
  it('lets through a caller holding one of the roles', () => {
    expect(requireRole({ id: 'user-1', roles: ['candidate', 'finance'] }, 'hq-staff', 'finance')).toBeUndefined();
  });

  it('fails for a caller holding none of the roles, naming the roles accepted', () => {
    const act = () => requireRole({ id: 'user-1', roles: ['candidate'] }, 'hq-staff', 'finance');
    expect(act).toThrow(ForbiddenError);
    expect(act).toThrow('this action needs one of the roles hq-staff, finance; the caller holds only candidate');
  });

  it('fails for a caller holding no role', () => {
    const act = () => requireRole({ id: 'user-1', roles: [] }, 'finance');
    expect(act).toThrow(ForbiddenError);
    expect(act).toThrow('this action needs one of the roles finance; the caller holds no role');
  });
});
