import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { asciiJson, asciiJsonText } from './ascii-json.ts';

describe('asciiJson', () => {
  it('escapes Welsh, Gaelic and accented letters, emoji, U+FFFE and U+FFFF as \\u sequences, leaving plain ASCII', () => {
    // Act
    const body = asciiJson({ names: ['Siân Gwenllian', 'Ealasaid NicDhòmhnaill', '🌹 Zoë', '\ufffe\uffff'] });
    // Assess
    expect(body).toBe(String.raw`{"names":["Si\u00e2n Gwenllian","Ealasaid NicDh\u00f2mhnaill","\ud83c\udf39 Zo\u00eb","\ufffe\uffff"]}`);
  });

  it('gives back the same value through JSON.parse, for any JSON value, and only ASCII', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const body = asciiJson(value);
        expect(/^[\u0000-\u007f]*$/.test(body)).toBe(true);
        expect(JSON.parse(body)).toStrictEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('asciiJsonText', () => {
  it('keeps a pretty-printed JSON text the same value, its whitespace untouched', () => {
    const text = JSON.stringify({ name: 'Zoë', tab: '\t' }, null, 2);
    expect(asciiJsonText(text)).toBe('{\n  "name": "Zo\\u00eb",\n  "tab": "\\t"\n}');
    expect(JSON.parse(asciiJsonText(text))).toStrictEqual({ name: 'Zoë', tab: '\t' });
  });
});
