/**
 * Trains the candidate model (pipeline/extract/plausibility.ts) on the annotated texts and writes
 * sources/reference/candidate-model.json.
 *
 * Every annotated article is extracted by the rules alone; each candidate is labelled a fact when it has the category,
 * date and actors of an annotated fact whose evidence its quote overlaps (as the scorer matches), not a fact when it
 * matches none, and is left out when it matches only an optional fact. A logistic regression with an L2 penalty is fitted
 * by full-batch gradient descent (deterministic: same annotations, same weights).
 *
 * Usage: node --import tsx pipeline/tools/train-candidate-model.ts [--cv] [--write] [--exclude batch-15,batch-16]
 *   --cv     leave-one-batch-out cross-validation over the corpus batches: for each batch a model trained on the others
 *            filters that batch's candidates, which are then normalised and scored as the quality test scores them;
 *            prints precision and recall for each threshold, against the rules alone.
 *   --holdout-from N  trains on every set but batches N and later, and scores those batches with the new models, the
 *            stored models and the rules alone.
 *   --drops-from N  prints, per category, the labelled candidates of batches N and later that the stored candidate
 *            model keeps and drops.
 *   --write  trains on every set and writes the model with the threshold given by --threshold (default 0.3).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../ingest.ts';
import { buildExtractor, extractArticle, type ExtractedArticle } from '../extract.ts';
import { candidateFeatures, plausibility, type CandidateModel, type FeatureContext } from '../extract/plausibility.ts';
import { buildProposalRules, proposedCandidates, sentenceFeatures, PROPOSED_CATEGORIES, type ProposalRules, type SentenceModel } from '../extract/sentence-model.ts';
import { loadReference } from '../extract/reference.ts';
import type { Candidate } from '../extract/events.ts';
import { normaliseArticles } from '../normalise.ts';
import { readJsonFile, writeJsonAtomic } from '../lib/io.ts';
import type { DatasetMeta } from '../lib/records.ts';
import { isCompatible, overallScore, scoreArticle, type AnnotatedFact, type Annotation, type Counts } from '../../test/lib/score.ts';

const root = new URL('../../', import.meta.url).pathname;
const MODEL_PATH = join(root, 'sources/reference/candidate-model.json');
const SENTENCE_MODEL_PATH = join(root, 'sources/reference/sentence-model.json');

interface AnnotatedSet { name: string; articles: string; annotations: string; corpus: boolean }
interface Example { features: string[]; label: 0 | 1 | null }
interface SentenceExample { features: string[]; categories: string[]; optional: string[] }
interface ArticleRun { set: string; annotation: Annotation; text: string; extracted: ExtractedArticle; examples: Example[]; ctx: FeatureContext; sentences: SentenceExample[] }

/** The annotated sets: the corpus batches (texts in sources/articles) and the fixtures written for the rules. */
function annotatedSets(exclude: string[]): AnnotatedSet[] {
  const corpus = join(root, 'test/fixtures/corpus');
  const batches = readdirSync(corpus).filter((d) => /^batch-\d+$/.test(d) && !exclude.includes(d))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
    .map((d) => ({ name: d, articles: join(root, 'sources/articles'), annotations: join(corpus, d, 'annotations'), corpus: true }));
  const fixtures = [
    { name: 'fixtures', articles: join(root, 'test/fixtures/articles'), annotations: join(root, 'test/fixtures/annotations'), corpus: false },
    { name: 'heldout', articles: join(root, 'test/fixtures/heldout/articles'), annotations: join(root, 'test/fixtures/heldout/annotations'), corpus: false },
    { name: 'heldout-b', articles: join(root, 'test/fixtures/heldout-b/articles'), annotations: join(root, 'test/fixtures/heldout-b/annotations'), corpus: false },
  ];
  return [...batches, ...fixtures];
}

/** Where an annotated article's text is: its set's folder, else the dataset's. */
function articleDir(set: AnnotatedSet, id: string): string {
  return existsSync(join(set.articles, `${id}.txt`)) ? set.articles : join(root, 'sources/articles');
}

const evidenceOf = (f: AnnotatedFact) => (Array.isArray(f.evidence) ? f.evidence : [f.evidence]);

/** Whether a candidate is the annotated fact, as the scorer matches an event (its isCompatible), with an overlapping passage. */
function candidateIsFact(c: Candidate, f: AnnotatedFact, text: string): boolean {
  if (!isCompatible(f, { category: c.category, date: c.date?.value ?? null, actor_1: c.actor_1, actor_2: c.actor_2 }, undefined)) return false;
  return evidenceOf(f).some((e) => {
    const at = text.indexOf(e);
    return at >= 0 && c.quote[0] < at + e.length && at < c.quote[1];
  });
}

