import { afterEach, describe, expect, it } from '@jest/globals';
import { MissingEnvironmentVariableError } from '../errors.ts';
import { requiredEnv } from './env.ts';

describe('requiredEnv', () => {
  afterEach(() => {
    delete process.env.KIT_TEST_TABLE;
  });

  it('returns the value of the variable', () => {
    process.env.KIT_TEST_TABLE = 'health';
    expect(requiredEnv('KIT_TEST_TABLE')).toBe('health');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('fails when the variable is %s, naming it', (_what, value) => {
    if (value !== undefined) process.env.KIT_TEST_TABLE = value;
    const act = () => requiredEnv('KIT_TEST_TABLE');
    expect(act).toThrow(MissingEnvironmentVariableError);
    expect(act).toThrow(
      'the environment variable KIT_TEST_TABLE is not set (or is empty); set it on the function in its CDK construct',
    );
  });
});
