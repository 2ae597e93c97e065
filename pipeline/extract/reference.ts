/** Loads the reference data and rule lexicons in sources/reference/ into typed, indexed structures. */
import { existsSync } from 'node:fs';
import { readJsonFile } from '../lib/io.ts';
import { PipelineError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';

export interface Country { code: string; name: string; names: string[]; adjectives: string[]; prefixes: string[]; capital?: string | null; metonyms: string[] }
export interface Role { role: string; from?: string; to?: string }
export interface Person { id: string; name: string; country: string; variants: string[]; short: string[]; roles: Role[] }
export interface Organisation {
  id: string; name: string; type: string; country: string | null; variants: string[];
  /** A name many bodies share (a programme's institutes and classrooms): it names no one fact. */
  network?: boolean;
  /** A joint venture's foreign side: the country whose investment in `country` the venture is (ISO alpha-3). */
  investor?: string;
  /** A joint venture's partner companies, as the texts name them. */
  partners?: string[];
}
export interface Place { id: string; name: string; type: string; country: string | null; variants: string[] }
export interface Currency { code: string; name: string; names: string[]; symbols: string[]; valid_from?: string; valid_to?: string }
export interface Rate { currency: string; year: number; per_usd: number; approximate?: boolean; source?: string; /** The rate's own source (exchange-rates.json `sources`), when it names one. */ citation?: string }
export interface Trigger {
  category: string; subtype: string; cameo?: string; agent: 'subject' | 'visitor' | 'trigger_entity' | 'honoured' | 'addressee' | 'country_in_trigger';
  /** For a visit: the visitor is the person before the trigger (default), the one after it, the host's guest ('object'), or a delegation from the country or place named after it ('origin'); or, of the pair's two countries named in the clause, the one that is not the country of the place where it happens ('place': "Chinese and Belarusian airborne troops started a training drill near Brest"). */
  visitor?: 'subject' | 'object' | 'origin' | 'place';
  /** A generic trigger ('funded') yields to a specific one ('loan') naming the same amount. */
  generic?: boolean;
  /** A fact of the article's pair when the sentence names no country ("since diplomatic relations were established"), as pair_default categories are. */
  pair_default?: boolean;
  /** A standing state ("there are 253 companies with Chinese capital in Minsk"): with no date of its own, it holds in the publication year (the annotation guideline's rule for states). */
  standing_state?: boolean;
  /** An exchange of visits ("the leaders of the two countries exchanged visits this year"): one fact each way between the two. */
  both_ways?: boolean;
  /** A rule in force told with a modal of permission before the trigger ("Chinese citizens can stay in Belarus without a visa"): a state, as standing_state. */
  permission_standing?: boolean;
  label: string; summary?: string; keywords?: string[]; requires?: string[]; list?: boolean; pattern: string;
  /** Case-insensitive, and a faster case-sensitive twin for text already lower-cased. */
  regex: RegExp; lowerRegex: RegExp;
}
export interface Lexicon {
  number_words: Record<string, number>; ordinal_words: Record<string, number>; scale_words: Record<string, number>;
  months: Record<string, number>; relative_dates: { pattern: string; unit: 'year' | 'month' | 'week' | 'day'; offset: number }[]; anaphoric_dates: string[]; recent_event_dates: string; pair_relations_since: number;
  vague_dates: string[]; forecast_cues: string[]; subject_plan_cues: string[]; intention_cues: string[]; reporting_verbs: string[]; negations: string[];
  topic_markers: string[]; comparison_base_cues: { cues: string[]; fillers: string[] }; trade_words: string[]; uncertainty_cues: string[]; institution_nouns: string[]; person_name_stopwords: string[]; person_name_prefixes: string[]; remote_meeting_cues: string[]; external_event_nouns: string[]; national_bodies: string[]; upcoming_cues: string[]; fraction_percents: Record<string, number | string>; multiple_verbs: Record<string, number>; continuation_cues: string[]; habitual_cues: string[]; anaphoric_event_nouns: string[]; same_occasion_nouns: string[];
  subject_pronouns: string[]; person_pronouns: string[]; singular_person_pronouns: string[]; up_to_now_cues: string[];
  /** "he", "the premier": a subject standing for a person named before (events.ts anaphoricVisitorOf); optional. */
  person_anaphors?: { pronouns: string[]; titles: string[]; title_equivalents?: Record<string, string[]> }; stative_verbs: string[]; partner_prepositions: string[]; relative_pronouns: string[]; role_titles: string[];
  delegation_nouns: string[]; weekdays: Record<string, number>; seasons: string[]; anchored_offsets: { pattern: string };
  report_genres: string[]; recall_genres: string[]; us_pronoun_before: string[]; country_initiatives: Record<string, string[]>; visitor_nouns: string[]; earlier_cues: string[]; earlier_same_day: string[]; span_end_words: string[]; span_end_ahead_days: number; clause_wish_cues: string[]; negotiation_nouns: string[]; contrast_cues: string[]; purpose_cues: string[]; attributive_future_cues: string[]; attributive_present_cues: string[]; cancellation_cues: string[]; loan_document_pattern: string; site_nouns: string[]; subject_event_nouns: string[]; caption_marker: string; lender_words: string[]; lending_party_words: string[]; reported_clause: string; multilateral_partners: string; multilateral_subject: string; recipient_verbs: string[]; recipient_party_nouns: string[]; giving_verbs: string[]; provider_by_verbs: string[]; provider_nouns: string[]; provider_suffixes: string[]; host_suffixes: string[]; organisation_nouns: string[]; organisation_suffixes: string[]; name_head_nouns: string[]; organisation_name_stopwords: string[];
  pair_subject_patterns: string[]; item_rubric: string; portfolio_words: string[]; portfolio_of_phrases: string[]; anaphoric_heads: string[]; pair_trade_cues: string[]; quantity_units: string[]; non_trade_quantities: string[]; standing_stance_cues: string[]; third_party_bodies: string[]; delegation_patterns: string[]; duration_patterns: string[];
  /** Cues that a fact recurs (dates.ts recurringDate); optional so a lexicon without them still loads. */
  recurrence_cues?: { annual: string[]; recurring: string[] };
  /** What a statement of support is about (thanks, core interests, …): each stance's words, and its summary phrase or summary. */
  support_stances?: Record<string, { phrase?: string; summary?: string; words: string[] }>;
  /** Words before a count that make it a bound or an estimate, by qualifier (agreements.count_qualifier). */
  count_qualifiers?: Record<string, string[]>;
  /** A past recalled without a date ('in the past', 'when he was'): the fact stays undated (dates.ts isRecalledPast). */
  recalled_past_cues?: string[];
  /** Verbs that end a visit ('returned on Sunday'): the day they govern is the visit's end (dates.ts visitEnds). */
  visit_end_verbs?: string[];
  /** Bare verbs that share an infinitive they are joined to ('to lend …, provide …'): events.ts sharesInfinitive; optional. */
  joined_infinitive_verbs?: string[];
  /** A modal of permission and a verb of travel ('can stay', 'are allowed to enter') that make a rule in force a state (triggers.json permission_standing); optional. */
  permission_pattern?: string;
  /** A possibility named right before a trigger ('the possibility of mutual visa-free regime'): no fact yet (events.ts isAsserted); optional. */
  possibility_cues?: string[];
  /** Present-tense verbs that end a trigger telling a practice going on ('students … study'): a standing state (events.ts isStanding); optional. */
  present_practice_verbs?: string[];
  /** Words that name an industrial park or zone (triggers.json requires park_in_block); optional. */
  park_words?: string[];
  /** What a joint venture is called when the text refers back to it ('the company'): anaphoric heads of every venture (anaphora.ts); optional. */
  venture_heads?: string[];
}
/** Surnames that tell a person's country when nothing else does (sources/reference/name-origins.json). */
export interface NameOrigin { country: string; order: 'surname_first'; surnames: string[] }
export interface Reference {
  countries: Country[]; people: Person[]; organisations: Organisation[]; places: Place[]; currencies: Currency[];
  rates: Rate[]; rateSource: string; triggers: Trigger[]; categories: Record<string, { cameo: string; label: string; dated_only?: boolean; occurrence_subtypes?: string[]; figure_subtypes?: string[]; pair_default?: boolean; usual_provider?: Record<string, string>; usual_provider_subtypes?: string[]; usual_provider_firm?: boolean | string[]; yearly_subtypes?: string[] }>; lexicon: Lexicon; nameOrigins: NameOrigin[];
  countryByCode: Map<string, Country>;
}

/** sources/reference/, or the folder in REFERENCE_DIR (set by the Makefile's REFERENCE). */
export const referenceDir = (process.env.REFERENCE_DIR ? process.env.REFERENCE_DIR.replace(/\/?$/, '/') : new URL('../../sources/reference/', import.meta.url).pathname);

function table<T>(file: string, key: string): { rows: T[]; source: unknown } {
  const path = referenceDir + file;
  const data = readJsonFile<Record<string, unknown>>(path, 'reference data');
  if (!Array.isArray(data[key])) throw new PipelineError(messages.invalidReference(path, `expected an array "${key}"`));
  return { rows: data[key] as T[], source: data.source };
}

/** A short citation of a reference table's source. */
function describeSource(source: unknown): string {
  if (typeof source === 'string') return source;
  if (source && typeof source === 'object' && 'name' in source) return String((source as { name: string }).name);
  return 'sources/reference/exchange-rates.json';
}

/**
 * The curated people (people.json) followed by the generated ones (people-phoenix.json, if present) that the curated
 * list does not cover: a generated person is left out when a curated one has its id, and loses every variant or short
 * form that a curated person (or an earlier generated one) already claims; one left with no variant is left out.
 */
export function loadPeople(): Person[] {
  const arr = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const read = (file: string) => table<Person>(file, 'people').rows.map((p) => ({ ...p, variants: arr(p.variants), short: arr(p.short), roles: (p.roles ?? []) as Role[] }));
  const curated = read('people.json');
  const generated = existsSync(referenceDir + 'people-phoenix.json') ? read('people-phoenix.json') : [];
  const ids = new Set(curated.map((p) => p.id));
  const claimed = new Set(curated.flatMap((p) => [...p.variants, ...p.short]).map((v) => v.toLowerCase()));
  const merged = [...curated];
  for (const p of generated) {
    if (ids.has(p.id)) continue;
    const variants = p.variants.filter((v) => !claimed.has(v.toLowerCase()));
    if (variants.length === 0) continue;
    const short = p.short.filter((v) => !claimed.has(v.toLowerCase()));
    for (const v of [...variants, ...short]) claimed.add(v.toLowerCase());
    ids.add(p.id);
    merged.push({ ...p, name: variants.includes(p.name) ? p.name : variants[0], variants, short });
  }
  return merged;
}

let cached: Reference | undefined;
/** A trigger's pattern with each {NAME} replaced by the piece triggers.json's fragments give it (and {CARDINAL}); an unknown name is an error. */
function withFragments(pattern: string, fragments: Record<string, string>): string {
  return pattern.replace(/\{([A-Z][A-Z_]*)\}/g, (_, name: string) => {
    if (!Object.hasOwn(fragments, name)) throw new Error(`unknown fragment {${name}} (triggers.json "fragments" names ${Object.keys(fragments).join(', ')})`);
    return fragments[name];
  });
}

/** All reference data, loaded once per process. */
export function loadReference(): Reference {
  if (cached) return cached;
  const arr = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const countries = table<Country>('countries.json', 'countries').rows.map((c) => ({
    ...c, names: arr(c.names), adjectives: arr(c.adjectives), prefixes: arr(c.prefixes), metonyms: arr(c.metonyms),
  }));
  const people = loadPeople();
  const organisations = table<Organisation>('organisations.json', 'organisations').rows.map((o) => ({ ...o, variants: arr(o.variants) }));
  const places = table<Place>('places.json', 'places').rows.map((p) => ({ ...p, variants: arr(p.variants) }));
  const currencies = table<Currency>('currencies.json', 'currencies').rows.map((c) => ({ ...c, names: arr(c.names), symbols: arr(c.symbols) }));
  const rates = table<Rate>('exchange-rates.json', 'rates');
  const rateSources = (readJsonFile<{ sources?: Record<string, { name: string }> }>(referenceDir + 'exchange-rates.json', 'reference data').sources ?? {});
  const citedRates = rates.rows.map((r) => (r.source && rateSources[r.source] ? { ...r, citation: rateSources[r.source].name } : r));
  const triggerFile = readJsonFile<{ triggers: Omit<Trigger, 'regex'>[]; categories: Reference['categories']; fragments?: Record<string, string> }>(referenceDir + 'triggers.json', 'trigger lexicon');
  const lexicon = readJsonFile<Lexicon>(referenceDir + 'lexicon.json', 'lexicon');
  const fragments: Record<string, string> = { ...triggerFile.fragments, CARDINAL: cardinalPattern(lexicon.number_words) };
  const triggers = triggerFile.triggers.map((t) => {
    try {
      const pattern = decimalsWithin(spacesAsWhitespace(withFragments(t.pattern, fragments)));
      return oneShape(t, new RegExp(pattern, 'gi'), new RegExp(pattern, 'g'));
    } catch (error) {
      throw new PipelineError(messages.invalidReference(referenceDir + 'triggers.json', `pattern of ${t.category}/${t.subtype}: ${(error as Error).message}`));
    }
  });
  const nameOrigins = table<NameOrigin>('name-origins.json', 'origins').rows;
  cached = {
    countries, people, organisations, places, currencies, rates: citedRates, rateSource: describeSource(rates.source),
    triggers, categories: triggerFile.categories, lexicon, nameOrigins, countryByCode: new Map(countries.map((c) => [c.code, c])),
  };
  return cached;
}

/** The fields of a trigger in triggers.json that the rules know (see oneShape). */
const TRIGGER_FIELDS = new Set(['category', 'subtype', 'cameo', 'agent', 'visitor', 'generic', 'pair_default', 'standing_state', 'both_ways', 'permission_standing', 'label', 'summary', 'keywords', 'requires', 'list', 'pattern']);

/**
 * A trigger with every field the rules know present (undefined where triggers.json leaves it out), written in one
 * object literal so that all triggers share one hidden class, then any other field the file gives: the file's triggers
 * list their fields in 25 different orders and sets, and V8 gave each its own hidden class (a copy with `...` keeps
 * them apart too), so every read of `t.category` or `t.requires` in the rules was megamorphic, and each shape first
 * met after the rules were optimised threw the optimised code away. The values are the file's own.
 */
function oneShape(t: Omit<Trigger, 'regex' | 'lowerRegex'>, regex: RegExp, lowerRegex: RegExp): Trigger {
  const trigger: Trigger = {
    category: t.category, subtype: t.subtype, cameo: t.cameo, agent: t.agent, visitor: t.visitor, generic: t.generic, pair_default: t.pair_default, standing_state: t.standing_state, both_ways: t.both_ways, permission_standing: t.permission_standing,
    label: t.label, summary: t.summary, keywords: t.keywords, requires: t.requires, list: t.list, pattern: t.pattern, regex, lowerRegex,
  };
  for (const [key, value] of Object.entries(t)) if (!TRIGGER_FIELDS.has(key)) (trigger as unknown as Record<string, unknown>)[key] = value;
  return trigger;
}

/**
 * What `{CARDINAL}` in a trigger's pattern stands for: a count in digits ("38", "1,200") or in words, from the
 * lexicon's number_words ("nine", "twelve", "sixty-eight": a ten and a unit joined by a hyphen), so that a trigger
 * written for "9 residents" also fires on "Nine residents of the park".
 */
export function cardinalPattern(numberWords: Record<string, number>): string {
  const words = Object.keys(numberWords).filter((w) => /^[a-z]+$/.test(w));
  const units = words.filter((w) => numberWords[w] >= 1 && numberWords[w] <= 9);
  const tens = words.filter((w) => numberWords[w] >= 20 && numberWords[w] <= 90 && numberWords[w] % 10 === 0);
  const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
  return `(?:\\d[\\d,]*|(?:${longestFirst(tens)})(?:-(?:${longestFirst(units)}))?|${longestFirst(words.filter((w) => !tens.includes(w)))})`;
}

/**
 * A trigger's "[^;.]" (any character but a sentence's end) lets a decimal point through: "exported 2.5 thousand
 * tonnes of beef worth $12 million", "rose 366.7% to". Sentences are split before triggers run, so a full stop
 * inside one followed by a digit is a number's, not an end.
 */
export function decimalsWithin(pattern: string): string {
  return pattern.replaceAll('[^;.]', '(?:[^;.]|\\.(?=\\d))').replaceAll('[^;.,]', '(?:[^;.,]|[.,](?=\\d))');
}

/** A pattern whose literal spaces (outside character classes) match any run of whitespace, line breaks included. */
export function spacesAsWhitespace(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') { out += ch + (pattern[++i] ?? ''); continue; }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    if (ch === ' ' && !inClass) out += /[?*+{]/.test(pattern[i + 1] ?? '') ? '\\s' : '\\s+'; // "per ?cent" keeps its optional space
    else out += ch;
  }
  return out;
}

