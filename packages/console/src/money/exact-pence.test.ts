import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatExactPence } from './exact-pence.ts';
import { formatPence } from './pence.ts';

describe('formatExactPence', () => {
  it.each([
    ['7500.0000', '£75.00'],
    ['7500.4800', '£75.0048'],
    ['0.4800', '£0.0048'],
    ['0.0001', '£0.000001'],
    ['1.0000', '£0.01'],
    ['-30.0000', '-£0.30'],
    ['-0.0000', '£0.00'],
    ['300000000.0000', '£3,000,000.00'],
    ['123456789012345.1230', '£1,234,567,890,123.45123'],
  ])('shows %p as %p', (exact, shown) => {
    expect(formatExactPence(exact)).toBe(shown);
  });

  it('shows whole pence exactly as formatPence does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (pence) => expect(formatExactPence(`${pence < 0 ? '-' : ''}${Math.abs(pence)}.0000`)).toBe(formatPence(pence))));
  });

  it('fails on anything that is not four-place exact pence', () => {
    expect(() => formatExactPence('75.5')).toThrow(new RangeError('not exact pence: 75.5'));
  });
});