/** 1 when the candidate matches a required fact, 0 when it matches none, null when only an optional one. */
function labelOf(c: Candidate, annotation: Annotation, text: string): 0 | 1 | null {
  const facts = annotation.facts.filter((f) => candidateIsFact(c, f, text));
  if (facts.some((f) => !f.optional)) return 1;
  return facts.length ? null : 0;
}

/** Each sentence's features and the categories of the annotated facts whose evidence overlaps it (required, optional). */
function sentenceExamples(ctx: FeatureContext, annotation: Annotation): SentenceExample[] {
  const spans = annotation.facts.flatMap((f) => evidenceOf(f).map((e) => ({ f, at: ctx.text.indexOf(e), length: e.length })).filter((s) => s.at >= 0));
  return ctx.facts.map((s) => {
    const over = spans.filter((e) => e.at < s.end && s.start < e.at + e.length);
    return {
      features: sentenceFeatures(s.index, ctx),
      categories: [...new Set(over.filter((e) => !e.f.optional).map((e) => e.f.category))],
      optional: [...new Set(over.filter((e) => e.f.optional).map((e) => e.f.category))],
    };
  });
}

/** One model per category, each trained on the sentences: a fact of that category against none (optional ones left out). */
function trainSentenceModel(sentences: SentenceExample[], lambda: number): SentenceModel['categories'] {
  const out: SentenceModel['categories'] = {};
  for (const c of PROPOSED_CATEGORIES) {
    const examples: Example[] = sentences.map((s) => ({ features: s.features, label: s.categories.includes(c) ? 1 : s.optional.includes(c) ? null : 0 }));
    out[c] = trainLogistic(examples, lambda, 300, 3);
  }
  return out;
}

/** Extracts every annotated article with the rules alone and labels its candidates. */
function runArticles(sets: AnnotatedSet[]): ArticleRun[] {
  const x = { ...buildExtractor(), model: null };
  return sets.flatMap((set) => readdirSync(set.annotations).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const annotation = JSON.parse(readFileSync(join(set.annotations, f), 'utf8')) as Annotation;
    const article = ingestArticle(articleDir(set, annotation.source_id), annotation.source_id);
    const examples: Example[] = [];
    let context: FeatureContext | null = null;
    const extracted = extractArticle(article, x, undefined, (candidates, ctx) => {
      context = ctx;
      for (const c of candidates) examples.push({ features: candidateFeatures(c, ctx), label: labelOf(c, annotation, article.text) });
    });
    const ctx = context as unknown as FeatureContext;
    return { set: set.name, annotation, text: article.text, extracted, examples, ctx, sentences: sentenceExamples(ctx, annotation) };
  }));
}

/** An L2-penalised logistic regression over binary features seen at least `minCount` times, by gradient descent. */
export function trainLogistic(examples: Example[], lambda = 1, iterations = 400, minCount = 3): { bias: number; weights: Record<string, number> } {
  const labelled = examples.filter((e) => e.label !== null);
  const counts = new Map<string, number>();
  for (const e of labelled) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = labelled.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.label as number }));
  const w = new Float64Array(names.length);
  let b = 0;
  const n = rows.length;
  // Adagrad steps: each feature's step shrinks with its own gradient history, which suits sparse binary features.
  const g2 = new Float64Array(names.length).fill(1e-8);
  let gb2 = 1e-8;
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (const i of r.x) z += w[i];
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gb += err;
      for (const i of r.x) grad[i] += err;
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i] / n + (lambda / n) * w[i];
      g2[i] += g * g;
      w[i] -= (rate * g) / Math.sqrt(g2[i]);
    }
    gb2 += (gb / n) ** 2;
    b -= (rate * gb) / n / Math.sqrt(gb2);
  }
  const weights: Record<string, number> = {};
  names.forEach((f, i) => {
    if (Math.abs(w[i]) >= 1e-4) weights[f] = Math.round(w[i] * 1e4) / 1e4;
  });
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}

let proposalRules: ProposalRules | undefined;

/** The scores of some articles when their candidates are filtered by a model at a threshold (no model: the rules alone) and, given a sentence model, with its proposals. */
function scoreWith(runs: ArticleRun[], model: { bias: number; weights: Record<string, number> } | null, threshold: number, dataset: DatasetMeta, sentences?: SentenceModel) {
  proposalRules ??= buildProposalRules(loadReference());
  const m = model && ({ ...model, threshold, description: '', trained_on: '' } satisfies CandidateModel);
  const articles = runs.map((r) => {
    const keep = r.examples.map((e) => !m || plausibility(m, e.features) >= threshold);
    const kept = r.ctx.candidates.filter((_, i) => keep[i]);
    const proposed = sentences ? proposedCandidates(r.ctx, r.ctx.candidates, sentences, proposalRules!) : [];
    return { ...r.extracted, candidates: [...kept, ...proposed].sort((a, b) => a.sentence - b.sentence) };
  });
  const { tables } = normaliseArticles(articles, dataset);
  return overallScore(runs.map((r) => scoreArticle(r.text, r.annotation, tables as never)));
}

