/** JSON written in pieces (pipeline/lib/io.ts jsonPieces) must be byte for byte what JSON.stringify(value, null, 2) + '\n' writes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonPieces } from '../pipeline/lib/io.ts';

const values: unknown[] = [
  null, 3, 'text', [], {}, [1, [2, []], { a: {} }],
  { empty: [], list: [1, 'two', null, undefined, () => 0, { x: [] }], nested: { deep: { deeper: ['a\nb', 'line\u2028sep'] } }, skip: undefined, fn: () => 1 },
  { only: undefined },
  { date: new Date(0), map: new Map([[1, 2]]), text: 'quote "and" \\ backslash', unicode: '中白 😀' },
  new Date(0),
  { candidates: Array.from({ length: 5 }, (_, i) => ({ quote: [i, i + 1], details: { amount: i || null, list: i ? [i] : [] }, date: i % 2 ? null : { value: '2019' } })) },
];

test('jsonPieces joins to JSON.stringify(value, null, 2) plus a line break', () => {
  for (const value of values) assert.equal([...jsonPieces(value)].join(''), `${JSON.stringify(value, null, 2)}\n`, JSON.stringify(value));
});

test('a top-level array of an object comes an element at a time', () => {
  const pieces = [...jsonPieces({ rows: Array.from({ length: 100 }, (_, i) => ({ i })) })];
  assert.ok(pieces.length > 100);
});
