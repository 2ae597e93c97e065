/**
 * Extraction's fast paths give what their plain definitions give (README, Speed): the trigger keywords found in one
 * pass over a clause (extract/events.ts, an Aho–Corasick automaton) are those `includes` finds, those of any stretch
 * read from one pass over its whole sentence (keywordHits, triggersWithin) are those of a pass over the stretch, and the first or last
 * words of a passage (extract/spans.ts) are those of `split(/\s+/)`, and the short sorts are Array.prototype.sort's order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExtractor } from '../pipeline/extract.ts';
import { buildEventRules, keywordHits, triggersFor, triggersWithin } from '../pipeline/extract/events.ts';
import { buildMaskRules } from '../pipeline/extract/clauses.ts';
import type { Trigger } from '../pipeline/extract/reference.ts';
import { firstLeast, firstWords, lastWords, sortInPlace } from '../pipeline/extract/spans.ts';

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
    assert.equal(keywordHits(text, rules).length > 0, naive(triggers, text).length > 0, text);
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
    assert.equal(keywordHits(piece, rules).length > 0, ref.triggers.some((t) => t.keywords?.some((k) => piece.includes(k))), piece);
    admitted += expected.length;
  }
  assert.ok(admitted > 100, 'the sentences admit triggers');
});

test('the triggers of every stretch of a text, read from one pass over all of it, are those of a pass over the stretch (overlapping, nested and non-ASCII keywords)', () => {
  const made = (keywords: string[][]) => keywords.map((k, i) => ({ ...ref.triggers[0], keywords: k, subtype: `t${i}` })) as Trigger[];
  const triggers = made([['he', 'she'], ['his'], ['hers'], ['usher'], ['ş', 'öz'], ['günü', 'ünü'], ['visit'], ['revisit'], ['a b']]);
  const rules = buildEventRules({ ...ref, triggers }, buildMaskRules(ref.lexicon));
  const texts = ['ushers', 'hishers and she', 'revisits and visits', 'aşözü günü', 'a b', 'ushe rs', 'x', ''];
  let compared = 0;
  for (const text of texts) {
    const hits = keywordHits(text, rules);
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        assert.deepEqual(triggersWithin(hits, from, to, rules), triggersFor(text.slice(from, to), rules), JSON.stringify([text, from, to]));
        compared++;
      }
    }
  }
  assert.ok(compared > 300);
});

test('the trigger lexicon\'s keywords: the triggers of each clause read from its sentence\'s pass are those of a pass over the clause, on the first article', async () => {
  const { readFileSync } = await import('node:fs');
  const rules = buildEventRules(ref, buildMaskRules(ref.lexicon));
  const text = readFileSync('sources/articles/what-drives-china-belarus-relations.txt', 'utf8').toLowerCase();
  const sentences = text.split(/(?<=[.?!])\s+/);
  let admitted = 0;
  for (const sentence of sentences) {
    const hits = keywordHits(sentence, rules);
    // Every stretch between two of the sentence's punctuation marks or spaces (clauses and more).
    const cuts = [0, ...[...sentence.matchAll(/[\s,;:]/g)].map((m) => m.index!), sentence.length];
    for (let a = 0; a < cuts.length; a += 3) {
      for (let b = a + 1; b < cuts.length; b += 2) {
        const expected = triggersFor(sentence.slice(cuts[a], cuts[b]), rules);
        assert.deepEqual(triggersWithin(hits, cuts[a], cuts[b], rules), expected, JSON.stringify(sentence.slice(cuts[a], cuts[b])));
        admitted += expected.length;
      }
    }
  }
  assert.ok(admitted > 1000, 'the stretches admit triggers');
});

test('the first and last words of a passage are those of split(/\\s+/), white space of every kind, at either end or none', () => {
  const pieces = ['a', 'bc', ' ', '  ', '\n', '\u00a0', '\u2003', 'é', ' \t', 'x'];
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let t = 0; t < 20000; t++) {
    let s = '';
    for (let i = Math.floor(next() * 10); i > 0; i--) s += pieces[Math.floor(next() * pieces.length)];
    for (const n of [1, 2, 3, 7, 12]) {
      assert.equal(lastWords(s, n), s.split(/\s+/).slice(-n).join(' '), JSON.stringify([s, n]));
      assert.equal(firstWords(s, n), s.split(/\s+/, n).join(' '), JSON.stringify([s, n]));
    }
  }
});

test('a short list sorted by insertion, and its first least item, are what Array.prototype.sort gives (stable, ties kept in order)', () => {
  let seed = 11;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
  for (let t = 0; t < 5000; t++) {
    const xs = Array.from({ length: Math.floor(next() * 24) }, (_, i) => ({ key: Math.floor(next() * 4), i }));
    assert.deepEqual(sortInPlace([...xs], byKey), [...xs].sort(byKey));
    assert.equal(firstLeast(xs, byKey), [...xs].sort(byKey)[0]);
  }
});

test('every trigger is loaded in one shape (the same fields in the same order) and holds exactly the values triggers.json gives it', async () => {
  const { readFileSync } = await import('node:fs');
  const file = JSON.parse(readFileSync(new URL('../sources/reference/triggers.json', import.meta.url), 'utf8')) as { triggers: Record<string, unknown>[] };
  const loaded = ref.triggers as unknown as Record<string, unknown>[];
  assert.equal(loaded.length, file.triggers.length);
  const shape = Object.keys(loaded[0]).join();
  loaded.forEach((t, i) => {
    assert.equal(Object.keys(t).join(), shape, `trigger ${i}'s fields`);
    const given = Object.fromEntries(Object.entries(t).filter(([k, v]) => v !== undefined && k !== 'regex' && k !== 'lowerRegex'));
    assert.deepEqual(given, file.triggers[i], `trigger ${i}'s values`);
  });
});

test('anyOf(words).test(s) answers words.some((w) => s.includes(w)): the title heads and relative-date anchors on every sentence of the first article and on edge cases', async () => {
  const { readFileSync } = await import('node:fs');
  const { anyOf, withoutContaining } = await import('../pipeline/extract/reference.ts');
  const { names } = buildExtractor();
  const text = readFileSync(new URL('../sources/articles/what-drives-china-belarus-relations.txt', import.meta.url), 'utf8');
  const pieces = [...text.split(/(?<=[.!?])\s+/), text, '', 'x', 'Prime Minister', 'minister', 'MINISTER', 'a.b*c+d?(e)[f]{g}|h^$\\', 'yesterday', 'Monday', 'mayday'];
  const lists = [names.heads, withoutContaining(['year', 'month', 'day', 'today', 'monday']), ['a.b', '*c', '(e)', '[f]', '{g}', '|h', '^$', '\\'], []];
  for (const words of lists) {
    const re = anyOf(words);
    for (const s of pieces) assert.equal(re.test(s), words.some((w) => s.includes(w)), `${JSON.stringify(s.slice(0, 40))} against ${words.slice(0, 3).join(', ')}…`);
  }
  assert.ok(pieces.some((s) => names.anyHead.test(s)) && pieces.some((s) => !names.anyHead.test(s)), 'the first article has sentences with and without a title');
});

test('the park residents trigger finds the same matches with its digit guard as without it (the look-behind is tried only before a number), on edge cases and every sentence of the articles', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const trigger = ref.triggers.find((t) => t.subtype === 'park_residents')!;
  // The guard, before the look-behind that scans up to 80 characters back for "park" or "zone" at every position.
  assert.ok(trigger.regex.source.includes('(?=\\d)(?<='), trigger.regex.source);
  const plain = new RegExp(trigger.regex.source.replace('(?=\\d)(?<=', '(?<='), trigger.regex.flags);
  const matches = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
  const edges = [
    'The park now has 5 residents from 12 countries.', 'In the zone, 1 new residents arrived', 'the Great Stone park: 87 residents; 3 residents',
    'park 9 residents', 'zone9 residents', 'The presidents met 40 residents of the park.', 'Residents were registered', '12 residents',
    'Park officials said that the industrial zone had registered 105 new residents by 2019 and 7 residents this year.',
  ];
  const dir = 'sources/articles/';
  const sentences = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(dir + f, 'utf8').split(/(?<=[.;!?])\s+/));
  let found = 0;
  for (const s of [...edges, ...sentences]) {
    const expected = matches(plain, s);
    assert.deepEqual(matches(trigger.regex, s), expected, s);
    assert.deepEqual(matches(trigger.lowerRegex, s.toLowerCase()), matches(new RegExp(plain.source, trigger.lowerRegex.flags), s.toLowerCase()), s);
    found += expected.length;
  }
  assert.ok(found >= 8, `matches found: ${found}`); // the edge cases alone hold eight, most of them through the guarded alternative
});
