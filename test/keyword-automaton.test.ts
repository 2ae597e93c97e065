/**
 * The trigger keywords are found in one pass over a clause (extract/events.ts, an Aho–Corasick automaton): the
 * triggers admitted and whether a sentence has any keyword must be what testing each keyword with `includes` gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExtractor } from '../pipeline/extract.ts';
import { buildEventRules, hasKeyword, triggersFor } from '../pipeline/extract/events.ts';
import { buildMaskRules } from '../pipeline/extract/clauses.ts';
import type { Trigger } from '../pipeline/extract/reference.ts';

const { ref } = buildExtractor();

/** What triggersFor must return: each trigger without keywords, or with one that `lower` includes, in order. */
const naive = (triggers: Trigger[], lower: string) => triggers.flatMap((t, i) => (!t.keywords || t.keywords.some((k) => lower.includes(k)) ? [i] : []));

test('the keyword automaton admits exactly the triggers whose keywords the text includes (overlapping, nested and non-ASCII keywords)', () => {
  const made = (keywords: string[][]) => keywords.map((k, i) => ({ ...ref.triggers[0], keywords: k, subtype: `t${i}` })) as Trigger[];
  // "she" inside "ushers", "he" inside "she", "hers" overlapping "she"; keywords with non-ASCII letters and one that is a suffix of another.
  const triggers = made([['he', 'she'], ['his'], ['hers'], ['usher'], ['ş', 'öz'], ['günü', 'ünü'], ['visit'], ['revisit']]);
  const rules = buildEventRules({ ...ref, triggers }, buildMaskRules(ref.lexicon));
  const texts = ['ushers', 'she', 'hishers', 'x', '', 'günü', 'ünü', 'gün', 'aşözü', 'revisits and visits', 'revisi', 'h', 'ushe', 'ähers', 'sheöz'];
  for (const text of texts) {
    assert.deepEqual(triggersFor(text, rules), naive(triggers, text), text);
    assert.equal(hasKeyword(text, rules), naive(triggers, text).length > 0, text);
  }
});

test('the trigger lexicon\'s keywords: the automaton agrees with includes on every sentence of the first article', async () => {
  const { readFileSync } = await import('node:fs');
  const rules = buildEventRules(ref, buildMaskRules(ref.lexicon));
  const text = readFileSync('sources/articles/what-drives-china-belarus-relations.txt', 'utf8').toLowerCase();
  const pieces = text.split(/(?<=[.;:])\s+/);
  assert.ok(pieces.length > 50);
  let admitted = 0;
  for (const piece of pieces) {
    const expected = naive(ref.triggers, piece);
    assert.deepEqual(triggersFor(piece, rules), expected, piece);
    assert.equal(hasKeyword(piece, rules), ref.triggers.some((t) => t.keywords?.some((k) => piece.includes(k))), piece);
    admitted += expected.length;
  }
  assert.ok(admitted > 100, 'the sentences admit triggers');
});
