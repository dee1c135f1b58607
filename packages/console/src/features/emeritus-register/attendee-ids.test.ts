import { describe, expect, it } from '@jest/globals';
import { pastedIds } from './attendee-ids.ts';

describe('pastedIds', () => {
  it('reads ids one per line or separated by commas, semicolons or spaces, each once in the order given', () => {
    expect(pastedIds(' mp-1, mp-2\r\nmp-3;mp-1\n\n mp-4 ')).toStrictEqual(['mp-1', 'mp-2', 'mp-3', 'mp-4']);
  });

  it('reads nothing from blank text', () => {
    expect(pastedIds(' \n , ')).toStrictEqual([]);
  });
});