/** Escapes text for use inside a RegExp. */
/** A name as an id's slug: marks and apostrophes dropped, lower case, other characters as hyphens ("Green Cycle Energy" → "green-cycle-energy"). */
export const slugOf = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The joint ventures of the tables (organisations.json `investor`), by id: [investor, the country where the venture is
 * registered]. Their investment facts are the investor's in that country (events.ts hitCandidates, details.ts), and
 * "the company", "the plant" after one point back at it (anaphora.ts, lexicon venture_heads).
 */
export function venturesOf(ref: Pick<Reference, 'organisations'>): Map<string, [string, string]> {
  return new Map(ref.organisations.filter((o) => o.investor && o.country).map((o) => [o.id, [o.investor!, o.country!]]));
}

/**
 * The provider a category's fact of this subtype usually has between two countries (triggers.json usual_provider, for
 * the category's usual_provider_subtypes): the entry for the pair, its codes sorted; else null.
 */
export function usualProvider(ref: Pick<Reference, 'categories'>, category: string, subtype: string, countries: (string | null)[]): string | null {
  const c = ref.categories[category];
  if (!c?.usual_provider || !c.usual_provider_subtypes?.includes(subtype)) return null;
  const [a, b] = countries;
  if (!a || !b || a === b) return null;
  return c.usual_provider[[a, b].sort().join('-')] ?? null;
}

