/**
 * The sentence model: for a sentence in which no trigger fired, a one-against-the-rest logistic regression per
 * category, trained on the annotated corpus (pipeline/tools/train-candidate-model.ts --sentences), gives the
 * probability that the sentence states a fact of that category. Where the best category passes the model's threshold,
 * and the sentence names the article's pair of countries and no other, it proposes a candidate: the pair as actors, the
 * category's CAMEO code, subtype `unclassified` (found by the model, not by a rule), and the sentence's own date (else,
 * in a report of the day's news, the news day). Only categories whose two actors need no direction are proposed (a
 * visit or a loan needs to know who went or who lent, which the rules decide). The weights are data
 * (sources/reference/sentence-model.json).
 */
import { existsSync } from 'node:fs';
import { readJsonFile } from '../lib/io.ts';
import type { Candidate } from './events.ts';
import { isAfterPublication, isWordedYearSpan } from './dates.ts';
import { afterBullets } from './clauses.ts';
import { phraseRegex, matchesOf, type Reference } from './reference.ts';
import type { FeatureContext } from './plausibility.ts';
import { wordsOf } from './plausibility.ts';

export interface SentenceModel {
  description: string;
  trained_on: string;
  /** A proposal needs the best category's probability at least this. */
  threshold: number;
  /** Per category: its bias and weights. */
  categories: Record<string, { bias: number; weights: Record<string, number> }>;
}

/** The categories a proposal may have: mutual acts, whose actors are a pair without a direction. */
export const PROPOSED_CATEGORIES = ['agreement', 'trade', 'diplomatic_relations', 'cultural', 'technology', 'media'];

export function loadSentenceModel(referenceDir: string): SentenceModel | null {
  const path = `${referenceDir}sentence-model.json`;
  return existsSync(path) ? readJsonFile<SentenceModel>(path, 'sentence model') : null;
}

/** The features of one sentence other than its words: where it stands and what the finders found in it. */
function sentenceTraits(index: number, ctx: FeatureContext): string[] {
  const f = ctx.facts[index];
  const focus = ctx.focus.slice(0, 2);
  const countries = new Set(f.mentions.filter((m) => m.country && m.kind !== 'organisation').map((m) => m.country!));
  return [
    `block:${ctx.blockKinds[f.block] ?? 'body'}`,
    `genre:${ctx.genre || 'none'}`,
    `pair:${focus.filter((c) => countries.has(c)).length}`,
    `third:${[...countries].some((c) => !focus.includes(c)) ? 'yes' : 'no'}`,
    `dated:${f.dates.some((d) => d.value && d.basis === 'explicit') ? 'explicit' : f.dates.some((d) => d.value) ? 'relative' : 'no'}`,
    `money:${f.money.length ? 'yes' : 'no'}`,
    `percent:${f.percents.length ? 'yes' : 'no'}`,
    `person:${f.mentions.some((m) => m.kind === 'person') ? 'yes' : 'no'}`,
    `organisation:${f.mentions.some((m) => m.kind === 'organisation') ? 'yes' : 'no'}`,
  ];
}

/** The features of one sentence (index into ctx.facts): its traits, then `w:` and each distinct word, then `b:` and each distinct pair of adjacent words. */
export function sentenceFeatures(index: number, ctx: FeatureContext): string[] {
  const f = ctx.facts[index];
  const features = sentenceTraits(index, ctx);
  const words = wordsOf(ctx.text.slice(f.start, f.end));
  for (const w of new Set(words)) features.push(`w:${w}`);
  for (let i = 1; i < words.length; i++) features.push(`b:${words[i - 1]} ${words[i]}`);
  return [...new Set(features)];
}

/**
 * The model's weights indexed once: each feature's weight in every category (0 where a category has none); and the
 * same arrays for the `w:` features by their word and for the `b:` features by their first and second word.
 */