/**
 * Leave-one-batch-out cross-validation: for each corpus batch, models trained on the other sets filter and propose on
 * it; each setting is [candidate threshold (0: no filter), sentence threshold (above 1: no proposals)]. Prints each
 * setting's precision and recall over all batches and over batches 11 and later.
 */
function crossValidate(runs: ArticleRun[], dataset: DatasetMeta, lambda: number, settings: [number, number][]): void {
  const batches = [...new Set(runs.filter((r) => r.set.startsWith('batch-')).map((r) => r.set))];
  const totals = new Map<string, Counts>();
  const late = new Map<string, Counts>();
  const add = (acc: Map<string, Counts>, key: string, s: Counts) => {
    const x = acc.get(key) ?? { tp: 0, fp: 0, fn: 0, detailFields: 0, detailAgreed: 0 };
    acc.set(key, { ...x, tp: x.tp + s.tp, fp: x.fp + s.fp, fn: x.fn + s.fn });
  };
  for (const batch of batches) {
    const train = runs.filter((r) => r.set !== batch);
    const model = settings.some(([a]) => a > 0) ? trainLogistic(train.flatMap((r) => r.examples), lambda) : null;
    const categories = settings.some(([, b]) => b <= 1) ? trainSentenceModel(train.flatMap((r) => r.sentences), lambda) : {};
    const held = runs.filter((r) => r.set === batch);
    for (const [a, b] of settings) {
      const s = scoreWith(held, a > 0 ? model : null, a, dataset, b <= 1 ? { description: '', trained_on: '', threshold: b, categories } : undefined);
      add(totals, `${a}/${b}`, s);
      if (Number(batch.slice(6)) >= 11) add(late, `${a}/${b}`, s);
    }
  }
  const fmt = (c: Counts | undefined) => {
    if (!c) return '-';
    const p = c.tp / (c.tp + c.fp || 1), r = c.tp / (c.tp + c.fn || 1);
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  };
  for (const [a, b] of settings) console.log(`candidate ${String(a).padEnd(4)} sentence ${String(b).padEnd(4)} all ${fmt(totals.get(`${a}/${b}`))}   11+ ${fmt(late.get(`${a}/${b}`))}`);
}

/**
 * A held-out test of retraining: models trained on every set but the batches numbered `from` and later filter and
 * propose on those batches, beside the stored models (trained on some earlier set of batches) and the rules alone.
 * Both sides are scored on batches neither was trained on, when the stored models' training ended before `from`.
 */
function holdoutScore(runs: ArticleRun[], dataset: DatasetMeta, lambda: number, from: number, settings: [number, number][]): void {
  const held = runs.filter((r) => r.set.startsWith('batch-') && Number(r.set.slice(6)) >= from);
  const train = runs.filter((r) => !held.includes(r));
  const fmt = (c: Counts) => {
    const p = c.tp / (c.tp + c.fp || 1), r = c.tp / (c.tp + c.fn || 1);
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  };
  console.log(`held out: ${held.length} articles of batches ${from} and later; trained on ${train.length} articles`);
  console.log(`rules alone                       ${fmt(scoreWith(held, null, 0, dataset))}`);
  const stored = readJsonFile<CandidateModel>(MODEL_PATH, 'candidate model');
  const storedSentences = readJsonFile<SentenceModel>(SENTENCE_MODEL_PATH, 'sentence model');
  console.log(`stored models (${stored.threshold}/${storedSentences.threshold})            ${fmt(scoreWith(held, stored, stored.threshold, dataset, storedSentences))}`);
  const model = trainLogistic(train.flatMap((r) => r.examples), lambda);
  const categories = trainSentenceModel(train.flatMap((r) => r.sentences), lambda);
  for (const [a, b] of settings) {
    const s = scoreWith(held, a > 0 ? model : null, a, dataset, b <= 1 ? { description: '', trained_on: '', threshold: b, categories } : undefined);
    console.log(`retrained candidate ${String(a).padEnd(4)} sentence ${String(b).padEnd(4)} ${fmt(s)}`);
  }
}

