/**
 * The learned components of extraction: the candidate model (extract/plausibility.ts) that drops implausible candidates,
 * the sentence model (extract/sentence-model.ts) that proposes facts where no trigger fired, and their trainer
 * (pipeline/tools/train-candidate-model.ts). Each is tested with small models written here, so the tests say what the
 * mechanism does whatever the trained weights are; the trained files are checked for shape only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ingestArticle } from '../pipeline/ingest.ts';
import { buildExtractor, extractArticle, type Extractor } from '../pipeline/extract.ts';
import { candidateFeatures, candidatePlausibility, plausibility, plausibleCandidates, type CandidateModel, type FeatureContext } from '../pipeline/extract/plausibility.ts';
import { PROPOSED_CATEGORIES, categoryProbabilities, sentenceFeatures, sentenceProbabilities, type SentenceModel } from '../pipeline/extract/sentence-model.ts';
import { trainLogistic } from '../pipeline/tools/train-candidate-model.ts';
import { writeArticle } from './lib/article.ts';

const base = buildExtractor();
const withModels = (model: CandidateModel | null, sentenceModel: SentenceModel | null): Extractor => ({ ...base, model, sentenceModel });

/** Extracts a one-article text with the given extractor; also returns what the candidate features were read from. */
function extract(text: string, x: Extractor, published = '2019-06-10', genre = 'news') {
  const dir = writeArticle('t', text, { title: 'Test article', published, genre });
  let ctx: FeatureContext | null = null;
  const out = extractArticle(ingestArticle(dir, 't'), x, undefined, (_c, c) => { ctx = c; });
  return { candidates: out.candidates, ctx: ctx as unknown as FeatureContext };
}

const VISIT = 'Belarus and China are close partners. Chinese Premier Li Keqiang visited Minsk on 12 May 2019. China and Belarus signed an agreement on 13 May 2019.';

test('candidate features name the rule, the category, how it is dated and the words of its quote', () => {
  const { candidates, ctx } = extract(VISIT, withModels(null, null));
  const visit = candidates.find((c) => c.category === 'visit');
  assert.ok(visit, 'the rules find the visit');
  const f = candidateFeatures(visit!, ctx);
  assert.ok(f.includes('cat:visit'));
  assert.ok(f.some((x) => x.startsWith('rule:visit/')));
  assert.ok(f.includes('basis:explicit'));
  assert.ok(f.includes('pair:focus'));
  assert.ok(f.includes('w:minsk'));
});

test('the candidate model drops the candidates below its threshold and keeps the others; without a model it keeps all', () => {
  const model: CandidateModel = { description: '', trained_on: '', bias: 0, threshold: 0.5, weights: { 'cat:agreement': -5 } };
  const all = extract(VISIT, withModels(null, null)).candidates;
  const kept = extract(VISIT, withModels(model, null)).candidates;
  assert.ok(all.some((c) => c.category === 'agreement'));
  assert.ok(!kept.some((c) => c.category === 'agreement'), 'the agreement (p 0.007) is dropped');
  assert.ok(kept.some((c) => c.category === 'visit'), 'the visit (p 0.5) is kept');
  assert.equal(plausibility(model, ['cat:agreement']).toFixed(3), (1 / (1 + Math.exp(5))).toFixed(3));
  const { ctx } = extract(VISIT, withModels(null, null));
  assert.equal(plausibleCandidates(all, ctx, null).length, all.length);
});

/** A sentence model that knows one word: "zebra" makes a sentence a cultural fact, "okapi" a trade fact. */
const ZOO: SentenceModel = {
  description: '', trained_on: '', threshold: 0.5,
  categories: { cultural: { bias: -4, weights: { 'w:zebra': 8 } }, trade: { bias: -4, weights: { 'w:okapi': 8 } } },
};