interface WeightIndex {
  categories: string[]; biases: number[]; weights: Map<string, Float64Array>;
  words: Map<string, Counted>; bigrams: Map<string, Map<string, Counted>>;
}
/** A feature's weights, and the last call of sentenceProbabilities that added them (a feature counts once). */
interface Counted { w: Float64Array; mark: number }
let calls = 0;
const weightIndex = new WeakMap<SentenceModel, WeightIndex>();
function indexOf(model: SentenceModel): WeightIndex {
  let index = weightIndex.get(model);
  if (!index) {
    const categories = Object.keys(model.categories);
    const weights = new Map<string, Float64Array>();
    categories.forEach((c, i) => {
      for (const [name, w] of Object.entries(model.categories[c].weights)) {
        if (!weights.has(name)) weights.set(name, new Float64Array(categories.length));
        weights.get(name)![i] = w;
      }
    });
    const words = new Map<string, Counted>();
    const bigrams = new Map<string, Map<string, Counted>>();
    for (const [name, w] of weights) {
      if (name.startsWith('w:')) words.set(name.slice(2), { w, mark: 0 });
      const pair = name.startsWith('b:') ? name.slice(2).split(' ') : [];
      if (pair.length !== 2) continue; // a word has no space: a name with more than one can be no sentence's feature
      if (!bigrams.has(pair[0])) bigrams.set(pair[0], new Map());
      bigrams.get(pair[0])!.set(pair[1], { w, mark: 0 });
    }
    index = { categories, biases: categories.map((c) => model.categories[c].bias), weights, words, bigrams };
    weightIndex.set(model, index);
  }
  return index;
}

/** Each category's probability for a sentence with these features (one lookup per feature for all categories). */
export function categoryProbabilities(model: SentenceModel, features: string[]): [string, number][] {
  const { categories, biases, weights } = indexOf(model);
  const z = [...biases];
  for (const name of features) {
    const w = weights.get(name);
    if (w) for (let i = 0; i < z.length; i++) z[i] += w[i];
  }
  return categories.map((c, i) => [c, 1 / (1 + Math.exp(-z[i]))]);
}

/** Adds a feature's weights to the sums (module functions, not closures per call: tsx keeps names, each costs a property definition). */
function addWeights(z: number[], w: Float64Array): void {
  for (let i = 0; i < z.length; i++) z[i] += w[i];
}
/** Adds a feature's weights unless this call (`call`) added them already. */
function addOnce(z: number[], c: Counted | undefined, call: number): void {
  if (!c || c.mark === call) return;
  c.mark = call;
  addWeights(z, c.w);
}

/**
 * categoryProbabilities(model, sentenceFeatures(index, ctx)), the same numbers, without writing out a feature name
 * per word and pair of words: the weights are added in the same order (a feature without a weight adds nothing, and
 * each weighted feature counts once, as in the distinct features), the words' and pairs' looked up by the words.
 */
export function sentenceProbabilities(model: SentenceModel, index: number, ctx: FeatureContext): [string, number][] {
  const { categories, biases, weights, words: wordWeights, bigrams } = indexOf(model);
  const f = ctx.facts[index];
  const z = [...biases];
  for (const name of sentenceTraits(index, ctx)) {
    const w = weights.get(name);
    if (w) addWeights(z, w);
  }
  const words = wordsOf(ctx.text.slice(f.start, f.end));
  const call = ++calls;
  for (const word of words) addOnce(z, wordWeights.get(word), call);
  for (let i = 1; i < words.length; i++) addOnce(z, bigrams.get(words[i - 1])?.get(words[i]), call);
  return categories.map((c, i) => [c, 1 / (1 + Math.exp(-z[i]))]);
}

/** Whether the model may propose a fact in this sentence: the article's pair named, no other country, not a caption. */
export function proposable(index: number, ctx: FeatureContext, rules: ProposalRules): boolean {
  const f = ctx.facts[index];
  const focus = ctx.focus.slice(0, 2);
  if (focus.length < 2 || (ctx.blockKinds[f.block] ?? 'body') !== 'body') return false;
  const countries = new Set(f.mentions.filter((m) => m.country && m.kind !== 'organisation').map((m) => m.country!));
  return focus.some((c) => countries.has(c)) && [...countries].every((c) => focus.includes(c)) && !isThirdPersonAnaphor(index, ctx, focus, rules.personPronoun);
}

/**
 * Whether the sentence's "he" or "she" stands for a person of a third country, the last person the sentence before
 * names ("… the visit of Polish President Andrzej Duda to China. During a meeting with … Xi Jinping, he discussed …").
 */
function isThirdPersonAnaphor(index: number, ctx: FeatureContext, focus: string[], personPronoun: RegExp): boolean {
  const before = ctx.facts[index - 1];
  if (!before || !personPronoun.test(ctx.text.slice(ctx.facts[index].start, ctx.facts[index].end))) return false;
  const last = before.mentions.filter((m) => m.kind === 'person' && m.country).pop();
  return !!last && !focus.includes(last.country!);
}

/** Any letter (a module constant: esbuild rebuilds a \p{…} literal written inside a function at every call). */
const A_LETTER = /\p{L}/u;

