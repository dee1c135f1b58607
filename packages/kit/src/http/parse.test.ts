import { describe, expect, it } from '@jest/globals';
import * as z from 'zod';
import { InvalidInputError } from '../errors.ts';
import { parse } from './parse.ts';

const Body = z.object({ message: z.string().min(1), count: z.int() });

const thrownBy = (act: () => unknown): unknown => {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
};

describe('parse', () => {
  it('returns the parsed value', () => {
    expect(parse(Body, { message: 'hi', count: 2, extra: true }, 'body')).toStrictEqual({ message: 'hi', count: 2 });
  });

  it('fails with every issue, each path prefixed by where it was found', () => {
    // Act
    const error = thrownBy(() => parse(Body, { message: '', count: 'two' }, 'body'));
    // Assess
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({
      message:
        'the request body is invalid: body.message: Too small: expected string to have >=1 characters; body.count: Invalid input: expected number, received string',
      issues: [
        { path: ['body', 'message'], message: 'Too small: expected string to have >=1 characters' },
        { path: ['body', 'count'], message: 'Invalid input: expected number, received string' },
      ],
    });
  });

  it('fails on a missing part of the request, at the part itself', () => {
    // Act
    const error = thrownBy(() => parse(z.object({ pingId: z.uuid() }), undefined, 'path'));
    // Assess
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toStrictEqual([
      { path: ['path'], message: 'Invalid input: expected object, received undefined' },
    ]);
  });
});
