import { describe, expect, it } from '@jest/globals';
import * as z from 'zod';
import { InvalidInputError } from '../errors.ts';
import { opaqueCursor } from './opaque-cursor.ts';

describe('opaqueCursor', () => {
  const cursor = opaqueCursor(z.object({ pk: z.string(), sk: z.string() }).strict(), 'next');
  const invalid = new InvalidInputError(
    'the request query is invalid: query.next: not a cursor this list handed out; pass back the `next` of the previous page unchanged',
    [{ path: ['query', 'next'], message: 'not a cursor this list handed out; pass back the `next` of the previous page unchanged' }],
  );

  it('gives back the position it encoded', () => {
    const position = { pk: 'SEAT', sk: 'E14001063' };
    expect(cursor.decode(cursor.encode(position))).toStrictEqual(position);
  });

  it('encodes as URL-safe text', () => {
    expect(cursor.encode({ pk: 'SEAT', sk: '??>>' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('fails on text that is not base64url JSON', () => {
    expect(() => cursor.decode('not a cursor!')).toThrow(invalid);
    expect(() => cursor.decode(Buffer.from('{oops').toString('base64url'))).toThrow(invalid);
  });

  it('fails on JSON of the wrong shape', () => {
    expect(() => cursor.decode(Buffer.from(JSON.stringify({ pk: 'SEAT' })).toString('base64url'))).toThrow(InvalidInputError);
  });

  it('fails on any other spelling of a cursor it handed out: stray trailing bits, or bytes that are not UTF-8', () => {
    // Prepare: Node's base64url decoder would read both as a position
    const issued = cursor.encode({ pk: 'SEAT', sk: 'E14001063' });
    const strayBits = `${issued}A`;
    const badUtf8 = Buffer.concat([Buffer.from('{"pk":"SEAT","sk":"'), Buffer.from([0xff]), Buffer.from('"}')]).toString('base64url');
    // Act, Assess
    expect(() => cursor.decode(strayBits)).toThrow(invalid);
    expect(() => cursor.decode(badUtf8)).toThrow(invalid);
  });

  it('fails on a valid cursor that the caller does not accept, such as one for another partition', () => {
    const elsewhere = cursor.encode({ pk: 'SECRET', sk: 'x' });
    expect(() => cursor.decode(elsewhere, (key) => key.pk === 'SEAT')).toThrow(invalid);
  });
});