/** The date a proposal takes: the sentence's first resolved date (a span of years written out only when it leads the
 * sentence: see isWordedYearSpan), else the news day of a report, else none. */
function proposalDate(index: number, ctx: FeatureContext): Candidate['date'] {
  const f = ctx.facts[index];
  const d = f.dates.find((x) => x.value && !(isWordedYearSpan(x) && A_LETTER.test(ctx.text.slice(f.start, x.start))));
  if (d) return { text: d.text, value: d.value, precision: d.precision, basis: d.basis };
  return ctx.isReport && ctx.newsDate ? { ...ctx.newsDate, basis: 'inferred_from_context' } : null;
}

/** What a proposal needs from the reference data: each category's CAMEO code, those whose undated facts are not kept, and the cues of an unasserted statement. */
export interface ProposalRules { cameo: Map<string, string>; datedOnly: Set<string>; unasserted: RegExp; /** A photo caption's marker: a caption repeats a fact of the text, it states none. */ caption: RegExp; /** "he", "she", "his", "her" (lexicon singular_person_pronouns): a person told before. */ personPronoun: RegExp }

/** The proposal rules from the reference data: the lexicon's forecast, intention, wish and negation cues mark a sentence that reports no act. */
export function buildProposalRules(ref: Reference): ProposalRules {
  const lex = ref.lexicon;
  return {
    cameo: new Map(Object.entries(ref.categories).map(([k, c]) => [k, c.cameo])),
    datedOnly: new Set(Object.entries(ref.categories).filter(([, c]) => c.dated_only).map(([k]) => k)),
    unasserted: phraseRegex([...lex.forecast_cues, ...lex.intention_cues, ...lex.clause_wish_cues, ...lex.negations], 'giu'),
    caption: new RegExp(lex.caption_marker, 'u'),
    personPronoun: phraseRegex(lex.singular_person_pronouns, 'iu'),
  };
}

/** Whether a sentence has a cue of a forecast, intention, wish or negation: "May" next to a number ("on 20 May", "May 20", "May 2019") is the month, not the modal. */
function isUnasserted(sentence: string, rules: ProposalRules): boolean {
  return matchesOf(rules.unasserted, sentence).some((m) => !(m[0] === 'May' && (/^\s*\d/.test(sentence.slice(m.index! + 3, m.index! + 6)) || /\d\s*$/.test(sentence.slice(Math.max(0, m.index! - 3), m.index!)))));
}

/** Candidates the sentence model proposes for sentences where the rules found none. */
export function proposedCandidates(ctx: FeatureContext, ruled: Candidate[], model: SentenceModel | null, rules: ProposalRules, explain?: (line: string) => void): Candidate[] {
  if (!model) return [];
  const covered = new Set(ruled.map((c) => c.sentence));
  const proposals: Candidate[] = [];
  for (const f of ctx.facts) {
    const sentence = ctx.text.slice(f.start, f.end);
    if (covered.has(f.index) || !proposable(f.index, ctx, rules) || isUnasserted(sentence, rules) || rules.caption.test(sentence)) continue;
    const [category, p] = sentenceProbabilities(model, f.index, ctx)
      .filter(([c]) => PROPOSED_CATEGORIES.includes(c))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
    if (p < model.threshold) continue;
    const date = proposalDate(f.index, ctx);
    if (!date?.value && rules.datedOnly.has(category)) continue;
    // A fact dated after publication is a plan (as the rules read it).
    if (date?.value && isAfterPublication(date.value, ctx.published)) continue;
    const [a, b] = ctx.focus.slice(0, 2);
    // "On November 5, 2019, the first export container train was dispatched … That train dispatch was organized by …":
    // a fact of the category the rules found on the same day between the same two is the one they found, told again.
    if (date?.value?.length === 10 && ruled.some((c) => c.category === category && c.date?.value === date.value && [c.actor_1, c.actor_2].sort().join() === [a, b].sort().join())) {
      if (explain) explain(`not proposed (${category}, p ${p.toFixed(2)}): [${f.index}] the rules found a ${category} fact between the two on ${date.value}`);
      continue;
    }
    if (explain) explain(`proposed by the sentence model (${category}, p ${p.toFixed(2)}): [${f.index}] ${date?.value ?? 'undated'}`);
    proposals.push({ category, subtype: 'unclassified', cameo: rules.cameo.get(category) ?? '', actor_1: a, actor_2: b, date, quote: [afterBullets(ctx.text, f.start, f.end), f.end], trigger: [f.start, f.end], rule: `model/${category}`, details: {}, sentence: f.index });
  }
  return proposals;
}
