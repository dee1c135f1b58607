import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as z from 'zod';
import { newApplicationId } from './application-id.ts';

describe('newApplicationId', () => {
  it('is a version 7 UUID carrying the time it was made', () => {
    // Act
    const id = newApplicationId(new Date('2026-06-01T12:00:00.000Z'), new Uint8Array(10).fill(0xff));
    // Assess
    // 2026-06-01T12:00:00Z is 1,780,315,200,000 ms, 0x019e830e1a00
    expect(id).toBe('019e830e-1a00-7fff-bfff-ffffffffffff');
    expect(z.uuid().safeParse(id).success).toBe(true);
  });

  it('sorts in the order the ids were made, whatever their random bits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (earlier, gap, first, second) => {
          expect(newApplicationId(new Date(earlier), first) < newApplicationId(new Date(earlier + gap), second)).toBe(true);
        },
      ),
    );
  });
});
