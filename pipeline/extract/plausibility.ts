/**
 * The candidate model: a logistic regression, trained on the annotated corpus (pipeline/tools/train-candidate-model.ts),
 * that gives each candidate fact the rules found a probability of being a fact an annotator would cite. Candidates
 * below the model's threshold are dropped. The features are what a reader weighs: the rule that fired and its words,
 * how the fact is dated, whether its actors are the article's pair, what else the sentence names, where the sentence
 * stands and what kind of text it is. The weights are data (sources/reference/candidate-model.json), so a retrained model
 * changes the extraction's cache key like any other reference file.
 */
import { existsSync } from 'node:fs';
import { readJsonFile } from '../lib/io.ts';
import type { Candidate, SentenceFacts } from './events.ts';

export interface CandidateModel {
  description: string;
  /** What it was trained on and how it was measured (batches, examples, cross-validation). */
  trained_on: string;
  bias: number;
  /** Candidates whose probability is below it are dropped. */
  threshold: number;
  weights: Record<string, number>;
}

/** What the features of one article's candidates are read from. */
export interface FeatureContext {
  text: string;
  facts: SentenceFacts[];
  /** The kind of each block (title, heading, body…). */
  blockKinds: string[];
  genre: string;
  published: string;
  focus: string[];
  /** A round-up's paragraphs, each about the main country and its own other one (extract.ts roundupFocus). */
  blockFocus?: Map<number, string[]>;
  candidates: Candidate[];
  /** Whether the text reports the day's news, and that day (extract.ts newsDateOf). */
  isReport: boolean;
  newsDate: Candidate['date'];
}

/** sources/reference/candidate-model.json, or null when the reference folder has none (the rules alone decide). */
export function loadCandidateModel(referenceDir: string): CandidateModel | null {
  const path = `${referenceDir}candidate-model.json`;
  return existsSync(path) ? readJsonFile<CandidateModel>(path, 'candidate model') : null;
}

const bucket = (n: number, edges: number[]) => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `≤${edges[i]}`;
};

/**
 * A word: letters (with marks, apostrophes, hyphens) or a number. A module constant, not a literal in wordsOf: esbuild
 * (under tsx and in the stage bundles, target node20) writes a pattern literal with \p{…} outside a character class as
 * `new RegExp(…)` where it stands, so such a literal in a function is built again at every call. `match` starts a
 * global pattern at 0 and leaves it there.
 */