/**
 * The usual provider (usualProvider) when the category's is firm (triggers.json usual_provider_firm: true, or the subtypes
 * it is firm for; it holds over the clause's subject and a nearby bank of the other side); else null.
 */
export function firmUsualProvider(ref: Pick<Reference, 'categories'>, category: string, subtype: string, countries: (string | null)[]): string | null {
  const firm = ref.categories[category]?.usual_provider_firm;
  return firm === true || (Array.isArray(firm) && firm.includes(subtype)) ? usualProvider(ref, category, subtype, countries) : null;
}

/** A case-insensitive alternation of phrases on word boundaries, longest first. */
export function phraseRegex(phrases: string[], flags = 'giu'): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegex(p).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * An earlier cue ("had earlier", "previously") not followed by words of the report's own occasion ("Earlier in the day",
 * "Earlier on Monday"; lexicon earlier_same_day): anywhere in a clause, or (`lead`) opening a sentence.
 */
export function earlierCueRegex(lex: Pick<Lexicon, 'earlier_cues' | 'earlier_same_day'>, lead: boolean): RegExp {
  const sameDay = `(?!\\s+(?:${lex.earlier_same_day.join('|')}))`;
  return lead ? new RegExp(`^\\W*${phraseRegex(lex.earlier_cues, 'iu').source}${sameDay}`, 'iu') : new RegExp(`${phraseRegex(lex.earlier_cues).source}${sameDay}`, 'giu');
}

/**
 * A pattern whose test(s) answers words.some((w) => s.includes(w)): the words as literal alternatives, no flags, so one
 * scan of `s` instead of one per word (a sentence is asked this for some eighty title words, most of them absent).
 */
export function anyOf(words: string[]): RegExp {
  return words.length ? new RegExp(words.map(escapeRegex).join('|')) : /(?!)/;
}

/**
 * The words of a list that contain no other word of it ("monday" contains "day"): whether a text includes one of
 * these answers whether it includes one of the whole list, with fewer searches.
 */
export function withoutContaining(words: string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((v) => v !== w && w.includes(v)));
}

/**
 * The matches of a global pattern in `s`: the same as [...s.matchAll(re)] (from re.lastIndex, which is left as it
 * was), without the copy of the pattern that matchAll makes on each call — in the per-sentence passes that copy cost
 * more than the matching itself.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern, as matchAll does: /${re.source}/${re.flags}`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = nextIndex(s, re.lastIndex, re.unicode || /v/.test(re.flags));
  }
  re.lastIndex = from;
  return out;
}

/** The index after `i` in `s`: after the whole code point in a unicode pattern (matchAll's AdvanceStringIndex). */
function nextIndex(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
