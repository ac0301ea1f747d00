/**
 * Reading a reply's bytes member by member and its array element by element
 * gives exactly what JSON.parse gives, for any JSON, however it is spaced;
 * what is not a JSON object is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJsonObject } from '../../src/health/json-elements.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('scanJsonObject', () => {
  it('gives the members and the elements JSON.parse gives, for any JSON and any spacing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.jsonValue(),
        fc.string(),
        fc.constantFrom(undefined, 2, '\t', ' \r\n'),
        (points, other, token, space) => {
          const text = JSON.stringify(
            { other, dataPoints: points, nextPageToken: token },
            null,
            space,
          );
          const reply = scanJsonObject(bytes(`\n ${text}\t\n`));
          const parsed = JSON.parse(text);
          expect([...reply.elements('dataPoints')]).toEqual(parsed.dataPoints);
          expect(reply.member('nextPageToken')).toBe(token);
          expect(reply.member('other')).toEqual(parsed.other);
          expect(reply.member('absent')).toBeUndefined();
          expect([...reply.elements('absent')]).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads strings with escaped quotes, brackets and characters beyond ASCII', () => {
    const text = '{"dataPoints":[{"a":"x\\"]}[{,"},{"b":"Zürich ☃ \\\\"}],"nextPageToken":"t\\"1"}';
    const reply = scanJsonObject(bytes(text));
    expect([...reply.elements('dataPoints')]).toEqual([{ a: 'x"]}[{,' }, { b: 'Zürich ☃ \\' }]);
    expect(reply.member('nextPageToken')).toBe('t"1');
    expect([...scanJsonObject(bytes('{}')).elements('dataPoints')]).toEqual([]);
    expect([...scanJsonObject(bytes('{"dataPoints":[ ]}')).elements('dataPoints')]).toEqual([]);
  });

  it('refuses what is not one JSON object, and an element that is not JSON when it is read', () => {
    for (const bad of ['', '[]', '{"a":1', '{"a":1}}', '{"a" 1}', '{"a":"x}', '{a:1}', 'null']) {
      expect(() => scanJsonObject(bytes(bad)), bad).toThrow(SyntaxError);
    }
    expect(() => scanJsonObject(bytes('{"dataPoints":{}}')).elements('dataPoints')).toThrow(
      TypeError,
    );
    const broken = scanJsonObject(bytes('{"dataPoints":[{"a":1},{"a":tru}]}'));
    const elements = broken.elements('dataPoints')[Symbol.iterator]();
    expect(elements.next().value).toEqual({ a: 1 });
    expect(() => elements.next()).toThrow(SyntaxError);
  });
});