test('the sentence model proposes a fact of the article\'s pair, dated by the sentence, where no trigger fired', () => {
  const { candidates } = extract('Belarus and China are close partners. In March 2018 the zebra programme between Belarus and China was celebrated in Minsk.', withModels(null, ZOO));
  const proposed = candidates.filter((c) => c.subtype === 'unclassified');
  assert.equal(proposed.length, 1);
  assert.equal(proposed[0].category, 'cultural');
  assert.equal(proposed[0].date?.value, '2018-03');
  assert.deepEqual([proposed[0].actor_1, proposed[0].actor_2].sort(), ['BLR', 'CHN']);
  assert.equal(proposed[0].rule, 'model/cultural');
});

test('the sentence model proposes nothing in a sentence naming a third country, a forecast, or an undated fact of a dated category', () => {
  const x = withModels(null, ZOO);
  const none = (text: string, genre = 'analysis') => extract(`Belarus and China are close partners. China and Belarus work together. ${text}`, x, '2019-06-10', genre).candidates.filter((c) => c.subtype === 'unclassified');
  assert.equal(none('In March 2018 the zebra programme between Belarus, China and Russia was celebrated in Minsk.').length, 0, 'a third country');
  assert.equal(none('In March 2030 the zebra programme between Belarus and China will be celebrated in Minsk.').length, 0, 'a forecast');
  assert.equal(none('The zebra programme between Belarus and China is celebrated in Minsk.').length, 0, 'undated, and culture is a dated category');
  assert.equal(none('The okapi exchange between Belarus and China is large.').length, 1, 'trade is not a dated category');
  assert.equal(none('The zebra programme between Belarus and China is celebrated in Minsk.', 'news')[0]?.date?.value, '2019-06-10', 'in a news report, the news day');
});

test('the sentence model adds nothing to a sentence where a rule found a fact', () => {
  const x = withModels(null, { ...ZOO, categories: { agreement: { bias: 5, weights: {} } } });
  const { candidates } = extract('Belarus and China are close partners. China and Belarus signed an agreement on 13 May 2019.', x);
  assert.equal(candidates.filter((c) => c.sentence === 1).length, 1);
  assert.ok(!candidates.some((c) => c.subtype === 'unclassified' && c.sentence === 1));
});

test('the sentence model proposes no fact of a category the rules found between the same two on the same day (the same fact told again)', () => {
  const x = withModels(null, ZOO);
  const told = extract('Belarus and China are close partners. On 2 June 2019 Belarus and China held a cultural festival in Minsk. The zebra programme between Belarus and China was celebrated in Minsk on 2 June 2019.', x).candidates;
  assert.ok(told.some((c) => c.category === 'cultural' && c.subtype !== 'unclassified' && c.date?.value === '2019-06-02'), JSON.stringify(told));
  assert.ok(!told.some((c) => c.subtype === 'unclassified'), JSON.stringify(told));
  const otherDay = extract('Belarus and China are close partners. On 2 June 2019 Belarus and China held a cultural festival in Minsk. The zebra programme between Belarus and China was celebrated in Minsk on 5 June 2019.', x).candidates;
  assert.ok(otherDay.some((c) => c.subtype === 'unclassified' && c.date?.value === '2019-06-05'), JSON.stringify(otherDay));
});

test('the month "May" is no modal that makes a sentence a forecast: the sentence model proposes there; "may" and a date after publication still block it', () => {
  const x = withModels(null, ZOO);
  const month = extract('Belarus and China are close partners. The zebra programme between Belarus and China was celebrated in Minsk on 20 May 2019.', x).candidates;
  assert.ok(month.some((c) => c.subtype === 'unclassified' && c.date?.value === '2019-05-20'), JSON.stringify(month));
  const later = extract('Belarus and China are close partners. The zebra programme between Belarus and China was celebrated in Minsk on 20 July 2019.', x).candidates;
  assert.ok(!later.some((c) => c.subtype === 'unclassified'), `after publication: ${JSON.stringify(later)}`);
  const modal = extract('Belarus and China are close partners. The zebra programme between Belarus and China may be celebrated in Minsk in March 2019.', x).candidates;
  assert.ok(!modal.some((c) => c.subtype === 'unclassified'), JSON.stringify(modal));
  const wish = extract('Belarus and China are close partners. "May the zebra programme between Belarus and China last forever," the minister said in March 2019.', x).candidates;
  assert.ok(!wish.some((c) => c.subtype === 'unclassified'), JSON.stringify(wish));
});