const WORD = /\p{L}[\p{L}\p{M}'’-]*|\d[\d.,]*/gu;

/** The words of a passage, lower-cased (letters and digits only; numbers as one token). */
export function wordsOf(passage: string): string[] {
  const lower = passage.toLowerCase();
  const words = lower.match(WORD) ?? [];
  const curly = lower.includes('’'); // without one, no word has one to straighten
  for (let i = 0; i < words.length; i++) {
    const first = words[i].charCodeAt(0);
    if (first >= 48 && first <= 57) words[i] = '#num';
    else if (curly) words[i] = words[i].replace(/’/g, "'");
  }
  return words;
}

const factKey = (c: Candidate) => `${c.category}|${c.actor_1}|${c.actor_2}`;
const countCache = new WeakMap<FeatureContext, { bySentence: Map<number, number>; byFact: Map<string, number> }>();

/** How many of the article's candidates each sentence holds, and how many share a category and actors: counted once per article. */
function countsOf(ctx: FeatureContext): { bySentence: Map<number, number>; byFact: Map<string, number> } {
  let counts = countCache.get(ctx);
  if (!counts) {
    counts = { bySentence: new Map(), byFact: new Map() };
    for (const o of ctx.candidates) {
      counts.bySentence.set(o.sentence, (counts.bySentence.get(o.sentence) ?? 0) + 1);
      counts.byFact.set(factKey(o), (counts.byFact.get(factKey(o)) ?? 0) + 1);
    }
    countCache.set(ctx, counts);
  }
  return counts;
}

/** The kinds of trait a candidate has, in the order of its features: each trait is named `<kind>:<value>`. */
const TRAITS = ['cat', 'sub', 'rule', 'trigger', 'basis', 'cat×basis', 'precision', 'age', 'actor2', 'pair', 'countries', 'third', 'block', 'position', 'genre', 'money', 'cat×money', 'person', 'same_sentence', 'repeated', 'length'];

/** The values of a candidate's traits (its features other than its words), in the order of TRAITS. */
function candidateTraits(c: Candidate, ctx: FeatureContext, quote: string): string[] {
  const f = ctx.facts[c.sentence];
  const basis = c.date?.value ? c.date.basis : 'undated';
  const pubYear = Number(ctx.published.slice(0, 4));
  const age = c.date?.value ? pubYear - Number(c.date.value.slice(0, 4)) : null;
  const countries = new Set((f?.mentions ?? []).filter((m) => m.country && m.kind !== 'organisation').map((m) => m.country!));
  const actors = [c.actor_1, c.actor_2].filter(Boolean) as string[];
  const focus = (f && ctx.blockFocus?.get(f.block)) ?? ctx.focus;
  const pair = focus.slice(0, 2);
  const counts = countsOf(ctx);
  const sameSentence = counts.bySentence.get(c.sentence) ?? 0;
  const repeated = (counts.byFact.get(factKey(c)) ?? 1) - 1;
  const trigger = ctx.text.slice(c.trigger[0], c.trigger[1]).toLowerCase().replace(/\s+/g, ' ');
  const block = f ? ctx.blockKinds[f.block] ?? 'body' : 'body';
  return [
    c.category,
    `${c.category}/${c.subtype}`,
    c.rule ?? c.category,
    trigger,
    basis,
    `${c.category}|${basis}`,
    c.date?.value ? String(c.date.precision) : 'none',
    age === null ? 'none' : age < 0 ? 'future' : bucket(age, [0, 1, 5, 15]),
    c.actor_2 ? 'named' : 'none',
    actors.length === 2 && actors.every((a) => pair.includes(a)) ? 'focus' : actors.some((a) => !focus.includes(a)) ? 'outside' : 'partial',
    bucket(countries.size, [0, 1, 2]),
    [...countries].some((k) => !actors.includes(k)) ? 'yes' : 'no',
    block,
    bucket(f?.index ?? 0, [0, 2, 9, 30]),
    ctx.genre || 'none',
    f?.money.length ? 'yes' : 'no',
    `${c.category}|${f?.money.length ? 'yes' : 'no'}`,
    f?.mentions.some((m) => m.kind === 'person') ? 'yes' : 'no',
    bucket(sameSentence, [1, 2]),
    bucket(repeated, [0, 2]),
    bucket(quote.length, [80, 160, 300]),
  ];
}

/** The features of one candidate, as names (each present feature has the value 1): its traits, then `w:` and each distinct word of its quote. */
export function candidateFeatures(c: Candidate, ctx: FeatureContext): string[] {
  const quote = ctx.text.slice(c.quote[0], c.quote[1]);
  const features = candidateTraits(c, ctx, quote).map((value, i) => `${TRAITS[i]}:${value}`);
  for (const w of new Set(wordsOf(quote))) features.push(`w:${w}`);
  return features;
}

/** The model's probability that a candidate with these features is a fact. */
export function plausibility(model: CandidateModel, features: string[]): number {
  const { weights } = weightsOf(model);
  let z = model.bias;
  for (const name of features) z += weights.get(name) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * plausibility(model, candidateFeatures(c, ctx)), the same number, without writing out the feature names: the weights
 * are added in the same order (a feature without a weight adds nothing), a trait's looked up by its value, a word's by
 * the word.
 */
export function candidatePlausibility(model: CandidateModel, c: Candidate, ctx: FeatureContext): number {
  const { traits, words } = weightsOf(model);
  const quote = ctx.text.slice(c.quote[0], c.quote[1]);
  let z = model.bias;
  const values = candidateTraits(c, ctx, quote);
  for (let i = 0; i < values.length; i++) z += traits[i].get(values[i]) ?? 0;
  const call = ++calls; // a word's weight counts once: marked with this call when added
  for (const w of wordsOf(quote)) {
    const word = words.get(w);
    if (!word || word.mark === call) continue;
    word.mark = call;
    z += word.weight;
  }
  return 1 / (1 + Math.exp(-z));
}

/** The model's weights as a map by feature name, those of `w:` features by their word, and those of traits by kind and value: built once per model. */
function weightsOf(model: CandidateModel): WeightMaps {
  let maps = weightMaps.get(model);
  if (!maps) {
    const weights = new Map(Object.entries(model.weights));
    const words = new Map<string, { weight: number; mark: number }>();
    const traits = TRAITS.map(() => new Map<string, number>());
    for (const [name, weight] of weights) {
      if (name.startsWith('w:')) words.set(name.slice(2), { weight, mark: 0 });
      const colon = name.indexOf(':'); // no kind of trait has one: the value is what follows the first
      const kind = TRAITS.indexOf(name.slice(0, colon));
      if (colon > 0 && kind >= 0) traits[kind].set(name.slice(colon + 1), weight);
    }
    weightMaps.set(model, (maps = { weights, words, traits }));
  }
  return maps;
}
/** A word's weight, and the last call of candidatePlausibility that added it. */
interface WeightMaps {
  weights: Map<string, number>; words: Map<string, { weight: number; mark: number }>;
  /** Each kind of trait's weights by the trait's value, in the order of TRAITS. */
  traits: Map<string, number>[];
}
const weightMaps = new WeakMap<CandidateModel, WeightMaps>();
let calls = 0;

/**
 * "Chinese President Xi Jinping's state visit to Belarus on May 10-12, following his visit to Russia …": a state,
 * official or working visit of a person the text names, dated to the day by the text, is kept whatever the rest of a
 * long sentence weighs in the model (which learned from words, and drops such a visit among many others, p 0.05).
 */
function isPlainDatedVisit(c: Candidate, text: string): boolean {
  return c.category === 'visit' && c.date?.precision === 'day' && (c.date.basis === 'explicit' || c.date.basis === 'relative_to_publication')
    && typeof c.details.visitor_id === 'string' && c.details.visitor_id.startsWith('person:') && PLAIN_VISIT.test(text.slice(c.trigger[0], c.trigger[1]));
}
const PLAIN_VISIT = /^(?:state|official|working)\s+(?:visits?|trips?)$/i;

/** The candidates the model finds plausible (all of them when there is no model); says why it dropped each, for --explain. */
export function plausibleCandidates(candidates: Candidate[], ctx: FeatureContext, model: CandidateModel | null, explain?: (line: string) => void): Candidate[] {
  if (!model) return candidates;
  return candidates.filter((c) => {
    if (isPlainDatedVisit(c, ctx.text)) return true;
    const p = candidatePlausibility(model, c, ctx);
    if (p >= model.threshold) return true;
    if (explain) explain(`dropped by the candidate model (p ${p.toFixed(2)} < ${model.threshold}): [${c.sentence}] ${c.rule ?? c.category} ${c.actor_1}→${c.actor_2 ?? '–'} ${c.date?.value ?? 'undated'}`);
    return false;
  });
}
