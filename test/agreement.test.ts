import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { agreementScores, annotationsIn, tablesOfAnnotation } from './lib/agreement.ts';
import { passageProblems, type AnnotatedFact, type Annotation } from './lib/score.ts';

const TEXT =
  'Xi Jinping arrived in Minsk on 10 May 2015 for a state visit. The sides signed 17 documents. ' +
  'Trade reached $3.5 billion in 2014. Lukashenko said he hoped to visit Beijing. 🇨🇳 Пекин — столица.';

const visit: AnnotatedFact = {
  category: 'visit',
  date: '2015-05-10',
  actor_1: 'CHN',
  actor_2: 'BLR',
  evidence: 'Xi Jinping arrived in Minsk on 10 May 2015',
  details: { visitor: 'Xi Jinping', city: 'Minsk' },
};
const signing: AnnotatedFact = { category: 'agreement', date: '2015-05-10', also_dates: ['2015-05'], actor_1: 'CHN', actor_2: 'BLR', evidence: 'The sides signed 17 documents', details: { count: 17 } };
const trade: AnnotatedFact = { category: 'trade', date: '2014', actor_1: 'CHN', actor_2: 'BLR', evidence: 'Trade reached $3.5 billion in 2014' };

const annotation = (facts: AnnotatedFact[]): Annotation => ({ source_id: 'a', facts, not_facts: [] });
const scoreOf = (a: Annotation, b: Annotation) => agreementScores([a], [b], () => TEXT)[0];

test('an annotation agrees with itself completely, details included', () => {
  const a = annotation([visit, signing, trade]);
  const s = scoreOf(a, a);
  assert.deepEqual([s.tp, s.fp, s.fn, s.detailAgreed, s.detailFields], [3, 0, 0, 3, 3]);
});

test("a fact only the reference holds is a miss, one only the other holds is an extra, each in the reader's words", () => {
  const s = scoreOf(annotation([visit, signing]), annotation([visit, trade]));
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 1]);
  assert.match(s.misses[0], /^agreement 2015-05-10 .*signed 17 documents/);
  assert.match(s.falsePositives[0], /trade\/null 2014 CHN→BLR: "Trade reached/);
});

test("the other reader's date is taken as a system's: one of the reference's dates matches, any other does not", () => {
  assert.equal(scoreOf(annotation([signing]), annotation([{ ...signing, date: '2015-05', also_dates: [] }])).tp, 1);
  const s = scoreOf(annotation([signing]), annotation([{ ...signing, date: '2015' }]));
  assert.deepEqual([s.tp, s.fp, s.fn], [0, 1, 1]);
});

test("optional facts are neutral on both sides: the other's are not reported, the reference's are not missed", () => {
  const s = scoreOf(annotation([visit, { ...trade, optional: true }]), annotation([visit, { ...signing, optional: true }]));
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
});

test("a visit's direction comes from the other reader's details, and several passages are all the fact's", () => {
  const reversed = { ...visit, actor_1: 'BLR', actor_2: 'CHN' };
  assert.deepEqual([scoreOf(annotation([visit]), annotation([reversed])).tp], [0]);
  const twoPassages = { ...visit, evidence: ['for a state visit', 'Xi Jinping arrived in Minsk'] };
  const s = scoreOf(annotation([visit]), annotation([twoPassages]));
  assert.equal(s.tp, 1, 'matched through its second passage, which overlaps the reference');
  const tables = tablesOfAnnotation(TEXT, annotation([twoPassages]));
  assert.equal(tables.mentions?.length, 1);
  assert.deepEqual(tables.visits?.map((r) => [r.from_country, r.to_country]), [['CHN', 'BLR']]);
});

test('offsets are counted in code points, so a passage after a flag (two astral code points) lands on its words', () => {
  const cyr = { ...trade, evidence: 'Пекин — столица' };
  const tables = tablesOfAnnotation(TEXT, annotation([cyr]));
  const e = tables.events[0];
  assert.equal([...TEXT].slice(Number(e.char_start), Number(e.char_end)).join(''), 'Пекин — столица');
});

test("the agreement study's second annotations are of corpus texts, each passage once in its text, and score against the first", () => {
  const second = annotationsIn('test/fixtures/corpus/agreement/annotations');
  const first = annotationsIn('test/fixtures/corpus');
  assert.ok(second.length >= 30);
  const firstIds = new Set(first.map((a) => a.source_id));
  for (const a of second) {
    assert.ok(firstIds.has(a.source_id), `${a.source_id} is annotated in a corpus batch`);
    assert.deepEqual(passageProblems(readFileSync(`sources/articles/${a.source_id}.txt`, 'utf8'), a), []);
  }
  const scores = agreementScores(first, second, (id) => readFileSync(`sources/articles/${id}.txt`, 'utf8'));
  assert.equal(scores.length, second.length);
});