test('training: a logistic regression separates what its features separate, the same way each time', () => {
  const examples = [
    ...Array.from({ length: 20 }, (_, i) => ({ features: ['good', `n${i % 4}`], label: 1 as const })),
    ...Array.from({ length: 20 }, (_, i) => ({ features: ['bad', `n${i % 4}`], label: 0 as const })),
    { features: ['good'], label: null },
  ];
  const m = trainLogistic(examples, 1, 300, 3);
  const model: CandidateModel = { description: '', trained_on: '', threshold: 0.5, ...m };
  assert.ok(plausibility(model, ['good', 'n1']) > 0.8);
  assert.ok(plausibility(model, ['bad', 'n1']) < 0.2);
  assert.deepEqual(trainLogistic(examples, 1, 300, 3), m);
});

test('the trained models in sources/reference have the shape extraction reads', () => {
  const c = JSON.parse(readFileSync('sources/reference/candidate-model.json', 'utf8')) as CandidateModel;
  assert.ok(c.threshold > 0 && c.threshold < 1 && Number.isFinite(c.bias) && Object.keys(c.weights).length > 50);
  assert.match(c.trained_on, /batch-1\b/);
  const s = JSON.parse(readFileSync('sources/reference/sentence-model.json', 'utf8')) as SentenceModel;
  assert.deepEqual(Object.keys(s.categories).sort(), [...PROPOSED_CATEGORIES].sort());
  assert.ok(base.model && base.sentenceModel, 'buildExtractor loads both');
});

test('the probabilities extraction computes from the words are those of the named features, to the last bit', () => {
  // Words and pairs repeated, curly apostrophes and numbers, weighted so that each counts once or the sums differ.
  const text = 'China’s loan to Belarus: China’s loan of $1.5 billion, China’s loan again. Belarus and China signed a trade agreement, a trade agreement on 12 May 2019. Trade between China and Belarus grew by 12 percent in 2018, trade between them grew.';
  const candidateModel: CandidateModel = { description: '', trained_on: '', bias: -0.3, threshold: 0.5, weights: { 'cat:finance': 0.7, "w:china's": 0.11, 'w:loan': 0.13, 'w:#num': -0.17, 'w:trade': 0.19, 'w:agreement': 0.23 } };
  const sentenceModel: SentenceModel = {
    description: '', trained_on: '', threshold: 0.5,
    categories: {
      trade: { bias: -1.1, weights: { 'w:trade': 0.31, 'b:trade between': 0.37, 'b:grew by': 0.41, 'w:#num': 0.43, 'money:no': 0.01, 'b:a trade': 0.29 } },
      agreement: { bias: -0.9, weights: { 'w:agreement': 0.53, 'b:trade agreement': 0.59, "b:china's loan": 0.61, 'pair:2': 0.07 } },
    },
  };
  const sources: [string, string][] = [['t', text], ...['xi-jinping-in-minsk-2015', 'lukashenko-state-visit-china'].map((id): [string, string] => [id, readFileSync(`test/fixtures/articles/${id}.txt`, 'utf8')])];
  let candidates = 0;
  for (const [, body] of sources) {
    for (const [cm, sm] of [[candidateModel, sentenceModel], [base.model, base.sentenceModel]] as const) {
      const { ctx } = extract(body, withModels(null, null));
      if (cm) for (const c of ctx.candidates) {
        assert.equal(candidatePlausibility(cm, c, ctx), plausibility(cm, candidateFeatures(c, ctx)));
        candidates++;
      }
      if (sm) for (const f of ctx.facts) assert.deepEqual(sentenceProbabilities(sm, f.index, ctx), categoryProbabilities(sm, sentenceFeatures(f.index, ctx)));
    }
  }
  assert.ok(candidates > 10, 'the texts give candidates to score');
});
