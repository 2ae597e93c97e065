/** Naming words (pipeline/normalise/naming.ts): what names a fact in a passage, beyond its kind, date and actors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addLowerCaseWords, genericWords, namingWords } from '../pipeline/normalise/naming.ts';
import { loadReference } from '../pipeline/extract/reference.ts';

const generic = genericWords(loadReference());

test('a venture, a city or a company names a fact; the pair, its capitals, months, titles and the people of the tables do not', () => {
  const words = addLowerCaseWords(new Set(generic), []);
  assert.deepEqual(namingWords('The Belarusian-Chinese joint venture SZAO BelGee was established in December 2011 in Minsk', words), ['szao', 'belgee']);
  assert.deepEqual(namingWords('President Xi Jinping met Belarusian President Alexander Lukashenko in Samarkand on Thursday', words), ['samarkand']);
  assert.deepEqual(namingWords('Samarkand hosted the summit', words), [], 'the first word of a passage may be capitalised for being first');
  assert.deepEqual(namingWords('In 2019 Belarus’ President and the Sino-Belarusian park of Russia’s partner signed it in USD', words), [], 'countries with a bare apostrophe, prefixes, third countries and currencies name nothing');
});

test('a capitalised word the texts also write in lower case is a word, not a name', () => {
  const words = addLowerCaseWords(new Set(generic), ['The engineering company and the bank signed it.', "the year's plans"]);
  assert.deepEqual(namingWords('It was signed by China Nuclear Power Engineering Company and the Bank of Gomel in the Year of Tourism', words), ['nuclear', 'power', 'gomel', 'tourism']);
  assert.ok(words.has('year'), "a possessive's word is the word");
});
