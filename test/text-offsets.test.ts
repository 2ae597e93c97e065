/**
 * Code-point offsets (pipeline/lib/text.ts) without a table per character: the converters must give what counting
 * the characters one by one gives, for texts with surrogate pairs, lone surrogates and none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointIndexer, codePointSlicer } from '../pipeline/lib/text.ts';

/** The code-point offset of every UTF-16 index, counted one character at a time (both halves of a pair: the pair's). */
function countedIndexes(text: string): number[] {
  const out: number[] = [];
  let cp = 0;
  for (const ch of text) {
    for (let k = 0; k < ch.length; k++) out.push(cp);
    cp++;
  }
  out.push(cp);
  return out;
}

const texts = [
  '',
  'plain ASCII text, no pairs at all',
  'Минск и Пекин: 中白工业园',
  '😀 at the start, 𝐁old in the middle and 🇧🇾 at the end 🇨🇳',
  '\uD83D lone high, lone low \uDE00, reversed \uDE00\uD83D, pair \uD83D\uDE00, high at the end \uD83D',
  '𝟙𝟚𝟛'.repeat(50) + 'x'.repeat(30) + '😀',
];

test('codePointIndexer maps every UTF-16 index as counting the characters does', () => {
  for (const text of texts) {
    const toCp = codePointIndexer(text);
    assert.deepEqual(Array.from({ length: text.length + 1 }, (_, i) => toCp(i)), countedIndexes(text), JSON.stringify(text));
  }
});

test('codePointSlicer slices as an array of the characters does, negative and out-of-range offsets included', () => {
  for (const text of texts) {
    const chars = Array.from(text);
    const slice = codePointSlicer(text);
    for (let a = -3; a <= chars.length + 2; a++) for (let b = -3; b <= chars.length + 2; b++) assert.equal(slice(a, b), chars.slice(a, b).join(''), `${JSON.stringify(text)} [${a}, ${b})`);
  }
});
