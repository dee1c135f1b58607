import { describe, expect, it } from '@jest/globals';
import { isMissingPageCode } from './missing-page-code.ts';

describe('isMissingPageCode', () => {
  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: https://console.example/assets/SeatsPage-x.js'],
    ['Firefox', 'error loading dynamically imported module: https://console.example/assets/SeatsPage-x.js'],
    ['Safari', 'Importing a module script failed.'],
  ])("recognises %s's failed fetch of a page's code", (_browser, message) => {
    expect(isMissingPageCode(new TypeError(message))).toBe(true);
  });

  it('takes any other fault for what it is', () => {
    expect([isMissingPageCode(new TypeError("Cannot read properties of undefined (reading 'seatId')")), isMissingPageCode(new TypeError('Failed to fetch')), isMissingPageCode('Failed to fetch dynamically imported module'), isMissingPageCode(undefined)]).toStrictEqual([false, false, false, false]);
  });
});
