/**
 * The NLP model reads a long article in pieces (pipeline/ingest/annotate.ts): the sentences and entities must be
 * exactly those of one reading of the whole text, and a piece boundary the model could read differently must fall
 * back to the whole text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { annotateBlock } from '../pipeline/lib/nlp.ts';
import { annotateInPieces, annotateText } from '../pipeline/ingest/annotate.ts';
import { generateCorpus } from '../pipeline/bench.ts';

const dir = new URL('../sources/articles/', import.meta.url).pathname;
const realText = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 40).map((f) => readFileSync(dir + f, 'utf8')).join('\n\n');
const generated = generateCorpus(120_000, 7).map((a) => a.text).join('\n');

test('read in pieces, real and generated text give the sentences and entities of one reading', () => {
  for (const [name, text] of [['real', realText], ['generated', generated]]) {
    const pieces = annotateInPieces(text, 20_000, 2_000);
    assert.ok(pieces, `${name}: every piece boundary was confirmed`);
    assert.deepEqual(pieces, annotateBlock(text, 0, text.length), name);
  }
});

test('a text up to one piece is read whole; a longer one is read in pieces with the same result', () => {
  const text = generated.slice(0, 50_000);
  assert.deepEqual(annotateText(text, 10_000, 1_000), annotateBlock(text, 0, text.length));
  assert.deepEqual(annotateText(text), annotateBlock(text, 0, text.length));
});

test('a piece holding one sentence that runs past its end cannot be cut: the whole text is read at once', () => {
  const text = `${'word '.repeat(4_000)}end.\nA second sentence in 2019.`;
  assert.equal(annotateInPieces(text, 5_000, 1_000), null);
  assert.deepEqual(annotateText(text, 5_000, 1_000), annotateBlock(text, 0, text.length));
});

test('a decimal point between digits is no sentence end when a currency\'s letters are glued to the number ("Br1.2 billion", "CNY1.5 billion")', () => {
  for (const text of ['Output rose to Br1.2 billion in 2020.', 'The bank lent CNY1.5 billion to the park.', 'Trade hit RMB1.2 billion.']) {
    const sentences = annotateBlock(text, 0, text.length);
    assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), [text]);
  }
  // A full stop followed by a space still ends a sentence, also after a number.
  const two = 'Trade reached Br1. Then it fell.';
  assert.equal(annotateBlock(two, 0, two.length).length, 2);
});