/** Per category, the labelled candidates of batches numbered `from` and later that the stored candidate model keeps and drops. */
function storedModelDrops(runs: ArticleRun[], from: number): void {
  const stored = readJsonFile<CandidateModel>(MODEL_PATH, 'candidate model');
  const labelIndex = (label: 0 | 1 | null) => (label === 1 ? 0 : label === 0 ? 1 : 2);
  const byCategory = new Map<string, number[]>();
  for (const r of runs.filter((x) => x.set.startsWith('batch-') && Number(x.set.slice(6)) >= from)) {
    r.examples.forEach((e, i) => {
      const counts = byCategory.get(r.ctx.candidates[i].category) ?? [0, 0, 0, 0, 0, 0];
      counts[(plausibility(stored, e.features) < stored.threshold ? 3 : 0) + labelIndex(e.label)]++;
      byCategory.set(r.ctx.candidates[i].category, counts);
    });
  }
  console.log(`candidates of batches ${from} and later, by category: kept fact / not / optional | dropped fact / not / optional`);
  for (const [category, c] of [...byCategory].sort()) console.log(`${category.padEnd(22)} ${c.slice(0, 3).join(' / ')} | ${c.slice(3).join(' / ')}`);
}

/** Every pair of the candidate and sentence thresholds given. */
const grid = (candidate: number[], sentence: number[]): [number, number][] => candidate.flatMap((a) => sentence.map((b): [number, number] => [a, b]));

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const exclude = (opt('--exclude') ?? '').split(',').filter(Boolean);
  const lambda = Number(opt('--lambda') ?? 1);
  const dataset = readJsonFile<DatasetMeta>(join(root, 'sources/dataset.json'), 'dataset metadata');
  const sets = annotatedSets(exclude);
  const runs = runArticles(sets);
  const examples = runs.flatMap((r) => r.examples);
  console.log(`${runs.length} annotated articles in ${sets.length} sets; ${examples.length} candidates: ${examples.filter((e) => e.label === 1).length} facts, ${examples.filter((e) => e.label === 0).length} not, ${examples.filter((e) => e.label === null).length} optional`);
  if (args.includes('--cv')) crossValidate(runs, dataset, lambda, grid([0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5], [1.01]));
  if (args.includes('--cv-sentences')) crossValidate(runs, dataset, lambda, grid([0], [1.01, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]));
  if (args.includes('--cv-both')) crossValidate(runs, dataset, lambda, grid([0, 0.15, 0.2, 0.3], [1.01, 0.5, 0.6, 0.7]));
  const dropsFrom = opt('--drops-from');
  if (dropsFrom) storedModelDrops(runs, Number(dropsFrom));
  const from = opt('--holdout-from');
  if (from) holdoutScore(runs, dataset, lambda, Number(from), grid([0, 0.1, 0.2, 0.3], [1.01, 0.5, 0.6, 0.7]));
  if (args.includes('--write')) {
    const threshold = Number(opt('--threshold') ?? 0.2);
    const model = trainLogistic(examples, lambda);
    const out: CandidateModel = {
      description: 'Logistic regression over candidate features (pipeline/extract/plausibility.ts); written by pipeline/tools/train-candidate-model.ts. Candidates below the threshold are dropped.',
      trained_on: `${sets.map((s) => s.name).join(', ')}: ${runs.length} annotated articles, ${examples.filter((e) => e.label !== null).length} labelled candidates; lambda ${lambda}`,
      bias: model.bias,
      threshold,
      weights: model.weights,
    };
    writeJsonAtomic(MODEL_PATH, out);
    console.log(`wrote ${MODEL_PATH}: ${Object.keys(model.weights).length} weights, threshold ${threshold}`);
    const sentenceThreshold = Number(opt('--sentence-threshold') ?? 0.4);
    const sentences = runs.flatMap((r) => r.sentences);
    const categories = trainSentenceModel(sentences, lambda);
    const sentenceModel: SentenceModel = {
      description: 'One-against-the-rest logistic regressions over sentence features (pipeline/extract/sentence-model.ts), one per category a proposal may have; written by pipeline/tools/train-candidate-model.ts. A sentence where no trigger fired is proposed as a fact of its best category when that category passes the threshold.',
      trained_on: `${sets.map((s) => s.name).join(', ')}: ${runs.length} annotated articles, ${sentences.length} sentences (${sentences.filter((s) => s.categories.length).length} stating a fact); lambda ${lambda}`,
      threshold: sentenceThreshold,
      categories,
    };
    writeJsonAtomic(SENTENCE_MODEL_PATH, sentenceModel);
    console.log(`wrote ${SENTENCE_MODEL_PATH}: ${Object.values(categories).reduce((n, c) => n + Object.keys(c.weights).length, 0)} weights, threshold ${sentenceThreshold}`);
  }
}
