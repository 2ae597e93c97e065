/**
 * From one sentence's mentions to candidate facts: find trigger phrases per clause, check the clause asserts
 * them (no forecast, wish, negation or question), fill the roles (actors, visitor, dates) from the mentions,
 * and carry context between sentences ("it", "the country", "during his visit", "also").
 */
import type { Reference, Trigger } from './reference.ts';
import { isMutual, delegationIdOf, isDelegationId } from '../lib/categories.ts';
import { phraseRegex, matchesOf, escapeRegex, earlierCueRegex, firmUsualProvider, usualProvider as categoryUsualProvider, venturesOf } from './reference.ts';
import type { EntityMention } from './gazetteer.ts';
import { type DateMention, daysBetween, isWithinDaysBefore, isAfterPublication, datesCompatible, visitStartAndEnd, anniversaryYears, isRecalledPast, isWordedYearSpan, isPageStamp, isSpanEnd } from './dates.ts';
import type { MoneyMention, NumberMention } from './amounts.ts';
import { within, withinClause, segmentAround, amountNearTrigger, indexUpTo, lastIndexDownTo, lastWords, firstWords, sortInPlace } from './spans.ts';
import { type Clause, clauseSpans, maskedClause, isMasked, asideSpans, foldedForMatching, type MaskRules } from './clauses.ts';
import { ATTRIBUTION_BEFORE } from './finance.ts';

export interface SentenceFacts {
  index: number; start: number; end: number; block: number;
  mentions: EntityMention[]; dates: DateMention[]; money: MoneyMention[]; percents: NumberMention[]; ordinals: NumberMention[];
}

export interface Candidate {
  category: string; subtype: string; cameo: string;
  actor_1: string; actor_2: string | null;
  date: Omit<DateMention, 'start' | 'end'> | null;
  quote: [number, number];
  trigger: [number, number];
  /** The trigger that fired: category/subtype#n, n counting that subtype's entries in triggers.json. */
  rule?: string;
  details: Record<string, unknown>;
  sentence: number;
}

export interface ArticleState {
  published: string;
  focus: string[];
  prevSubject: string | null;
  history: { country: string; at: number }[];
  prevEvents: Candidate[];
  /** The facts kept so far in the current block (a paragraph's trade figures share a period: "At the same time, exports rose 9.4%"). */
  blockEvents: Candidate[];
  prevBlock: number;
  /** People named in the previous sentence ("the two leaders", "he"). */
  prevPeople: string[];
  /** The people named so far, latest last, with the title written before each and whether it was a sentence's subject ("he", "the premier"). */
  recentPeople: RecentPerson[];
  visits: Candidate[];
  /** A date set by a paragraph's opening adverbial ("During Premier Wen’s visit in 2007, ..."): the frame for the paragraph's undated sentences. */
  frame: Candidate['date'];
  /** The last date the text gave, for "two years earlier". */
  lastDate: string | null;
  /** The date of the sentence that last named each event noun with one date of its own ("On December 6, the 2nd meeting … was held"): what "during the meeting" refers to. */
  eventNounDates?: Map<string, Candidate['date']>;
  /** When set, why each trigger hit was dropped (extract --explain). */
  trace?: string[];
  /** The day a news report is about: a date near publication the text gives, else the publication date (null for analysis). */
  newsDate: Candidate['date'];
  /** The latest facts dated close to publication (the news a report is about): the date of its undated events. */
  newsEvents: Candidate[];
  /** The lender organisations (banks, funds) the text named last: "Belarus and Exim Bank signed …; they agreed to provide credit". */
  prevLenders: EntityMention[];
  /** Whether the text reports the day's news (its genre is one of the lexicon's report_genres). */
  isReport: boolean;
  /** Whether the article's genre recalls past events (lexicon recall_genres: analysis): a past event it tells undated is not of the page's day. */
  recallsPast?: boolean;
  /** The provider and recipient the article last gave money, aid or an investment, by category, and the block it gave them in. */
  moneyPairs: Map<string, { pair: [string, string]; block: number }>;
  /** Countries outside the focus the article's headline names: they may act with a focus country (extract.ts countriesInHeadline). */
  alsoNamed?: string[];
  /** The focus countries the article's headline names (extract.ts countriesInHeadline): with a focus of three or more, two of them are the article's pair. */
  headlineFocus?: string[];
  /** The country of the place a block's dateline names ("DUSHANBE, July 16 (Xinhua) --"), by block. */
  datelineCountry: Map<number, string>;
  /** People found in the text (titled names not in the tables) by id, with their full names ("Zhang" → "Zhang Guoqing"). */
  textPeople?: Map<string, { name: string }>;
  /** The index of the body's first sentence (after any title): a report's lead, which states its news. */
  leadSentence?: number;
  /** Whether a sentence before (the headline included) named an international body: "… voted against the resolution" then needs none of its own. */
  bodyNamed?: boolean;
  /** Every sentence of the article with its mentions and dates, for the few rules that read a later sentence. */
  sentences?: SentenceFacts[];
}

export interface RecentPerson { mention: EntityMention; title: string; subject: boolean }

export interface EventRules {
  ref: Reference; masks: MaskRules;
  /** Whether some trigger has no keywords; otherwise a sentence without any keyword states no fact, and its clauses need no analysis. */
  triggersWithoutKeywords: boolean;
  /** The trigger keywords, found in one pass over a text (see keywordIndex). */
  keywords: KeywordIndex;
  /** For each keyword, the positions in ref.triggers of the triggers it admits; and the triggers that need none. */
  triggersByKeyword: Map<string, number[]>;
  triggersWithout: number[];
  /** Scratch space for triggersFor: one mark per trigger, all 0 between calls. */
  admitted: Uint8Array;
  forecast: RegExp;
  /** The forecast cues and the modals that make an event noun heading its clause a plan (lexicon subject_plan_cues). */
  subjectPlan: RegExp;
  intention: RegExp; reporting: RegExp; negation: RegExp; continuation: RegExp; habitual: RegExp;
  anaphoricEvent: RegExp;
  /** The stances of political support (lexicon support_stances), in the lexicon's order: [stance, its words]. */
  supportStances: [string, RegExp][];
  /** Each event noun's other nouns for the same occasion, in the lexicon's order (same_occasion_nouns). */
  sameOccasion: Map<string, string[]>; pronoun: RegExp; personPronoun: RegExp; stative: RegExp; permission: RegExp; possibility: RegExp; partnerPrep: RegExp; mediaWord: RegExp;
  /** Present perfect ("has participated", "have conducted"): an ongoing state, which inherits no date from context. */
  perfect: RegExp;
  /** A trigger's last words as a present-tense verb of a practice ("students … study": lexicon present_practice_verbs). */
  presentPractice: RegExp;
  /** "two years earlier": counted from the date before. */
  anchored: RegExp;
  /** Lenders and bodies other than the two countries (IMF, World Bank, EU). */
  thirdParty: RegExp;
  /** "headed a delegation of XJTU to", "sent a team to": a group led or sent, right before an infinitive of its purpose. */
  ledGroupTo: RegExp;
  /** A body's name head and its "for"/"of" right before a trigger: "the Fund for " (lexicon name_head_nouns, capitalised). */
  nameHeadBefore: RegExp;
  /** The lexicon's delegation nouns ("delegation", "mission", "team"), singular or plural. */
  delegationNoun: RegExp;
  /** A group (lexicon delegation_nouns) named as the subject right before a verb, after a comma: ", the delegation (also) inspected". */
  groupSubjectBefore: RegExp;
  /** Money's direction: the recipient's verbs ("Minsk was allocated"), verbs naming the recipient next ("provide Belarus with"), the provider's nouns after a country adjective ("Chinese loans", "Chinese-built"). */
  recipientAfter: RegExp; givingBefore: RegExp;
  /** After a country adjective, a party's noun and a recipient verb: "the Belarusian side received" (lexicon recipient_party_nouns). */
  recipientAfterParty: RegExp; providerAfter: RegExp; hostAfter: RegExp;
  /** After the money's noun, a giving verb's participle and "by" right before a mention: it names the provider ("loans extended by Chinese banks"). */
  providerBy: RegExp;
  /** A giving verb or a provider's participle ending a passage ("… having been donated"): the trigger's own verb, whose "by" names the provider. */
  givingEnd: RegExp;
  /** A month's name, written in full or short (lexicon months). */
  monthName: RegExp;
  /** Each country's initiatives, principles and laws (lexicon country_initiatives), as [country, pattern]. */
  initiatives: [string, RegExp][];
  /** Lender organisations by a word of their name; words that name a lender without naming it ("Chinese banks"). */
  lender: RegExp; lendingParty: RegExp;
  /** A reporting verb and "that": what follows is the reported clause, with its own subject (lexicon reported_clause). */
  reportedClause: RegExp;
  /** "by the two countries", "by both sides" right after a trigger: the pair as the agent of a passive (lexicon pair_subject_patterns). */
  pairAgentAfter: RegExp;
  /** "the two countries ", "both sides have " ending the words before a verb: the pair as its subject (lexicon pair_subject_patterns). */
  pairSubjectEnd: RegExp;
  /** "as always", "continue to" after "will": a standing stance (lexicon standing_stance_cues). */
  standingStance: RegExp;
  /** A physical quantity: a number before a unit of lexicon quantity_units ("2.5 ths t", "14,000 TEU"). */
  quantity: RegExp;
  /** "with 51 countries": a multilateral fact, not one between the pair. */
  multilateral: RegExp;
  /** Organisations whose name many bodies share (organisations.json `network`): no fact's key. */
  networkNames: Set<string>;
  /** Joint ventures (organisations.json investor), by id: [investor, the country where the venture is registered]. */
  ventures: Map<string, [string, string]>;
  /** An agreement that is a loan: "loan agreement", "agreement on a loan" (lexicon loan_document_pattern). */
  loanDocument: RegExp;
  /** A figure with a scale of a million or more, currency or not ("65.7 million", "30mn"): lexicon scale_words. */
  scaledFigure: RegExp;
  /** Words of a span up to now ("so far", "to date": lexicon up_to_now_cues, "over the years", "since 2015"), which make a past tense no single occurrence; not a since-clause. */
  spanSoFar: RegExp;
  /** Up-to-now cues, "as of now", "by now", or "By far," opening a clause (a non-native "so far"): a state as of the page's day. */
  stateSoFar: RegExp;
  /** A count of countries as the subject: '160 countries and territories have granted …' (lexicon multilateral_subject). */
  multilateralSubject: RegExp;
  /** Who can visit when no person is named: a delegation, a minister, specialists (lexicon visitor_nouns). */
  visitorNoun: RegExp;
  /** The same words, global: every visitor noun of a passage. */
  visitorNouns: RegExp;
  /** A visitor noun right at the start of a passage: "[Belarusian] head of state". */
  visitorNounNext: RegExp;
  /** A subject standing for a person named before: "he", "the premier", "the Chinese president" (lexicon person_anaphors). */
  personAnaphor: RegExp | null;
  /** Each reference person's roles, lower-cased, for matching "the premier" to the person it stands for. */
  rolesOf: Map<string, string>;
  /** A cue and its filler words right before a date that is the base of a comparison ("as compared with the same period"; lexicon comparison_base_cues). */
  comparisonBase: RegExp;
  /** Words of trade (lexicon trade_words): "an 11-time increase" is a trade figure only in their context. */
  tradeWord: RegExp;
  /** A word naming an industrial park or zone (lexicon park_words). */
  parkWord: RegExp;
  /** The first of a quantity that is not trade (lexicon non_trade_quantities: output, proceeds, taxes) or a word of trade. */
  tradeOrOtherQuantity: RegExp;
  /** "it remains unclear whether", "claimed that" (lexicon uncertainty_cues): what follows in the clause is not asserted. */
  uncertainty: RegExp;
  /** Talks by video or phone (lexicon remote_meeting_cues): no one travelled, so no visit. */
  remoteMeeting: RegExp;
  /** "following … presidential election ", "after the protests ": ending right before a date, what the date belongs to (lexicon external_event_nouns). */
  afterExternalEvent: RegExp;
  /** "the parliament voted" (lexicon national_bodies): a body of one country, whose vote is no UN vote. */
  nationalBody: RegExp;
  /** "before Lukashenko's visit to China", "ahead of the visit" (lexicon upcoming_cues): a visit still to come when told. */
  upcoming: RegExp;
  /** "had earlier", "previously": an event told as before the news (lexicon earlier_cues). */
  earlier: RegExp;
  /** "hoped that", "expressed the hope": the rest of the clause is a wish (lexicon clause_wish_cues). */
  clauseWish: RegExp;
  /** "talks on", "negotiations about" and up to two words, ending where a trigger starts (lexicon negotiation_nouns): the act is their topic. */
  talksTopic: RegExp;
  /** A generic comparison open before the trigger (lexicon contrast_cues: "Unlike most trade fairs, …"). */
  contrast: RegExp;
  /** A purpose open a few words before the trigger (lexicon purpose_cues: "for the sake of spending the money on"). */
  purpose: RegExp;
  /** ", and" before a capitalised role title (lexicon role_titles): another person brought in, in a clause of their own. */
  andTitled: RegExp;
  /** A finite verb: tells ", and in 2016 the bank renewed ..." (a new clause) from ", and Ukraine in 2009" (a list). */
  finiteVerb: RegExp;
  /** "Lukashenka's planned visit", "the upcoming signing" (lexicon attributive_future_cues), ending where the trigger starts. */
  attributiveFuture: RegExp;
  /** "the current state visit": an event under way as the text is written (lexicon attributive_present_cues). */
  attributivePresent: RegExp;
  /** "Lukashenka's Trip to China Canceled", "the visit was postponed" (lexicon cancellation_cues), read from the trigger's end. */
  cancelledAfter: RegExp;
  /** "visited the complex", "toured the plant", "visited a house-building plant" (lexicon site_nouns), read from the trigger's end. */
  siteVisited: RegExp;
  /** An event noun at a word's start, as one heading a clause ("The signing of …", "Xi's visit to …": lexicon subject_event_nouns). */
  subjectEventNoun: RegExp;
  /** The same nouns, every occurrence (global). */
  subjectEventNounAll: RegExp;
  /** "bilateral", "between the two countries" (lexicon pair_trade_cues): a trade figure of the article's pair. */
  pairTrade: RegExp;
}

/**
 * The trigger keywords as an Aho–Corasick automaton, so one pass over a text, one step a character, finds those it
 * contains. State 0 is the root; the states are the nodes of the keywords' trie. After an ASCII character c, state n
 * goes to ascii[n * width + classOf[c]] (the trie's child, else where its fail state goes: a full table, with one
 * column per ASCII character the keywords use and one for all the others, which lead back to the root: a table of
 * 128 columns did not stay in the processor's cache, and its reads were most of a pass); after any other
 * character, to the trie's child other.get(n * 65536 + c), else the fail states are followed until one has that child
 * (the root if none). A state is reached exactly when the text read ends with the keyword path to it, so the keywords
 * the text contains are those ending at its states or at their fail states: words[n] are the keywords ending at n,
 * ends[n] is 1 when some keyword ends at n or at one of its fail states.
 */
interface KeywordIndex {
  ascii: Uint16Array | Int32Array; other: Map<number, number>; fail: Int32Array; words: (string[] | undefined)[]; ends: Uint8Array;
  /** Each ASCII character's column in `ascii` (0: a character no keyword has), and the number of columns (a power of two). */
  classOf: Uint8Array; width: number;
  /** Each state's depth: the length of the keyword path to it (the keywords ending at it are this long). */
  depth: Int32Array;
  /** For each state, the positions in ref.triggers of the triggers admitted by the keywords ending at it or at its fail states (set by buildEventRules). */
  admits: (number[] | undefined)[];
}

function keywordIndex(keywords: string[]): KeywordIndex {
  const children: Map<number, number>[] = [new Map()];
  const words: (string[] | undefined)[] = [undefined];
  for (const k of keywords) {
    let at = 0;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      let next = children[at].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        words.push(undefined);
        children[at].set(c, next);
      }
      at = next;
    }
    (words[at] ??= []).push(k);
  }
  const n = children.length;
  const depth = new Int32Array(n);
  const ascii = new Int32Array(n * 128);
  const other = new Map<number, number>();
  const fail = new Int32Array(n);
  const ends = new Uint8Array(n);
  const order: number[] = []; // breadth first: a state's fail state comes before it
  for (const [c, child] of children[0]) {
    if (c < 128) ascii[c] = child;
    else other.set(c, child);
    depth[child] = 1;
    order.push(child);
  }
  ends[0] = words[0] ? 1 : 0;
  for (let q = 0; q < order.length; q++) {
    const state = order[q];
    ends[state] = words[state] || ends[fail[state]] ? 1 : 0;
    for (let c = 0; c < 128; c++) ascii[state * 128 + c] = ascii[fail[state] * 128 + c];
    for (const [c, child] of children[state]) {
      let f = fail[state];
      if (c < 128) {
        f = ascii[f * 128 + c];
        ascii[state * 128 + c] = child;
      } else {
        while (f !== 0 && !children[f].has(c)) f = fail[f];
        f = children[f].get(c) ?? 0;
        other.set(state * 65536 + c, child);
      }
      fail[child] = f;
      depth[child] = depth[state] + 1;
      order.push(child);
    }
  }
  // The table kept: only the columns of the ASCII characters the keywords use, and column 0 for all others (their
  // transitions all lead to the root, as no state has a child for them).
  const classOf = new Uint8Array(128);
  let classes = 1;
  for (const k of keywords) for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) < 128 && !classOf[k.charCodeAt(i)]) classOf[k.charCodeAt(i)] = classes++;
  const width = 2 ** Math.ceil(Math.log2(classes));
  const compact = n < 65536 ? new Uint16Array(n * width) : new Int32Array(n * width);
  for (let c = 0; c < 128; c++) if (classOf[c]) for (let s = 0; s < n; s++) compact[s * width + classOf[c]] = ascii[s * 128 + c];
  return { ascii: compact, classOf, width, other, fail, words, ends, depth, admits: [] };
}

/** The state after reading character code c in `state` (see KeywordIndex). */
function nextState(index: KeywordIndex, state: number, c: number): number {
  if (c < 128) return index.ascii[state * index.width + index.classOf[c]];
  for (let at = state; ; at = index.fail[at]) {
    const child = index.other.get(at * 65536 + c);
    if (child !== undefined) return child;
    if (at === 0) return 0;
  }
}

/** Marks the triggers a state admits (a module function: tsx keeps names, so a closure made per call costs a property definition). */
function markAdmitted(triggers: number[] | undefined, admitted: Uint8Array): void {
  if (triggers) for (let k = 0; k < triggers.length; k++) admitted[triggers[k]] = 1;
}

/**
 * The positions in ref.triggers of the triggers whose keywords (any one) `lower` contains, or that need none, in order:
 * one pass over `lower` through the keyword automaton, each state marking the triggers its keywords admit.
 */
export function triggersFor(lower: string, rules: EventRules): number[] {
  const admitted = rules.admitted; // all 0 between calls
  for (const i of rules.triggersWithout) admitted[i] = 1;
  const index = rules.keywords;
  const { admits } = index;
  markAdmitted(admits[0], admitted);
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    state = nextState(index, state, lower.charCodeAt(i));
    markAdmitted(admits[state], admitted);
  }
  const out: number[] = [];
  for (let i = 0; i < admitted.length; i++) {
    if (admitted[i]) out.push(i);
    admitted[i] = 0;
  }
  return out;
}

/**
 * Where trigger keywords end in `lower` (a sentence lower-cased), from one pass through the keyword automaton: the
 * index of each character at which some keyword ends, and the automaton's state there, as pairs [at, state, at,
 * state, …]. Every keyword ending at `at` is on that state's fail chain (see KeywordIndex), so the keywords of any
 * stretch of the sentence can be read from these hits (triggersWithin) without another pass over it.
 */
export function keywordHits(lower: string, rules: EventRules): number[] {
  const index = rules.keywords;
  const hits: number[] = [];
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    state = nextState(index, state, lower.charCodeAt(i));
    if (index.ends[state]) hits.push(i, state);
  }
  return hits;
}

/**
 * triggersFor(lower.slice(from, to), rules) from the keyword hits of `lower` (keywordHits): a keyword ending at a hit
 * lies in [from, to) when the hit does and the keyword is no longer than the stretch before it, so each hit's fail
 * chain is followed down to the first state no deeper than that (whose admitted triggers are all keywords that short).
 */
export function triggersWithin(hits: number[], from: number, to: number, rules: EventRules): number[] {
  const admitted = rules.admitted; // all 0 between calls
  for (const i of rules.triggersWithout) admitted[i] = 1;
  const index = rules.keywords;
  markAdmitted(index.admits[0], admitted);
  for (let k = 0; k < hits.length; k += 2) {
    const at = hits[k];
    if (at < from) continue;
    if (at >= to) break;
    let state = hits[k + 1];
    while (index.depth[state] > at - from + 1) state = index.fail[state];
    markAdmitted(index.admits[state], admitted);
  }
  const out: number[] = [];
  for (let i = 0; i < admitted.length; i++) {
    if (admitted[i]) out.push(i);
    admitted[i] = 0;
  }
  return out;
}

/** Each keyword's triggers (their positions in `triggers`), and the triggers without keywords. */
function triggersByKeyword(triggers: Trigger[]): { triggersByKeyword: Map<string, number[]>; triggersWithout: number[] } {
  const byKeyword = new Map<string, number[]>();
  const without: number[] = [];
  triggers.forEach((t, i) => {
    if (!t.keywords) { without.push(i); return; }
    for (const k of new Set(t.keywords)) byKeyword.set(k, [...(byKeyword.get(k) ?? []), i]);
  });
  return { triggersByKeyword: byKeyword, triggersWithout: without };
}

/** For each state of the keyword automaton, the triggers admitted by the keywords ending at it or at its fail states. */
function admittedByStates(index: KeywordIndex, byKeyword: Map<string, number[]>): (number[] | undefined)[] {
  const keywordsAt = (state: number): string[] => {
    const out: string[] = [];
    for (let at = state; ; at = index.fail[at]) {
      out.push(...(index.words[at] ?? []));
      if (at === 0) return out;
    }
  };
  return index.words.map((_, state) => {
    const triggers = [...new Set(keywordsAt(state).flatMap((k) => byKeyword.get(k)!))].sort((a, b) => a - b);
    return triggers.length ? triggers : undefined;
  });
}

/** Compiles the cue lists of the lexicon into regexes. */
export function buildEventRules(ref: Reference, masks: MaskRules): EventRules {
  const lex = ref.lexicon;
  const delegationNouns = lex.delegation_nouns.join('|');
  const upToNow = lex.up_to_now_cues.map(escapeRegex).join('|');
  const keywords = [...new Set(ref.triggers.flatMap((t) => t.keywords ?? []))].sort((a, b) => b.length - a.length);
  const triggersWithoutKeywords = ref.triggers.some((t) => !t.keywords?.length);
  const index = keywordIndex(keywords);
  const visitorNoun = phraseRegex(lex.visitor_nouns, 'iu');
  const givingVerbs = phraseRegex([...lex.giving_verbs, ...lex.provider_by_verbs], 'iu');
  const byKeyword = triggersByKeyword(ref.triggers);
  index.admits = admittedByStates(index, byKeyword.triggersByKeyword);
  return {
    ref, masks,
    triggersWithoutKeywords,
    keywords: index,
    ...byKeyword,
    admitted: new Uint8Array(ref.triggers.length),
    forecast: phraseRegex(lex.forecast_cues), subjectPlan: phraseRegex([...lex.forecast_cues, ...lex.subject_plan_cues]), intention: phraseRegex(lex.intention_cues), reporting: phraseRegex(lex.reporting_verbs),
    negation: phraseRegex(lex.negations), continuation: phraseRegex(lex.continuation_cues), habitual: phraseRegex(lex.habitual_cues),
    anaphoricEvent: phraseRegex(lex.anaphoric_event_nouns),
    supportStances: Object.entries(lex.support_stances ?? {}).map(([stance, { words }]): [string, RegExp] => [stance, stanceRegex(words)]),
    sameOccasion: new Map(lex.same_occasion_nouns.map((n): [string, string[]] => [n, lex.same_occasion_nouns.filter((o) => o !== n)])),
    pronoun: new RegExp(`${phraseRegex(lex.subject_pronouns).source}|\\b(?:${lex.pair_subject_patterns.join('|')})\\b`, 'giu'),
    pairSubjectEnd: new RegExp(`\\b(?:${lex.pair_subject_patterns.join('|')})\\s+(?:have\\s+|had\\s+|also\\s+)?$`, 'iu'),
    pairAgentAfter: new RegExp(`^\\s*by\\s+(?:${lex.pair_subject_patterns.join('|')})\\b`, 'iu'),
    personPronoun: phraseRegex(lex.person_pronouns), stative: phraseRegex(lex.stative_verbs), permission: lex.permission_pattern ? new RegExp(lex.permission_pattern, 'iu') : /(?!)/, possibility: lex.possibility_cues?.length ? new RegExp(`${phraseRegex(lex.possibility_cues, 'iu').source}(?:\\s+[\\p{L}\\p{N}’'-]+){0,2}\\s*$`, 'iu') : /(?!)/,
    partnerPrep: new RegExp(`${phraseRegex(lex.partner_prepositions, 'iu').source}\\s+(?:the\\s+)?$`, 'iu'),
    anchored: new RegExp(lex.anchored_offsets.pattern, 'i'),
    thirdParty: new RegExp(phraseRegex(lex.third_party_bodies, 'u').source, 'gu'),
    delegationNoun: new RegExp(`\\b(?:${delegationNouns})s?\\b`, 'giu'),
    groupSubjectBefore: new RegExp(`[,;]\\s*(?:the|this|our|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${delegationNouns})s?\\s+(?:also\\s+|then\\s+|later\\s+|further\\s+)?$`, 'iu'),
    nameHeadBefore: new RegExp(`\\b(?:${lex.name_head_nouns.join('|')})\\s+(?:for|of)\\s+(?:the\\s+)?$`, 'u'),
    ledGroupTo: new RegExp(`\\b(?:led|headed|sent|dispatched)\\s+(?:[\\p{L}\\p{N}’'.()-]+\\s+){0,6}?(?:${delegationNouns})s?\\s+(?:[\\p{L}\\p{N}’'.()-]+\\s+){0,8}?to$`, 'iu'),
    recipientAfter: new RegExp(`^[\\s,’'s]*(?:(?:has|have|had|also|already|then|now)\\s+)*${phraseRegex(lex.recipient_verbs, 'iu').source}`, 'iu'),
    recipientAfterParty: new RegExp(`^\\s+${phraseRegex(lex.recipient_party_nouns, 'iu').source}\\s+(?:(?:has|have|had|also|already|then|now)\\s+)*${phraseRegex(lex.recipient_verbs, 'iu').source}`, 'iu'),
    multilateral: new RegExp(lex.multilateral_partners, 'iu'),
    networkNames: new Set(ref.organisations.filter((o) => o.network).map((o) => o.id)),
    ventures: venturesOf(ref),
    loanDocument: new RegExp(lex.loan_document_pattern, 'iu'),
    scaledFigure: scaledFigureRegex(lex),
    spanSoFar: new RegExp(String.raw`\b(?:${upToNow}|over the years|since(?!${SINCE_SUBJECT}))\b`, 'i'),
    stateSoFar: new RegExp(String.raw`\b(?:${upToNow}|as of (?:now|today)|by now)\b|^\W*by far,`, 'i'),
    multilateralSubject: new RegExp(lex.multilateral_subject, 'iu'),
    standingStance: phraseRegex(lex.standing_stance_cues, 'iu'),
    quantity: new RegExp(`\\b\\d[\\d,.]*\\s*(?:(?:thousand|million|ths\\.?|thsd\\.?|thous\\.?|mln\\.?)\\s*)?${phraseRegex(lex.quantity_units, 'iu').source}`, 'iu'),
    lender: phraseRegex(lex.lender_words, 'iu'), lendingParty: phraseRegex(lex.lending_party_words, 'iu'),
    reportedClause: new RegExp(lex.reported_clause, 'giu'),
    visitorNoun,
    visitorNouns: new RegExp(visitorNoun.source, 'giu'),
    // "the visit of an official delegation of Gomel Oblast": up to two lower-case words describing the visitor before its
    // noun (matched case-sensitively, so no name is taken for one: the nouns in both cases).
    visitorNounNext: new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${phraseRegex(lex.visitor_nouns.flatMap((n) => [n, n.charAt(0).toUpperCase() + n.slice(1)]), 'u').source}`, 'u'),
    personAnaphor: personAnaphorRegex(lex),
    rolesOf: new Map(ref.people.map((p) => [p.id, p.roles.map((r) => r.role).join('; ').toLowerCase()])),
    // "had earlier agreed", not "Earlier in the day" (the report's own occasion).
    earlier: earlierCueRegex(lex, false),
    tradeWord: phraseRegex(lex.trade_words, 'iu'),
    parkWord: lex.park_words?.length ? phraseRegex(lex.park_words, 'iu') : /(?!)/,
    tradeOrOtherQuantity: phraseRegex([...lex.trade_words, ...lex.non_trade_quantities], 'iu'),
    uncertainty: phraseRegex(lex.uncertainty_cues, 'iu'),
    remoteMeeting: phraseRegex(lex.remote_meeting_cues, 'iu'),
    afterExternalEvent: new RegExp(`\\b(?:following|after|ahead\\s+of|in\\s+the\\s+(?:wake|aftermath)\\s+of)\\s+(?:[^\\s,;()]+\\s+){0,6}?${phraseRegex(lex.external_event_nouns, 'iu').source}\\s+$`, 'iu'),
    nationalBody: phraseRegex(lex.national_bodies, 'iu'),
    upcoming: new RegExp(`${phraseRegex(lex.upcoming_cues, 'iu').source}(?:\\s+[\\p{L}’'.-]+){0,6}\\s*$`, 'iu'),
    comparisonBase: new RegExp(`${phraseRegex(lex.comparison_base_cues.cues, 'iu').source}(?:\\s+(?:${lex.comparison_base_cues.fillers.map(escapeRegex).join('|')}))*\\s+$`, 'iu'),
    clauseWish: phraseRegex(lex.clause_wish_cues),
    andTitled: new RegExp(`,\\s+and\\s+(?:the\\s+)?(?:(?:First\\s+)?(?:Deputy|Vice|Acting)[\\s-]+)?${phraseRegex(lex.role_titles, 'u').source}`, 'u'),
    contrast: new RegExp(`(?<![\\p{L}])${phraseRegex(lex.contrast_cues, 'iu').source}(?:\\s+[^,;:.!?]{0,60})?$`, 'iu'),
    purpose: new RegExp(`(?<![\\p{L}])${phraseRegex(lex.purpose_cues, 'iu').source}(?:\\s+[^\\s,;:.!?]+){0,6}\\s*$`, 'iu'),
    // Lower-case words only between, and no conjunction ("talks on Monday and signed", "talks on cooperation and signed":
    // a day, or a clause of its own): no 'i' flag.
    talksTopic: new RegExp(`(?<![\\p{L}])(?:${lex.negotiation_nouns.map((n) => `[${n[0]}${n[0].toUpperCase()}]${escapeRegex(n.slice(1))}`).join('|')})\\s+(?:on|about|over|regarding)(?:\\s+(?!(?:and|or|then|but)\\b)[\\p{Ll}\\p{N}-]+){0,3}\\s*$`, 'u'),
    attributiveFuture: new RegExp(`${phraseRegex(lex.attributive_future_cues, 'iu').source}(?:\\s+[\\p{L}’'-]+){0,2}\\s*$`, 'iu'),
    attributivePresent: new RegExp(`${phraseRegex(lex.attributive_present_cues, 'iu').source}(?:\\s+[\\p{L}’'-]+){0,2}\\s*$`, 'iu'),
    cancelledAfter: new RegExp(`^(?:\\s+(?!(?:that|which|who|after|before|because|although|and|but|when|not|never)\\b)[\\p{L}\\p{N}’'.-]+){0,6}?\\s+${phraseRegex(lex.cancellation_cues, 'iu').source}`, 'iu'),
    siteVisited: new RegExp(`^\\s+(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,2}?${phraseRegex(lex.site_nouns, 'iu').source}(?![\\p{L}-])`, 'iu'),
    subjectEventNoun: new RegExp(`(?<=^|[\\s'’])${phraseRegex(lex.subject_event_nouns, 'iu').source}`, 'iu'),
    subjectEventNounAll: phraseRegex(lex.subject_event_nouns, 'giu'),
    pairTrade: phraseRegex(lex.pair_trade_cues, 'iu'),
    givingBefore: new RegExp(`${phraseRegex(lex.giving_verbs, 'iu').source}\\s+(?:the\\s+)?$`, 'iu'),
    initiatives: Object.entries(lex.country_initiatives).map(([c, names]): [string, RegExp] => [c, phraseRegex(names, 'iu')]),
    monthName: new RegExp(`\\b(?:${Object.keys(lex.months).map((m) => m.replace('.', '\\.')).join('|')})(?![\\p{L}])`, 'iu'),
    providerBy: new RegExp(`^\\s+(?:[\\p{L}$€\\d.-]+\\s+){0,3}?${givingVerbs.source}\\s+by\\s+(?:the\\s+)?$`, 'iu'),
    givingEnd: new RegExp(`${givingVerbs.source}$`, 'iu'),
    providerAfter: new RegExp(`^-?(?:${lex.provider_suffixes.map((x) => x.replace(/^-/, '')).join('|')})\\b|^\\s+(?:[\\p{L}-]+\\s+)?${phraseRegex(lex.provider_nouns, 'iu').source}`, 'iu'),
    hostAfter: new RegExp(`^-?(?:${lex.host_suffixes.map((x) => x.replace(/^-/, '')).join('|')})\\b`, 'iu'),
    finiteVerb: /\b(?:[a-z]+ed|is|are|was|were|has|have|had|did|does|said|made|gave|took|held|met|sold|bought|grew|rose|fell|came|went|led|won|set|put|began|became|unveiled|opened)\b/,
    presentPractice: lex.present_practice_verbs?.length ? presentPracticeRegex(phraseRegex(lex.present_practice_verbs, 'iu').source) : /(?!)/,
    perfect: /\b(?:has|have)\s+(?:(?:\w+ly|already)\s+)?(?:been\s+)?(?:\w+(?:ed|en|wn|ne|t)|made|paid|held|said|built|brought|bought|sold|sent|spent|met|led|kept|found|won|begun|become|come|grown|shown|laid|had)\b/iu,
    mediaWord: /\b(?:media|press|newspapers?|news agenc(?:y|ies)|news sources?|television|tv|broadcasters?|daily|dailies)\b/iu,
  };
}

/** Where a sentence's lead ends: its first comma, or the colon or dash of "2015: …", "March 2013 — …". */
function leadEnd(text: string, facts: { start: number; end: number }): number {
  const m = /[,:–—]/.exec(text.slice(facts.start, facts.end));
  return m ? facts.start + m.index : -1;
}

/** Whether a date lies within about a month before publication: the event a news report is about. */
function isNews(value: string, published: string): boolean {
  if (value.length < 10 || published.length < 10) return value.length >= 7 && value.slice(0, 7) === published.slice(0, 7);
  return isWithinDaysBefore(value, published, 31);
}

/** A trigger's name for reports: category/subtype#n (n counts the entries of that subtype in triggers.json). */
export function ruleName(t: Trigger, rules: EventRules): string {
  let name = ruleNames.get(t);
  if (!name) {
    const same = rules.ref.triggers.filter((x) => x.category === t.category && x.subtype === t.subtype);
    name = `${t.category}/${t.subtype}#${same.indexOf(t) + 1}`;
    ruleNames.set(t, name);
  }
  return name;
}
const ruleNames = new WeakMap<Trigger, string>();

/** What says a postponed event happened after all. */
const OVERCOME = /\b(?:took place|went ahead|was held|were held|happened|finally)\b/i;

/** "said here", "arrived here": the place of the report's dateline. */
const HERE = /\bhere\b/i;

/** A visit told in the present: "is in", "is on a … visit", "is visiting", "is held", "arrives", "takes place", a headline's "pays", "begins", a host's "welcomes" (a headline's "Xi Jinping welcomes President Lukashenko to Beijing"). */
const PRESENT_VISIT = /\b(?:is|are)\s+(?:currently\s+|now\s+|already\s+)?(?:in|on|visiting|paying|attending|touring|held|taking place)\b|\b(?:arrives|takes place|welcomes|receives|greets|pays|begins|starts)\b/i;

/**
 * The visit's own verb in the news tense, just before or at its trigger: "has arrived in China on a working visit",
 * "[Lukashenko] is holding a meeting [in Minsk] with …"; not an era that "has arrived" elsewhere in the clause.
 */
/** A visit told as under way with "now" or "currently" ("is now in Minsk", "are currently visiting China"). */
const NOW_VISIT = /\b(?:is|are)\s+(?:now|currently)\s+(?:in|on|visiting|paying|attending|touring)\b/i;

const NEWS_TENSE_VISIT = /\b(?:(?:has|have)\s+(?:just\s+|already\s+)?(?:arrived|landed)|(?:is|are)\s+(?:now\s+)?holding\s+(?:a\s+|an\s+)?(?:meeting|talks))\b/i;

/** A present verb of an occurrence in a headline's trigger ("Launch … Drill", "Begin … Exercise", "… Forum Takes Place in Minsk", "Minsk Hosts … Conference", "… Signs Agreement on Cooperation with …"); not "Holds Talks", which repeats the body's dated talks. */
const HEADLINE_PRESENT = /\b(?:launch|launches|begins?|starts?|opens?|kicks?\s+off|stages?|takes?\s+place|hosts?|signs?)\b/i;
/** A headline's visit told by its present verb, as the trigger's whole words ("China service members visit BELAZ"), not a noun ("Lukashenko's state visit"). */
const HEADLINE_VISIT_VERB = /^(?:visits?|arrives?(?:\s+(?:in|at))?|tours?)$/i;
/** What makes the word after it a noun: a possessive, an article or a determiner, an adjective of visits. */
const NOUN_BEFORE = /(?:['’]s|\b(?:a|an|the|his|her|their|its|this|that|state|official|working|first|second|third|historic|upcoming|planned|return|reciprocal))\s+$/i;

/** The categories of events that can be under way on a report's day. */
const PROGRESSIVE_CATEGORIES = new Set(['cultural', 'technology', 'media', 'diplomatic_relations', 'investment']);
/** The trigger's own first words as a present progressive, with its auxiliary or without ("is hosting", "touring"). */
const PROGRESSIVE_START = /^(?:(?:is|are)\s+(?:(?:now|currently)\s+)?)?(\p{L}+ing)\b/iu;
/** Words in -ing that are no verb of an event under way ("being", "going", "Beijing", "during" …). */
const NOT_PROGRESSIVE = /^(?:being|going|beijing|nothing|something|bring|during)$/i;
/** The auxiliary right before a trigger that starts with its -ing verb ("The camp is now …"). */
const AUXILIARY_BEFORE = /\b(?:is|are)\s+(?:now\s+|currently\s+)?$/i;

/** Whether the trigger's own first verb is in the present progressive ("The camp is hosting …"). */
function isProgressiveTrigger(text: string, clause: Clause, at: number, atEnd: number): boolean {
  const own = PROGRESSIVE_START.exec(text.slice(at, atEnd));
  if (!own || NOT_PROGRESSIVE.test(own[1])) return false;
  return own[0] !== own[1] || AUXILIARY_BEFORE.test(text.slice(Math.max(clause.start, at - 24), at));
}

/** The month or year a text was published in, when it gives no day (a date with no day has no news day to stand for it). */
function publicationPeriod(published: string): Candidate['date'] {
  if (published.length >= 10) return null;
  return { text: published, value: published, precision: published.length === 7 ? 'month' : 'year', basis: 'relative_to_publication' };
}

/** A speaker's frame that makes the verb after it the act itself: "have the opportunity to", "take this occasion to", "would like to". */
const PERFORMATIVE_FRAME = /\b(?:(?:have|has|had|take|takes|took|use|uses|used)\s+(?:the|this|an?)\s+(?:(?:good|great|first|pleasant)\s+)?(?:opportunity|occasion|chance)|(?:would|'d|’d|should)\s+like|want|wish|(?:am|are|is|'m|’m|'re|’re)\s+(?:very\s+|so\s+)?(?:glad|happy|pleased|delighted|honou?red))\s+to$/i;
/** Verbs of thanks and congratulation, which a speaker performs by saying them. */
const PERFORMATIVE_VERB = /^(?:thank|congratulate|welcome|express\s+(?:\w+\s+)?(?:gratitude|thanks|appreciation))\b/i;

/** A participle of naming or praising opening a clause, up to its comma: "Calling Lukashenko 'an old friend', ". */
const NAMING_PARTICIPLE = /^\s*(?:Calling|Describing|Praising|Hailing|Terming|Naming|Lauding|Commending)\b[^,;]*,/u;

/** A named source's perfect after what it reports: ", BelTA has learned", ", Kazinform has learnt". */
const AGENCY_PERFECT = /,\s*(?:[\p{Lu}][\p{L}.]*\s+){1,4}(?:has|have)\s+(?:learned|learnt|reported|been told|been informed)\b/gu;

/** Words placing a fact earlier than the report's month or year, or telling it as a habit: "this spring", "earlier", "last", "once", "first", "twice", "had visited". */
const EARLIER_IN_PERIOD = /\b(?:spring|summer|autumn|fall|winter|earlier|previous(?:ly)?|last|former|before|once(?!\s+again)|first|ago|times|twice|predecessors?|had)\b/i;

/** "had", maybe an adverb and "been", right before a trigger: the trigger's own verb in the pluperfect ("had signed", "had already been signed"). */
const PLUPERFECT_BEFORE = /\bhad\s+(?:(?:\w+ly|already|earlier|previously|also)\s+)?(?:been\s+)?$/i;

/**
 * A trigger that opens or ends with a verb of a present practice (lexicon present_practice_verbs: "trains more than
 * 3,000 Chinese citizens", "students from China study"); at the end, not a noun after a determiner ("started their studies").
 */
function presentPracticeRegex(verbs: string): RegExp {
  return new RegExp(`^${verbs}|(?<!\\b(?:their|his|her|its|the|our|of)\\s+)${verbs}$`, 'iu');
}

/** Conjunctions of time and cause that open a subordinate clause ("after Belarus joined …", "since China granted …"). */
const SUBORDINATORS = 'after|since|when|before|while|once|until|because';
/** A clause opened by a subordinator: what it tells is the background of the main clause's news. */
const SUBORDINATE_LEAD = new RegExp(`^\\W*(?:${SUBORDINATORS}|as|although|though)\\b`, 'i');

/** A verb in the simple past: an event reported as done. */
const PAST_EVENT = /\b(?:[a-z]{2,}ed|was|were|did|gave|made|held|met|took|went|came|sent|won|began|became|led|sold|bought|grew|rose|fell|paid|spent|struck|brought|saw|left|flew|wrote|spoke|told|said)\b/i;

/** Categories whose facts are amounts of money: one amount in a clause is one fact, whatever triggers name it. */
const MONEY_CATEGORIES = new Set(['finance', 'aid', 'investment']);

/** Trigger hits with the generic ones ("funded", "disbursed") after the specific ones ("loan"), otherwise in text order. */
function byPriority<T extends { trigger: Trigger; start: number }>(hits: T[]): T[] {
  return sortInPlace([...hits], (a, b) => Number(!!a.trigger.generic) - Number(!!b.trigger.generic) || a.start - b.start);
}

/** Whether a date after the trigger sits in a relative clause of its own ("a partnership that was established in 2013"). */
function inRelativeClause(text: string, at: number, dateStart: number): boolean {
  if (dateStart <= at) return false;
  return /\b(?:that|which|who)\s+(?:was|were|had been|has been|have been)\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(text.slice(Math.max(at, dateStart - 50), dateStart));
}

/** Characters between a group's nearest date and the trigger [at, end): after its end, before its start; a date inside it 0, one straddling its start below 0. */
function distanceOf(group: { start: number; end: number }[], at: number, end = at): number {
  let best = Infinity;
  for (const d of group) best = Math.min(best, d.start >= end ? d.start - end : d.end <= at ? at - d.end : d.start >= at ? 0 : at - d.end);
  return best;
}

/** A trigger hit as --explain names it: category/subtype "words". */
const TRADE_LEVELS = new Set(['trade_volume', 'exports', 'imports']);
const TRADE_GROWTHS = new Set(['trade_growth', 'export_growth', 'import_growth']);

/**
 * "trade rose 366.7% to $113 million", "Chinese investments increased more than two and a half times and amounted to
 * $443 million": a level and its growth on the same words are two figures (each trigger still needs its money or share).
 */
function levelAndGrowth(a: Trigger, b: Trigger): boolean {
  const pair = (x: Trigger, y: Trigger) => (x.category === 'trade' && y.category === 'trade' && TRADE_LEVELS.has(x.subtype) && TRADE_GROWTHS.has(y.subtype))
    || (x.category === 'investment' && y.category === 'investment' && x.subtype === 'investment' && y.subtype === 'investment_growth');
  return pair(a, b) || pair(b, a);
}

/**
 * "signed a USD 65.7 million loan agreement": a loan with its figure inside the words of an agreement that is a
 * loan (lexicon loan_document_pattern) is the finance fact, kept beside the agreement's hit (withoutLoanAgreements
 * then drops the agreement and dates the loan as the signing); "signed three loan agreements" names no loan of its own.
 * The figure is a money amount of the sentence (amounts.ts findMoney) or a scaled number with no currency.
 */
function isLoanOfLoanAgreement(text: string, outer: { trigger: Trigger; start: number; end: number }, inner: { trigger: Trigger; start: number; end: number }, facts: SentenceFacts, rules: EventRules): boolean {
  return outer.trigger.category === 'agreement' && inner.trigger.category === 'finance' && rules.loanDocument.test(text.slice(outer.start, outer.end))
    && (rules.scaledFigure.test(text.slice(inner.start, inner.end)) || facts.money.some((m) => m.start >= inner.start && m.start < inner.end));
}

/** A number with a scale word of a million or more (lexicon scale_words): "65.7 million", "30mn", "$1bn". */
function scaledFigureRegex(lex: Reference['lexicon']): RegExp {
  const scales = Object.entries(lex.scale_words).filter(([, v]) => v >= 1e6).map(([w]) => w).sort((a, b) => b.length - a.length).map(escapeRegex);
  return new RegExp(`\\d[\\d.,]*\\s*(?:${scales.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

function hitName(text: string, h: { trigger: Trigger; start: number; end: number }): string {
  return `${h.trigger.category}/${h.trigger.subtype} "${text.slice(h.start, h.end)}"`;
}

/**
 * Trigger matches in a clause that the clause asserts, longest first, overlaps removed. `admitted`: the triggers whose
 * keywords the clause's masked text contains, when known (else found here).
 */
function assertedTriggers(text: string, clause: Clause, facts: SentenceFacts, rules: EventRules, state: ArticleState, admitted?: number[]): TriggerHit[] {
  const trace = state.trace;
  const hits: { trigger: Trigger; start: number; end: number }[] = [];
  // Matched on the clause's letters folded to ASCII ("communiqué" → "communique"), same length (foldedForMatching).
  const folded = foldedForMatching(clause.masked);
  const lower = folded.toLowerCase();
  const sameLength = lower.length === folded.length;
  for (const i of admitted ?? triggersFor(lower, rules)) {
    const trigger = rules.ref.triggers[i];
    for (const m of sameLength ? matchesOf(trigger.lowerRegex, lower) : matchesOf(trigger.regex, folded)) {
      const start = clause.start + m.index!;
      hits.push({ trigger, start, end: start + m[0].length });
    }
  }
  // An aside with a trigger of its own ("met Xi Jinping, who visited Minsk in March 2010") states that fact; the triggers
  // wholly in the phrase it qualifies are the main clause's. Without one ("a currency swap, which they renewed last
  // December") the aside tells what happened to the phrase's object, so the phrase's trigger stands for it.
  const from = clause.triggersFrom;
  if (from !== undefined && hits.some((h) => h.end > from)) hits.splice(0, hits.length, ...hits.filter((h) => h.end > from));
  // Talks by video or phone: no one travelled, so no visit (and the talks trigger on the same words stands).
  // A quotation the sentence opens with a colon ("… greeted by Oleg Pishchenko: “Today, the delegation of the Mogilev
  // Region is on a visit to Tianjin."): its words and the report's are told apart.
  if (hits.some((h) => h.trigger.category === 'visit') && rules.remoteMeeting.test(text.slice(facts.start, facts.end))) {
    const remote = hits.filter((h) => h.trigger.category === 'visit' && rules.remoteMeeting.test(quotationScope(text, facts, h.start)));
    for (const h of remote) trace?.push(`dropped ${hitName(text, h)}: talks by video or phone, no one travelled`);
    if (remote.length) hits.splice(0, hits.length, ...hits.filter((h) => !remote.includes(h)));
  }
  sortInPlace(hits, (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of hits) {
    const over = kept.find((k) => h.start < k.end && k.start < h.end && !levelAndGrowth(k.trigger, h.trigger) && !isLoanOfLoanAgreement(text, k, h, facts, rules));
    // "Makei held talks with Ambassador Cui Qiming": a hit on the same words as a visit's (which needs a place abroad), or
    // on words inside them ("held talks" of "held talks in Minsk"), stands in for it if the visit is dropped.
    if (over && !(over.start <= h.start && h.end <= over.end && over.trigger.category === 'visit' && h.trigger.category !== 'visit' && !over.alternative)) continue;
    if (!meetsRequirements(h.trigger, clause, facts, rules, state)) { trace?.push(`dropped ${hitName(text, h)}: the clause lacks ${h.trigger.requires?.join(' / ')}`); continue; }
    if (isFuturePassive(text, clause, facts, state, h)) { trace?.push(`dropped ${hitName(text, h)}: a future passive ("will be held") with no day of its clause before publication`); continue; }
    if (!isAsserted(text, clause, h.start, rules, h.trigger, h.end)) { trace?.push(`dropped ${hitName(text, h)}: not asserted (a forecast, wish, negation or infinitive before it, or a cancellation after it)`); continue; }
    if (over) over.alternative = h;
    else kept.push(h);
  }
  return sortInPlace(kept, (a, b) => a.start - b.start);
}

/** Whether a date's words follow `from` in the clause with no comma before them ("visit to China on Feb. 23, 2023"; not "visit to China in Minsk, Belarus, Feb. 23, 2023"). */
function isWrittenBeforeComma(text: string, written: string, from: number, end: number): boolean {
  const i = text.indexOf(written, from);
  return i >= 0 && i + written.length <= end && !text.slice(from, i).includes(',');
}

/** A trigger's match in a clause; for a visit, the hit of another category on the same words, tried if the visit is dropped. */
interface TriggerHit { trigger: Trigger; start: number; end: number; alternative?: TriggerHit }

/** A resolution, motion or draft put to a vote. */
const MOTION_WORD = /\b(?:resolutions?|motions?|drafts?)\b/i;
/** A vote cast ("6 voted "against" (…)", "18 abstained"), not the noun of an election's count ("80 per cent of votes"). */
const VOTED = /\b(?:voted|abstained)\b/i;
/** Words of an election, whose votes are no UN vote. */
const ELECTION_WORD = /\b(?:elect\w*|ballots?|referend\w*|polls?|voters)\b/i;

/** The pair's leaders as one group ("the heads of state of China and Belarus"): people, for a visit's requirement. */
const PAIR_LEADERS = /\b(?:leaders|heads\s+of\s+state|presidents)\s+of\s+(?:the\s+two\s+(?:countries|states)|both\s+countries|\p{Lu}[\p{L}-]*\s+and\s+\p{Lu}[\p{L}-]*)\b/u;

/** Whether the clause names a lender: a bank or fund, a lending party ("Chinese banks"), or, when `countries`, a country. */
function namesLender(f: SentenceFacts, clause: Clause, rules: EventRules, countries: boolean): boolean {
  return withinClause(f.mentions, clause).some((m) => (countries && m.kind === 'country' && !!m.country) || isLender(clause.masked.slice(m.start - clause.start, m.end - clause.start), m, rules))
    || rules.lendingParty.test(clause.masked);
}

/** Whether the clause contains what the trigger requires (a person, an amount, a UN body...). */
function meetsRequirements(trigger: Trigger, clause: Clause, f: SentenceFacts, rules: EventRules, state: ArticleState): boolean {
  const inClause = withinClause;
  return (trigger.requires ?? []).every((req) => {
    switch (req) {
      case 'person_or_delegation': return inClause(f.mentions, clause).some((m) => m.kind === 'person') || rules.visitorNoun.test(clause.masked) || PAIR_LEADERS.test(clause.masked) || GUEST_NOUN.test(clause.masked) || hasPersonAnaphor(clause.masked, rules) || POSSESSIVE_VISIT.test(clause.masked);
      case 'money': return inClause(f.money, clause).length > 0;
      case 'percent': return inClause(f.percents, clause).length > 0;
      // A figure in tonnes or containers, where no money or share states it (those have triggers of their own).
      case 'quantity_only': return rules.quantity.test(clause.masked) && inClause(f.money, clause).length === 0 && inClause(f.percents, clause).length === 0;
      case 'ordinal': return inClause(f.ordinals, clause).length > 0;
      // Goods told without a figure ("Belarusian potash is exported to China"): a figure has triggers of its own.
      case 'no_figure': return inClause(f.money, clause).length === 0 && inClause(f.percents, clause).length === 0 && !rules.quantity.test(clause.masked);
      case 'media': return inClause(f.mentions, clause).some((m) => m.subtype === 'media') || /\b(?:media|press|news)\b/i.test(clause.masked);
      case 'object_country': return true; // checked once the actor is known: see hasObjectCountry
      case 'person_in_trigger': return true; // checked against the hit: see hitCandidates
      case 'media_after': return inClause(f.mentions, clause).some((m) => m.subtype === 'media'); // and right after the trigger: see mediaRightAfter
      case 'after_trade': return true; // checked against the facts before: see sentenceCandidates
      case 'trade_context': return true; // likewise
      // A lender named in the clause: a bank or fund, or "Chinese banks", "Chinese partners".
      case 'lender': return namesLender(f, clause, rules, false);
      // A lender as above, or a country: countries lend too ("built on loans from China", "at the expense of Chinese tied
      // loans", "China has frozen the next tranches").
      case 'lender_country': return namesLender(f, clause, rules, true);
      case 'destination': return true; // checked once the visitor is known
      // "The first train from Xiamen … to Minsk left": places or countries of two different countries in the clause (a
      // Minsk metro line's first train names one).
      // "over a dozen major projects, using almost $4.5bn of Chinese loans": projects done on loans are the loans' facts.
      case 'no_loan': return !LOAN_WORD.test(clause.masked);
      // "both sides have carried out more than a hundred intergovernmental projects, covering aerospace, microelectronics":
      // projects of science, research or universities are technology's.
      case 'no_science': return !SCIENCE_WORD.test(clause.masked);
      // "China alone has implemented over 20 projects since then", in a paragraph on a women's summit: a count told
      // without the other country is no fact of the pair unless its paragraph names both.
      case 'pair_in_block': return pairNamedInBlock(f, state);
      // "It has already registered 8 residents", "Now there are 44 residents there": a count of residents in a paragraph
      // that names a park or zone (lexicon park_words) is of residents of the park.
      case 'park_in_block': return true; // checked against the paragraph: see hitCandidates
      // "BelGee was established in 2011": a joint venture of the tables, by its name, as the trigger's subject.
      case 'venture_subject': return true; // checked against the hit: see hitCandidates
      // "Among the 90 enterprises in the park, 46 are financed by China": "the park" of a text that named one before.
      case 'park_in_text': return true; // checked against the paragraph and the text before it: see hitCandidates
      // "Thirty-six of them are Chinese enterprises": a share of the count told before it (shareOfCount).
      case 'share_of_count': return true; // checked against the count told before it: see hitCandidates
      case 'two_countries': return new Set(inClause(f.mentions, clause).filter((m) => m.country && (m.kind === 'country' || m.kind === 'place')).map((m) => m.country)).size >= 2;
      // "Peking University, founded in 1898": an institution of one country is a fact of the pair only when the
      // sentence names the other too ("a Chinese school opened in Minsk").
      case 'pair_named': return true; // checked against the article's pair: see hitCandidates
      case 'own_date': return true; // checked against each date found: see hitCandidates
      // "During the 53rd session of the UN Human Rights Council, a resolution … was voted upon. … Bolivia, China, Cuba …
      // voted against the resolution.": a body the text named before holds for a vote on a resolution or motion, or one cast,
      // with none of its own (not "won 80 per cent of votes" in an election), unless the clause names a body of one country (lexicon
      // national_bodies: "the parliament voted").
      case 'international_body': return inClause(f.mentions, clause).some((m) => m.kind === 'organisation' && m.subtype === 'international')
        || (!!state.bodyNamed && (MOTION_WORD.test(clause.masked) || (VOTED.test(clause.masked) && !ELECTION_WORD.test(clause.masked))) && !rules.nationalBody.test(clause.masked));
      default: return false;
    }
  });
}

/**
 * Whether the last coordinated verb of a passage ("…, provide $8.8 in aid", "… and sign"), a bare verb of the lexicon's
 * joined_infinitive_verbs (not any word after "and": "to boost trade and economic cooperation"), is joined to an infinitive
 * before it ("China to lend Belarus $1 billion, provide …") with no finite verb between, nor a decision that made the
 * infinitive an act ("agreed to lend … and provide").
 */
function sharesInfinitive(passage: string, rules: EventRules): boolean {
  const coordinated = /(?:,|\band)\s+(?:then\s+|also\s+|later\s+)?([a-z]+)\b[^,;:]*$/.exec(passage);
  if (!coordinated || !(rules.ref.lexicon.joined_infinitive_verbs ?? []).includes(coordinated[1])) return false;
  const head = passage.slice(0, coordinated.index);
  // "to" before a verb, not before a determiner ("contributed to the rapprochement, with …"); or a modal before a verb
  // ("the Minister would take part in the conference on 14-19 August and then travel to Belarus": the travel is
  // as much a plan as the taking part).
  const to = head.search(/\b(?:to|would|will|shall|could|should|might)\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|all|both|each|every|other|another|one|two|three|new|further|more|most|date|be)\b)[a-z]+\b(?![\s\S]*\b(?:to|would|will|shall|could|should|might)\s+[a-z]+\b)/);
  if (to < 0 || /\b(?:agreed|agree|agrees|decided|resolved|decision|consented|voted|undertook|undertaken|committed|pledged|promised|announced|vowed|declared|guaranteed)\s+(?:\w+\s+){0,4}$/i.test(head.slice(0, to))) return false;
  return !rules.finiteVerb.test(passage.slice(to).replace(/^[a-z]+\s+[a-z]+/, ''));
}

/**
 * "paid a visit to Ukraine and Belarus": of places listed together as where a visit went, the one of the article's pair
 * (the visit to the third country is no fact of the pair); undefined when the place is the pair's or no pair place follows.
 */
function pairPlaceListed(text: string, place: EntityMention | undefined, mentions: EntityMention[], focus: string[], visitorCountry: string | null): EntityMention | undefined {
  if (!place?.country || focus.slice(0, 2).includes(place.country)) return undefined;
  return placesListedAfter(text, place, mentions).find((m) => focus.slice(0, 2).includes(m.country!) && m.country !== visitorCountry);
}

/** The first place or country of a list right after a colon that ends the clause (": Russia, Kazakhstan and Belarus"). */
function colonListAfter(text: string, clause: Clause, mentions: EntityMention[]): EntityMention | undefined {
  if (!/^\s*:/.test(text.slice(clause.end, clause.end + 3))) return undefined;
  const first = mentions.find((m) => m.start >= clause.end);
  return first && first.country && (first.kind === 'place' || (first.kind === 'country' && first.form !== 'adjective')) && /^\s*:\s*(?:the\s+)?$/.test(text.slice(clause.end, first.start)) ? first : undefined;
}

/** The places or countries listed right after a first one ("Russia, Kazakhstan and Belarus" after "Russia"), in order. */
function placesListedAfter(text: string, first: EntityMention, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  let last = first;
  for (const m of mentions) {
    if (m.start < last.end) continue;
    if (!/^\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:the\s+)?$/i.test(text.slice(last.end, m.start)) || !m.country || !namesPlace(m)) break;
    // "Ukraine and Belarus's ambassador": a possessive starts another phrase, not the list's next place.
    if (/^['’]/.test(text.slice(m.end, m.end + 1))) break;
    out.push(m);
    last = m;
  }
  return out;
}

/** A speaker's own subject right before a trigger: "we", "I" (with adverbs or a modal: "We also firmly …", "we will"). */
const FIRST_PERSON_SUBJECT = /(?:^|[\s"“‘'(])(?:[Ww]e|I)\s+(?:(?:also|always|still|fully|firmly|strongly|highly|sincerely|deeply|will|would|do|can|must|should)\s+){0,3}$/;

/** Whether the words right before a trigger rank its act among the first: "was one of the first to", "among the first foreign leaders to". */
function isFirstTo(text: string, clause: Clause, at: number): boolean {
  return FIRST_TO_BEFORE.test(text.slice(Math.max(clause.start, at - 160), at).trimEnd());
}
/** "was one of the first to", "were among the first countries of Europe to", "is one of the earliest countries to", right before a trigger. */
const FIRST_TO_BEFORE = /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|became|and)\s+(?:one\s+of\s+|among\s+)?the\s+(?:very\s+)?(?:first|earliest)(?:\s+[\p{L}-]+){0,4}?\s+to$/iu;

/** A verb done and "and" right before a "will": "has always adhered and will adhere", "supported and will support". */
const DONE_AND_FUTURE = /\b(?:has|have|had)\s+(?:always\s+|consistently\s+|firmly\s+)?[a-z]+(?:ed|en|t)\s+and\s+$/i;

/** A match ending on a future passive: "will be held", "shall be opened", "is to be signed", "are due to be launched". */
const FUTURE_PASSIVE_END = /(?:\b(?:will|shall)|\b(?:is|are)\s+(?:due\s+|scheduled\s+|expected\s+|set\s+|going\s+)?to)\s+(?:(?:also|soon|then|again|jointly|officially|formally|solemnly)\s+)?be\s+(?:\p{L}+ly\s+)?\p{L}+$/iu;

/**
 * "in Beijing, where the competitions will be held": a trigger whose own words end on a future passive is no fact
 * yet, unless its clause gives a day at or before publication ("will be held from July 8 to 19", published 10 July:
 * under way, the writer's tense notwithstanding).
 */
function isFuturePassive(text: string, clause: Clause, facts: SentenceFacts, state: ArticleState, hit: { start: number; end: number }): boolean {
  if (!FUTURE_PASSIVE_END.test(text.slice(hit.start, hit.end))) return false;
  return !facts.dates.some((d) => d.value && d.precision === 'day' && d.start >= clause.start && d.end <= clause.end && !isAfterPublication(d.value, state.published));
}

/** A comparison with a plan or an expectation: "than planned", "than originally expected", "as scheduled". */
const THAN_PLANNED = /\b(?:than|as)\s+(?:originally\s+|initially\s+|previously\s+)?(?:planned|expected|scheduled|anticipated|envisaged|foreseen|intended)\b/gi;

/**
 * A past verb that says the act it governs was done ("were able to support each other", "managed to sign two
 * contracts"), right before the infinitive: the act is asserted, as after "agreed to" (not "will be able to": a forecast).
 */
const IMPLICATIVE_TO = /\b(?:(?:was|were)\s+able|managed)\s+to$/i;

/** False when the words just before the trigger make it a forecast, a wish or a denial. */
function isAsserted(text: string, clause: Clause, at: number, rules: EventRules, trigger?: Trigger, end = at): boolean {
  // "The talks lasted much longer than planned and resulted in the signing of …": a comparison with what was planned
  // or expected is no plan (blanked, so that every offset in the words stays where it was).
  const before = text.slice(Math.max(clause.start, at - 160), at).trimEnd().replace(THAN_PLANNED, (m) => ' '.repeat(m.length));
  // "During the current state visit …, the two nations plan to sign": an event told as under way is asserted.
  if (VISIT_NOUN.test(text.slice(at, end)) && rules.attributivePresent.test(before)) return true;
  // "the first Chinese president to visit Belarus": an infinitive describes, it does not report a visit.
  // "headed a delegation of XJTU to visit the Republic of Belarus": the purpose of a group led or sent there is done.
  const ledTo = /\bto$/i.test(before) && rules.ledGroupTo.test(before);
  if (trigger?.agent === 'visitor' && /\bto$/i.test(before) && /^visit\b/i.test(text.slice(at, at + 6)) && !ledTo) return false;
  // "Belarus was one of the first to support the initiative", "… which Belarus was among the first to support": what
  // one was the first to do, it did.
  if (isFirstTo(text, clause, at)) return true;
  // "Belarus is interested in the projects, said X as he met with Y": the cues of what was said do not reach past its reporting verb.
  const said = matchesOf(rules.reporting, before).pop();
  // "…, said on May 4 the Belarusian President meeting with …", "…, said a joint communique issued on Thursday": nor do
  // they when at most eight words, with no comma and no "that", stand between the verb and the trigger (not a clause of
  // what was said, "announced in Samarkand that we would", nor a verb set off by commas, "would welcome, he said, a visit").
  const saidRest = said ? before.slice(said.index! + said[0].length) : '';
  const afterSaid = !!said && (/^\s*,?\s*(?:(?:the\s+)?[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+){0,6}\s+)?(?:as|when|while|after)\b/iu.test(saidRest) || (!/\bthat\b/i.test(saidRest) && /^\s+(?:[\p{L}\p{N}’'-]+\s+){0,7}[\p{L}\p{N}’'-]+$/iu.test(saidRest)));
  const told = lastWords(afterSaid ? saidRest : before, 12);
  // "Belarus … expects to attract more tourists as the countries signed a memorandum": a clause of its own, with its
  // own past verb, is not governed by the forecast before its conjunction.
  // "China will build a satellite for Belarus, according to a contract signed on Sunday": what a source attribution
  // names stands outside the forecast it is the source of.
  // "…, according to a joint declaration signed during the visit": a trigger that is itself the source attribution,
  // and "ties which were upgraded to a partnership in September": a relative clause with its own finite verb.
  const own = ownPastClause(told, text.slice(at, at + 12)) ?? attributedSource(told) ?? (SOURCE_TRIGGER.test(text.slice(at, end)) || RELATIVE_OWN_VERB.test(told) ? '' : null);
  const window = own ?? told;
  // "May" is a month; "the next day" is a date counted from the one before, not a forecast.
  // "Belarus has always adhered and will adhere to the one-China principle": a future joined to the same act done is no
  // forecast of it.
  // "Citizens of China may stay in Belarus without a visa": a modal of permission before a rule in force is no forecast.
  const permits = (m: RegExpMatchArray) => !!trigger?.permission_standing && rules.permission.exec(window.slice(m.index))?.index === 0;
  const cues = matchesOf(rules.forecast, window).filter((m) => m[0] !== 'May' && !permits(m) && !(/^next$/i.test(m[0]) && /\bthe\s+$/i.test(window.slice(0, m.index)) && /^next\s+(?:day|morning|evening|year|month|week)\b/i.test(window.slice(m.index))));
  // "China announced that it would increase its aid", "agreed that China would lend": a commitment made, reported in
  // the past, is the act; "said it would sign" is a plan.
  const forecast = cues.filter((m) => !(/^(?:will|shall)$/i.test(m[0]) && DONE_AND_FUTURE.test(window.slice(0, m.index))) && !(/^would$/i.test(m[0]) && COMMITMENT_BEFORE.test(window.slice(0, m.index))));
  // "Xi said China will continue to support Belarus": a stance stated now; "announced that it will sign a deal" is a plan.
  // "Belarus also plans to construct Lebyazhy residential suburb, near Minsk, with $200m of Chinese direct investments":
  // an infinitive of a plan governs its whole object, however long, while no verb of its own comes between.
  if (!forecast.length && own === null && trigger?.category !== 'political_support' && isGovernedByPlan(before, rules)) return false;
  // "China will as always support Belarus", "will continue to support": a standing stance, stated now; so is one whose
  // trigger carries the cue ("Belarus will stand firmly with China").
  const stance = trigger?.category === 'political_support' && cues.length > 0 && rules.standingStance.test(`${window.slice(cues[cues.length - 1].index!)} ${text.slice(at, end)}`);
  // "I have the opportunity to thank you for great help", "I would like to thank", "I want to thank my friend": a
  // speaker who says so thanks (a performative frame before a verb of thanks or congratulation is the act itself, not
  // the forecast or intention its "would like to" or "want to" would be elsewhere).
  const performative = PERFORMATIVE_FRAME.test(before) && PERFORMATIVE_VERB.test(text.slice(at, at + 16));
  if (forecast.length && !stance && !performative && !(trigger?.category === 'political_support' && rules.reporting.test(before.slice(0, before.lastIndexOf(forecast[0][0]))))) return (rules.reporting.lastIndex = 0), false;
  rules.reporting.lastIndex = 0;
  // "the possibility of mutual visa-free regime": what is possible is no fact yet.
  if (rules.possibility.test(before)) return false;
  // "it remains unclear whether China and Belarus have reached an agreement", "claims that Belarus has signed a contract".
  if (rules.uncertainty.test(text.slice(clause.start, at))) return false;
  if (!performative && rules.intention.test(window)) return (rules.intention.lastIndex = 0), false;
  rules.intention.lastIndex = 0;
  // "The center will also assist with … sister cities": a future in the clause's head governs the whole clause.
  const head = firstWords(text.slice(clause.start, at), 7);
  const headWill = head.search(/\b(?:will|shall)\b/i);
  if (own === null && !stance && !afterSaid && headWill >= 0 && !DONE_AND_FUTURE.test(head.slice(0, headWill)) && !rules.reporting.test(head.slice(0, headWill))) return (rules.reporting.lastIndex = 0), false;
  rules.reporting.lastIndex = 0;
  // "Belarus has almost completed talks on borrowing $600 million from China": the act is what is talked about.
  if (rules.talksTopic.test(before)) return false;
  // "Unlike most trade fairs, it is far more than a display": the kind of thing compared with is no event; the phrase
  // closes with its comma.
  if (rules.contrast.test(before) && /^[^;:.!?]*,/.test(text.slice(at, clause.end))) return false;
  // "borrow $500 million for the sake of spending the money on investment projects": an aim, not an act done.
  if (rules.purpose.test(before)) return false;
  // "He hoped that Hunan and Mogilev would further strengthen cooperation in … performances": a wish, however long.
  if (rules.clauseWish.test(text.slice(clause.start, at))) return (rules.clauseWish.lastIndex = 0), false;
  rules.clauseWish.lastIndex = 0;
  rules.intention.lastIndex = 0;
  const near = lastWords(before, 3);
  if (rules.negation.test(near)) return (rules.negation.lastIndex = 0), false;
  rules.negation.lastIndex = 0;
  // "allow us to congratulate you", "authorized to sign": an infinitive reports no act, unless a decision made it one
  // ("agreed to form", "resolved to provide", "made a joint decision to raise"), or a ceremony held for it ("a ceremony
  // to sign a cooperation agreement").
  const finiteLater = /\s(?:and\s+)?[a-z]+ed\b/.test(text.slice(at, end)); // "to extend condolences and provided aid"
  // "the two men promised to support each other's core interests", "pledged to back": a pledge of support is the stance
  // itself, stated now (a pledge to invest or to visit stays a plan).
  const pledgedSupport = trigger?.category === 'political_support' && PLEDGE_TO.test(before);
  if (/\bto$/i.test(before) && /^[a-z]/.test(text.slice(at, at + 1)) && !finiteLater && !stance && !ledTo && !performative && !pledgedSupport && !/\b(?:agreed|agree|agrees|decided|resolved|decision|consented|voted|undertook|committed|ceremony|ceremonies)\s+(?:\w+\s+){0,2}to$/i.test(before) && !IMPLICATIVE_TO.test(before)) return false;
  // "China to lend Belarus $1 billion on easy terms, provide $8.8 in gratuitous aid": a bare verb joined to an
  // infinitive shares it, while no verb of its own comes between.
  if (sharesInfinitive(before + ' ' + text.slice(at, end), rules)) return false;
  // "The major document for signing in Minsk is an agreement …": a gerund after "for" is a purpose, not an act.
  if (/\bfor$/i.test(before) && GERUND_START.test(text.slice(at, at + 24))) return false;
  // "Lukashenka's planned visit to China", "the upcoming signing": the event is still to come.
  if (rules.attributiveFuture.test(before)) return false;
  // "Xi's trip to Minsk will bring fresh momentum", "The signing of a visa-free agreement … will be one of the main
  // events": an event noun heading its clause is a plan when the clause's verb is a forecast.
  if (isPlannedSubject(text, clause, at, rules)) return false;
  // "…, and believes that the visit would become a new milestone": an event noun opening a clause of what is thought or
  // said, with a forecast for its verb, is a plan too.
  if (THAT_THE_BEFORE.test(before) && rules.subjectEventNoun.test(text.slice(at, end)) && FORECAST_VERB_AFTER.test(text.slice(end, Math.min(clause.end, end + 40)))) return false;
  // "Lukashenka's Trip to China Canceled", "the visit … was postponed": the event a noun names is undone by the words
  // after it (not by a relative or later clause, a negation, or a postponement it then overcame: "postponed from March
  // took place").
  if (rules.subjectEventNoun.test(text.slice(at, end))) {
    const undone = rules.cancelledAfter.exec(text.slice(end, clause.end));
    if (undone && !OVERCOME.test(text.slice(end + undone[0].length, clause.end))) return false;
  }
  return true;
}

/** "that the", "that this", "that his" right before an event noun: it opens a reported clause as its subject. */
const THAT_THE_BEFORE = /\bthat\s+(?:the|this|his|her|its|their)$/i;
/** A forecast as the verb right after a subject noun (at most three words between: "to Minsk", "of the two leaders"). */
const FORECAST_VERB_AFTER = /^(?:\s+[\p{L}\p{N}'’-]+){0,3}?\s+(?:will|would|shall)\b/u;

/** A verb of pledging right before an infinitive ("promised to", "pledged once again to", "vowed to"). */
const PLEDGE_TO = /\b(?:pledged|promised|vowed|pledge|promise|vow|pledges|promises|vows)\s+(?:\w+\s+){0,2}to$/i;

/** A verb of commitment before a "would" in the same clause ("announced that it would", "pledged they would"). */
const COMMITMENT_BEFORE = /\b(?:announced|pledged|promised|agreed|decided|committed|undertook|vowed|declared|guaranteed)\b[^.;:]{0,60}$/i;

/** A trigger that opens with a source attribution ("according to a joint statement"). */
const SOURCE_TRIGGER = /^according to\b/i;

/** The end of a relative clause's own finite verb, right before a trigger that is its participle ("ties which were upgraded"). */
const RELATIVE_OWN_VERB = /\b(?:which|that|who)\s+(?:was|were|(?:has|have|had)\s+been)$/i;

/** The last "according to" and the words after it, when no modal or infinitive stands between it and the trigger ("according to a contract signed"); null otherwise. */
function attributedSource(before: string): string | null {
  const m = /\baccording to((?:\s+[\p{L}\p{N}’'$.-]+){0,10})$/iu.exec(before);
  return m && !/\b(?:will|would|shall|may|might|could|should|to)\b/i.test(m[1]) ? m[0] : null;
}

/**
 * The words after a subordinating conjunction ("as", "because", "after", "when") when only a short subject stands
 * between it and a trigger that is a past-tense verb ("… as the countries signed"); null otherwise.
 */
function ownPastClause(before: string, trigger: string): string | null {
  if (!/^(?:[a-z]+ed|held|met|made|gave|took|won|sent|paid|sold|began|became|struck|set up)\b/i.test(trigger)) return null;
  const m = /\b(?:as|because|after|when|since|now that)\s+((?:the\s+|both\s+|two\s+)*[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4})\s*$/iu.exec(before);
  return m && !/\b(?:will|would|to|may|might|could|should)\b/i.test(m[1]) ? m[1] : null;
}

/**
 * True when the trigger at `at` lies in a clause's subject headed by an event noun and the clause's first verb is a
 * forecast: "Xi's trip to Minsk will bring…", "The signing of a visa-free agreement … will be one of the main events".
 */
function isPlannedSubject(text: string, clause: Clause, at: number, rules: EventRules): boolean {
  // The subject: an event noun after at most six words and no verb ("The", "the first official", "Chinese Vice
  // President Xi Jinping's", "At least $1bn of direct Chinese").
  const headLength = /^[\s"“‘'(]*(?:[\p{L}\p{N}$€£%’'.,-]+\s+){0,6}(?:['’]s\s+)?/u.exec(text.slice(clause.start, Math.min(clause.end, clause.start + 60)))![0].length;
  // The first event noun starting a word (after a space or an apostrophe) within that head.
  const noun = rules.subjectEventNoun.exec(text.slice(clause.start, clause.start + headLength + 20));
  if (!noun || noun.index > headLength) return false;
  const nounAt = clause.start + noun.index;
  const nounEnd = nounAt + noun[0].length;
  if (/\b(?:[a-z]+ed|is|are|was|were|has|have|had|will|did|does)\b/.test(text.slice(clause.start, nounAt))) return false;
  const rest = firstWords(text.slice(nounEnd, clause.end), 25);
  const forecast = matchesOf(rules.subjectPlan, rest).find((m) => m[0] !== 'May');
  if (!forecast || nounEnd + forecast.index! < at) return false;
  // A verb or a relative clause before the forecast ("The visit, which will…", "The talks were held … and will", "Trade
  // rose 20% … and will reach") decides;
  // so does a verb of saying, whose forecast is what was said ("At a meeting with Ren Hongbin, … Kobyakov said they would").
  const verb = /(?:^|\s)(?:was|were|is|are|has|have|had|took|marked|became|saw|said|says|told|rose|grew|fell|stood|hit|made|shrank|sank|which|that|who|where|[a-z]+ed)(?=\s|[,.;:]|$)|[;:]/.exec(rest);
  return !verb || forecast.index! <= verb.index + verb[0].search(/\S/);
}

/** Groups of dates written as one list ("in 1998 and 2000", "in 2005, 2008, and 2010"). */
function dateGroups(text: string, dates: DateMention[]): DateMention[][] {
  const groups: DateMention[][] = [];
  for (const d of dates) {
    const last = groups[groups.length - 1];
    const gap = last ? text.slice(last[last.length - 1].end, d.start) : '';
    const listed = last && d.basis === 'explicit' && last[last.length - 1].basis === 'explicit';
    if (listed && gap.trim() && /^\s*(?:,\s*)?(?:(?:and|or)(?:\s+(?:again|then|later|once more))?\s*|&\s*)?$/.test(gap)) last.push(d);
    else groups.push([d]);
  }
  return groups;
}

/**
 * Between a date and a trigger, the end of a quotation and its speaker: "… over the past three decades,” Lukashenko said
 * during a meeting with …": the date is the quoted words', not the fact told after them.
 */
const QUOTE_CLOSED_BY_SPEAKER = /[,.!?]?[”"]\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:said|says|stated|noted|told|added|stressed|emphasi[sz]ed|underlined|remarked|declared)\b/u;

/** What a document's period follows: "for 2023-2024", "for the years 2021–2025", "for the period of 2016-2020". */
const FOR_PERIOD = /\bfor\s+(?:the\s+)?(?:years?\s+|period\s+(?:of\s+)?)?$/i;

/** The paragraph's last dated fact, when it is a trade figure (a figure with no period of its own continues it). */
function lastDatedTrade(blockEvents: Candidate[]): Candidate | undefined {
  const last = blockEvents.findLast((e) => e.date?.value);
  return last?.category === 'trade' ? last : undefined;
}

/** The dates of a fact: the date list nearest its trigger, or context, or none. */
function datesFor(text: string, clause: Clause, at: number, facts: SentenceFacts, candidateCategory: string, visitor: string | null, state: ArticleState, rules: EventRules, atEnd = at, standingState = false, occurrence = !!rules.ref.categories[candidateCategory]?.dated_only): (Candidate['date'])[] {
  // "After 17 years of diplomatic ties", "in the 32 years that have passed since the establishment of …" (published
  // 2009, 2024): the relations date from that many years before the text.
  const age = candidateCategory === 'diplomatic_relations' ? relationsAge(text.slice(Math.max(clause.start, at - 60), at), rules) : null;
  if (age) return [{ text: age.text, value: String(Number(state.published.slice(0, 4)) - age.years), precision: 'year', basis: 'relative_to_publication' }];
  // A date after ", and <new clause>" that follows the trigger belongs to that clause, not to this fact.
  const coordination = /,\s+(?:and|but|while|whereas)\s/g;
  coordination.lastIndex = at;
  const next = coordination.exec(text);
  // So does one with a subject and a participle of its own ("…, and both countries taking part in the Vostok exercises in 2022").
  const clauseFollows = next && next.index < clause.end && (rules.finiteVerb.test(text.slice(next.index, clause.end)) || PARTICIPLE_CLAUSE.test(text.slice(next.index, clause.end)));
  const cutoff = clauseFollows ? next!.index : clause.end;
  const inClause = facts.dates
    .filter((d) => within(d, clause.start, cutoff) && !isMasked(text, clause, d.start) && !inRelativeClause(text, at, d.start) && !datesOtherNoun(text, d, atEnd, rules, at, occurrence) && !endsSincePhrase(text, clause, d, at, rules, atEnd) && !inLeadingSince(text, clause, d, at) && !QUOTE_CLOSED_BY_SPEAKER.test(text.slice(d.end, at)))
    .map((d) => (d.value ? d : { ...d, ...(anchoredDate(d.text, state, rules) ?? {}) }))
    // "From 2011 to 2013, imports grew": a span of years written out frames what follows it; after the trigger it
    // may be an object's period ("an exhibition of the collection gathered during his work from 2015 to 2019").
    .map((d) => (d.start > at && isWordedYearSpan(d) ? { ...d, value: null, precision: null, basis: 'undated' as const, endValue: undefined } : d))
    // "A programme of sci-tech co-operation for 2023-2024 was signed": the years a document is "for" are its period, not the signing's date.
    .filter((d) => !(candidateCategory === 'agreement' && d.endValue && d.precision === 'year' && FOR_PERIOD.test(text.slice(Math.max(0, d.start - 24), d.start))));
  // A page's stamp in the clause (" date 2017-06-13 Belarus signs …", "… Sun, Apr 10 2022 17:03") gives way to any other
  // date there; alone, it stands for the report's day (the lead's "On Monday" when the text gives one).
  const stamps = inClause.filter((d) => isPageStamp(text, d));
  if (stamps.length) {
    inClause.splice(0, inClause.length, ...inClause.filter((d) => !stamps.includes(d)));
    if (!inClause.length && state.newsDate?.value) inClause.push({ ...stamps[0], value: state.newsDate.value, precision: state.newsDate.precision, basis: 'inferred_from_context' });
  }
  // "China is Belarus's second-largest trading partner, with China Daily saying that trade surpassed $8.4 billion in 2023":
  // a date in a clause reported after the fact's trigger dates what was said, not the fact.
  const reportedAt = matchesOf(rules.reportedClause, text.slice(at, cutoff))[0];
  if (reportedAt) {
    const from = at + reportedAt.index! + reportedAt[0].length;
    inClause.splice(0, inClause.length, ...inClause.filter((d) => d.start < from));
  }
  // "surged 12-fold since 1992, with the volume at $810 million in 2009": "since" gives where a span starts; another date is the fact's.
  // "are conducting exercises through July 19" (published 9 July): the end of a span under way is not the fact's date.
  const spanless0 = (inClause.some((d) => d.value && !isSince(d)) ? inClause.filter((d) => !isSince(d)) : inClause).filter((d) => !(isSpanEnd(d.text, rules.ref.lexicon) && d.value && isAfterPublication(d.value, state.published)));
  // "up 3.4 times as compared with the same period a year ago": the base of a comparison is not the figure's date.
  const spanless = spanless0.filter((d) => !isComparisonBase(text, clause, d, rules));
  // "amounted to $4.6 billion, up by $0.8 million over 2019": a figure whose only year is the base of a year-on-year
  // comparison is the next year's.
  const base = spanless.some((d) => d.value) ? undefined : spanless0.find((d) => d.value && d.precision === 'year' && !d.endValue && /^\d{4}$/.test(d.value) && isYearOnYearBase(text, clause, d));
  if (base && !isAfterPublication(String(Number(base.value) + 1), state.published)) spanless.push({ ...base, value: String(Number(base.value) + 1), basis: 'inferred_from_context' });
  // "Exports rose … in January-March 2013, Governor Batura said as he met with a delegation … on 27 May": a fact told
  // after the reporting verb takes a date after it; the dates before it belong to what was said.
  // "Belarus in 2011 agreed a $348mn loan": a reporting verb with an object of its own reports nothing.
  const speech = matchesOf(rules.reporting, text.slice(clause.start, at)).filter((m) => !OBJECT_AFTER.test(text.slice(clause.start + m.index! + m[0].length, at))).pop();
  const saidAt = speech ? clause.start + speech.index! + speech[0].length : -1;
  const usable0 = saidAt > 0 && spanless.some((d) => d.value && d.start >= saidAt) ? spanless.filter((d) => d.start >= saidAt) : spanless;
  // "In 2000, trade rose 366.7%, a record high since the establishment of diplomatic ties": an origin named after
  // "since" is dated by its own words ("in 1992", "30 years ago"), never by the sentence's other dates or context.
  const origin = candidateCategory === 'diplomatic_relations' && /\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, at - 12), at));
  const usable = origin ? usable0.filter((d) => d.start >= at) : usable0;
  if (origin && !usable.some((d) => d.value)) return [null];
  // A visit that "returned on Sunday" after arriving "on 25 April": the start dates it, the return day ends it.
  const visit = candidateCategory === 'visit' ? visitStartAndEnd(text, usable.filter((d) => d.value), rules.ref.lexicon, text.slice(clause.start, clause.end)) : null;
  // "congratulations on the occasion of the anniversary of the establishment of diplomatic relations (this topic was the
  // leitmotif of today's conversation)": an anniversary with no count names the founding without dating it.
  if (candidateCategory === 'diplomatic_relations' && UNCOUNTED_ANNIVERSARY.test(text.slice(Math.max(clause.start, at - 40), at)) && !anniversaryYears(text, clause.start, at)) return [null];
  const groups = dateGroups(text, visit?.starts ?? usable.filter((d) => d.value));
  if (groups.length) {
    // Distances count from the trigger's ends: "… 2011, followed by an investment agreement signed with Geely in March 2012".
    const nearest = groups.reduce((a, b) => (distanceOf(b, at, atEnd) < distanceOf(a, at, atEnd) ? b : a));
    const best = refinedYear(nearest, groups, at);
    // "Monday marks the 22nd anniversary of …": the event is that many years before the date.
    const anniversary = anniversaryYears(text, clause.start, at);
    if (anniversary) return best.map(({ start: _s, end: _e, ...d }) => ({ ...d, value: String(Number(d.value!.slice(0, 4)) - anniversary) + d.value!.slice(4), basis: 'inferred_from_context' as const }));
    return best.map(({ start: _s, end: _e, ...d }) => (visit?.end && best.length === 1 && !d.endValue ? { ...d, endValue: visit.end } : d));
  }
  // "The 20th anniversary of the establishment of diplomatic relations inspired a press conference" (published 2012): 1992.
  const anniversaryOnly = candidateCategory === 'diplomatic_relations' ? anniversaryYears(text, clause.start, at) : null;
  if (anniversaryOnly) return [{ text: `${anniversaryOnly}th anniversary`, value: String(Number(state.published.slice(0, 4)) - anniversaryOnly), precision: 'year', basis: 'relative_to_publication' }];
  // The quoted words before "…,” Lukashenko said during a meeting with …" tell nothing of when the fact after them happened.
  const quoteEnd = QUOTE_CLOSED_BY_SPEAKER.exec(text.slice(clause.start, at));
  const clauseText = text.slice(quoteEnd ? clause.start + quoteEnd.index : clause.start, clause.end);
  const continues = rules.continuation.test(clauseText) || rules.anaphoricEvent.test(clauseText);
  rules.continuation.lastIndex = 0;
  rules.anaphoricEvent.lastIndex = 0;
  // "signed a roadmap from 2014 to 2018" (published 2014): a span reaching past publication is the object's period, not the fact's date.
  const vague = usable.find((d) => !d.value && !reachesPast(d.text, state.published));
  if (vague && !continues) return [{ text: vague.text, value: null, precision: null, basis: 'undated' }];
  // "China is Belarus's second-largest trading partner", "there are 253 companies with Chinese capital in Minsk" (a trigger
  // of standing states): a state with no period of its own holds in the publication year.
  if (((candidateCategory === 'trade' && TRADE_STATE.test(clauseText)) || standingState) && !vague) return [{ text: state.published.slice(0, 4), value: state.published.slice(0, 4), precision: 'year', basis: 'relative_to_publication' }];
  const opening = facts.dates.find((d) => d.value && d.start < leadEnd(text, facts) && d.start - facts.start < 40);
  if (opening) return [{ text: opening.text, value: opening.value, precision: opening.precision, basis: opening.basis }];
  // "received loans in the past", "his first visit took place when he was …": a past the text does not date.
  if (isRecalledPast(clauseText, rules.ref.lexicon)) return [vague ? { text: vague.text, value: null, precision: null, basis: 'undated' } : null];
  // ", BelTA has learned": the agency's perfect tells how it knows, not the tense of what it reports.
  const tenseText = clauseText.replace(AGENCY_PERFECT, '');
  const habitual = rules.habitual.test(clauseText);
  rules.habitual.lastIndex = 0;
  const stative = rules.stative.test(clauseText);
  rules.stative.lastIndex = 0;
  const ongoing = habitual || stative || rules.perfect.test(tenseText);
  // "during his visit", "the highlight of the visit", "after the trip": the visit the text is about.
  const during = /\b(?:during|of|after|following|throughout|on|at)\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+|their\s+|[\p{L}’' -]+’s\s+|[\p{L}’' -]+'s\s+)(?:[\p{L}-]+\s+)?(?:visit|trip|stay|tour)\b/iu.test(clauseText);
  const visitDate = !ongoing || during ? dateOfVisitBy(during && visitor ? [visitor] : peopleOf(text, clause, facts, state, rules), state, during) : null;
  if (visitDate) return [{ ...visitDate, basis: 'inferred_from_context' }];
  // "During the meeting, a joint doctoral training agreement was signed": the meeting a sentence before dated.
  // Not the occasion's own noun ("the agreements reached during the visit": the visit is a reference back, not a fact).
  const occasionDate = vague || !state.eventNounDates ? undefined : occasionDateOf(clauseText, clause.start, at, state.eventNounDates, rules.sameOccasion);
  if (occasionDate?.value) return [{ ...occasionDate, basis: 'inferred_from_context' }];
  // "On the eve of the Shanghai Cooperation Organization Tianjin Summit, …": a clause timed by a named occasion the text
  // does not date has that time of its own, not the date of the fact before: with no year named, the occasion of the
  // publication's year.
  if (!vague && NAMED_OCCASION_LEAD.test(clauseText)) return [{ text: state.published.slice(0, 4), value: state.published.slice(0, 4), precision: 'year', basis: 'relative_to_publication' }];
  // '"China firmly supports Belarus …," Xi told his guest': a statement quoted in a news report was made on the report's day.
  const sentenceText = text.slice(facts.start, facts.end);
  const quoted = candidateCategory === 'political_support' && /["“”]/.test(sentenceText) && rules.reporting.test(sentenceText);
  rules.reporting.lastIndex = 0;
  if (quoted && !vague && state.newsDate) return [{ ...state.newsDate }];
  const sameBlock = state.prevBlock === facts.block;
  // "The two sides had earlier agreed on …": told as before the news, so neither the news day nor the fact before.
  const toldAsEarlier = rules.earlier.test(clauseText);
  rules.earlier.lastIndex = 0;
  if (toldAsEarlier) return [vague ? { text: vague.text, value: null, precision: null, basis: 'undated' } : null];
  // A trade figure with no period of its own continues the paragraph's last dated figure, also past an undated one
  // ("… reached $5.4 billion in 2020. China has become the second trade partner. At the same time, exports rose 9.4%").
  // "In February China gave Belarus 100,000 doses. This time it donated 300,000 doses": "this time" sets the fact apart
  // from the one before, as the report's own news.
  if (state.isReport && !vague && state.newsDate?.value && THIS_TIME_LEAD.test(clauseText)) return [{ ...state.newsDate, basis: 'inferred_from_context' }];
  const previous = state.prevEvents.find((e) => e.date?.value && (continues || e.category === candidateCategory))
    ?? (candidateCategory === 'trade' ? lastDatedTrade(state.blockEvents) : undefined);
  if (!ongoing && sameBlock && previous?.date) return [{ ...previous.date, basis: 'inferred_from_context' }];
  if (!ongoing && sameBlock && state.frame) return [{ ...state.frame, basis: 'inferred_from_context' }];
  // "China has become Belarus' fourth largest trading partner", no figure dated before it in the paragraph: a rank the
  // text says has come about holds in the publication year.
  if (candidateCategory === 'trade' && HAS_BECOME_STATE.test(clauseText) && !vague && !lastDatedTrade(state.blockEvents)) return [{ text: state.published.slice(0, 4), value: state.published.slice(0, 4), precision: 'year', basis: 'relative_to_publication' }];
  // A news report: an undated past event after the report's dated event ("on Tuesday") happened on that occasion.
  const news = state.newsEvents.find((e) => e.date?.value);
  if (!ongoing && !vague && news?.date && facts.index - news.sentence <= 6) return [{ ...news.date, basis: 'inferred_from_context' }];
  // Otherwise an undated event reported as done ("signed", "have signed") is the news of the report's day: the day the
  // text gives near publication ("on Thursday"), else the publication date.
  // A report's stated position ("China supports the efforts of Belarus …", said at the talks) is dated by the report's day.
  // A report published with its month only has no news day: its dated news event just before stands in for it.
  const reportDay = state.newsDate ?? (news?.date && facts.index - news.sentence <= 6 ? news.date : null);
  // A report published with its month only and no dated news before: a stance of that month (guideline §5: the
  // publication date at the precision the page gives). Not with the year only: a stance dated by a year alone would be
  // merged with any dated stance of another article that year.
  const stanceDay = reportDay ?? (state.published.length === 7 ? publicationPeriod(state.published) : null);
  if (candidateCategory === 'political_support' && state.isReport && !vague && stanceDay) return [{ ...stanceDay, basis: 'inferred_from_context' }];
  // A trigger in the pluperfect ("the two companies had signed a contract") tells what came before the report's news.
  const pluperfect = PLUPERFECT_BEFORE.test(text.slice(Math.max(clause.start, at - 40), at));
  // "China and Belarus have agreed to strengthen cooperation …": a report's lead in the perfect tells the day's news when
  // it is an occurrence in the main clause (not "Lukashenko, who has visited China many times, …", not a figure or a
  // state, not "has already signed": guideline §5).
  const leadPerfect = facts.index === state.leadSentence && state.isReport && occurrence && !/\b(?:who|which|already)\b/i.test(text.slice(clause.start, at));
  const newsPerfect = /\bjust\b/i.test(clauseText) || leadPerfect;
  const reported = !habitual && !toldAsEarlier && PAST_EVENT.test(clauseText) && (!rules.perfect.test(tenseText) || newsPerfect) && !rules.spanSoFar.test(clauseText) && !pluperfect;
  // An analysis recalls the past, but its lead tells the news of the day the text gives ("… embarked on a three-day state
  // visit to Beijing", then "Arriving on February 28, the trip …", published a week later).
  // So does an analysis's first sentence (or the one after it: the first may be a line of page chrome) telling an
  // occurrence as done by a subject it names first, with no phrase fronted before the verb ("Belarus and Chinese Exim
  // Bank signed an agreement on … lending projects", a comment published that day): the news it comments on. Not a
  // question, a noun phrase ("A trove of signed contracts", "The partnership established between …"), nor "During
  // Lukashenka's visit to China, the two states signed …" (a recollection).
  const leadNews = (state.newsDate?.basis === 'inferred_from_context' && facts.index <= (state.leadSentence ?? 0) + 2)
    || (occurrence && state.leadSentence !== undefined && facts.index >= state.leadSentence && facts.index <= state.leadSentence + 1
      && !SUBORDINATE_LEAD.test(text.slice(clause.start, at)) && !/\?/.test(text.slice(facts.start, facts.end))
      && !text.slice(clause.start, at).includes(',') && facts.mentions.some((m) => m.country && m.start >= clause.start && m.start - clause.start <= 4 && m.end <= at));
  if (reported && !vague && state.newsDate && (!state.recallsPast || leadNews)) return [{ ...state.newsDate }];
  // A report published with its month or year only: a visit it reports as done, with no date of its own, is news of
  // then ("The Belarusian parliamentary delegation … wrapped up the official visit to China", published May 2024). Other
  // facts told so are often older background: they stay undated.
  // So is an occurrence its lead reports as done ("The House of Representatives ratified the agreement …", published
  // 2018): a signing, a meeting, an event (a dated_only category, or an occurrence subtype: a plant opened), not a figure or a stance.
  // A clause headed by a subordinator ("After China and Belarus established relations, trade grew") is background.
  const lead = candidateCategory === 'visit' || (facts.index === state.leadSentence && occurrence && !SUBORDINATE_LEAD.test(text.slice(clause.start, at)));
  const period = lead && reported && !vague && !state.newsDate && state.isReport && !EARLIER_IN_PERIOD.test(clauseText) ? publicationPeriod(state.published) : null;
  if (period && !news?.date) return [{ ...period, basis: 'inferred_from_context' }];
  // "Lukashenko is in China to attend …", "is on a state visit": a visit a report tells in the present is under way on the report's day.
  // A report published with its month or year only: what it tells in the present holds then.
  const now = state.newsDate ?? publicationPeriod(state.published);
  const newsTense = NEWS_TENSE_VISIT.test(text.slice(Math.max(clause.start, at - 20), atEnd));
  const current = rules.attributivePresent.test(text.slice(Math.max(clause.start, at - 60), at));
  if (candidateCategory === 'visit' && state.isReport && !vague && now && (PRESENT_VISIT.test(clauseText) || newsTense || current)) return [{ ...now, basis: 'inferred_from_context' }];
  // "A delegation of the Union of Writers in Shanghai is now in Minsk": "now" or "currently" says the page's day in any genre.
  if (candidateCategory === 'visit' && !vague && now && NOW_VISIT.test(clauseText)) return [{ ...now, basis: 'inferred_from_context' }];
  // "Belarus and China Launch Eagle Assault 2024 Joint Anti-Terrorism Military Drill": a headline's present tells the report's news.
  const headlineVerb = HEADLINE_PRESENT.test(text.slice(at, atEnd)) || (HEADLINE_VISIT_VERB.test(text.slice(at, atEnd)) && !NOUN_BEFORE.test(text.slice(Math.max(0, at - 16), at)));
  // So does a subheading's or the lead's ("Chinese language becoming more accessible / Belarusian capital hosts Joint Conference …").
  const headline = facts.index <= (state.leadSentence ?? 0);
  if (headline && occurrence && state.isReport && !vague && now && headlineVerb) return [{ ...now, basis: 'inferred_from_context' }];
  // "The camp is hosting young tourists from China": an event a report tells in the present progressive, by the trigger's
  // own verb, is under way on the report's day (not a trade figure, a state of the year, nor money "being received").
  if (PROGRESSIVE_CATEGORIES.has(candidateCategory) && state.isReport && !vague && now && isProgressiveTrigger(text, clause, at, atEnd)) return [{ ...now, basis: 'inferred_from_context' }];
  // "60 students from China are currently studying in the BNTU": a state the text says holds now holds on its day.
  // A trade figure or rank "currently" is a state of the publication's year (the annotation guideline), not of its day.
  // So does a state told in the simple present "so far" or "to date" ("By far, the industrial park is home to 34
  // resident enterprises": "by far" for "so far" opening the sentence), not a tally in the perfect ("have signed so far"):
  // a tally to date, as a trade figure, is a state of the year.
  const soFar = rules.stateSoFar.test(clauseText) && PRESENT_STATE.test(clauseText);
  if (!vague && now && (/\b(?:currently|at present|presently)\b/i.test(clauseText) || soFar)) {
    return [(candidateCategory === 'trade' || soFar) && now.value ? { ...now, value: now.value.slice(0, 4), precision: 'year', basis: 'inferred_from_context' } : { ...now, basis: 'inferred_from_context' }];
  }
  return [vague ? { text: vague.text, value: null, precision: null, basis: 'undated' } : null];
}

/**
 * "In November 2016, a delegation … attended the 2016 Western China International Fair": a bare year nearest the
 * trigger that another date of the clause places more precisely (a month or day of that year) gives way to it.
 */
function refinedYear(nearest: DateMention[], groups: DateMention[][], at: number): DateMention[] {
  if (nearest.length !== 1 || nearest[0].precision !== 'year' || nearest[0].endValue) return nearest;
  const within = groups.filter((g) => g.length === 1 && g[0].value?.startsWith(`${nearest[0].value}-`) && !g[0].endValue);
  return within.length ? within.reduce((a, b) => (distanceOf(b, at) < distanceOf(a, at) ? b : a)) : nearest;
}

/** Whether the last forecast cue before a trigger is an infinitive ("plans to", "is expected to") with no finite verb or reporting verb after it. */
function isGovernedByPlan(before: string, rules: EventRules): boolean {
  // Every such cue ends in "to": without that word (most passages before a trigger) no scan for cues is needed.
  if (!TO_WORD.test(before)) return false;
  const cue = matchesOf(rules.forecast, before).pop();
  if (!cue || !/\bto$/i.test(cue[0])) return false;
  const rest = before.slice(cue.index! + cue[0].length);
  // "expects to attract more Chinese tourists as the countries signed a memorandum": a conjunction opens a clause of its own.
  const verb = rules.finiteVerb.test(rest) || /[;:"“”]/.test(rest) || OWN_CLAUSE_CONJUNCTION.test(rest);
  const said = rules.reporting.test(rest);
  rules.reporting.lastIndex = 0;
  return !verb && !said;
}

/** A clause opened by a named occasion ("On the eve of the … Summit,", "During the China International Import Expo,"). */
const NAMED_OCCASION_LEAD = /^\W*(?:[Oo]n the eve of|[Dd]uring|[Aa]t|[Oo]n the (?:sidelines|margins) of|[Aa]head of|[Ii]n the run-up to)\s+the\s+(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){1,8}(?:Summit|Forum|Games|Expo|Exhibition|Fair|Congress|Conference|Olympics|Olympiad|Session|Assembly|Festival)\b/u;

/** "during the meeting", "at the ceremony", "within the framework of the Forum": an occasion the text may have named before (its noun as group 1, looked up among the lexicon's subject_event_nouns the text dated). */
const DURING_OCCASION = /\b(?:during|at|on the (?:sidelines|margins) of|(?:with)?in the framework of|as part of|(?:at|by|towards?) the (?:end|close|conclusion|start|beginning|opening) of)\s+(?:the|this|that)\s+(\p{L}+)\b/giu;

/** The date of the first occasion a clause refers to ("during the meeting") that the text dated before, unless that noun is the trigger at `at` itself. */
function occasionDateOf(clauseText: string, clauseStart: number, at: number, dates: Map<string, Candidate['date']>, sameOccasion: Map<string, string[]>): Candidate['date'] | undefined {
  for (const m of matchesOf(DURING_OCCASION, clauseText)) {
    const noun = m[1].toLowerCase();
    // "At the end of the meeting" after talks told with their date: nouns of the same occasion (lexicon same_occasion_nouns).
    const date = dates.get(noun) ?? sameOccasion.get(noun)?.map((n) => dates.get(n)).find(Boolean);
    if (date && clauseStart + m.index! + m[0].length - m[1].length !== at) return date;
  }
  return undefined;
}

/** Records, for each event noun of the lexicon's subject_event_nouns the sentence names, the sentence's one date. */
function rememberEventNouns(sentence: string, date: DateMention, state: ArticleState, rules: EventRules): void {
  for (const m of matchesOf(rules.subjectEventNounAll, sentence)) {
    (state.eventNounDates ??= new Map()).set(m[0].toLowerCase(), { text: date.text, value: date.value, precision: date.precision, basis: date.basis, ...(date.endValue ? { endValue: date.endValue } : {}) });
  }
}

/** "a delegation from", before a visit's trigger: the visitors are named by where they come from. */
const DELEGATION_FROM = /\bdelegations?\s+from\b/i;

/** A conjunction that opens a clause with its own verb ("… as the countries signed"), ending a plan's object. */
const OWN_CLAUSE_CONJUNCTION = /\b(?:as|because|after|when|while|now that|since)\s+(?:the|both|two|they|we|it|he|she)\b/i;

/** Whether a sentence is the headline (the text's first sentence) or a copy of it in the body, as pages repeat their title above the text. */
function isHeadlineOrItsCopy(text: string, facts: SentenceFacts, state: ArticleState): boolean {
  if (facts.index === 0) return true;
  const first = state.sentences?.[0];
  return !!first && facts.end - facts.start === first.end - first.start && text.slice(facts.start, facts.end) === text.slice(first.start, first.end);
}

/** After a headline's subject up to a trigger: "to" and a verb ("… to give interview", "… to visit"), with up to two words between (module constant: \p{…} literal). */
const HEADLINE_PLAN = /^\s+to(?:\s+\p{Ll}+){0,2}\s*$/u;

/** Subject pronouns that make "since" open a clause of its own ("since he won the election"), not a span ("since 2015"). */
const SINCE_SUBJECT = String.raw`\s+(?:he|she|they|it|we|i|you)\s`;
const SINCE_CLAUSE = new RegExp(String.raw`\bsince${SINCE_SUBJECT}`, 'i');

/** ", and" with a subject of its own and a participle: "…, and both countries taking part in …" (module constant: \p{…} literal). */
const PARTICIPLE_CLAUSE = /^,\s+(?:and|but|while|whereas)\s+(?:both|the\s+two|each|\p{Lu}[\p{L}-]*)(?:\s+[\p{L}-]+){0,2}?\s+\p{L}+ing\b/u;

/** "the anniversary of the " right before a trigger, with no ordinal count before "anniversary". */
const UNCOUNTED_ANNIVERSARY = /(?<!\d(?:st|nd|rd|th)\s)\banniversary\s+of\s+(?:the\s+)?$/i;

/** What starts a verb's object: an indefinite article or an amount ("agreed a $348mn loan"; "said the two sides …" still reports). */
const OBJECT_AFTER = /^\s+(?:a|an|US\$|\$|€|\d)(?=[\s\d$])/i;

/** Subtypes whose figure is a count or a growth, not the amount of money in their clause. */
const COUNT_SUBTYPES = new Set(['park_residents', 'investment_growth']);

/** The word "to". */
const TO_WORD = /\bto\b/i;

/** A word in -ing at the start of a passage ("signing", "opening"). */
const GERUND_START = /^[a-z]+ing\b/i;

/** The people of an organisation or a country, between a meeting verb and its name ("top executives of", "Deputy Commerce Minister of"). */
const STAFF_OF = /^\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:executives|representatives|heads?|leadership|management|leaders|officials|chairman|chairwoman|president|director(?:-general)?|CEO|minister|ambassador(?:\s+extraordinary\s+and\s+plenipotentiary)?|envoy|governor|mayor|secretary|premier|speaker)\s+(?:of|from)\s+(?:the\s+)?$/i;
/** What may stand between a meeting's trigger and the country adjective of an official it meets ("with the visiting Chinese …"). */
const OFFICIAL_LEAD = /^\s+(?:(?:the|a|an|visiting|new|newly\s+appointed|outgoing|departing|incoming)\s+)*$/i;

/** "he" or "she" right before a trigger ("as he met with"). */
const PRONOUN_BEFORE = /\b(?:he|she)\s+(?:also\s+)?$/i;

/** "of " right before a mention: whose something is. */
const OF_BEFORE = /\bof\s+$/i;

/** "in " right before a mention: where something was held. */
const IN_BEFORE = /\bin\s+(?:the\s+)?$/i;

/**
 * The place a meeting is said to be held "in": right after its verb ("a meeting [in Minsk] with"), or right after the
 * one met, past a closed apposition and a day ("met with Ivan Kubrakov, Interior Minister of Belarus, in Beijing on
 * Tuesday"); not a place inside a title ("Secretary of the CPC Committee in Chongqing"), an office ("head of the ZTE
 * office in Minsk") or what was discussed ("to discuss the industrial park in Minsk"), nor one before the verb.
 */
function meetingPlace(text: string, clause: Clause, hitEnd: number, met: EntityMention, mentions: EntityMention[]): EntityMention | undefined {
  return mentions.find((m) => {
    if (!m.country || m.start < hitEnd || (m.kind !== 'place' && m.form !== 'metonym')) return false;
    const before = text.slice(Math.max(clause.start, m.start - 8), m.start).match(IN_BEFORE);
    if (!before) return false;
    const inAt = m.start - before[0].length;
    return /^\s*\[?\s*$/.test(text.slice(hitEnd, inAt))
      || (m.start >= met.end && /^(?:\s*,[^,;]{1,120},)?\s*(?:(?:on|last|this)\s+[\p{L}\d ]{1,20}?\s*)?$/u.test(text.slice(met.end, inAt)));
  });
}

/**
 * "Lukashenko met with Li Shangfu in Minsk": a meeting placed in the home of the host or the guest (meetingPlace) is the
 * other's visit there, unless that one lives where he meets (an envoy, an office's head: the title around the name).
 */
function guestMeetingVisit(text: string, clause: Clause, hit: { start: number; end: number }, guest: EntityMention, host: EntityMention, mentions: EntityMention[]): { visitor: EntityMention; place: EntityMention } | null {
  const place = meetingPlace(text, clause, hit.end, guest, mentions);
  if (!place || (place.country !== host.country && place.country !== guest.country)) return null;
  const visitor = place.country === host.country ? guest : host;
  // The name's whole apposition, a long envoy's title before it included.
  const titled = text.slice(Math.max(clause.start, visitor.start - 120), Math.min(clause.end, visitor.end + 120)).replace(/,[^,]*$/, '');
  return RESIDENT_ENVOY.test(titled) ? null : { visitor, place };
}

/**
 * "presidents Xi Jinping and Alexander Lukashenko met in Minsk": two people of different countries joined by "and"
 * just before a meeting's verb, and a place right after it ("met in") in the home of one of them; the other is the
 * visitor. Null otherwise (a third country, an envoy who lives there, no place).
 */
function pairMeetingVisit(text: string, clause: Clause, hit: { start: number; end: number }, [a, b]: [EntityMention, EntityMention], mentions: EntityMention[]): { visitor: EntityMention; place: EntityMention } | null {
  // Only a place right after the verb: the second branch of meetingPlace (after the one met) cannot hold past "met".
  const place = meetingPlace(text, clause, hit.end, b, mentions);
  if (!place || (place.country !== a.country && place.country !== b.country)) return null;
  const visitor = place.country === a.country ? b : a;
  // The visitor's own title: after the other's name for the second, before his own name for the first.
  const title = visitor === b ? text.slice(a.end, b.start) : text.slice(Math.max(clause.start, a.start - 60), a.start);
  return RESIDENT_ENVOY.test(title) ? null : { visitor, place };
}

/** "in Samarkand, ", "near Lake Issyk, ": a place named by capitalised words after "in", "at" or "near", then a comma. */
const IN_TOWN_BEFORE = /\b(?:in|at|near)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s*$/u;
/** A country named only as a place: after "in" ("held in Kazakhstan"), or after a city and a comma ("in Samarkand, Uzbekistan"). */
function isLocationOnly(text: string, m: EntityMention, mentions: EntityMention[]): boolean {
  return IN_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) || isTownsCountry(text, m, mentions);
}

/** Whether a country is named after a town, as where it is: "Samarkand, Uzbekistan", "in Samarkand, Uzbekistan" (a town the tables do not know). */
function isTownsCountry(text: string, m: EntityMention, mentions: EntityMention[]): boolean {
  return IN_TOWN_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || mentions.some((p) => p.kind === 'place' && p.end <= m.start && /^,\s*$/.test(text.slice(p.end, m.start)));
}

/** The two people of different countries joined by "and" right before a meeting verb ("Xi Jinping and Lukashenko met"), or null. */
function meetingPair(text: string, hit: { start: number; end: number }, mentions: EntityMention[]): [EntityMention, EntityMention] | null {
  const before = mentions.filter((m) => m.kind === 'person' && m.country && m.end <= hit.start);
  const [a, b] = before.slice(-2);
  if (a && b && a.country !== b.country && /^\s+and\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(text.slice(a.end, b.start)) && /^\s*$/.test(text.slice(b.end, hit.start))) return [a, b];
  // "a meeting in Minsk between China's then-defense chief Li Shangfu and Belarusian President Alexander Lukashenko".
  const after = mentions.filter((m) => m.kind === 'person' && m.country && m.start >= hit.end);
  const [c, d] = after;
  // "the meeting between the head of Belarus President Administration Natalya Kochanova and a member of the Standing
  // Committee of the Politburo of the Central Committee of the Communist Party of China, the secretary of the Central
  // Commission for Discipline Inspection Zhao Leji": titles of up to 28 words before the second.
  // "a meeting held by the president of China, Xi Jinping, and of Belarus, Alexander Lukashenko", "talks between Vladimir
  // Morozov, the Head of the Belarusian Railways, and Ju Guojiang": titles set off by commas on either side.
  if (c && d && c.country !== d.country && MEETING_BETWEEN.test(text.slice(hit.end, c.start)) && MEETING_AND.test(text.slice(c.end, d.start))) return [c, d];
  return null;
}

/**
 * Whether the subject right before a meeting verb is the pair's own words ("the foreign ministers of both countries
 * met", "the two leaders met": lexicon pair_subject_patterns), with at most "have", "had" or "also" between (EventRules pairSubjectEnd), and the
 * verb has no object ("met" at the clause's end or before a comma, "on", "in", "at", "for").
 */
function isPairSubjectOf(text: string, clause: Clause, hit: { start: number; end: number }, rules: EventRules): boolean {
  return PAIR_MEETING_AFTER.test(text.slice(hit.end, Math.min(clause.end, hit.end + 12)))
    && rules.pairSubjectEnd.test(text.slice(clause.start, hit.start));
}
/** After a meeting verb with no object: the clause's end, a comma, or a time or place preposition. */
const PAIR_MEETING_AFTER = /^(?:\s*$|\s*[,;.:]|\s+(?:on|in|at|for|during|last|this|yesterday|today|twice|again|separately|privately|behind)\b)/i;

/** From a meeting noun to the first of the two met: "in Minsk between China's then-defense chief ", "held by the president of China, ", "were held between " (up to eight words of title). */
const MEETING_BETWEEN = /^\s+(?:(?:was|were)\s+)?(?:held\s+)?(?:in\s+[\p{Lu}][\p{L}-]*\s+)?(?:between|by)\s+(?:the\s+)?(?:[\p{L}’'.-]+,?\s+){0,8}$/u;
/** From the first of the two met to the second: an apposition set off by commas at most, "and", and up to 28 words of title. */
const MEETING_AND = /^(?:,\s+(?:[\p{L}’'.-]+\s+){0,12}[\p{L}’'.-]+)?,?\s+and\s+(?:[\p{L}’'.-]+,?\s+){0,28}$/u;

const twins = new WeakMap<Trigger, Map<string, Trigger>>();
/**
 * A trigger read as another category's (a meeting as a visit, a pair's agreed project as their agreement): the same
 * words, the other category, subtype and CAMEO code, its own rule name; made once per trigger and kind.
 */
function twinOf(t: Trigger, category: string, subtype: string, rules: EventRules): Trigger {
  let byKind = twins.get(t);
  if (!byKind) twins.set(t, byKind = new Map());
  let twin = byKind.get(`${category}/${subtype}`);
  if (!twin) {
    twin = { ...t, category, subtype, cameo: rules.ref.categories[category]?.cameo };
    ruleNames.set(twin, `${category}/${subtype}<${ruleName(t, rules)}`);
    byKind.set(`${category}/${subtype}`, twin);
  }
  return twin;
}

/** A meeting trigger read as a visit (see twinOf). */
function visitTwinOf(t: Trigger, rules: EventRules): Trigger {
  return twinOf(t, 'visit', 'official_visit', rules);
}

/** Whether the words before a verb end in a subject of both the pair ("the two countries", "China and Belarus"). */
function isPairSubject(before: string, mentions: EntityMention[], offset: number, state: ArticleState, rules: EventRules): boolean {
  if (rules.pairSubjectEnd.test(before)) return true;
  const last = mentions.filter((m) => m.kind === 'country' && m.end <= offset + before.length);
  const [a, b] = last.slice(-2);
  return !!a && !!b && a.country !== b.country && state.focus.slice(0, 2).includes(a.country!) && state.focus.slice(0, 2).includes(b.country!)
    && /^\s+and\s+$/i.test(before.slice(a.end - offset, b.start - offset)) && /^\s*(?:have\s+|had\s+|also\s+)?$/i.test(before.slice(b.end - offset));
}

/** The two countries joined by "and" that open the clause as its subject ("Belarus and China continue implementing …"), before `at`; else null. */
function pairOpeningClause(text: string, clause: Clause, at: number, mentions: EntityMention[]): string[] | null {
  const [a, b] = mentions.filter((m) => m.start >= clause.start && m.end <= at).slice(0, 2);
  return a && b && a.kind === 'country' && b.kind === 'country' && a.form !== 'adjective' && b.form !== 'adjective' && a.country !== b.country
    && /^\W*(?:the\s+)?$/i.test(text.slice(clause.start, a.start)) && /^\s+and\s+$/i.test(text.slice(a.end, b.start)) && /^\s+\p{Ll}/u.test(text.slice(b.end, b.end + 3))
    ? [a.country!, b.country!] : null;
}

/** The title of one who lives in the country he works in (an envoy, an attaché, a company's or an agency's office there): his meetings there are no visits. */
const RESIDENT_ENVOY = /\b(?:ambassadors?|(?<!special\s)envoys?|charg[eé]s? d['’]affaires|consuls?(?:[- ]general)?|embassy|attach[eé]s?|counsellors?|representative office|office|bureau|correspondents?|mission)\b/i;

/**
 * A clause without its leading infinitive of purpose: "to boost …; to garner …" (a list of aims) asserts nothing, so
 * none; "To mark the 10th anniversary of …, the theatre gave a performance" asserts its main clause after the comma.
 */
function purposeLess(text: string, clause: Clause, rules: EventRules): Clause | null {
  let start = clause.start;
  // "to boost exports to China, to attract Chinese-funded projects, …": each aim in turn, until a main clause.
  while (/^to\s/i.test(text.slice(start, Math.min(clause.end, start + 3)))) {
    const comma = text.indexOf(',', start);
    if (comma < 0 || comma >= clause.end || !rules.finiteVerb.test(text.slice(comma, clause.end))) return null;
    start = comma + 1 + (text.slice(comma + 1, clause.end).length - text.slice(comma + 1, clause.end).trimStart().length);
  }
  return start === clause.start ? clause : { ...clause, start, masked: clause.masked.slice(start - clause.start) };
}

/** A participle of origin right before a date, with its agent: "launched by President Xi Jinping ", "put forward ", "proposed by China ". */
/** A ratification or an entry into force in a trigger's own words. */
const RATIFIED = /\bratif|\bin(?:to)?\s+(?:force|effect)\b/i;

/** The participle of an object's signing right before a date, with its place: "signed in Beijing ", "concluded ". */
const SIGNED_PARTICIPLE_BEFORE = /\b(?:signed|concluded)(?:\s+(?:in|at)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)?\s*$/u;

const ORIGIN_PARTICIPLE_BEFORE = /(?<!\bas\s)\b(?:launched|proposed|put forward|initiated|unveiled|advanced)(?:\s+by\s+[^,;()]{1,60}?)?\s*$/i;

/**
 * Whether a date dates another noun than the fact's: one after a participle of origin that follows the trigger ("the
 * initiative launched … in September 2021"), or one in the possessive of another clause: "his first visit since he was declared winner of
 * January’s widely criticised poll". One in the trigger's own clause dates the occasion of the fact ("signed at
 * January's summit", "visited China for last year's SCO summit"), and one before the trigger its own noun or the trigger.
 */
function datesOtherNoun(text: string, d: DateMention, atEnd: number, rules: EventRules, at = atEnd, occurrence = true): boolean {
  // "welcomes the Global Development Initiative launched by President Xi Jinping in September 2021": a date after the
  // participle that tells where the object came from dates the object, not the fact.
  // (a participle set off by a comma describes the trigger's own noun: "the loan …, launched in May 2015, …").
  if (d.start >= atEnd && !/[,;()]/.test(text.slice(atEnd, d.start)) && ORIGIN_PARTICIPLE_BEFORE.test(text.slice(Math.max(atEnd, d.start - 90), d.start))) return true;
  // "ratified the Agreement … signed in Beijing on January 17, 1995": a date after the participle of the object's
  // signing dates the signing, not the ratification or entry into force the trigger's own words tell.
  if (d.start >= atEnd && RATIFIED.test(text.slice(at, atEnd)) && SIGNED_PARTICIPLE_BEFORE.test(text.slice(Math.max(atEnd, d.start - 60), d.start))) return true;
  // "Lukashenko's visit comes after Beijing unveiled a document on Feb. 24": a date after "comes after", "came amid",
  // "comes ahead of" is the date of what the fact follows or precedes, not the fact's.
  if (d.start >= atEnd && COMES_AFTER.test(text.slice(atEnd, d.start))) return true;
  // "Lukashenka travelled to Beijing … following Belarus’s unrecognised presidential election in January": a date
  // right after a noun of another kind of event that the fact follows (lexicon external_event_nouns) is that event's.
  // (An occurrence only: a figure that "fell by 10% following the pandemic in 2020" is of that period.)
  if (occurrence && d.start >= atEnd && rules.afterExternalEvent.test(text.slice(Math.max(atEnd, d.start - 90), d.start))) return true;
  if (d.start < atEnd || !/^['’]s\b/.test(text.slice(d.end, d.end + 3))) return false;
  const between = text.slice(atEnd, d.start);
  return /\b(?:since|which|that|who|whose|when|after|before|until)\b/i.test(between) || rules.finiteVerb.test(between);
}

/** A fact told as following or preceding another: "comes after", "came just days before", "comes amid", "comes ahead of". */
const COMES_AFTER = /\b(?:comes?|came|coming)\s+(?:(?:just|only|shortly|soon|days|weeks|hours|months|a\s+(?:day|week|month)|(?:two|three|four|five)\s+(?:days|weeks|months))\s+)?(?:after|before|amid|as|ahead\s+of|on\s+the\s+heels\s+of)\s/i;

/**
 * Whether a date ends a phrase opened by "since" after the trigger: "admires the achievements made since its founding
 * 70 years ago, and supports …": the date is the since-phrase's noun's, not the fact's. (A since-phrase before the
 * trigger gives where its span starts: "Since the forum held last year, China has provided support"; "since 2018"
 * itself is a span's start: isSince.)
 */
function endsSincePhrase(text: string, clause: Clause, d: DateMention, at: number, rules: EventRules, atEnd = at): boolean {
  if (isSince(d)) return false;
  const before = text.slice(Math.max(clause.start, d.start - 120), d.start);
  const m = /\bsince\s+(?:[^\s,;()]+\s+)+$/i.exec(before);
  if (!m) return false;
  const since = d.start - before.length + m.index;
  // "has grown sixfold since 2010 and reached $4 billion in 2019": a verb of its own ends the phrase; not a since-clause
  // with a subject pronoun of its own ("his first visit to Beijing since he won the election in January"), whose date is
  // its own, nor one with a noun subject after the trigger's words ("… since the Chinese leader secured a third term last
  // year"; not when the trigger reaches into it: "inked two projects since a co-operation agreement was signed in 2008").
  const words = m[0].slice(6);
  if (rules.finiteVerb.test(words) && !SINCE_CLAUSE.test(m[0]) && !(since >= atEnd && isSinceSubjectClause(words, rules))) return false;
  return at < since;
}

/**
 * Whether the words after "since" open a clause with a noun subject and its verb, with no "and" or "but" before the
 * verb: "the first European head of state to be given a state visit since the Chinese leader secured a third term last
 * year" (the date is the since-clause's); not "since 2010 and reached $4 billion in 2019" (a span, then a verb of the fact's).
 */
function isSinceSubjectClause(words: string, rules: EventRules): boolean {
  const verb = rules.finiteVerb.exec(words);
  if (!verb) return false;
  const subject = words.slice(0, verb.index);
  return SINCE_NOUN_SUBJECT.test(subject) && !/\b(?:and|but|or)\b|\d/.test(subject);
}
/** A subject after "since": a determiner or a name, then up to five words ("the Chinese leader", "Xi Jinping"). */
const SINCE_NOUN_SUBJECT = /^(?:(?:the|a|an|his|her|its|their|our|this|that)\s+|\p{Lu})(?:[\p{L}’'-]+\s+){0,5}$/u;

/** Whether a date is written with "since" (where a span starts). */
/**
 * "Since the two countries established diplomatic relations 20 years ago, China has become Belarus' fourth largest
 * trading partner": a date in a clause opened by "Since", before its comma, dates where a span starts, not a fact of the
 * main clause after the comma.
 */
function inLeadingSince(text: string, clause: Clause, d: DateMention, at: number): boolean {
  if (!/^\s*since\b/i.test(text.slice(clause.start, clause.start + 12))) return false;
  const comma = text.indexOf(',', clause.start);
  return comma > d.start && comma < at && comma < clause.end;
}

function isSince(d: DateMention): boolean {
  return /^since\b/i.test(d.text);
}

/** Whether a date expression names a year after the publication's ("from 2014 to 2018" published in 2014). */
function reachesPast(expr: string, published: string): boolean {
  const years = expr.match(/\b(?:1[89]|20)\d\d\b/g) ?? [];
  return years.some((y) => y > published.slice(0, 4));
}

/** "two years earlier": a year counted from the last date the text gave before this sentence. */
function anchoredDate(expr: string, state: ArticleState, rules: EventRules): Candidate['date'] {
  const m = expr.toLowerCase().match(rules.anchored);
  if (!m || !state.lastDate) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : rules.ref.lexicon.number_words[m[1]];
  if (!n) return null;
  const years = m[2].startsWith('year') ? n : Math.round(n / 12);
  const sign = /earlier|before/.test(m[3]) ? -1 : 1;
  return { text: expr, value: String(Number(state.lastDate.slice(0, 4)) + sign * years), precision: 'year', basis: 'inferred_from_context' };
}

/** The people a clause is about: those it names, or those of the previous sentence when it says "the two leaders", "he", "they". */
function peopleOf(text: string, clause: Clause, facts: SentenceFacts, state: ArticleState, rules: EventRules): string[] {
  const named = facts.mentions.filter((m) => m.kind === 'person' && within(m, clause.start, clause.end)).map((m) => m.id);
  if (named.length) return named;
  const refers = rules.personPronoun.test(text.slice(clause.start, clause.end));
  rules.personPronoun.lastIndex = 0;
  return refers ? state.prevPeople : [];
}

/**
 * The date of a visit a fact happened during. "During his visit" (`during`): the latest visit by one of these
 * people, or the latest visit at all when no one is named. Otherwise only the visit the text is about (the most
 * recent by date so far) counts, and only when one of these people made it: a past visit recalled is not the one meant.
 */
function dateOfVisitBy(people: string[], state: ArticleState, during: boolean): Candidate['date'] {
  const dated = state.visits.filter((v) => v.date?.value);
  const byThem = (v: Candidate) => people.includes(v.details.visitor_id as string);
  const current = dated.reduce<Candidate | undefined>((a, v) => (!a || v.date!.value! >= a.date!.value! ? v : a), undefined);
  const visit = during ? [...dated].reverse().find((v) => !people.length || byThem(v)) : current && byThem(current) ? current : undefined;
  if (!visit) return null;
  // The same visit mentioned with a vaguer date ("in 2007" and "in November 2007"): take the most precise.
  const same = dated.filter((v) => v.details.visitor_id === visit.details.visitor_id && datesCompatible(v.date!.value, visit.date!.value));
  return same.sort((x, y) => y.date!.value!.length - x.date!.value!.length)[0].date;
}

/** Mentions that stand for a country, inside the clause and not masked. */
function countryMentions(text: string, clause: Clause, facts: SentenceFacts): EntityMention[] {
  return facts.mentions.filter((m) => m.country && within(m, clause.start, clause.end) && !isMasked(text, clause, m.start));
}

/** Offsets of subject pronouns ("it", "the two leaders") in text[from, to), leaving out the empty "it is odd to note that". */
function pronounsBetween(text: string, from: number, to: number, rules: EventRules): number[] {
  return matchesOf(rules.pronoun, text.slice(from, to))
    .filter((m) => !/^it\s+(?:is|was)\s+\w+\s+(?:to|that)\b/i.test(text.slice(from + m.index!, from + m.index! + 40)))
    .map((m) => from + m.index!);
}

/** What a pronoun at `at` refers to: the country named last before it in the sentence, else the previous sentence's subject. */
function referentOf(at: number, sentenceMentions: EntityMention[], state: ArticleState, text?: string): string | null {
  const earlier = sentenceMentions.filter((m) => m.end <= at && m.country && m.kind !== 'person' && m.form !== 'adjective');
  const last = earlier[earlier.length - 1];
  // "During the SCO summit in Samarkand, Uzbekistan, last September, the two heads of state held a bilateral meeting":
  // a country outside the pair named only as where it happened is not what the pair's words stand for.
  if (last && text && state.focus.length >= 2 && PAIR_WORDS.test(text.slice(at, at + 30)) && !state.focus.slice(0, 2).includes(last.country!) && isLocationOnly(text, last, sentenceMentions)) return state.focus[0];
  if (last) return last.country;
  // "In 2022, the two countries upgraded their relations" in a paragraph about another pair than the last subject's
  // (paragraphPairs): the words for the pair stand for the pair, not for a country outside it.
  if (text && state.prevSubject && state.focus.length >= 2 && !state.focus.slice(0, 2).includes(state.prevSubject) && PAIR_WORDS.test(text.slice(at, at + 24))) return state.focus[0];
  return state.prevSubject;
}
const PAIR_WORDS = /^(?:the\s+two|both)\s+(?:countries|sides|governments|leaders|presidents|premiers|states|nations|heads\s+of\s+(?:state|government))\b/i;

/** A year named in the comma-delimited stretch of the clause around a hit ('' when none): "in January 2023". */
function yearOfSegment(text: string, clause: Clause, hit: { start: number; end: number }): string {
  const [from, to] = segmentAround(text, clause, hit.start, hit.end);
  return YEAR_WORD.exec(text.slice(from, to))?.[0] ?? '';
}
const YEAR_WORD = /\b(?:19|20)\d\d\b/;

/** Whether a mention is part of a hyphenated pair of countries: the gazetteer's prefix ("China-") or the country after one. */
function isPairPart(m: EntityMention, mentions: EntityMention[]): boolean {
  return m.form === 'prefix' || mentions.some((p) => p.form === 'prefix' && p.end === m.start);
}

/**
 * "attended the China-Belarus Presidents Forum in Minsk": a country of a hyphenated pair, with a place or country of
 * another than the visitor's after it in the clause, names an event, not the place visited.
 */
function isEventPair(m: EntityMention, mentions: EntityMention[], clauseEnd: number, visitorCountry: string | null): boolean {
  return isPairPart(m, mentions) && mentions.some((o) => o.start > m.end && o.start < clauseEnd && (o.kind === 'place' || o.kind === 'country') && !!o.country && o.country !== visitorCountry && !isPairPart(o, mentions));
}

/** A country told by its person's possessive: "his country", "her government". */
const OWNER_COUNTRY = /\b(?:his|her)\s+(?:country|government|nation|state)\b/i;

/** A comma and a coordinating conjunction: ", and", ", but", ", while". */
const COORDINATOR = /,\s+(?:and|but|while|whereas)\s+(?:the\s+)?/giu;

/**
 * The country named right after the last ", and" (", but", ", while") between `from` and `at`: the subject of a clause
 * joined to a reported one ("… that Belarus stands firmly with China, and China will continue to support Belarus").
 */
function coordinateSubject(text: string, from: number, at: number, mentions: EntityMention[]): string | null {
  const joins = matchesOf(COORDINATOR, text.slice(from, at));
  const last = joins[joins.length - 1];
  if (!last) return null;
  const after = from + last.index! + last[0].length;
  return mentions.find((m) => m.start === after && m.end <= at && m.kind !== 'person')?.country ?? null;
}

/** The country acting in the clause: the first country-bearing mention before the trigger, or the carried subject for "it". */
function subjectOf(text: string, clause: Clause, at: number, mentions: EntityMention[], sentenceMentions: EntityMention[], state: ArticleState, rules: EventRules): string | null {
  // "Xi Jinping emphasized that Belarus has always given China firm support": the speaker is not the actor; the
  // subject of the reported clause is.
  const speech = matchesOf(rules.reportedClause, text.slice(clause.start, at)).pop();
  if (speech) {
    const from = clause.start + speech.index! + speech[0].length;
    // "China is thankful that Belarus stands firmly with China …, and China will continue to support Belarus": a
    // clause joined after the reported one has its own subject, named right after the conjunction.
    const joined = coordinateSubject(text, from, at, mentions);
    if (joined) return joined;
    const reported = mentions.filter((m) => m.start >= from && m.end <= at && m.kind !== 'person');
    if (reported.length) return reported[0].country;
  }
  // "… credit lines introduced after Belarus joined China's Belt and Road Initiative": the subject of a subordinate
  // clause, named right before the trigger's verb, acts, not the main clause's first country.
  const subordinate = subordinateSubject(text, clause, at, mentions);
  if (subordinate) return subordinate;
  const [segmentStart] = segmentAround(text, clause, at, at);
  const inClause = mentions.filter((m) => m.end <= at);
  const inSegment = inClause.filter((m) => m.start >= segmentStart);
  const segmentPronouns = pronounsBetween(text, segmentStart, at, rules);
  const fromSegmentPronoun = segmentPronouns.length && (!inSegment.length || segmentPronouns[0] < inSegment[0].start) ? referentOf(segmentPronouns[0], sentenceMentions, state, text) : null;
  if (fromSegmentPronoun) return fromSegmentPronoun;
  // "…, Sidorsky said, and his country will continue its firm support to China": "his country" is the country of the
  // person named last before it.
  const owned = OWNER_COUNTRY.exec(text.slice(segmentStart, at));
  if (owned && (!inSegment.length || segmentStart + owned.index < inSegment[0].start)) {
    const owner = sentenceMentions.filter((m) => m.kind === 'person' && m.country && m.end <= segmentStart + owned.index).pop();
    if (owner) return owner.country;
  }
  if (inSegment.length) return focusOfCountryList(text, inClause, inSegment[0], state) ?? focusOfPeopleList(subjectPeopleList(text, inSegment, at), state) ?? inSegment[0].country;
  const clausePronouns = pronounsBetween(text, clause.start, at, rules);
  const fromClausePronoun = clausePronouns.length && (!inClause.length || clausePronouns[0] < inClause[0].start) ? referentOf(clausePronouns[0], sentenceMentions, state, text) : null;
  if (fromClausePronoun) return fromClausePronoun;
  if (inClause.length) return inClause[0].country;
  // "The President also thanked China": a subject standing for a person named before acts for that person's country.
  const anaphor = subjectAnaphors(text, clause.start, at, rules).pop();
  const referent = anaphor && state.focus.length ? referentPerson(anaphor, sentenceMentions, state, rules) : null;
  if (referent?.country) return referent.country;
  // "Calling Lukashenko 'an old friend of the Chinese people', Xi spoke highly of …": a clause opened by a participle of
  // naming or praising has its subject after the participle's phrase, not the participle's object (not "Noting the
  // support of China …", whose owner says who supports).
  const participle = NAMING_PARTICIPLE.exec(text.slice(clause.start, clause.end));
  const afterPhrase = participle ? clause.start + participle[0].length : -1;
  if (participle && afterPhrase > at) {
    const subject = mentions.find((m) => m.start >= afterPhrase && m.country);
    if (subject) return subject.country;
  }
  const after = mentions.find((m) => m.start >= at);
  // "The first batch of frozen meat was shipped to China": the country a passive sends goods to receives them; the pair's other one sends.
  if (after?.country && state.focus.length === 2 && state.focus.includes(after.country) && PASSIVE_SENT_TO.test(text.slice(at, after.start))) return state.focus.find((c) => c !== after.country)!;
  return after?.country ?? null;
}
/** The country of a mention right before the trigger that opens a subordinate clause ("after Belarus joined", "since China has granted"). */
function subordinateSubject(text: string, clause: Clause, at: number, mentions: EntityMention[]): string | null {
  let last: EntityMention | undefined;
  for (const m of mentions) if (m.end <= at && m.start >= clause.start && m.country) last = m;
  if (!last || !VERB_GAP.test(text.slice(last.end, at))) return null;
  return SUBORDINATOR_BEFORE.test(text.slice(Math.max(clause.start, last.start - 24), last.start)) ? last.country! : null;
}
const SUBORDINATOR_BEFORE = new RegExp(`\\b(?:${SUBORDINATORS})\\s+(?:the\\s+)?$`, 'i');
const VERB_GAP = /^\s+(?:(?:has|have|had|also|officially|formally|first|then|later|finally)\s+)*$/i;
const PASSIVE_SENT_TO = /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:shipped|sent|delivered|dispatched|exported|supplied|railed)\s+to\s+(?:the\s+)?$/i;

/**
 * "Belarus, Russia, Iran and North Korea voted against the resolution": a subject that is a list of countries joined by
 * commas and "and" (whose last items alone the comma segment holds) acts for each of them. The countries of the list
 * that `last` (a country mention) ends, in text order; just `last` when it ends none.
 */
function countryListEndingAt(text: string, before: EntityMention[], last: EntityMention): EntityMention[] {
  if (last.kind !== 'country') return [last];
  const countries = before.filter((m) => m.kind === 'country' && m.end <= last.start);
  const list = [last];
  for (let i = countries.length - 1; i >= 0; i--) {
    if (!LIST_JOINER.test(text.slice(countries[i].end, list[0].start))) break;
    list.unshift(countries[i]);
  }
  return list;
}

/** Whether an international body is the first name of a clause before `at`, and every country after it up to `at` follows a preposition. */
function bodyIsSubject(text: string, clause: Clause, at: number, mentions: EntityMention[]): boolean {
  const before = mentions.filter((m) => m.start >= clause.start && m.end <= at);
  if (!before.length || before[0].kind !== 'organisation' || before[0].subtype !== 'international') return false;
  return before.slice(1).every((m) => !m.country || OBJECT_PREPOSITION.test(text.slice(Math.max(0, m.start - 16), m.start)));
}
const OBJECT_PREPOSITION = /\b(?:in|on|of|for|against|to|with|about|concerning|regarding)\s+(?:the\s+)?$/i;

/** The countries of a bracketed list opening right after a vote (`"against" (Bolivia, China, …)`), in text order; empty when none opens there. */
function tallyAfter(text: string, from: number, to: number, mentions: EntityMention[]): string[] {
  const open = /^\s*(?:["“”']?[\p{L} ]{0,12}["“”']?\s*)?\(/u.exec(text.slice(from, Math.min(to, from + 20)));
  if (!open) return [];
  const start = from + open[0].length;
  const close = text.indexOf(')', start);
  if (close < 0 || close > to) return [];
  return [...new Set(mentions.filter((m) => m.kind === 'country' && m.start >= start && m.end <= close).map((m) => m.country!))];
}

/**
 * "Russian President Vladimir Putin and Chinese President Xi Jinping congratulated Lukashenko": a subject that is a
 * list of people (each with its country adjective and title before it, "Russian President Vladimir Putin"), joined by
 * commas and "and" and running up to the trigger. Its items' mentions in text order (an adjective and its person
 * both), or null when the segment's names before `at` are not such a list of two or more people.
 */
function subjectPeopleList(text: string, inSegment: EntityMention[], at: number): EntityMention[] | null {
  const before = inSegment.filter((m) => m.end <= at);
  if (before.length < 2) return null;
  const items: EntityMention[][] = [];
  for (const m of before) {
    const item = items[items.length - 1];
    const prev = item?.[item.length - 1];
    // The person an adjective of the same country introduces, with title words between ("Chinese President Xi Jinping").
    if (prev && item.length === 1 && prev.kind === 'country' && prev.form === 'adjective' && m.kind === 'person' && m.country === prev.country && TITLE_GAP.test(text.slice(prev.end, m.start))) { item.push(m); continue; }
    if (prev && !LIST_JOINER.test(text.slice(prev.end, m.start))) return null;
    items.push([m]);
  }
  if (items.length < 2 || !items.every((item) => item[item.length - 1].kind === 'person')) return null;
  const last = items[items.length - 1];
  if (!SUBJECT_TAIL.test(text.slice(last[last.length - 1].end, at))) return null;
  return items.flat();
}
const TITLE_GAP = /^\s+(?:(?!and\b|or\b)[\p{L}.'’-]+\s+){0,4}$/u;
const SUBJECT_TAIL = /^\s*(?:(?:also|jointly|together|both|have|has|had|each|recently|today|yesterday)\s+)*$/i;

/** The one country of the article's pair among the people of a subject list (see subjectPeopleList), or null (none, or both). */
function focusOfPeopleList(list: EntityMention[] | null, state: ArticleState): string | null {
  if (!list) return null;
  const pair = new Set(list.filter((m) => state.focus.slice(0, 2).includes(m.country!)).map((m) => m.country));
  return pair.size === 1 ? [...pair][0]! : null;
}

/**
 * The one focus country of a subject list that `last` ends (see countryListEndingAt) or goes on from in the same
 * segment ("top diplomats from Pakistan, Bangladesh, Kyrgyzstan and Belarus also said", whose segment opens at
 * Kyrgyzstan), or null (none, or several).
 */
function focusOfCountryList(text: string, before: EntityMention[], last: EntityMention, state: ArticleState): string | null {
  const list = countryListThrough(text, before, last);
  if (list.length < 2) return null;
  // "Belarus, China Pledge to Set Up $20Mln Venture Capital Fund": a list of both the pair's countries names no one of them.
  const focus = new Set(list.filter((m) => state.focus.includes(m.country!)).map((m) => m.country));
  return focus.size === 1 ? [...focus][0]! : null;
}

/** The subject list of countries `last` ends (countryListEndingAt) and goes on from through `before`, in text order. */
function countryListThrough(text: string, before: EntityMention[], last: EntityMention): EntityMention[] {
  const list = countryListEndingAt(text, before, last);
  for (const m of last.kind === 'country' ? before : []) {
    const end = list[list.length - 1];
    if (m.start < end.end || m.kind !== 'country') continue;
    if (!LIST_JOINER.test(text.slice(end.end, m.start))) break;
    list.push(m);
  }
  return list;
}

/**
 * "In 1996, in Shanghai, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and China signed an agreement": a subject list of
 * countries holding the acting country and others outside the article's pair, never the pair's other one, acts among
 * its own members: with no counterpart named after the trigger, the fact is not the pair's.
 */
function actsInListOutsidePair(text: string, clause: Clause, at: number, actor1: string, mentions: EntityMention[], state: ArticleState): boolean {
  const [segmentStart] = segmentAround(text, clause, at, at);
  const before = mentions.filter((m) => m.end <= at);
  const first = before.find((m) => m.start >= segmentStart);
  if (!first || first.kind !== 'country') return false;
  const list = countryListThrough(text, before, first);
  const pair = state.focus.slice(0, 2);
  if (list.length < 3 || !list.some((m) => m.country === actor1) || list.some((m) => m.country !== actor1 && pair.includes(m.country!))) return false;
  return !mentions.some((m) => m.start >= at && m.end <= clause.end && m.country && m.country !== actor1 && pair.includes(m.country));
}

/**
 * The other focus countries of the subject list the acting country belongs to, right before the trigger's comma segment
 * ("Bolivia, China, Cuba … voted against the resolution": each voted; the dataset keeps its pair's). Empty for a subject of one.
 */
function coSubjectsOf(text: string, clause: Clause, at: number, actor1: string, mentions: EntityMention[], state: ArticleState): string[] {
  const [segmentStart] = segmentAround(text, clause, at, at);
  const before = mentions.filter((m) => m.end <= at);
  const first = before.find((m) => m.start >= segmentStart);
  if (!first) return [];
  const list = countryListEndingAt(text, before, first);
  if (list.length < 2 || !list.some((m) => m.country === actor1)) return [];
  return [...new Set(list.map((m) => m.country!))].filter((c) => c !== actor1 && state.focus.includes(c));
}
const LIST_JOINER = /^\s*(?:,|,?\s*and|&)\s*$/;

/** The most recently mentioned country other than `not`, searching this sentence up to `at`, then earlier sentences. */
function recentOtherCountry(state: ArticleState, mentions: EntityMention[], at: number, not: string | null): string | null {
  const here = mentions.filter((m) => m.end <= at && m.kind !== 'person' && m.kind !== 'organisation' && m.country !== not);
  if (here.length) return here[here.length - 1].country;
  for (let i = state.history.length - 1; i >= 0; i--) if (state.history[i].country !== not) return state.history[i].country;
  return state.focus.find((c) => c !== not) ?? null;
}

function isFocusIn(state: ArticleState, m: EntityMention): boolean {
  return state.focus.includes(m.country!);
}

/**
 * What opens a phrase of its own after a trigger, whose countries are not the trigger's other party: a comma, a
 * conjunction and a verb in the past (", and also urged for peace talks in the Ukraine war"), a relative clause with a
 * modal ("… on Wednesday that could make it easier to bypass sanctions by delivering aid to Russia").
 */
const OWN_PHRASE_AFTER = /,\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+ed\b|\b(?:that|which)\s+(?:could|would|will|may|might|can|should|must)\b/u;

/** Whether a list of places starts after a partner preposition, maybe after the bodies of its countries ("with the space agencies of Pakistan and …"). */
function isPartnerList(text: string, rules: EventRules, m: EntityMention): boolean {
  return isPartnerIn(text, rules, m) || PARTNER_BODIES_OF.test(text.slice(Math.max(0, m.start - 60), m.start));
}
const PARTNER_BODIES_OF = /\b(?:with|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:agencies|ministries|governments|academies|authorities|banks|companies|firms|universities|leaders|delegations|sides)\s+of\s+(?:the\s+)?$/iu;

/** Whether a country is named right after a partner preposition ("with Kazakhstan", "to Serbia"). */
function isPartnerIn(text: string, rules: EventRules, m: EntityMention): boolean {
  return m.kind === 'country' && m.form !== 'adjective' && rules.partnerPrep.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/**
 * The other party: a focus country in the trigger's own segment; else a third country after a partner preposition
 * there ("a deal with Kazakhstan": a third-country fact); else a focus country elsewhere in the clause; else the focus partner.
 */
function counterpartOf(text: string, clause: Clause, hit: { start: number; end: number }, actor1: string, mentions: EntityMention[], state: ArticleState, rules: EventRules): { country: string | null; third: boolean; named?: boolean; group?: string[] } {
  // Not a town or country outside the pair named only as where it happened ("at the summit in Astana, Kazakhstan").
  const others = mentions.filter((m) => m.country !== actor1 && (state.focus.slice(0, 2).includes(m.country!) || !(isTownsCountry(text, m, mentions) || (m.kind === 'place' && isLocationOnly(text, m, mentions)))));
  const [s, e] = segmentAround(text, clause, hit.start, hit.end);
  const inSegment = others.filter((m) => m.start >= s && m.end <= e);
  // One fact with each partner of a group listed, none with a sum (the group's): the dataset keeps its pair's.
  const group = (ms: EntityMention[]) => {
    const members = [...new Set(ms.map((m) => m.country!))].filter((c) => c !== actor1);
    return members.length ? { country: members[0], third: false, named: true, group: members.slice(1) } : { country: null, third: true };
  };
  // "swap agreements totaling 1.3 trillion yuan with 15 countries and regions, including the Republic of Korea, Hong Kong,
  // Belarus and Argentina": a group fact, and one with each member the list names.
  const count = rules.multilateral.exec(text.slice(s, e));
  // "Including Belarus, 160 countries and territories have granted visa-free access to HKSAR passport holders": a tally.
  if (!count && rules.multilateralSubject.test(text.slice(clause.start, hit.start))) return { country: null, third: true };
  if (count) return group(membersListedAfter(text, s + count.index + count[0].length, clause.end, mentions));
  // "the 75th Anniversary of the Establishment of Diplomatic Relations between China and Russia": the two parties named
  // right after the trigger are the fact's; when one is not of the article's pair, the fact is a third country's.
  // "swap accords between China and Indonesia, South Korea, Hong Kong, Malaysia and Belarus": unless the second party is
  // the first of a list that goes on to the pair's other (one fact of each partner; the pair's is the dataset's).
  const named = pairNamedAfter(text, hit.end, inSegment.concat(mentions.filter((m) => m.country === actor1 && m.start >= hit.end && m.end <= e)));
  if (named && named.some((c) => !state.focus.slice(0, 2).includes(c))) {
    const second = inSegment.find((m) => m.start >= hit.end && m.country === named[1]);
    const listed = named[0] === actor1 && second ? placesListedAfter(text, second, mentions.filter((m) => m.end <= e)) : [];
    return listed.length ? group([second!, ...listed]) : { country: null, third: true };
  }
  // "the signing of a series of cooperation agreements between Chinese and foreign chambers of commerce": one side is
  // any foreign one, no country of the pair.
  if (BETWEEN_AND_FOREIGN.test(text.slice(hit.end, e))) return { country: null, third: true };
  // A country the headline names beside the focus ("Lukashenko visited China twice last year" in a report headed "Li Qiang
  // to visit Russia, Belarus", about China and Russia) is the counterpart of a focus country it acts with.
  const partnerOf = (ms: EntityMention[]) => ms.find((m) => isFocusIn(state, m)) ?? (state.focus.includes(actor1) ? ms.find((m) => !!m.country && !!state.alsoNamed?.includes(m.country)) : undefined);
  // Of the focus countries a clause names, the pair's own before a third one the article also follows ("close Kremlin
  // ally Alexander Lukashenko said during a visit to China …": China, not Russia).
  const focusHere = partnerOf(inSegment.filter((m) => state.focus.slice(0, 2).includes(m.country!))) ?? partnerOf(inSegment);
  // "China invested $1.7 billion in Kazakhstan – Belarus' ally in the CSTO": a third country after a partner preposition,
  // the first country after the trigger, is the fact's other party, whatever its apposition names (not "in Kazakhstan
  // and Belarus": a list of both).
  const firstAfter = inSegment.filter((m) => m.start >= hit.end && m.country).sort((a, b) => a.start - b.start)[0];
  if (focusHere && firstAfter && firstAfter !== focusHere && focusHere.start > firstAfter.start && !isFocusIn(state, firstAfter) && isPartnerIn(text, rules, firstAfter) && !/^\s*,?\s*(?:and|or|as well as)\s/i.test(text.slice(firstAfter.end, firstAfter.end + 16))
    // "exported to Brazil, China and India": a list of countries the focus one belongs to, not an apposition.
    && !placesListedAfter(text, firstAfter, inSegment).includes(focusHere)) return { country: firstAfter.country, third: true };
  // "has signed cooperation documents with the space agencies of Pakistan and Belarus respectively": a list of partners
  // after the trigger that goes on from the focus one is a fact with each (the pair's is the dataset's).
  const listedWith = focusHere && focusHere.start >= hit.end && namesPlace(focusHere) && isPartnerList(text, rules, focusHere) ? placesListedAfter(text, focusHere, inSegment) : [];
  if (listedWith.length) return group([focusHere!, ...listedWith]);
  if (focusHere) return { country: focusHere.country, third: false };
  // "China's potassium imports from Belarus" in a report about China and Russia: a country the trigger's own words name
  // after a partner preposition is the other party, whichever the article is about (the dataset keeps its pair's).
  const inTrigger = inSegment.find((m) => m.start >= hit.start && m.end <= hit.end && !isFocusIn(state, m) && isPartnerIn(text, rules, m));
  if (inTrigger) return { country: inTrigger.country, third: false, named: true };
  const thirdHere = inSegment.find((m) => m.start >= hit.end && !isFocusIn(state, m) && isPartnerIn(text, rules, m));
  // "exported to Brazil, China and India": a list after the preposition that goes on to the pair's other country names it too.
  const listed = thirdHere ? placesListedAfter(text, thirdHere, mentions).find((m) => isFocusIn(state, m) && m.country !== actor1) : undefined;
  if (listed) return { country: listed.country, third: false };
  if (thirdHere) return { country: thirdHere.country, third: true };
  const focus = partnerOf(others);
  if (focus) return { country: focus.country, third: false };
  const third = others.find((m) => m.start >= hit.end && isPartnerIn(text, rules, m));
  if (third) return { country: third.country, third: true };
  // "a tranche of IMF funding": an international body is the other party, not the focus partner.
  rules.thirdParty.lastIndex = 0;
  if (rules.thirdParty.test(text.slice(s, e))) return { country: null, third: true };
  // "trade between Belarus and Russia": the pair is named, and the other one is not a focus country.
  // So is "the contract signed between Indian importers and Uralkali": a country's adjective right after "between" names a party.
  if (/\bbetween\b/i.test(text.slice(s, hit.end + 60)) && inSegment.some((m) => m.kind === 'country' && (m.form !== 'adjective' || /\bbetween\s+(?:the\s+)?$/i.test(text.slice(Math.max(s, m.start - 14), m.start))) && !isFocusIn(state, m))) return { country: null, third: true };
  return { country: state.focus.includes(actor1) ? state.focus.find((c) => c !== actor1) ?? null : null, third: false };
}

/**
 * The countries and places a count of partners is said to include, the list right after it up to `e` ("with 15
 * countries and regions, including the Republic of Korea, Hong Kong, Belarus and Argentina"), in order; none when the
 * count is not followed by such a list.
 */
function membersListedAfter(text: string, at: number, e: number, mentions: EntityMention[]): EntityMention[] {
  const cue = MEMBERS_CUE.exec(text.slice(at, e));
  return cue ? placeListAt(text, at + cue[0].length, e, mentions) : [];
}
/** Right after a count of partners, the words that open the list of its members: ", including", "such as", "among them". */
const MEMBERS_CUE = /^(?:\s+(?:and|or)\s+(?:regions|territories|economies|organi[sz]ations))?\s*,?\s+(?:including|such as|among them|among which|notably|namely)\b/i;

/** The list of places or countries by name that starts at `from` (after spaces and "the") and ends before `e`, in order; none when none starts there. */
function placeListAt(text: string, from: number, e: number, mentions: EntityMention[]): EntityMention[] {
  const first = mentions.find((m) => m.start >= from && m.end <= e && m.country && namesPlace(m));
  if (!first || !/^\s*(?:the\s+)?$/i.test(text.slice(from, first.start))) return [];
  return [first, ...placesListedAfter(text, first, mentions.filter((m) => m.end <= e))];
}

/** A place, or a country by its name (not its adjective). */
const namesPlace = (m: EntityMention) => m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective');

/**
 * The guests of a meeting's trigger listed right after it, in order, two or more or none: peers by their countries'
 * adjectives ("met here with his Russian, Belarusian, Kyrgyz and Uzbek counterparts", when `peers`), else the
 * countries a list says the guests come from ("welcomed defence chiefs from Russia, Iran, Pakistan, Belarus and elsewhere").
 */
function guestsListedAfter(text: string, hit: { start: number; end: number }, mentions: EntityMention[], peers: boolean): EntityMention[] {
  const adjectives = peers ? peersListedAfter(text, hit, mentions) : [];
  if (adjectives.length) return adjectives;
  const lead = GUESTS_FROM.exec(text.slice(hit.end, hit.end + 80));
  const list = lead ? placeListAt(text, hit.end + lead[0].length, Infinity, mentions) : [];
  return list.length > 1 ? list : [];
}
const GUESTS_FROM = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:chiefs|ministers|counterparts|delegations|leaders|officials|representatives|heads\s+of\s+state|guests|envoys|diplomats)\s+from\s+(?:the\s+)?/iu;

/** The countries of the adjectives a meeting's trigger is followed by, ending on a word for peers (see guestsListedAfter); none otherwise. */
function peersListedAfter(text: string, hit: { start: number; end: number }, mentions: EntityMention[]): EntityMention[] {
  const first = mentions.find((m) => m.start >= hit.end);
  if (!first || first.form !== 'adjective' || !first.country || !/^\s+(?:his|her|their|the)\s+$/i.test(text.slice(hit.end, first.start))) return [];
  // The list may hold adjectives the tables lack ("Kyrgyz and Uzbek"): it is read on the words, its countries from the mentions.
  const list = PEERS_LIST.exec(text.slice(first.start, first.start + 200));
  if (!list) return [];
  const peers = mentions.filter((m) => m.start >= first.start && m.end <= first.start + list[0].length && m.form === 'adjective' && m.country);
  return peers.length > 1 ? peers : [];
}
const PEERS_LIST = /^\p{Lu}[\p{L}-]*(?:(?:,|,?\s+and)\s+\p{Lu}[\p{L}-]*)+(?=\s+(?:counterparts|colleagues|(?:foreign |defen[cs]e |trade )?ministers|presidents|premiers|prime ministers|leaders|delegations)\b)/u;

/** The countries of "between <country> and <country>" opening the text right after a trigger, or null. */
function pairNamedAfter(text: string, at: number, mentions: EntityMention[]): [string, string] | null {
  const countries = mentions.filter((m) => m.country && m.start >= at).sort((a, b) => a.start - b.start);
  const [first, second] = countries;
  if (!first || !second || first.country === second.country) return null;
  if (!PAIR_BETWEEN.test(text.slice(at, first.start)) || !/^\s+and\s+(?:the\s+)?$/i.test(text.slice(first.end, second.start))) return null;
  return [first.country!, second.country!];
}
const PAIR_BETWEEN = /^\s+between\s+(?:the\s+)?$/i;
/** Right after a trigger, "between <one side> and foreign …": the other side is no country named. */
const BETWEEN_AND_FOREIGN = /^\s+between\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+and\s+(?:other\s+)?foreign\b/iu;

/** "17 years of", "the 32 years that have passed since the": a count of years just before a relation's trigger, or null. */
function relationsAge(before: string, rules: EventRules): { text: string; years: number } | null {
  const m = RELATIONS_AGE.exec(before);
  if (!m) return null;
  const years = /^\d+$/.test(m[1]) ? Number(m[1]) : rules.ref.lexicon.number_words[m[1].toLowerCase()];
  return years ? { text: m[0].trim(), years } : null;
}
const RELATIONS_AGE = /\b(\d{1,3}|[a-z]+)\s+years\s+(?:of\s+(?:the\s+)?|(?:that\s+have\s+passed\s+|that\s+have\s+elapsed\s+)?since\s+(?:the\s+)?)$/i;

/** Whether a date is the base a figure is compared with: "as compared with the same period a year ago", "from 2017" (no range end). */
function isComparisonBase(text: string, clause: Clause, d: DateMention, rules: EventRules): boolean {
  if (rules.comparisonBase.test(text.slice(Math.max(clause.start, d.start - 60), d.start))) return true;
  // "grew from $34 million in 1992 to $2.5 billion in 2010": the year of the starting figure is the base, not the figure's
  // date, when the figure it grew to has a year of its own.
  if (FROM_FIGURE.test(text.slice(Math.max(clause.start, d.start - 40), d.start)) && /^in\s/i.test(d.text) && /^\s+to\b(?:[^.;]|\.(?=\d)){0,40}?\bin\s+(?:1[89]|20)\d\d\b/i.test(text.slice(d.end, clause.end))) return true;
  // "up from 1.9 million tonnes at a value of $900mn in 2022", "up by $0.8 million over 2019": a year-on-year base.
  if (isYearOnYearBase(text, clause, d)) return true;
  // "113% against 2021": the cue written as the date's own first word.
  if (/^(?:against|versus)\s/i.test(d.text) && /^\S+\s+(?:1[89]|20)\d\d$/.test(d.text)) return true;
  return /^(?:from|than)\s/i.test(d.text) && !RANGE_IN.test(d.text.slice(5)) && !RANGE_NEXT.test(text.slice(d.end, d.end + 12));
}

/**
 * Whether a date is the base of a year-on-year comparison, so that a figure with no year of its own is the next year's:
 * "up by $0.8 million over 2019", "increased to 3.5 million tonnes, up from 1.9 million tonnes in 2022" (not "13 times in
 * comparison with 2015", "From last year").
 */
function isYearOnYearBase(text: string, clause: Clause, d: DateMention): boolean {
  return /^over\s+(?:1[89]|20)\d\d$/i.test(d.text) || (/^in\s/i.test(d.text) && CHANGED_FROM.test(text.slice(Math.max(clause.start, d.start - 170), d.start)));
}

/**
 * A figure, then "up from <figures> " right before a date, with no year, "to", semicolon or sentence end between: the
 * start of a change the figure before was reached from ("increased to 3.5 million tonnes, up from 1.9 million tonnes in
 * 2022"; not "grew from $34 million in 1992 to $2.5 billion in 2010", whose second year is the figure's, nor "rose from
 * $1 billion in 2010 to $3 billion", whose starting figure keeps its year).
 */
const CHANGED_FROM = /\d(?:[^;.]|\.(?=\d)){0,80}?\b(?:up|down|rising|falling|rose|fell|grew|increased|decreased|declined)\s+from\b(?:(?!\b(?:(?:1[89]|20)\d\d|to)\b)[^;.]|\.(?=\d)){0,70}$/i;

/** "from $34 million " right before a date: the starting figure of a change told from one figure to another. */
const FROM_FIGURE = /\bfrom\s+(?:(?:about|around|some|just|only|nearly|almost|over|more than)\s+)?(?:(?:us)?[$€£¥]\s?)?[\d.,]+(?:\s*(?:million|billion|thousand|mln|bln|bn|m)\b)?(?:\s+(?:us\s+|u\.s\.\s+)?(?:dollars|usd|euros?|eur|yuan|rmb|cny))?\s+$/i;

/** A range's end inside a date ("from June 15 to17", "from 2011–2013") or right after it ("from Wednesday to Thursday"). */
const RANGE_IN = /\b(?:to|till|until|through)(?![a-z])|[–—-]/i;
const RANGE_NEXT = /^\s*(?:(?:to|till|until|through)\b|[–—-])/i;

/** A state verb in the simple present ("is home to", "has 34 residents", "there are", "numbers"), not a perfect ("has been", "has signed"). */
const PRESENT_STATE = /\b(?:is|are|has|have|counts|numbers|hosts)\b(?!\s+(?:been|\w+ed|[a-z]+en)\b)/i;

/** A standing trade state told in the present: "is Belarus's second-largest trading partner", "remains the largest buyer". */
/** A rank or standing told as come about: "has become Belarus' fourth largest trading partner". */
const HAS_BECOME_STATE = /\b(?:has|have)\s+(?:\w+\s+){0,3}?become\b[^.;]{0,50}\b(?:partners?|buyers?|markets?|suppliers?|importers?|exporters?|customers?)\b/i;
const TRADE_STATE = /\b(?:is|are|remains?|ranks?)\b[^.;]{0,50}\b(?:partners?|buyers?|markets?|suppliers?|importers?|exporters?|customers?)\b/i;

/** A visit named as a noun ("Lukashenko's visit to", "the state visit"), not told by a verb ("visited"). */
const VISIT_NOUN = /^(?:['’]s\s+)?(?:(?:state|official|working|first|next)\s+)?(?:visit|trip|tour)\b/i;

/**
 * The supporter and the supported of "<country>'s (firm) support for <country>" in the clause, or of "<country> can
 * count on the support of <country>" (the one after "of" supports the one before), or null.
 */
function possessedSupport(text: string, clause: Clause, mentions: EntityMention[]): [string, string] | null {
  const countries = mentions.filter((m) => m.country && (m.kind === 'country' || m.form === 'metonym'));
  for (let i = 0; i + 1 < countries.length; i++) {
    const [a, b] = [countries[i], countries[i + 1]];
    if (a.country === b.country) continue;
    if (POSSESSED_SUPPORT.test(text.slice(a.end, b.start))) return [a.country!, b.country!];
    if (SUPPORT_OF.test(text.slice(a.end, b.start))) return [b.country!, a.country!];
    // "China appreciates Belarus's firm support on Taiwan", "China values the support of Belarus", "China is thankful of
    // the support from Belarus": the one thanked supports.
    const between = text.slice(a.end, b.start);
    if (SUPPORT_FROM.test(between) || (APPRECIATES.test(between) && SUPPORT_POSSESSED.test(text.slice(b.end, clause.end)))) return [b.country!, a.country!];
  }
  return null;
}
const APPRECIATES = /^\s+(?:(?:highly|greatly|deeply|sincerely|also|always)\s+)?(?:appreciat(?:es|ed|e)|values?|valued|welcome[sd]?|thank(?:s|ed)?)\s+(?:the\s+)?$/iu;
const SUPPORT_FROM = /^\s+(?:(?:is|was|are|were)\s+)?(?:(?:highly|greatly|deeply|sincerely|also|always|very)\s+)?(?:appreciat(?:es|ed|e)|values?|valued|welcome[sd]?|(?:thankful|grateful)\s+(?:of|for))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:support|backing)\s+(?:of|from)\s+(?:the\s+)?$/iu;
const SUPPORT_POSSESSED = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:support|backing)\b/iu;
const SUPPORT_OF = /^\s+(?:can|could|will|may)\s+(?:always\s+)?(?:count|rely|depend)\s+on\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}support\s+of\s+(?:the\s+)?$/iu;
const POSSESSED_SUPPORT = /^(?:['’]s?)\s+(?:["“”‘’']?[\p{L}-]+["“”‘’']?\s+){0,2}?support\s+(?:for|to)\s+(?:the\s+)?$/iu;

/** Whether another country is named after the trigger before the next comma: the object of "support for Belarus’ ...". */
function hasObjectCountry(text: string, clause: Clause, from: number, mentions: EntityMention[], actor1: string | null, rules: EventRules, pair: string[], hitEnd = from): boolean {
  // The first comma after the trigger's own words ("exports potash, dairy and beef to China": not the list's).
  const comma = indexUpTo(text, ',', hitEnd, clause.end);
  const stop = comma < 0 ? clause.end : comma;
  if (mentions.some((m) => m.start >= from && m.end <= stop && m.country !== actor1)) return true;
  // "Belarus supports the Global Development Initiative": an initiative that stands for the other country's position,
  // between the article's two countries (not a third country's stance).
  return !!actor1 && pair.includes(actor1) && rules.initiatives.some(([country, re]) => country !== actor1 && pair.includes(country) && re.test(text.slice(from, stop)));
}

/** Whether the first mention after the trigger, right after "for" or "to" (and "the"), is of `country`: "support for China". */
function isSupportedRightAfter(text: string, hitEnd: number, clause: Clause, mentions: EntityMention[], country: string): boolean {
  const next = mentions.find((m) => m.start >= hitEnd && m.end <= clause.end);
  // Not a possessive: "appreciation for Belarus' support", "gratitude to China's assistance" name the supporter.
  return !!next && next.country === country && /^\s+(?:for|to)\s+(?:the\s+)?$/i.test(text.slice(hitEnd, next.start)) && !/^['’]/.test(text.slice(next.end, next.end + 1));
}

/** The article's pair when a trade trigger is "bilateral" or "between the two countries" (words just before or in it, or right after). */
function pairTradeOf(text: string, clause: Clause, hit: { start: number; end: number }, state: ArticleState, rules: EventRules): [string, string] | null {
  if (state.focus.length < 2) return null;
  const near = text.slice(Math.max(clause.start, hit.start - 25), Math.min(clause.end, hit.end + 40));
  return rules.pairTrade.test(near) ? [state.focus[0], state.focus[1]] : null;
}

/**
 * "Belarusian Ambassador Yuri Senko has told Xinhua": a media organisation named right after the trigger (after "the" at
 * most), told by a person of another country, the first named before it after any quotation ("representatives of the
 * Belarusian ministry told BelTA" is a country's own media).
 */
function mediaRightAfter(text: string, hit: { start: number; end: number }, mentions: EntityMention[]): boolean {
  const media = mentions.find((m) => m.subtype === 'media' && m.start >= hit.end && /^\s+(?:the\s+)?$/i.test(text.slice(hit.end, m.start)));
  // The speaker is the subject: the first person named before the verb and after any quotation ("Lukashenko, after
  // meeting Xi Jinping, told BelTA": Lukashenko).
  const before = text.slice(Math.max(0, hit.start - 400), hit.start);
  const quoteEnd = hit.start - before.length + Math.max(before.lastIndexOf('"'), before.lastIndexOf('”')) + 1;
  const speaker = mentions.find((m) => m.kind === 'person' && m.start >= quoteEnd && m.end <= hit.start);
  return !!media && !!speaker?.country && speaker.country !== media.country;
}

/** The organisation (or "Chinese media"-style adjective) a trigger_entity agent refers to. */
function entityAgent(text: string, clause: Clause, trigger: Trigger, mentions: EntityMention[], rules: EventRules): { country: string | null; id: string | null } | null {
  const wanted = trigger.category === 'media' ? 'media' : trigger.category === 'cultural' ? 'cultural' : null;
  const org = mentions.find((m) => m.kind === 'organisation' && m.country && (!wanted || m.subtype === wanted));
  if (org) return { country: org.country, id: org.id };
  if (trigger.category === 'media') {
    const adj = mentions.find((m) => m.kind === 'country' && rules.mediaWord.test(text.slice(m.end, Math.min(clause.end, m.end + 25)).split(/[,;]/)[0]));
    if (adj) return { country: adj.country, id: null };
  }
  return null;
}

/** After a visit verb, an embassy or consulate and where it is, up to that place: "to the Embassy of the Republic of Belarus in ". */
const EMBASSY_IN = /^\s*(?:to\s+|at\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:embassy|consulate(?:[\s-]general)?)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,5}?in\s+(?:the\s+)?/iu;

/** Right before a person: the words that make them the companion of the one named before ("accompanied by Belarusian President "). */
const ACCOMPANIED_BY = /\b(?:accompanied|escorted)\s+by\s+(?:[\p{L}.'’-]+\s+){0,6}$/iu;

/** A trigger that opens with a possessive ending: "'s visit to". */
const POSSESSIVE_TRIGGER = /^['’]s\b/;
/** What may stand between a name and the possessive ending of the phrase it heads: nothing, or a word or two ("the Xi Jinping delegation's"). */
const OWNER_WORDS = /^(?:\s+[\p{L}-]+){0,2}$/u;

/** An auxiliary right before "visiting" that makes it a verb in the progressive ("is visiting", "were visiting"). */
const PROGRESSIVE_AUXILIARY = /\b(?:is|are|was|were|be|been|am)\s+$/i;

/** The visiting person: nearest person mention before the trigger, else after it in the clause, else in the sentence. */
function visitorOf(text: string, clauseMentions: EntityMention[], facts: SentenceFacts, hit: { start: number; end: number }, rules: EventRules): EntityMention | null {
  const people = clauseMentions.filter((m) => m.kind === 'person');
  // "his visiting Belarusian counterpart Alexander Lukashenko": the visitor is the one "visiting" describes (not after an
  // auxiliary: "Lukashenko is visiting China to meet Xi Jinping" is the verb, its subject the visitor, when one is named).
  if (/^visiting$/i.test(text.slice(hit.start, hit.end)) && !(PROGRESSIVE_AUXILIARY.test(text.slice(Math.max(0, hit.start - 12), hit.start)) && people.some((m) => m.end <= hit.start))) {
    const described = people.find((m) => m.start >= hit.end && m.start - hit.end < 60 && !/[,;.]/.test(text.slice(hit.end, m.start)));
    if (described) return described;
    // "told the visiting Chinese officials", "the visiting Belarusian delegation": the group "visiting" describes, by its country.
    const group = rules.visitorNoun.exec(text.slice(hit.end, Math.min(facts.end, hit.end + 40)));
    const country = group && group.index <= 25 && !/[,;.]/.test(text.slice(hit.end, hit.end + group.index)) ? clauseMentions.find((m) => m.country && m.kind === 'country' && m.start >= hit.end && m.end <= hit.end + group.index) : undefined;
    if (country) return delegationMention(country.country!, hit.end + group!.index, hit.end + group!.index + group![0].length);
    // "met with high-level Chinese officials visiting": the group a post-modifying "visiting" follows, by its country.
    const from = Math.max(facts.start, hit.start - 50);
    const noun = matchesOf(rules.visitorNouns, text.slice(from, hit.start)).pop();
    const nounEnd = noun ? from + noun.index! + noun[0].length : -1;
    const own = noun && /^\s+$/.test(text.slice(nounEnd, hit.start)) ? clauseMentions.find((m) => m.kind === 'country' && m.country && m.end <= from + noun.index! && from + noun.index! - m.end <= 16) : undefined;
    if (own) return delegationMention(own.country!, from + noun!.index!, nounEnd);
  }
  // After the trigger only as its agent: "a visit to Beijing by President Boris Tadić", "the visit of Xi Jinping".
  // The title between "by" and the name may be long: "by Vice President of the People's Republic of China Wang Qishan".
  // So is the one it was "led by", "headed by" or "made by" ("During a visit led by Vice President Wu Liangcheng to Belarus").
  const agent = people.find((m) => m.start >= hit.end && /^\s*(?:(?:to|in)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+)?(?:(?:led|headed|made|paid)\s+)?(?:by|of)\s+(?:(?:the\s+)?[\p{L}.'’-]+\s+){0,8}(?:,\s+)?$/iu.test(text.slice(hit.end, m.start)));
  // "X described the June visit by Polish President Andrzej Duda": the agent written right after the noun is the
  // visitor, whoever the sentence named before it ("by invitation of" names the host, not the visitor).
  if (agent && /^\s*(?:(?:led|headed|made|paid)\s+)?(?:by|of)\s/i.test(text.slice(hit.end, agent.start)) && !/\binvitation\b/i.test(text.slice(hit.end, agent.start))) return agent;
  // "The announcement came during a visit from Chinese Prime Minister Li Qiang": the noun's agent written with "from".
  const sender = VISIT_NOUN.test(text.slice(hit.start, hit.end)) ? people.find((m) => m.start >= hit.end && VISIT_FROM.test(text.slice(hit.end, m.start))) : undefined;
  if (sender) return sender;
  // "on the first day of a Belarusian delegation's visit to Beijing": a trigger opening with a possessive has its visitor
  // right before it ("Xi's visit", "the Xi Jinping delegation's visit"); a person named earlier in the clause ("a
  // meeting with Ren Hongbin, chairman of …") is not it.
  const owned = POSSESSIVE_TRIGGER.test(text.slice(hit.start, hit.end));
  // "Chairman Xi, being accompanied by Alexander Lukashenko (president of Belarus), spent a special visit to …": the one
  // accompanied visits, not the companion named after "accompanied by" (when someone is named before).
  const before = people.filter((m, i) => m.end <= hit.start && (!owned || OWNER_WORDS.test(text.slice(m.end, hit.start)))
    && !(i > 0 && people[0].end <= m.start && ACCOMPANIED_BY.test(text.slice(Math.max(0, m.start - 80), m.start))));
  // "After being briefed … from General Manager Li Haixin …, the delegation inspected …": a group written as the verb's
  // own subject after the person's clause is the visitor, not the person.
  if (before.length && rules.groupSubjectBefore.test(text.slice(before[before.length - 1].end, hit.start))) return null;
  if (before.length) return before[before.length - 1];
  if (agent) return agent;
  // "his visit": the person the sentence names.
  const possessive = POSSESSIVE_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start));
  return possessive ? facts.mentions.find((m) => m.kind === 'person') ?? null : null;
}

/** From a visit noun to its visitor written with "from", a title between: " from Chinese Prime Minister ". */
const VISIT_FROM = /^\s+from\s+(?:(?:the\s+)?[\p{L}.'’-]+\s+){0,8}$/iu;

/** A preposition or verb that makes the country after it a destination: "come to Belarus" (not "in": "the Union of Writers in Shanghai"). */
const DESTINATION_BEFORE = /\b(?:to|into|visit(?:s|ed|ing)?)\s+(?:the\s+)?$/i;

/**
 * A delegation or an unnamed official as the visitor when no person is named: "A delegation of the … Communist Party of
 * China visited …", "a Chinese delegation arrived", "Chinese defense minister visits Belarus", "Belarusian specialists
 * went to China": the country named in that phrase before the trigger.
 */
function delegationOf(text: string, clause: Clause, mentions: EntityMention[], hit: { start: number; end: number }, rules: EventRules): EntityMention | null {
  const before = text.slice(clause.start, hit.start);
  // The noun nearest the trigger that has a country: "Ren Hongbin, chairman of …, on the first day of a Belarusian delegation’s visit".
  for (const noun of matchesOf(rules.visitorNouns, before).reverse()) {
    const at = noun.index!;
    const from = clause.start + Math.max(0, before.lastIndexOf(' ', Math.max(0, at - 2)) - 40);
    const nounStart = clause.start + at;
    const near = mentions.filter((m) => m.start >= from && m.end <= hit.start && m.country && m.kind !== 'person');
    // "(Sinomach), on the first day of a Belarusian delegation's visit": the country written just before the noun, else after it.
    // Not a country the group went to: "Numerous guests who have already come to Belarus visit its sights".
    const country = near.findLast((m) => m.end <= nounStart && nounStart - m.end <= 25 && !/[,;()]/.test(text.slice(m.end, nounStart)))
      ?? near.find((m) => m.start >= nounStart && !DESTINATION_BEFORE.test(text.slice(Math.max(nounStart, m.start - 12), m.start)))
      ?? near.find((m) => !DESTINATION_BEFORE.test(text.slice(Math.max(clause.start, m.start - 12), m.start)));
    if (country) return delegationMention(country.country!, clause.start + at, clause.start + at + noun[0].length);
  }
  return agentDelegationOf(text, clause, mentions, hit, rules);
}

/** From a title to the country it is "of": "of ", or bodies and further titles before it ("of the State Council and Minister of Foreign Affairs of "). */
const TITLE_TO_OWNER = /^(?:\s+(?:of|and)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)*\s+of\s+(?:the\s+)?$/u;

/**
 * The delegation written as the visit's agent right after the trigger: "the official visit of the Chinese delegation to
 * Gomel", "a visit by a Belarusian delegation", "the visit of the President of Belarus to China", or null.
 */
function agentDelegationOf(text: string, clause: Clause, mentions: EntityMention[], hit: { start: number; end: number }, rules: EventRules): EntityMention | null {
  const agent = /^\s+(?:by|of)\s+(?:the\s+|an?\s+)?/iu.exec(text.slice(hit.end, Math.min(clause.end, hit.end + 12)));
  if (!agent) return null;
  const at = hit.end + agent[0].length;
  // "the visit of the President of Belarus to China", "a visit by the Chinese Premier": the title, then its country.
  const noun = rules.visitorNounNext.exec(text.slice(at - 1, Math.min(clause.end, at + 40)));
  if (noun) {
    const nounEnd = at - 1 + noun[0].length;
    // "visited by the Deputy Prime Minister of the State Council and Minister of Foreign Affairs of China": the bodies
    // and titles between the noun and its country.
    const owner = mentions.find((m) => m.start > nounEnd && m.start - nounEnd <= 90 && m.start <= clause.end && m.country && (m.kind === 'country' || m.kind === 'place') && TITLE_TO_OWNER.test(text.slice(nounEnd, m.start)));
    if (owner) return delegationMention(owner.country!, at, owner.end);
  }
  const country = mentions.find((m) => m.start >= hit.end && m.start <= at && m.country && (m.kind === 'country' || m.kind === 'place'));
  const after = country && rules.visitorNoun.exec(text.slice(country.end, Math.min(clause.end, country.end + 25)));
  // "the visit of the Chinese parliamentary delegation": up to two lower-case words between the country and the noun.
  if (!country || !after || (after.index > 12 && !NOUN_GAP.test(text.slice(country.end, country.end + after.index)))) return null;
  return delegationMention(country.country!, country.end + after.index, country.end + after.index + after[0].length);
}

/** Up to two lower-case words before a noun: " parliamentary ", " official government ". */
const NOUN_GAP = /^\s*(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * The leaders of the pair as one subject, right before a visit trigger: "the heads of state of China and Belarus ",
 * "leaders of the two countries ", "the two presidents " (the group's noun is the first group).
 */
const PAIR_LEADERS_BEFORE = /\b((?:leaders|heads\s+of\s+state|presidents))(?:\s+of\s+(?:the\s+two\s+(?:countries|states)|both\s+countries|(\p{Lu}[\p{L}-]*)\s+and\s+(\p{Lu}[\p{L}-]*)))?\s+(?:(?:jointly|together|also)\s+)?$/u;

/**
 * "the heads of state of China and Belarus inspected the China-Belarus Industrial Park", "when leaders of China and
 * Belarus inspected the area" (the park named earlier in the sentence): the pair's leaders touring a place in one's
 * country together; the visitor is the other's leader. The place is the first one after the trigger, else the
 * sentence's only place of the pair; two countries named in the phrase must be the pair.
 */
function pairLeadersVisitorOf(text: string, clause: Clause, facts: SentenceFacts, hit: { start: number; end: number }, state: ArticleState): EntityMention | null {
  if (state.focus.length !== 2) return null;
  const group = PAIR_LEADERS_BEFORE.exec(text.slice(clause.start, hit.start));
  if (!group) return null;
  const start = clause.start + group.index;
  const named = facts.mentions.filter((m) => m.kind === 'country' && m.start >= start && m.end <= hit.start).map((m) => m.country);
  if (group[2] && !(named.length === 2 && state.focus.every((c) => named.includes(c)))) return null;
  if (!group[2] && !/\bof\b|^presidents$/i.test(group[0].trim())) return null;
  const inPair = (m: EntityMention) => !!m.country && state.focus.includes(m.country) && (m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective'));
  const after = facts.mentions.find((m) => m.start >= hit.end && m.end <= clause.end && inPair(m));
  const places = facts.mentions.filter((m) => m.kind === 'place' && inPair(m));
  const place = after ?? (new Set(places.map((m) => m.country)).size === 1 ? places[0] : undefined);
  if (!place) return null;
  return delegationMention(state.focus.find((c) => c !== place.country)!, start, start + group[1].length);
}

/**
 * "The delegation of XJTU visited the Republic of Belarus": a delegation whose own words name no country (an
 * organisation not in the tables), going to a country of the pair named right after the trigger, with no country
 * named before the trigger in the clause, comes from the pair's other country.
 */
function unplacedDelegationOf(text: string, clause: Clause, mentions: EntityMention[], hit: { start: number; end: number }, state: ArticleState, rules: EventRules): EntityMention | null {
  if (state.focus.length !== 2) return null;
  const noun = matchesOf(rules.delegationNoun, text.slice(clause.start, hit.start)).pop();
  if (!noun) return null;
  // "WHO experts visited China": a name right before the noun (one the tables may not know) says whose people they are.
  const modifier = /(\S+)\s+$/.exec(text.slice(clause.start, clause.start + noun.index!));
  if (modifier && /^\p{Lu}/u.test(modifier[1]) && !/^(?:the|an?|another|some|several|our|their|its|this|that|these|those)$/i.test(modifier[1])) return null;
  const countries = mentions.filter((m) => m.country && m.kind !== 'person');
  // "visited the CRRC plant": a firm's plant, factory or headquarters is in the firm's country.
  const destination = countries.find((m) => m.start >= hit.end && (m.kind !== 'organisation' || FIRM_SITE_AFTER.test(text.slice(m.end, m.end + 16))) && m.form !== 'adjective' && /^\s+(?:the\s+)?$/i.test(text.slice(hit.end, m.start).replace(/^\s*to\b/i, ' ')));
  // "Experts of the World Health Organization visited China": so does a body named before the trigger.
  if (!destination || !state.focus.includes(destination.country!) || mentions.some((m) => (m.country || m.kind === 'organisation') && m.kind !== 'person' && m.start < hit.start && m.start >= clause.start)) return null;
  const start = clause.start + noun.index!;
  return delegationMention(state.focus.find((c) => c !== destination.country)!, start, start + noun[0].length);
}

/**
 * "the official visit of the Healthcare Ministry delegation to China", "the visit of the delegation of YKSUG to the
 * People's Republic of China": after a visit noun, a delegation whose words name no country (a body not in the tables),
 * going to a country of the pair named right after "to", comes from the pair's other country.
 */
function delegationBeforeDestinationOf(text: string, mentions: EntityMention[], hit: { start: number; end: number }, state: ArticleState): EntityMention | null {
  if (state.focus.length !== 2 || !VISIT_NOUN_WORD.test(text.slice(hit.start, hit.end))) return null;
  const after = DELEGATION_OF_TO.exec(text.slice(hit.end, hit.end + 160));
  if (!after) return null;
  const to = hit.end + after[0].length;
  const destination = mentions.find((m) => m.start === to && m.country && m.kind !== 'person' && m.kind !== 'organisation' && m.form !== 'adjective');
  // Words that name a country or a body of one ("of the Belarusian delegation", "of the CPC delegation") are the other rules'.
  if (!destination || !state.focus.includes(destination.country!) || mentions.some((m) => m.start >= hit.end && m.start < to && (m.country || m.kind === 'organisation'))) return null;
  const noun = hit.end + after.index + after[0].search(/\bdelegations?\b/i);
  return delegationMention(state.focus.find((c) => c !== destination.country)!, noun, noun + after[1].length);
}

/** After a visit noun up to where it went: "of the Healthcare Ministry delegation to ", "of the delegation of YKSUG to the " (the noun as group 1). */
const DELEGATION_OF_TO = /^\s+(?:of|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}&.'’-]+\s+){0,4}?(delegations?)(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\p{L}\p{N}&.'’()-]+\s+){1,6}?)?\s*to\s+(?:the\s+)?/iu;

/**
 * Whether a visit trigger is the bare noun "visit" (or "trip") right after "the" and a verb of the clause other than one
 * that makes or ends a visit ("followed closely the visit", "welcomed the visit"; not "paid the visit", "began the trip"),
 * with nothing after it that says whose or where ("the visit to", "of", "by", "in").
 */
function isVisitAsObject(text: string, clause: Clause, hit: { start: number; end: number }): boolean {
  if (!/^(?:visits?|trips?)$/i.test(text.slice(hit.start, hit.end))) return false;
  if (/^\s*(?:to|of|by|in|at|from|with)\b/i.test(text.slice(hit.end, hit.end + 8))) return false;
  const before = text.slice(Math.max(clause.start, hit.start - 40), hit.start);
  // "… expressed optimism for deepening relations amid the visits": the visits a preposition of circumstance points
  // back at are the ones told before.
  if (CIRCUMSTANCE_THE_BEFORE.test(before)) return true;
  const verb = VERB_THE_BEFORE.exec(before);
  return !!verb && !VISIT_MAKING_VERB.test(verb[1]);
}
/** A preposition of circumstance and "the", right before a noun: "amid the ", "following the ", "ahead of the ". */
const CIRCUMSTANCE_THE_BEFORE = /\b(?:amid|amidst|after|following|ahead of|in the wake of|on the heels of|thanks to)\s+the\s+$/i;
/** A verb in the past or the present (an adverb may follow it) and "the", right before a noun. */
const VERB_THE_BEFORE = /\b(\p{Ll}+(?:ed|es))\s+(?:\p{Ll}+ly\s+)?the\s+$/u;
/** Verbs whose object "the visit" is the subject's own visit: made, begun, ended, cut short. */
const VISIT_MAKING_VERB = /^(?:paid|made|began|started|ended|completed|concluded|finished|continued|undertook|wrapped|cut|postponed|cancelled|canceled|extended|combined|scheduled|planned|arranged|organised|organized)$/i;

/** A firm's own site right after its name: "the CRRC plant", "Huawei's headquarters". */
const FIRM_SITE_AFTER = /^(?:['’]s)?\s+(?:plant|factory|works|headquarters|production (?:site|facilit(?:y|ies)))\b/i;

/** A sentence's leading adverbial up to a visit noun: "During a 2016 ", "As part of an official ", "Within the framework of the official "; "On his first " is not (a possessive names the visitor). */
const FRONTED_VISIT_LEAD = /^\s*(?:during|on|in the course of|as (?:a )?part of|(?:with)?in the framework of|in the frame(?:work)? of|while on|in)\s+(?:(?:an?|the)\s+)?(?:(?!(?:his|her|their|its)\s)[\p{L}\p{N}-]+\s+){0,3}$/iu;
/** The visit noun of a trigger's words ("visit", "official visit to", "trip"), not a verb ("visited", "visiting"). */
const VISIT_NOUN_WORD = /\b(?:visit|trip|tour|stay)\b(?!-)/iu;
/** From the visit noun to the adverbial's comma: "to …"/"in …" of where ("During the visit, …" refers back to a visit told), no agent ("by …"), no other comma. */
const FRONTED_VISIT_TAIL = /^\s+(?:to|in)\s+(?:(?!\bby\b)[^,;()])+?\s*,\s*/iu;
/** Title words between the main clause's start and the person named there: "Chinese Vice Premier ", "the " (six at most, no verb-like break). */
const SUBJECT_TITLE = /^(?:(?:the|an?)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u;

/**
 * The visitor of a visit noun in a sentence's leading adverbial with no visitor of its own: "During a 2016 visit to
 * Belarus, Wu Weishan, director of the National Art Museum of China, dropped by …", "As part of an official visit to
 * China, a delegation of the Belarusian Emergencies Ministry explored …": the main clause's subject, named right after
 * the adverbial's comma (a person of a known country, or a delegation with its country).
 */
function frontedVisitorOf(text: string, facts: SentenceFacts, hit: { start: number; end: number }, rules: EventRules): EntityMention | null {
  const noun = VISIT_NOUN_WORD.exec(text.slice(hit.start, hit.end));
  if (!noun || !FRONTED_VISIT_LEAD.test(text.slice(facts.start, hit.start + noun.index))) return null;
  const nounEnd = hit.start + noun.index + noun[0].length;
  const tail = FRONTED_VISIT_TAIL.exec(text.slice(nounEnd, Math.min(facts.end, nounEnd + 80)));
  if (!tail) return null;
  const subject = nounEnd + tail[0].length;
  const person = facts.mentions.find((m) => m.start >= subject && m.kind === 'person' && m.country);
  if (person && SUBJECT_TITLE.test(text.slice(subject, person.start))) return person;
  const head = rules.visitorNoun.exec(text.slice(subject, Math.min(facts.end, subject + 40)));
  if (!head || !/^(?:(?:the|an?)\s+)?(?:[\p{L}-]+\s+)?$/iu.test(text.slice(subject, subject + head.index))) return null;
  const headEnd = subject + head.index + head[0].length;
  const country = phraseCountry(text, facts.mentions, subject, subject + head.index, headEnd);
  return country ? delegationMention(country, subject + head.index, headEnd) : null;
}

/**
 * The visitor of talks in a sentence's leading adverbial: "In talks with President Xi Jinping in Beijing, Lukashenko
 * said …": the person named right after the adverbial's comma, when the adverbial names where the talks were.
 */
function frontedTalksVisitorOf(text: string, facts: SentenceFacts, hit: { start: number; end: number }): EntityMention | null {
  if (!/^(?:in|during)\s+(?:the\s+)?talks\s+with$/i.test(text.slice(hit.start, hit.end))) return null;
  const comma = text.indexOf(',', hit.end);
  if (comma < 0 || comma > facts.end || !facts.mentions.some((m) => m.start > hit.end && m.end <= comma && m.kind === 'place' && IN_BEFORE.test(text.slice(Math.max(hit.end, m.start - 8), m.start)))) return null;
  const person = facts.mentions.find((m) => m.start > comma && m.kind === 'person' && m.country);
  return person && SUBJECT_TITLE.test(text.slice(comma + 1, person.start).trimStart()) ? person : null;
}

/** Whether `m` is a person a report is attributed to ("…, according to Yao", "citing Deputy Minister Li Hua"; finance.ts ATTRIBUTION_BEFORE). */
function isAttributedTo(text: string, clause: Clause, m: EntityMention): boolean {
  return m.kind === 'person' && ATTRIBUTION_BEFORE.test(text.slice(Math.max(clause.start, m.start - 60), m.start));
}

/** A sentence's opening words up to a meeting trigger: "At a ", "Speaking at the ", "During his ". */
const FRONTED_MEETING = /^(?:(?:speaking|talking)\s+)?(?:at|during|in)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "Speaking at a meeting with Ren Hongbin, chairman of …, on 5 May, Belarusian Prime Minister Andrei Kobyakov said":
 * a meeting told in the phrase that opens the sentence has for its host the main clause's subject, the first person
 * of another country than the guest's set off after a comma (with only title words before the name).
 */
function frontedMeetingHost(text: string, facts: SentenceFacts, hit: { start: number; end: number }, guest: EntityMention): EntityMention | undefined {
  if (!FRONTED_MEETING.test(text.slice(facts.start, hit.start).trimStart())) return undefined;
  const host = facts.mentions.find((m) => m.kind === 'person' && m.start > guest.end && m.country && m.country !== guest.country);
  if (!host) return undefined;
  const comma = text.lastIndexOf(',', host.start);
  return comma >= guest.end && SUBJECT_TITLE.test(text.slice(comma + 1, host.start).trimStart()) ? host : undefined;
}

/** A person of another country joined to `visitor` by "and" in the subject before `at` ("Xi Jinping and Belarusian President Lukashenko"), if any. */
function coordinatedPersonOf(text: string, mentions: EntityMention[], visitor: EntityMention, at: number): EntityMention | undefined {
  return mentions.find((m) => m.kind === 'person' && m.country && m.country !== visitor.country && m.end <= at
    && (m.end <= visitor.start ? AND_TITLED.test(text.slice(m.end, visitor.start)) : visitor.end <= m.start && AND_TITLED.test(text.slice(visitor.end, m.start))));
}
/**
 * " and Belarusian President ": "and" and capitalised title words between two names; in a caption, after the first
 * name's country and its place in the picture (" of Belarus, center, and President ").
 */
const AND_TITLED = /^\s*(?:of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:,\s*(?:(?:second|third|front|back)\s+)?(?:left|right|center|centre|middle)\s*,)?\s*and\s+(?:(?:the|an?)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u;

/**
 * Whether a mention is a place "in" or "at" which the act of a trigger happens: a place or country (not an adjective)
 * after the trigger in its clause, with no relative or time clause between ("… attend the roundtable during the forum in Beijing").
 */
function isPlaceOfTheAct(text: string, clause: Clause, hit: { start: number; end: number }, m: EntityMention): boolean {
  if (m.start < hit.end || m.end > clause.end || !(m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective'))) return false;
  return LOCATIVE_BEFORE.test(text.slice(Math.max(hit.end, m.start - 24), m.start)) && !OTHER_CLAUSE_WORD.test(text.slice(hit.end, m.start));
}
const LOCATIVE_BEFORE = /\b(?:in|at|(?:on\s+)?the\s+outskirts?\s+of)\s+(?:the\s+)?$/i;
/** A word that starts another clause or tells another occasion between a trigger and a place. */
const OTHER_CLAUSE_WORD = /[;:]|\b(?:which|who|whom|where|that|while|after|before|when|since|until|and\s+then|later)\b/i;

/** "such", "these", "those": what follows refers back to what the text told before ("similar" is another of the kind). */
const BACK_WORD = /\b(?:such|these|those)\b/i;
/** A back-reference word up to two words before a trigger ("the first such joint …"). */
const BACK_REFERENCE = new RegExp(`${BACK_WORD.source}\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');

/**
 * Whether the sentence names both countries of the article's pair: the focus, when it has two countries or fewer; with
 * more, the two the headline names ("Chinese and Belarusian troops practise recapturing an airport", over a report
 * that names Ukraine as often), else the first two. Not any two: "Kazakhstan and Uzbekistan set up a joint commission".
 */
function namesPairOfFocus(facts: SentenceFacts, state: ArticleState): boolean {
  const pair = state.focus.length <= 2 ? state.focus : state.headlineFocus?.length === 2 ? state.headlineFocus : state.focus.slice(0, 2);
  return pair.every((c) => facts.mentions.some((m) => m.country === c));
}

/**
 * Whether a trigger that needs the pair named refers back to the pair's own occasion: "The first such joint exercises
 * took place in 2018 in the Chinese city of Jinan" in an article of the two, naming one of them and no other country.
 */
function pairReferredTo(text: string, hit: { start: number; end: number }, facts: SentenceFacts, state: ArticleState): boolean {
  if (state.focus.length !== 2 || !facts.mentions.some((m) => m.country && state.focus.includes(m.country))) return false;
  if (facts.mentions.some((m) => m.country && !state.focus.includes(m.country))) return false;
  return BACK_WORD.test(text.slice(hit.start, hit.end)) || BACK_REFERENCE.test(text.slice(Math.max(facts.start, hit.start - 30), hit.start));
}

/** Prepositions of location a place follows ("in the Brest region", "near Brest"). */
const LOCATION_PREPOSITIONS = 'in|near|at|outside';
/** A preposition of location before a plant's place, "between" included ("a factory between Borisov and Zhodino"). */
const SITED_AT = new RegExp(`\\b(?:${LOCATION_PREPOSITIONS}|between)\\s+(?:the\\s+)?$`, 'i');

/** The one country that places of the pair name; null when they name none or both. */
function onlyPairCountry(places: EntityMention[]): string | null {
  const countries = new Set(places.map((m) => m.country!));
  return countries.size === 1 ? [...countries][0] : null;
}

/** The one of the pair whose place a plant's clause puts it at, after the trigger's start; null when none or both. */
function plantSite(text: string, clause: Clause, hit: { start: number; end: number }, mentions: EntityMention[], pair: string[]): string | null {
  // (the first part of a compound, "in the China-Belarus industrial park", is no place)
  return onlyPairCountry(mentions.filter((m) => m.start >= hit.start && m.country && pair.includes(m.country) && (m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective')) && !/[-–‐]/.test(text.slice(m.end - 1, m.end + 1)) && SITED_AT.test(text.slice(Math.max(clause.start, m.start - 16), m.start))));
}

/** A place noun after a country adjective: "the Chinese city of Jinan", "the Belarusian capital". */
const PLACE_NOUN_AFTER = /^\s+(?:city|town|region|province|capital|territory|side of the border)\b/i;
/**
 * A country's name or adjective opening the name of a university, institute, academy or college ("China University of
 * Political Science and Law", "Belarusian State Technological University"): the school is of that country, a host.
 */
const SCHOOL_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:University|Institute|Academy|College)\b/u;

/** A place a preposition of location governs: "in the Brest region", "near Brest", "on the territory of Belarus". */
const LOCATED_AT = new RegExp(`\\b(?:${LOCATION_PREPOSITIONS}|around|on the territory of)\\s+(?:the\\s+)?$`, 'i');

/** The one of a pair whose place the clause says an exercise is held at ("in the Brest region", "near Brest", "in Belarus"); null when none or both. */
function exerciseHost(text: string, clause: Clause, hit: { start: number; end: number }, mentions: EntityMention[], pair: string[]): string | null {
  // The place told with the exercise: after its trigger's start, with no comma between ("the Ministry in Beijing said
  // the joint drill …", "… held in 2018, and China has since trained officers in Beijing" are other places).
  return onlyPairCountry(mentions
    .filter((m) => m.start >= hit.start && m.start - hit.end <= 80 && !/[,;]/.test(text.slice(hit.end, Math.max(hit.end, m.start))))
    .filter((m) => m.country && pair.includes(m.country) && (m.kind === 'place' || (m.kind === 'country' && (m.form !== 'adjective' || PLACE_NOUN_AFTER.test(text.slice(m.end, m.end + 12))))) && LOCATED_AT.test(text.slice(Math.max(clause.start, m.start - 22), m.start))));
}

/** What may stand between a group's noun and the place it is from: " from ", " of the Belarusian Emergencies " (no verb, no comma). */
const OF_PHRASE = /^\s+(?:from|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * The country of a group's noun phrase text[from, nounEnd…): an adjective before the noun ("the Chinese delegation"), else
 * a country or place right after "from" or "of" ("guests from China", "a delegation of the Belarusian Emergencies
 * Ministry"); never one in a clause after it ("welcomed the guests and said that relations between Minsk and …").
 */
function phraseCountry(text: string, mentions: EntityMention[], from: number, nounStart: number, nounEnd: number): string | null {
  const before = mentions.find((m) => m.start >= from && m.end <= nounStart && m.country && m.kind !== 'person');
  if (before) return before.country!;
  const after = mentions.find((m) => m.start >= nounEnd && m.country && m.kind !== 'person' && OF_PHRASE.test(text.slice(nounEnd, m.start)));
  return after?.country ?? null;
}

/** A delegation or a guest, not a thing named after one ("guest house", "guest of honour": a country at a fair). */
const GUEST_NOUN = /\b(?:delegations?|guests?)\b(?!\s+(?:house|houses|book|star|stars|lecture|lecturer|room|rooms|of\s+honou?r))/i;

/** Up to three words before a visitor noun right after a trigger: " the Chinese ", " a high-level ". */
const NOUN_LEAD = /^\s+(?:(?:the|an?)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * The guest of "received", "welcomed", "met with" when it is a delegation or guest with its country, named right after the
 * trigger: "Lukashenko welcomed the Chinese delegation", "met a delegation from Guangdong Province".
 */
function delegationAfter(text: string, clause: Clause, mentions: EntityMention[], hit: { start: number; end: number }, rules: EventRules): EntityMention | null {
  const head = GUEST_NOUN.exec(text.slice(hit.end, Math.min(clause.end, hit.end + 40)));
  if (!head || !NOUN_LEAD.test(text.slice(hit.end, hit.end + head.index))) return null;
  const nounStart = hit.end + head.index;
  const nounEnd = nounStart + head[0].length;
  const country = phraseCountry(text, mentions, hit.end, nounStart, nounEnd);
  return country ? delegationMention(country, nounStart, nounEnd) : null;
}

const delegationMention = (country: string, start: number, end: number): EntityMention =>
  ({ kind: 'person', id: delegationIdOf(country), country, form: 'name', start, end, subtype: 'delegation' });

/** The lexicon's person anaphors as one pattern: a pronoun, or "the" + an optional adjective + a title. */
function personAnaphorRegex(lex: Reference['lexicon']): RegExp | null {
  const a = lex.person_anaphors;
  if (!a) return null;
  const alt = (xs: string[]) => [...xs].sort((x, y) => y.length - x.length).map((x) => escapeRegex(x).replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:(?<pronoun>${alt(a.pronouns)})|the\\s+(?:(?<adjective>[\\p{L}-]+)\\s+)??(?<title>${alt(a.titles)}))(?![\\p{L}\\p{N}-])`, 'giu');
}

function hasPersonAnaphor(clauseText: string, rules: EventRules): boolean {
  if (!rules.personAnaphor) return false;
  rules.personAnaphor.lastIndex = 0;
  const found = rules.personAnaphor.test(clauseText);
  rules.personAnaphor.lastIndex = 0;
  return found;
}

/**
 * The subject anaphors of text[from, to): "he", "the premier", "the Chinese president", each not governed by a
 * preposition ("with the president", "by him" are not the subject).
 */
function subjectAnaphors(text: string, from: number, to: number, rules: EventRules): RegExpExecArray[] {
  if (!rules.personAnaphor) return [];
  return matchesOf(rules.personAnaphor, text.slice(from, to))
    .filter((m) => !/\b(?:with|to|for|of|from|by|and|than|as|about|on|at|whom|whose)\s+$/i.test(text.slice(Math.max(from, from + m.index! - 12), from + m.index!)))
    .map((m) => Object.assign(m, { index: from + m.index! }));
}

/**
 * The person an anaphoric subject stands for: a title ("the premier", "the Chinese president") the last person named
 * with that title (written before their name or among their reference roles), of the adjective's country when it names
 * one; a pronoun the last sentence subject. Null when none fits.
 */
function referentPerson(m: RegExpExecArray, mentions: EntityMention[], state: ArticleState, rules: EventRules): EntityMention | null {
  const recent = [...state.recentPeople].reverse();
  if (m.groups?.pronoun) return recent.find((p) => p.subject)?.mention ?? null;
  const said = m.groups!.title.toLowerCase().replace(/\s+/g, ' ');
  const titles = [said, ...(rules.ref.lexicon.person_anaphors?.title_equivalents?.[said] ?? [])];
  const title = new RegExp(`(?<![\\p{L}])(?:${titles.map((x) => escapeRegex(x).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'u');
  const adjective = m.groups?.adjective ? mentions.find((x) => x.kind === 'country' && x.start === m.index! + m[0].indexOf(m.groups!.adjective)) : undefined;
  return recent.find((p) => (!adjective || p.mention.country === adjective.country) && (title.test(p.title) || title.test(rules.rolesOf.get(p.mention.id) ?? '')))?.mention ?? null;
}

/**
 * Whether a date is a day written with its month and no year ("on 28 February") that falls in the 90 days before the
 * day of publication: a day of the recent past, as the text's readers take it (not a weekday, which always resolves
 * backwards).
 */
function isRecentNamedDay(d: Omit<DateMention, 'start' | 'end'> | null, published: string, rules: EventRules): boolean {
  if (!d?.value || d.basis !== 'relative_to_publication' || d.precision !== 'day' || !rules.monthName.test(d.text)) return false;
  const from = published.length === 10 ? published : published.length === 7 ? `${published}-01` : null;
  const days = from ? daysBetween(d.value, from) : -1;
  return days >= 1 && days <= 90;
}

/** A word of investment: "investment", "invested", "FDI". */
const INVESTMENT_WORD = /\b(?:invest\w*|FDI)\b/i;

/** Whether the first quantity `words` name is one that is not trade (lexicon non_trade_quantities), not a word of trade. */
function isOtherQuantityFirst(words: string, rules: Pick<EventRules, 'tradeWord' | 'tradeOrOtherQuantity'>): boolean {
  const first = rules.tradeOrOtherQuantity.exec(words);
  return !!first && !rules.tradeWord.test(first[0]);
}

/** Where the text after `from` reaches the next comma or semicolon, or `end`. */
function commaOrEnd(text: string, from: number, end: number): number {
  const m = /[,;]/.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

/** A possessive pronoun and up to two words right before a visit noun: "his visit", "her first official trip". */
const POSSESSIVE_VISIT = /\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|tour|stay)\b/iu;

/** A possessive and up to two words at the end of the text before a visit noun: "… during his ", "… their first official ". */
const POSSESSIVE_BEFORE = /\b(his|her|their)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The visitor when the clause names none but says "he" or "the premier" as the subject a few words before the trigger
 * ("On August 22, the premier arrived in Minsk"): the person it stands for (see referentPerson).
 */
function anaphoricVisitorOf(text: string, clause: Clause, hit: { start: number; end: number }, facts: SentenceFacts, state: ArticleState, rules: EventRules): EntityMention | null {
  const m = subjectAnaphors(text, clause.start, hit.start, rules).pop();
  // "… launched during his visit to Guangzhou on 8 November, 2018": with no subject standing for someone ("The
  // minister recalled his visit"), a possessive right before the visit noun is the visitor, the person the last
  // sentence's subject was (none named in this sentence before it).
  const owner = m ? null : POSSESSIVE_BEFORE.exec(text.slice(Math.max(clause.start, hit.start - 30), hit.start))?.[1].toLowerCase();
  if (owner && owner !== 'their' && !facts.mentions.some((x) => x.kind === 'person' && x.end <= hit.start)) {
    return [...state.recentPeople].reverse().find((p) => p.subject)?.mention ?? null;
  }
  if (!m) return null;
  const between = text.slice(m.index + m[0].length, hit.start);
  if (between.trim().split(/\s+/).filter(Boolean).length > 5 || /[;:]/.test(between)) return null;
  if (facts.mentions.some((x) => x.kind === 'person' && x.start >= m.index && x.end <= hit.start)) return null;
  return referentPerson(m, facts.mentions, state, rules);
}

/** A meeting owned by someone, told as one of theirs ("his first meeting with", "their talks with"): recalled, not the news. */
const POSSESSIVE_MEETING = /\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The country that opens the clause as the subject of a host's verb, when a person follows the verb with titles only
 * between: "China on Tuesday welcomes President Alexander Lukashenko of Belarus". Not a country after other words
 * ("In China, …"), an adjective ("Chinese officials welcomed"), or one with another mention before the verb.
 */
function subjectCountryHost(text: string, clause: Clause, hit: { start: number; end: number }, mentions: EntityMention[], guest: EntityMention): EntityMention | undefined {
  // Not a person whose name is a possessive ("welcomes President Xi Jinping's Global Security Initiative").
  if (!TITLES_ONLY.test(text.slice(hit.end, guest.start)) || /^['’]s?\b/.test(text.slice(guest.end, guest.end + 2))) return undefined;
  const before = mentions.filter((m) => m.start >= clause.start && m.end <= hit.start);
  const subject = before[0];
  if (before.length !== 1 || subject.kind !== 'country' || subject.form === 'adjective' || !subject.country || subject.country === guest.country) return undefined;
  if (!CLAUSE_OPENING.test(text.slice(clause.start, subject.start)) || !SUBJECT_TO_VERB.test(text.slice(subject.end, hit.start))) return undefined;
  return subject;
}
/** A noun of a relation before a place it relates someone to: "a close ally of the Kremlin", "a partner of Beijing". */
const DESCRIPTION_OF_BEFORE = /\b(?:ally|allies|friend|friends|partner|partners|critic|critics|puppet|client|protégé|backer|supporter|opponent|neighbour|neighbor)\s+(?:of|to)\s+(?:the\s+)?$/i;
/** Only titles between a verb and the person it takes: " President ", " Belarusian Prime Minister ". */
const TITLES_ONLY = /^\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u;
/** What may open a clause before its subject: nothing, an article, a conjunction. */
const CLAUSE_OPENING = /^\W*(?:(?:and|but|as|while|today|now)\s+)?$/i;
/** Between a subject and its verb: nothing, or a time, "also", "warmly" ("China on Tuesday welcomes"). */
const SUBJECT_TO_VERB = /^\s+(?:(?:on|this|last|next)\s+\w+\s+|(?:today|also|warmly|again|once again|officially)\s+)*$/i;

/**
 * "He made the statements at a meeting with Secretary … Hao Ping": a subject pronoun opening the clause, standing for
 * the person the text named before, of another country than the guest's (undefined when none).
 */
function openingSubjectPerson(text: string, clause: Clause, hit: { start: number; end: number }, facts: SentenceFacts, state: ArticleState, rules: EventRules, guestCountry: string | null): EntityMention | undefined {
  if (facts.mentions.some((m) => m.kind === 'person' && m.start >= clause.start && m.end <= hit.start)) return undefined;
  const anaphor = subjectAnaphors(text, clause.start, hit.start, rules)[0];
  if (!anaphor || anaphor.index - clause.start >= 3) return undefined;
  const person = referentPerson(anaphor, facts.mentions, state, rules);
  return person && person.country && person.country !== guestCountry ? person : undefined;
}

/**
 * The visitor of a visit gerund after a time subordinator: the clause's subject ("He is in China for a state visit this
 * week after last visiting in December 2023": he; "Lukashenko, after visiting Beijing, …": Lukashenko), a person named
 * first in the clause or a subject pronoun opening it.
 */
function gerundVisitorOf(text: string, clause: Clause, hit: { start: number; end: number }, facts: SentenceFacts, state: ArticleState, rules: EventRules): EntityMention | null {
  if (!/ing$/i.test(text.slice(hit.start, hit.end))) return null;
  const from = Math.max(clause.start, hit.start - 40);
  const sub = GERUND_SUBORDINATOR.exec(text.slice(from, hit.start));
  if (!sub) return null;
  const subAt = from + sub.index;
  const person = facts.mentions.find((m) => m.kind === 'person' && m.country && m.start >= clause.start && m.end <= subAt);
  if (person) return person;
  const anaphor = subjectAnaphors(text, clause.start, subAt, rules)[0];
  return anaphor && anaphor.index - clause.start < 3 ? referentPerson(anaphor, facts.mentions, state, rules) : null;
}
const GERUND_SUBORDINATOR = /\b(?:after|before|since|while|when)\s+(?:(?:last|first|previously|also|earlier|again|just)\s+)?$/i;

/** Adds the sentence's people to the article's recent people: its subject is the first named, or whom a leading "he" stands for. */
function rememberPeople(text: string, facts: SentenceFacts, state: ArticleState, rules: EventRules): void {
  const people = facts.mentions.filter((m) => m.kind === 'person' && !isDelegationId(m.id));
  // Only a lead within the first 40 characters counts, so the search stops well short of a long sentence's end.
  const lead = subjectAnaphors(text, facts.start, Math.min(people[0]?.start ?? facts.end, facts.start + 120), rules)[0];
  const referent = lead && lead.index - facts.start < 40 ? referentPerson(lead, facts.mentions, state, rules) : null;
  const entries: RecentPerson[] = people.map((m, i) => ({ mention: m, title: text.slice(Math.max(facts.start, m.start - 60), m.start).toLowerCase(), subject: i === 0 && !referent }));
  if (referent) {
    const was = state.recentPeople.find((p) => p.mention === referent);
    entries.unshift({ mention: referent, title: was?.title ?? '', subject: true });
  }
  state.recentPeople.push(...entries);
  if (state.recentPeople.length > 12) state.recentPeople.splice(0, state.recentPeople.length - 12);
}

/** An honour's verb in the active voice with its receiver right after, a title between: "awarded Xi", "bestowed on Xi Jinping", "awarded Chinese Ambassador Cui Qiming". */
const ACTIVE_HONOUR = /^(?:awarded|bestowed|conferred|presented|honou?r(?:s|ed)?)(?:\s+(?:on|upon))?\s+(?:(?:the\s+)?[\p{L}.-]+\s+){0,4}$/iu;

/** "to 15 ", "to the ", "to several ": words before the adjective of a group of people honoured ("to 15 Belarusian veterans"). */
const HONOURED_GROUP_BEFORE = /\bto\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\d,]+|a few|several|some|many|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+)?$/i;

/** Whether `person`, named before an honour given in the active voice to others after it ("X conferred Medals of Peace on veterans"), gives it. */
function isGiverOf(text: string, person: EntityMention, hit: { start: number; end: number }): boolean {
  return person.end <= hit.start && ACTIVE_GIVING.test(text.slice(hit.start, hit.end)) && GIVEN_TO_AFTER.test(text.slice(hit.end, hit.end + 60))
    && !/\b(?:was|were|been|being|is|are|be)\s*$/i.test(text.slice(Math.max(0, hit.start - 12), hit.start));
}
const ACTIVE_GIVING = /^(?:conferred|bestowed|presented|awarded|handed)\b/i;
const GIVEN_TO_AFTER = /^\s+(?:[\p{L}-]+\s+){0,4}?(?:on|upon|to)\s/iu;

/** The person an honour goes to: the last one named before the trigger ("X was awarded"), else the first after it ("awarded X"), or a group told by its country after "to". */
function honouredOf(text: string, mentions: EntityMention[], hit: { start: number; end: number }): EntityMention | null {
  const people = mentions.filter((m) => m.kind === 'person');
  // "Xi Jinping has awarded Medals of Peace to 15 Belarusian veterans": people told by their country's adjective after
  // "to" are the ones honoured.
  const group = mentions.find((m) => m.kind === 'country' && m.form === 'adjective' && m.start >= hit.end - 3 && m.start - hit.end <= 60
    && HONOURED_GROUP_BEFORE.test(text.slice(Math.max(hit.start, m.start - 40), m.start)) && !/[;.]/.test(text.slice(hit.end, m.start)));
  // "Lukashenko presented the Order of Honor to Ambassador Cui Qiming": the one it was presented to.
  if (/\bto$/i.test(text.slice(hit.start, hit.end))) return people.find((m) => m.start >= hit.end) ?? group ?? null;
  if (group && !people.some((m) => m.start >= hit.end && m.start < group.start)) return group;
  // "Lukashenko awarded Xi the Peace and Friendship medal", "bestowed on Xi Jinping the Order": in the active voice, the
  // one named right after the verb (not "Xi was awarded", "received").
  const inside = people.find((m) => m.start > hit.start && m.end <= hit.end);
  if (inside && ACTIVE_HONOUR.test(text.slice(hit.start, inside.start)) && !/\b(?:was|were|been|being|is|are|be)\s*$/i.test(text.slice(Math.max(0, hit.start - 12), hit.start))) return inside;
  const before = people.filter((m) => m.end <= hit.start);
  return before[before.length - 1] ?? people.find((m) => m.start >= hit.end) ?? null;
}

/**
 * A trade figure or an agreement that names no country ("Trade in goods was $2.5 billion", "About 70 contracts and
 * agreements have been signed") is the article's pair's, when the sentence names no country outside the pair
 * (categories with pair_default in triggers.json).
 */
function pairActor(t: Trigger, sentenceMentions: EntityMention[], state: ArticleState, rules: EventRules, facts?: SentenceFacts, text?: string): string | null {
  if (!(rules.ref.categories[t.category]?.pair_default || t.pair_default) || state.focus.length !== 2) return null;
  if (namesCountryOutside(sentenceMentions, state.focus)) return null;
  // "China's GDP skyrocketed … In 2018 the aggregate amount of import and export of goods reached $4.6 trillion": a
  // trade figure in a paragraph that names one country of the pair and never the other, nor the two together ("the
  // countries", "bilateral", "our", "we"), is that country's own.
  if (t.category === 'trade' && facts && text !== undefined && isOneCountryBlock(text, facts, state)) return null;
  if (isMutual(t.category)) return state.focus[0];
  // A directed fact ("30 residents were registered in the Great Stone park"): the place named is the host's, so the
  // acting country is the pair's other one; with no place of the pair named, the direction is unknown.
  // With none, a firm usual provider between the pair gives it ("At least 25 projects … have been implemented").
  const hosts = new Set(sentenceMentions.filter((m) => m.kind === 'place' && m.country && state.focus.includes(m.country)).map((m) => m.country!));
  if (hosts.size === 1) return state.focus.find((c) => !hosts.has(c)) ?? null;
  // A park's residents are the usual provider's only where the paragraph names the park (isUnplacedPark).
  if (t.subtype === 'park_residents' && (!facts || text === undefined || isUnplacedPark(t, text, facts, state, rules))) return null;
  return firmUsualProvider(rules.ref, t.category, t.subtype, state.focus.slice(0, 2));
}

/** Whether a sentence names a country (not by a person of it) other than these. */
function namesCountryOutside(mentions: EntityMention[], countries: string[]): boolean {
  return mentions.some((m) => m.country && m.kind !== 'person' && !countries.includes(m.country));
}

/** The provider a trigger's category usually has between the article's two countries (triggers.json usual_provider, for its usual_provider_subtypes), when the sentence names no country outside them. */
function usualProvider(t: Trigger, facts: SentenceFacts, state: ArticleState, rules: EventRules, text: string): string | null {
  if (!pairUsualProvider(t, state.focus, rules) || namesCountryOutside(facts.mentions, state.focus.slice(0, 2)) || isUnplacedPark(t, text, facts, state, rules)) return null;
  // An organisation named with a country of its own ("borrowed from Belarusbank") is the party the rules could not
  // place: no default then. Nor for a fact the sentence gives no date of its own (a reference back, a plan, a sum).
  if (facts.mentions.some((m) => m.kind === 'organisation' && m.country)) return null;
  if (!facts.dates.some((d) => d.value && d.basis === 'explicit')) return null;
  // An amount with no country of its own keeps the direction of the article's last money fact (below), not a default.
  if (facts.money.length) return null;
  return pairUsualProvider(t, state.focus, rules);
}

/**
 * Whether a fact of a park's residents is in a paragraph that names no park (lexicon park_words): "30 residents were
 * accepted into the park" may be of a park the text never placed, so it takes no usual provider.
 */
function isUnplacedPark(t: Trigger, text: string, facts: SentenceFacts, state: ArticleState, rules: EventRules): boolean {
  return t.subtype === 'park_residents' && !parkNamedInBlock(text, facts, state, rules);
}

/** The category's usual provider between the first two of `countries`, for the subtypes it has one for; else null. */
function pairUsualProvider(t: Trigger, countries: string[], rules: EventRules): string | null {
  return categoryUsualProvider(rules.ref, t.category, t.subtype, countries.slice(0, 2));
}

/**
 * Whether a clause states a standing state or practice, not a single occurrence: a habitual cue anywhere in it ("convenes
 * on a regular basis"), or a stative verb or present perfect up to the trigger ("Minsk has a Confucius Institute", "have
 * conducted mutual visits"; not "the visit, saying it is …"), or a trigger ending in a present-tense verb of a practice
 * ("more than 2 thousand students from China study": lexicon present_practice_verbs).
 */
function isStanding(text: string, clause: Clause, hit: { start: number; end: number }, rules: EventRules): boolean {
  const upToTrigger = text.slice(clause.start, hit.end);
  const standing = rules.habitual.test(text.slice(clause.start, clause.end)) || rules.stative.test(upToTrigger) || rules.perfect.test(upToTrigger)
    || rules.presentPractice.test(text.slice(hit.start, hit.end));
  rules.habitual.lastIndex = 0;
  rules.stative.lastIndex = 0;
  return standing;
}

/**
 * [provider, recipient] when the category's usual provider between two countries is firm (triggers.json
 * usual_provider_firm): the two the clause has made the fact's actors so far, else the article's first two; else null.
 */
function firmPair(t: Trigger, actors: [string | null, string | null], state: ArticleState, rules: EventRules): [string, string] | null {
  const [a, b] = actors[0] && actors[1] ? actors : state.focus;
  const provider = firmUsualProvider(rules.ref, t.category, t.subtype, [a, b]);
  return provider && a && b ? [provider, provider === a ? b : a] : null;
}

/** Right after a money trigger, "to" and at most an article and a count before a name: "… loans to two Belarusian banks". */
const TO_RECIPIENT = /^\s+to\s+(?:the\s+)?(?:(?:\p{N}+|two|three|four|five|several|some|many|a number of)\s+)?$/iu;

/** "residents of the", right before a place's name (a quotation mark allowed): the place hosts them. */
const RESIDENTS_OF = /\bresidents?\s+of\s+(?:the\s+)?["“«]?$/i;

/**
 * "Speaking on 2 July, Krutoi noted that over the course of ten years trade rose by 2.7 times": a figure (triggers.json
 * figure_subtypes) the text does not date itself is a figure of a period, not of the day it was stated; the day
 * inferred from the report's news stands for its year (guideline: a trade figure is a state of a year).
 */
function periodOfFigure(d: Candidate['date']): Candidate['date'] {
  if (!d?.value || d.basis !== 'inferred_from_context' || d.value.length !== 10) return d;
  const { endValue: _end, days: _days, ...rest } = d;
  return { ...rest, value: d.value.slice(0, 4), precision: 'year' };
}

/** "it has", "it now hosts", "it is home to" right before a count of companies: the pronoun holds them. */
const IT_HOLDS = /\bit\s+(?:now\s+|already\s+)?(?:has|had|hosts|counts|numbers|is\s+home\s+to)\s+$/i;

/**
 * Between a joint venture's name and its verb: nothing, or an apposition or a relative clause set off by commas, after
 * the kind of firm the name is written with ("The Belarusian-Chinese BelGee plant, which produces passenger cars under the
 * Chinese Geely brand, was established in 2011").
 */
const VENTURE_TO_VERB = /^\s*(?:(?:joint venture|plant|factory|company|enterprise|mill)\s*)?(?:,[^,;]*,\s*)?$/i;

/** Categories where money or a project goes from one side to the other: the provider is actor_1. */
const MONEY_DIRECTED = new Set(['finance', 'aid', 'investment']);

/**
 * A compound of two countries ("Belarusian-Chinese", "Sino-Belarusian") that stands right before `at` (a trigger): a
 * prefix joined straight to the next country's mention, as its two mentions; null when there is none.
 */
function pairCompoundBefore(text: string, mentions: EntityMention[], at: number): [EntityMention, EntityMention] | null {
  const i = mentions.findIndex((m, k) => m.kind === 'country' && m.form === 'prefix' && mentions[k + 1]?.kind === 'country'
    && mentions[k + 1].start === m.end && mentions[k + 1].country !== m.country && mentions[k + 1].end <= at && /^\s*$/.test(text.slice(mentions[k + 1].end, at)));
  return i < 0 ? null : [mentions[i], mentions[i + 1]];
}

/** The pair as [provider, recipient] from one side of the focus pair and whether it provides; null when the side is not one of the pair. */
function pairOf(state: ArticleState, side: string | null, isProvider: boolean, named: EntityMention[] = []): [string, string] | null {
  if (!side || !state.focus.includes(side)) return null;
  // The other side: a country of the article's focus the clause names ("Belarus obtained loans from the China Development
  // Bank", in an article on Belarus, Russia and China), else the article's first other one.
  const other = named.find((m) => m.country && m.country !== side && state.focus.includes(m.country))?.country ?? state.focus.find((c) => c !== side);
  if (!other) return null;
  return isProvider ? [side, other] : [other, side];
}

/**
 * Provider and recipient of money from the words around the pair's mentions: a recipient's verb after a mention
 * ("Minsk was allocated", "Belenergo received"), a giving verb before one ("provide Belarus with"), a provider's
 * noun after a country adjective ("Chinese loans", "Chinese-built plant"), "from China"; else a lender of the pair
 * (a bank, a fund) named in the sentence or last before it. Null when the words say nothing, or the pair is unclear.
 */
function moneyPair(text: string, category: string, facts: SentenceFacts, clause: Clause, mentions: EntityMention[], state: ArticleState, rules: EventRules, at: number, triggerStart: number, byLender: boolean): [string, string] | null {
  // Not one named as the report's source: "…, Reuters reported, citing a statement from the Belarussian Potash Company".
  const inClause = mentions.filter((m) => m.country && state.focus.includes(m.country) && !ATTRIBUTION_BEFORE.test(text.slice(Math.max(clause.start, m.start - 60), m.start)));
  // "direct loans extended by Chinese finance institutions", "tied loans of Chinese banks": right after the money's
  // noun, the one named after a giving verb's "by", or a country's lenders after "of" (lexicon lending_party_words),
  // provide, before any other word of the clause ("an agent bank of the Belarusian government"); not a "by" of
  // another noun further on ("in projects backed by the Belarusian state").
  // "vehicles … having been donated by China": a giving verb that is the trigger's own last word, then "by", names the provider too.
  const givingTrigger = rules.givingEnd.test(text.slice(Math.max(clause.start, at - 14), at));
  const by = inClause.find((m) => m.start >= at && !/[,;(]/.test(text.slice(at, m.start)) && (rules.providerBy.test(text.slice(at, m.start))
    || (givingTrigger && GIVER_AFTER_BY.test(text.slice(at, m.start)))
    || (m.form === 'adjective' && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(at, m.start)) && startsWithLendingParty(text.slice(m.end, m.end + 30), rules))));
  if (by) return pairOf(state, by.country, true, inClause);
  // "Two years ago China donated 5 million doses, more than 4.5 million was bought by the Belarusian side": the country
  // right before a giving trigger is its giver, whatever a provider's noun names further on.
  const giver = givingTrigger ? inClause.find((m) => m.kind === 'country' && m.form !== 'adjective' && m.form !== 'prefix' && m.end <= triggerStart && SUBJECT_GAP.test(text.slice(m.end, triggerStart)) && !PREPOSITION_BEFORE.test(text.slice(Math.max(clause.start, m.start - 8), m.start))) : undefined;
  if (giver) return pairOf(state, giver.country, true, inClause);
  for (const m of inClause) {
    const after = text.slice(m.end, Math.min(clause.end, m.end + 60));
    if (rules.recipientAfter.test(after) || (m.form === 'adjective' && rules.recipientAfterParty.test(after))) return pairOf(state, m.country, false, inClause);
    // "extended $1 billion in low-interest loans to two Belarusian banks": a side named after "to" following the trigger receives, whatever provider's noun comes with it.
    if (m.start >= at && TO_RECIPIENT.test(text.slice(at, m.start))) return pairOf(state, m.country, false, inClause);
    if (m.form !== 'adjective' && rules.givingBefore.test(text.slice(Math.max(clause.start, m.start - 30), m.start))) return pairOf(state, m.country, false, inClause);
    if (m.form !== 'adjective' && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 12), m.start))) return pairOf(state, m.country, true, inClause);
    if (m.kind === 'country' && (m.form === 'adjective' || m.form === 'prefix') && rules.providerAfter.test(after)) return pairOf(state, m.country, true, inClause);
  }
  // An investment's host: the country or place it is "in" ("a joint venture in Belarus", "a plant in Minsk"), or that
  // companies "joined" ("twenty-three new companies have joined the Park with a declared investment volume of $117m").
  if (category === 'investment') {
    // Not a compound's first part: "in the China-Belarus industrial park" is in neither by those words. The place a
    // trigger makes companies "residents of" hosts them too ("became residents of the Great Stone park"; not "Residents
    // of China invested …", whose place is no trigger's).
    const host = inClause.find((m) => m.kind !== 'person' && m.kind !== 'organisation' && m.form !== 'adjective' && m.form !== 'prefix' && (/\b(?:in|into|joined)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 12), m.start)) || (m.kind === 'place' && m.start >= at && /^\s+(?:the\s+)?$/.test(text.slice(at, m.start)) && /\bresidents?\s+of$/i.test(text.slice(Math.max(clause.start, at - 14), at)))));
    if (host) return pairOf(state, host.country, false, inClause);
    // Last, "the first Belarus-made Sinotruk cars rolled off the line": products made in a country: that country hosts the venture.
    const made = inClause.find((m) => m.kind === 'country' && rules.hostAfter.test(text.slice(m.end, Math.min(clause.end, m.end + 20))));
    if (made) return pairOf(state, made.country, false, inClause);
    // "Great Stone Park residents invested $363m", "the park … has generated $1.2 billion in investment", "investments of
    // residents of the Great Stone": a site (an industrial park or zone, places.json type site) that is the last country
    // or site named up to the trigger, or whose residents are named, is where the investment goes, never who makes it
    // (not "Belarus invested $20m in the … Park": the country acts).
    const upTo = inClause.filter((m) => m.start < at && m.form !== 'adjective' && m.form !== 'prefix' && (m.kind === 'country' || m.subtype === 'site')).at(-1);
    const site = upTo?.subtype === 'site' ? upTo : inClause.find((m) => m.subtype === 'site' && RESIDENTS_OF.test(text.slice(Math.max(clause.start, m.start - 20), m.start)));
    if (site) return pairOf(state, site.country, false, inClause);
    // "The China-Belarus Industrial Park Great Stone has become … By now, it has 121 resident companies": "it" holding
    // companies, with the sentence before led by a site, is that site, where they invest.
    const prevSite = IT_HOLDS.test(text.slice(clause.start, triggerStart)) ? state.sentences?.[facts.index - 1]?.mentions.find((m) => m.subtype === 'site' && m.country) : undefined;
    if (prevSite) return pairOf(state, prevSite.country, false, inClause);
  }
  // Not where the category's usual provider is firm: a bank of the receiving side is as often the borrower ("loans to two banks").
  if (!byLender) return null;
  const lender = [...facts.mentions, ...state.prevLenders].find((m) => m.country && state.focus.includes(m.country) && isLender(text.slice(m.start, m.end), m, rules));
  return lender ? pairOf(state, lender.country, true, inClause) : null;
}

/** The part of a sentence on the side of a colon-opened quotation (": “") that `at` is in: the report's words or the quotation's. */
function quotationScope(text: string, facts: { start: number; end: number }, at: number): string {
  const sentence = text.slice(facts.start, facts.end);
  const open = /:\s*[“"]/.exec(sentence);
  if (!open) return sentence;
  const split = open.index + 1;
  return at - facts.start >= split ? sentence.slice(split) : sentence.slice(0, split);
}

/** A preposition right before a mention ("equipment for Belarus donated under …"): no subject. */
const PREPOSITION_BEFORE = /\b(?:for|to|from|with|of|in|by)\s+(?:the\s+)?$/i;

/** What stands between a subject and its verb: nothing, or auxiliaries and adverbs ("China has already donated"). */
const SUBJECT_GAP = /^\s+(?:(?:has|have|had|also|already|then|now|just|recently|reportedly|generously|again|once again)\s+)*$/i;

/** "by" and up to four words before the giver ("donated by more than 20 Chinese-funded enterprises"), none of them one that names a receiver. */
const GIVER_AFTER_BY = /^\s+by\s+(?:(?!(?:to|for|in|with)\b)[\w-]+\s+){0,4}$/i;

/** A verb right after a country that starts a clause of its own ("supports Belarus and China is ready …"). */
const NEW_CLAUSE_VERB = /^\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|stands?|remains?)\b/i;

/**
 * Whether the words right after a trigger name both countries of the pair joined by "and", with nothing between the
 * trigger and them but words ("support of the governments of China and Belarus"; not "support of China, and Belarus").
 */
function bothSidesAfter(text: string, at: number, mentions: EntityMention[], state: ArticleState): boolean {
  const i = mentions.findIndex((m) => m.start >= at);
  const [a, b] = [mentions[i], mentions[i + 1]];
  if (!a || !b || !a.country || !b.country || a.country === b.country || !state.focus.includes(a.country) || !state.focus.includes(b.country)) return false;
  return a.start - at <= 40 && /^[\s\p{L}-]*$/u.test(text.slice(at, a.start)) && /\b(?:of|from|by)\b/i.test(text.slice(at, a.start) + ' ' + text.slice(Math.max(0, at - 6), at))
    && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(a.end, b.start)) && !NEW_CLAUSE_VERB.test(text.slice(b.end, b.end + 20));
}

/** Whether `after` (the text after a country adjective) begins with a word that names a lender ("banks", "investors"). */
function startsWithLendingParty(after: string, rules: EventRules): boolean {
  const m = /^\s+([\p{L}-]+)/u.exec(after);
  return !!m && rules.lendingParty.test(m[1]);
}

/** Whether a mention, written `name`, is an organisation that lends: its name has a lender word (lexicon lender_words). */
function isLender(name: string, m: EntityMention, rules: EventRules): boolean {
  return m.kind === 'organisation' && rules.lender.test(name);
}

/**
 * The sentence's candidates with each fact once: two clauses that give the same fact ("… has always given China firm
 * support", matched by triggers in the aside and the main clause) give it once, the one kept taking what the other
 * adds (a range's end: "… and on Sunday he returned").
 */
function oncePerSentence(candidates: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  // "In April, an agreement was signed on the sister city relationship", "the sister cities signed a memorandum": a clause
  // that signs a document tells one fact, the signing; the twinning words name what it is about, or who signed.
  const signed = new Set(candidates.filter((c) => c.category === 'agreement').map((c) => c.quote.join('-')));
  // "adopted a Joint Declaration which established an all-weather … partnership": the declaration is how the step was
  // taken, one fact, the partnership (as "signed a declaration on establishing a partnership" is).
  const steps = new Set(candidates.filter((c) => c.subtype === 'partnership').map((c) => `${c.quote.join('-')}|${c.date?.value ?? ''}`));
  return candidates.filter((c) => {
    if (c.subtype === 'twinning' && signed.has(c.quote.join('-'))) return false;
    if (c.subtype === 'joint_statement' && steps.has(`${c.quote.join('-')}|${c.date?.value ?? ''}`)) return false;
    // Two figures are two facts: "5th in trade, 11th in export" (an indicator's value, as an amount is); so are two
    // stances of support ("supports its accession to the SCO, opposes any sanctions against it").
    const key = [c.category, c.subtype, c.actor_1, c.actor_2, c.date?.value ?? '', c.details.amount ?? '', c.details.value ?? '', c.details.visitor_id ?? '', c.details.stance ?? ''].join('|');
    const first = seen.get(key);
    if (!first) return !!seen.set(key, c);
    if (first.date && c.date?.endValue && !first.date.endValue) first.date = { ...first.date, endValue: c.date.endValue };
    return false;
  });
}

export type DetailsFn = (c: Candidate, ctx: { text: string; clause: Clause; facts: SentenceFacts; trigger: { start: number; end: number }; mentions: EntityMention[]; state: ArticleState }) => Candidate[];

/**
 * The triggers a clause admits, read from its sentence's keyword hits (triggersWithin): the same as triggersFor on the
 * clause's masked text lower-cased when that text is the sentence's own (nothing masked) and lower-casing the sentence
 * maps each character to one (no "İ") without context (no "Σ", whose small form depends on the letters around it);
 * undefined otherwise (assertedTriggers then finds them itself).
 */
function clauseAdmits(text: string, clause: Clause, facts: SentenceFacts, sentence: string, lower: string, hits: number[], rules: EventRules): number[] | undefined {
  if (lower.length !== sentence.length || sentence.includes('Σ')) return undefined;
  if (clause.masked !== text.slice(clause.start, clause.end)) return undefined;
  return triggersWithin(hits, clause.start - facts.start, clause.end - facts.start, rules);
}

/**
 * A past verb in the trigger's words ("inked agreements and contracts", "has arrived in China"), then an infinitive
 * before the date's text ("to deliver … in 2018", "to participate in the meeting … on June 26").
 */
function isDateOfInfinitiveAfter(text: string, clause: Clause, hit: { start: number; end: number }, dateText: string | null | undefined): boolean {
  if (!dateText || !PAST_DONE.test(text.slice(hit.start, hit.end))) return false;
  const after = text.slice(hit.end, clause.end);
  const at = after.indexOf(dateText);
  return at > 0 && /\bto\s+[a-z]+\b/.test(after.slice(0, at));
}

/** A signing or an arrival told as done in the trigger's words ("inked agreements … to deliver", "has arrived in China to participate in …"). */
const PAST_DONE = /\b(?:signed|inked|concluded|initialled|initialed|arrived|came|flew|travell?ed|went|departed)\b/i;

/**
 * The country where a joint event of the pair happens: a place of one of the two named after "in", "near" or "at"
 * ("near Brest", "in China's Jinan city"), else "here" under a dateline of one of them ("Beijing (CNS) -- … here").
 */
function jointPlaceOf(text: string, clause: Clause, mentions: EntityMention[], focus: string[], lineCountry: string | undefined): string | null {
  const placed = placeWhereHeld(text, clause.start, mentions, focus);
  if (placed) return placed;
  return lineCountry && focus.includes(lineCountry) && HERE.test(text.slice(clause.start, clause.end)) ? lineCountry : null;
}

/** The country of the first place of one of the pair named after "in", "near" or "at" past `from` ("near the city of Brest"). */
function placeWhereHeld(text: string, from: number, mentions: EntityMention[], focus: string[]): string | null {
  const placed = mentions.find((m) => m.start >= from && m.country && focus.includes(m.country) && (m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective'))
    && JOINT_PLACE_BEFORE.test(text.slice(Math.max(from, m.start - 40), m.start)));
  return placed ? placed.country! : null;
}

/** Up to `count` sentences of the article right after this one (none when the article's sentences are not at hand). */
function sentencesAfter(facts: SentenceFacts, state: ArticleState, count: number): SentenceFacts[] {
  return state.sentences?.slice(facts.index + 1, facts.index + 1 + count) ?? [];
}

/**
 * Where a joint exercise the sentence reports is held, when only a sentence after it says so, one that refers back to
 * it ("… have commenced joint counter-terrorism exercises near the Polish border. The exercises, named Falcon Assault,
 * are scheduled to run until July 19 at a training ground near the city of Brest."): the first of the next three
 * sentences that opens with the exercise and names a place of the pair it is held at.
 */
function jointPlaceAhead(text: string, facts: SentenceFacts, state: ArticleState): string | null {
  for (const next of sentencesAfter(facts, state, 3)) {
    if (!EXERCISE_BACK.test(text.slice(next.start, Math.min(next.end, next.start + 60)))) continue;
    const where = placeWhereHeld(text, next.start, next.mentions, state.focus);
    if (where) return where;
  }
  return null;
}

/**
 * The date of a visit a sentence does not date, from one of the next two sentences that opens with the trip ("The trip
 * started yesterday with Lukashenko's meeting …", "The visit took place on 3 May"): its first date with a value.
 */
function visitDateAhead(text: string, facts: SentenceFacts, state: ArticleState): Candidate['date'] {
  for (const next of sentencesAfter(facts, state, 2)) {
    if (!VISIT_BACK.test(text.slice(next.start, Math.min(next.end, next.start + 40)))) continue;
    // The trip's own date, near the opening: not a bare year that only "recently" gave ("within the framework of the
    // recently signed agreement"), nor another event's after "since" ("The visit marks his first trip since … the January election").
    const d = next.dates.find((x) => x.value && (x.precision !== 'year' || x.basis === 'explicit') && x.start - next.start <= 50 && !AROUND_ANOTHER.test(text.slice(next.start, x.start)));
    if (d) return { text: d.text, value: d.value, precision: d.precision, basis: 'inferred_from_context', ...(d.endValue ? { endValue: d.endValue } : {}), ...(d.days ? { days: d.days } : {}) };
  }
  return null;
}
/** Words that make a date another event's: "since", "after", "before", "until". */
const AROUND_ANOTHER = /\b(?:since|after|before|until|following)\b/i;
/** A sentence opening with the trip told before: "The trip", "This visit", "His stay". */
const VISIT_BACK = /^\W*(?:the|this|that|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:trip|visit|tour|stay)\b/iu;

/** How near after a body visited a place of the visitor's own country, "in" or "at" it, says the body's office there was what was visited. */
const BODY_PLACE_REACH = 60;

/** A trigger of visiting as a verb: "visited", "visits", "toured". */
const VISITED_VERB = /^(?:visit(?:ed|s)?|toured|tours)$/i;

/** A trigger of taking part in an event ("took part in", "participated in", "attended"). */
const ATTENDED = /^(?:(?:took|takes|taking)\s+(?:an?\s+(?:active|direct|leading)\s+)?part|participated|participates|attended|attends)\b/i;

/**
 * Where an event someone took part in was held, when only a sentence after it says so, one that refers back to it
 * ("Andrei Shved took part in the 21st Meeting of Prosecutors General of the SCO Member States. The 21st Meeting of
 * Prosecutors General … took place in Xi'an, People's Republic of China."): the first place or country by name of
 * another country than the one taking part, named after "took place in" or "was held in" in one of the next two
 * sentences that opens with the event.
 */
function eventPlaceAhead(text: string, facts: SentenceFacts, state: ArticleState, own: string | null): EntityMention | undefined {
  for (const next of sentencesAfter(facts, state, 2)) {
    const held = EVENT_HELD_BACK.exec(text.slice(next.start, next.end));
    if (!held) continue;
    const from = next.start + held[0].length;
    const place = next.mentions.find((m) => m.start >= from && m.start - from < 30 && m.country && m.country !== own && (m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective')));
    if (place) return place;
  }
  return undefined;
}
/** The nouns of an event one takes part in. */
const HELD_EVENT_NOUNS = 'meeting|forum|summit|conference|congress|session|games|exhibition|expo|fair|festival|championship|competition|event|ceremony|assembly|council|symposium|seminar';
/** The verbs that say where an event is held, up to the place: "took place in ", "is held in the ". */
const HELD_IN = String.raw`\b(?:took\s+place|takes\s+place|is\s+taking\s+place|was\s+held|were\s+held|is\s+held|are\s+held|is\s+being\s+held|was\s+hosted)\s+(?:in|at)\s+(?:the\s+)?`;
/** A sentence that opens with an event and says where it was held, up to the place: "The 21st Meeting of … took place in ". */
const EVENT_HELD_BACK = new RegExp(String.raw`^\W*(?:the|this|that)\s+(?:[\p{L}\p{N}’'()-]+\s+){0,14}?(?:${HELD_EVENT_NOUNS})\b[^.;]{0,120}?${HELD_IN}`, 'iu');
/** Anywhere in a sentence, an event and where it is held: "… the Fourth Meeting of the Heads … is held in ". */
const EVENT_HELD = new RegExp(String.raw`\b(?:${HELD_EVENT_NOUNS})s?\b[^.;]{0,250}?${HELD_IN}`, 'iu');
/** Taking part in the events told before: "is taking an active part in these events", "attended this forum" (not "the meeting": any). */
const IN_EVENTS_BACK = new RegExp(String.raw`^\s*(?:in\s+)?(?:these|this|those|that|both)\s+(?:[\p{L}-]+\s+){0,2}?(?:${HELD_EVENT_NOUNS})s?\b\s*(?:[.;]|$)`, 'iu');

/**
 * Where the events someone takes part in were held, when the sentence refers back to them and one of the sentences
 * of the six before says so ("On June 17 to 18, 2025, the Fourth Meeting of … is held in Karamay (the People's Republic of China).
 * … The Belarusian delegation … is taking an active part in these events."): the place after "is held in", "took place
 * in", of another country than the one taking part.
 */
function eventPlaceBefore(text: string, facts: SentenceFacts, hit: { start: number; end: number }, state: ArticleState, own: string | null): { place: EntityMention; date: Candidate['date'] } | undefined {
  if (!IN_EVENTS_BACK.test(text.slice(hit.end, facts.end))) return undefined;
  // The nearest sentence before that says where events were held: its place right after "held in" ("… held in Minsk
  // with guests from China" is at home), of another country than the one taking part.
  let prev: SentenceFacts | undefined;
  let held: RegExpExecArray | null = null;
  for (const p of (state.sentences?.slice(Math.max(0, facts.index - 6), facts.index) ?? []).reverse()) {
    held = EVENT_HELD.exec(text.slice(p.start, p.end));
    if (held) { prev = p; break; }
  }
  if (!prev || !held) return undefined;
  const from = prev.start + held.index + held[0].length;
  const place = prev.mentions.find((m) => m.start >= from && m.country && (m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective')));
  if (!place || place.start - from >= 30 || place.country === own) return undefined;
  // The events' date, when that sentence gives one: the one nearest where it says they were held ("Founded in 2019, the
  // forum … was held in Chengdu on 20 May 2024": 20 May 2024).
  const at = prev.start + held.index;
  const d = prev.dates.filter((x) => x.value).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  return { place, date: d ? { text: d.text, value: d.value, precision: d.precision, basis: 'inferred_from_context', ...(d.endValue ? { endValue: d.endValue } : {}), ...(d.days ? { days: d.days } : {}) } : null };
}

/** Words of science, research and universities: "S&T", "scientific", "universities", "the Academy of Sciences". */
const SCIENCE_WORD = /\b(?:S&T|scien\w*|research\w*|technolog\w*|universit\w*|academ\w*|aerospace|microelectronics)\b/i;

/** Whether the sentence's block (paragraph) names both countries of the article's pair, by any mention. */
function pairNamedInBlock(f: SentenceFacts, state: ArticleState): boolean {
  return pairCountriesInBlock(f, state)?.size === 2;
}

/** Whether a sentence's paragraph names a park or zone (lexicon park_words). */
function parkNamedInBlock(text: string, f: SentenceFacts, state: ArticleState, rules: EventRules): boolean {
  return (blockSentences(f, state) ?? [f]).some((x) => rules.parkWord.test(text.slice(x.start, x.end)));
}

/**
 * Whether a sentence's paragraph refers to a park or zone ("the park", "this zone") that a sentence before it, the
 * headline included, names: "Among the 90 enterprises in the park, 46 are financed by China" after "The China-Belarus
 * Industrial Park ... held a ceremony".
 */
function parkReferredBack(text: string, f: SentenceFacts, state: ArticleState, rules: EventRules): boolean {
  const block = blockSentences(f, state) ?? [f];
  if (!block.some((x) => PARK_BACK_REFERENCE.test(text.slice(x.start, x.end)))) return false;
  return (state.sentences ?? []).some((x) => x.start < block[0].start && rules.parkWord.test(text.slice(x.start, x.end)));
}
/** A park or zone named by a determiner only. */
const PARK_BACK_REFERENCE = /\b(?:the|this|our|its) (?:industrial |economic |technology )?(?:park|zone)\b/i;

/**
 * "Among the 43 companies, 26 are from China", "Thirty-six of them are Chinese enterprises": a share (triggers.json
 * requires share_of_count) of a count of the same kind. With the count in its own sentence ("is home to 34 resident
 * enterprises, of which 18 are from China") it is that fact told in full ('told'); after a dated count in the last
 * sentence that gave facts (state.prevEvents, not always the sentence right before), it is of the count's date;
 * otherwise null.
 */
function shareOfCount(t: Trigger, facts: SentenceFacts, out: Candidate[], state: ArticleState): 'told' | Candidate | null {
  if (out.some((c) => c.sentence === facts.index && c.subtype === t.subtype)) return 'told';
  return state.prevEvents.find((c) => c.subtype === t.subtype && c.date?.value) ?? null;
}

/** Whether a sentence's paragraph names one country of the pair, never the other, and no word of the two together. */
function isOneCountryBlock(text: string, f: SentenceFacts, state: ArticleState): boolean {
  if (pairCountriesInBlock(f, state)?.size !== 1) return false;
  return !(blockSentences(f, state) ?? [f]).some((x) => TWO_TOGETHER.test(text.slice(x.start, x.end)));
}
/** Words that name two countries together, or a speaker's side with the other: "bilateral", "the two countries", "our", "we". */
const TWO_TOGETHER = /\b(?:bilateral|mutual|(?:two|both|the) (?:countries|states|nations|sides)|our|we|us)\b/i;

/** The countries of the article's pair that a sentence's paragraph names (null when the article has no pair or the sentence is not found). */
function pairCountriesInBlock(f: SentenceFacts, state: ArticleState): Set<string> | null {
  const pair = state.focus.slice(0, 2);
  if (pair.length !== 2) return null;
  const block = blockSentences(f, state);
  if (!block) return null;
  const named = new Set<string>();
  for (const x of block) for (const m of x.mentions) if (m.country && pair.includes(m.country)) named.add(m.country);
  return named;
}

/**
 * The sentences of a sentence's block (paragraph), in text order (null when the sentence is not found). Sentences are in
 * text order, so the block's are the neighbours sharing its index: read outwards from the sentence, not the whole article.
 */
function blockSentences(f: SentenceFacts, state: ArticleState): SentenceFacts[] | null {
  const all = state.sentences ?? [f];
  const at = all[f.index] === f ? f.index : all.indexOf(f);
  if (at < 0) return null;
  let from = at;
  while (from > 0 && all[from - 1].block === f.block) from--;
  let to = at + 1;
  while (to < all.length && all[to].block === f.block) to++;
  return all.slice(from, to);
}

/** A flow's word and the preposition before its partner: "exports (of potash) to", "imports from". */
const FLOW_PARTNER_BEFORE = {
  exports: /\bexports?(?:\s+(?:volumes?|deliveries|supplies|shipments|sales))?\b(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:to|into)\s+(?:the\s+)?$/i,
  imports: /\bimports?(?:\s+(?:volumes?|deliveries|supplies|shipments|purchases))?\b(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+from\s+(?:the\s+)?$/i,
};

/**
 * The partner of a trade flow (subtypes exports, export_growth, imports, import_growth): the country its exports go to
 * or its imports come from ("exports to China increased by 4%"), or, with none of its own, the partner a flow before it
 * in the clause named ("exports to China increased by 4%, while imports grew by 12%": the same two sides); null otherwise.
 */
function flowPartnerOf(text: string, clause: Clause, subtype: string, hitStart: number, mentions: EntityMention[]): string | null {
  const own = subtype === 'exports' || subtype === 'export_growth' ? FLOW_PARTNER_BEFORE.exports : subtype === 'imports' || subtype === 'import_growth' ? FLOW_PARTNER_BEFORE.imports : null;
  if (!own) return null;
  const partners = mentions.filter((x) => x.country && x.kind !== 'person' && x.start > clause.start);
  const before = (x: EntityMention) => text.slice(Math.max(clause.start, x.start - 60), x.start);
  const ownPartner = partners.find((x) => x.start >= hitStart && own.test(before(x)));
  if (ownPartner) return ownPartner.country!;
  const earlier = partners.filter((x) => x.start < hitStart && (FLOW_PARTNER_BEFORE.exports.test(before(x)) || FLOW_PARTNER_BEFORE.imports.test(before(x)))).at(-1);
  // Not when the flow names a side of its own after it: "Chinese exports to Belarus rose 30%, while Belarusian imports fell 5%".
  if (!earlier || mentions.some((x) => x.country && x.start > earlier.end && x.start < hitStart)) return null;
  return earlier.country!;
}

/** The words naming what a trade figure measures: a flow one way, or trade both ways. */
/** The words naming what a trade figure measures (one list; FIRST_FLOW_WORD and FLOW_WORD_THEN are made from it). */
const FLOW_WORDS = String.raw`\b(?:export(?:s|ed|ing)?|import(?:s|ed|ing)?|trade|trading|turnover|commerce)\b`;
const FLOW_WORD = new RegExp(FLOW_WORDS, 'gi');

/**
 * The growth a trade growth trigger tells: of exports or imports when the last word of trade in the comma stretch of the
 * trigger's figure names one flow ("the export of Gomel Oblast to China increased nine times", "increased its exports to
 * China 11 times"), or with none there the clause's first ("trade with China, to which Belarus mostly exports potash,
 * increased by 12%": trade); with no word of trade in the clause and a word that refers back ("it went up 40%", "This
 * is 72 times more than in 2016", "The increase was more than 40%"), of the flow of the trade figure told last in the
 * paragraph, which it continues (`told`); trade_growth otherwise.
 */
function flowOfGrowth(text: string, clause: Clause, hit: { start: number; end: number }, out: Candidate[], facts: SentenceFacts, state: ArticleState): { subtype: string; told?: Candidate } {
  // The trigger's own words count up to its figure: "increased its exports to China 11 times", not "grew tenfold while imports …".
  const figure = FIGURE_WORD.exec(text.slice(hit.start, hit.end));
  const at = figure ? hit.start + figure.index : hit.end;
  const [from] = segmentAround(text, clause, at, at);
  const own = text.slice(from, at).match(FLOW_WORD);
  const first = own ? null : FIRST_FLOW_WORD.exec(text.slice(clause.start, at));
  const referring = !own && !first && REFERS_BACK.test(text.slice(clause.start, at));
  const told = referring ? state.blockEvents.concat(out.filter((c) => c.sentence === facts.index)).filter((c) => c.category === 'trade').at(-1) : undefined;
  const word = (own ? own[own.length - 1] : first ? first[0] : told?.subtype ?? '').toLowerCase();
  const subtype = word.startsWith('export') ? 'export_growth' : word.startsWith('import') ? 'import_growth' : 'trade_growth';
  return subtype === 'trade_growth' ? { subtype } : { subtype, told };
}
const FIRST_FLOW_WORD = new RegExp(FLOW_WORDS, 'i');
/** A word that refers back to a figure told before: "it", "this", "the increase". */
const REFERS_BACK = /\b(?:it|this|that|which)\b|\bthe (?:increase|growth|rise|figure|volume|indicator)\b/i;
/** A word of trade and the word after it ("trade surplus"), and a balance named so. */
const FLOW_WORD_THEN = new RegExp(String.raw`${FLOW_WORDS}(?:\s+[\w-]+)?`, 'gi');
const BALANCE_AFTER = /\s(?:surplus|deficit|balance|gap)$/i;
/** Where a growth trigger states its figure: a number, a number word, "-fold", "doubled". */
const FIGURE_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b|\w+fold\b|\b(?:doubl|tripl|quadrupl|halv)/i;

/** A loan or credit named: "with Chinese loans", "as part of the credit lines". */
const LOAN_WORD = /\b(?:loans?|credits?|credit lines?|borrow\w*|lend\w*)\b/i;

/** A clause opening with "this time": set apart from the occasion told before it. */
const THIS_TIME_LEAD = /^\W*(?:and\s+)?this\s+time\b/i;

/** A sentence opening with the exercise named before: "The exercises, named …", "These drills …" (not "such" or "the first" of them: another). */
const EXERCISE_BACK = /^\W*(?:the|these|this)\s+(?:(?!(?:first|previous|last|earlier|next|such)\b)[\p{L}-]+\s+){0,3}?(?:exercises?|drills?|manoeuvres|maneuvers)\b/iu;

/** The forces that take part in a joint exercise. */
const FORCES_NOUN = /\b(?:troops|forces|servicemen|soldiers|paratroopers|units?|contingents?|squads?|military personnel)\b/i;

/** A country named as where something is, not who acts: "in Belarus", "near the borders of Poland and Ukraine" (the list's later names too). */
const PLACE_OF_BEFORE = /(?:\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside)\s+(?:the\s+)?|\bborders?\s+(?:of|with)\s+(?:the\s+)?)(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+))*$/u;

/** The preposition of a place where something happens: "in Brest", "near Belarus' Brest", "at the Jinan base". */
const JOINT_PLACE_BEFORE = /\b(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+)?(?:city|town|village|region|district|province|oblast|training ground)\s+of\s+)?$/iu;

/** A stance's words as one pattern: a word ending in "-" matches any word it begins ("sanction-": sanctions). */
function stanceRegex(words: string[]): RegExp {
  const alts = words.map((w) => (w.endsWith('-') ? `${escapeRegex(w.slice(0, -1))}\\p{L}*` : escapeRegex(w)).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * What a statement of political support is about (lexicon support_stances): the stance whose words come first in the
 * trigger's own stretch, from the trigger to the next comma or semicolon of its clause, at most STANCE_REACH characters
 * on ("opposes any reckless unilateral sanctions against Belarus" → opposition; "supports China on the Taiwan question"
 * → core_interests); '' when none.
 */
function stanceOf(text: string, clause: Clause, hit: { start: number; end: number }, rules: EventRules): string {
  const rest = text.slice(hit.end, Math.min(clause.end, hit.end + STANCE_REACH));
  const stop = rest.search(/[,;]/);
  const stretch = text.slice(hit.start, hit.end + (stop >= 0 ? stop : rest.length));
  // The stance whose words come first ("supports Belarus's accession to the SCO and opposes sanctions": membership).
  let best = '';
  let bestAt = Infinity;
  for (const [stance, words] of rules.supportStances) {
    const at = stretch.search(words);
    if (at >= 0 && at < bestAt) [best, bestAt] = [stance, at];
  }
  return best;
}

/** How far after a trigger of support its stance is read, at most: "opposes any reckless unilateral sanctions against Belarus". */
const STANCE_REACH = 80;

/** The candidates of one trigger hit in a clause, added to `out`; the acting country (null when the hit was dropped). */
function hitCandidates(text: string, clause: Clause, hit: { trigger: Trigger; start: number; end: number }, facts: SentenceFacts, mentions: EntityMention[], perKind: Set<string>, listed: Map<Trigger, ListedHit>, out: Candidate[], state: ArticleState, rules: EventRules, details: DetailsFn): string | null {
  let t = hit.trigger;
  // Made only for --explain (tsx keeps function names: a closure made per hit costs a property definition).
  const drop = state.trace ? (why: string) => state.trace?.push(`dropped ${t.category}/${t.subtype} "${text.slice(hit.start, hit.end)}": ${why}`) : ignore;
  // A third country named past a phrase of its own after the trigger is not its party (a place there may still be
  // where it happened: "held talks with Xi Jinping, and later toured a Huawei plant in Shenzhen").
  // (Looked for only when such a country follows the trigger: most hits have none.)
  const thirdAfter = (m: EntityMention) => m.start >= hit.end && m.start < clause.end && m.kind === 'country' && !!m.country && !state.focus.includes(m.country);
  const ownPhrase = facts.mentions.some(thirdAfter) || mentions.some(thirdAfter) ? OWN_PHRASE_AFTER.exec(text.slice(hit.end, clause.end)) : null;
  const cutAt = ownPhrase ? hit.end + ownPhrase.index : clause.end;
  const kept = (m: EntityMention) => m.start < cutAt || m.start >= clause.end || m.kind !== 'country' || !m.country || state.focus.includes(m.country);
  if (ownPhrase) mentions = mentions.filter(kept);
  const sentenceMentions = ownPhrase ? facts.mentions.filter(kept) : facts.mentions;
  // "the Fund for support of training and development of talented students": a trigger word in a body's name.
  if (rules.nameHeadBefore.test(text.slice(Math.max(clause.start, hit.start - 30), hit.start))) { drop('part of a body\'s name'); return null; }
  // "At its fiftieth session Human Rights Council considered a resolution on … Belarus and voted": the body votes, no
  // country (one named only after a preposition is what the resolution is about).
  if (t.category === 'un_vote' && bodyIsSubject(text, clause, hit.start, facts.mentions)) { drop('an international body votes, not a country'); return null; }
  // "the two countries agreed to construct an industrial park": a project both sides agreed on is their agreement, not
  // one side's aid to the other.
  if (t.category === 'aid' && t.subtype === 'project' && /^agreed\b/i.test(text.slice(hit.start, hit.end)) && isPairSubject(text.slice(clause.start, hit.start), mentions, clause.start, state, rules)) t = twinOf(t, 'agreement', 'agreements_signed', rules);
  let actor1: string | null;
  let actor2: string | null;
  let third = false;
  // "The export of Gomel Oblast to China increased nine times": a growth told by a trigger of any trade growth is of the
  // flow its clause names before it (flowOfGrowth).
  // (t may still turn into its visit twin below: the subtype is read from it where it is used.)
  const flow = t.category === 'trade' && t.subtype === 'trade_growth' ? flowOfGrowth(text, clause, hit, out, facts, state) : null;
  // A joint venture of the tables the clause names ("BelGee", "the company" after it): [investor, host] (rules.ventures).
  let venture: [string, string] | null = null;
  let counterpartNamed = false; // the other party named in the trigger's own words ("imports from Belarus"), of the article or not
  // The other members of a group listed as partners, when the other party is one of them ("with 15 countries …,
  // including Korea, Hong Kong, Belarus"): a fact with each, and the sum is the group's, no one's.
  let coPartners: string[] | null = null;
  let supportOwned = false; // the supporter and the supported read from "X's support for Y" / "the support of X"
  let coSubjects: string[] = []; // the other focus countries of a subject list ("Bolivia, China, Cuba … voted")
  let coDestinations: string[] = []; // the other focus countries of a list of places visited ("Russia, Kazakhstan and Belarus")
  let ownOccurrence = false; // a visit of its own beside the clause's other ("is in China … after last visiting in December 2023")
  let heldDate: Candidate['date'] = null; // the date of the events taken part in, told with where they were held in a sentence before
  const base: Record<string, unknown> = {};
  if (t.agent === 'visitor' && t.visitor === 'object') {
    // "Lukashenko received Chinese Vice Premier Ma Kai": the guest is named after the trigger, the host before it.
    // "met with top executives of China Great Wall Industry Corporation": the people of a company named right after.
    // "met with his Russian, Belarusian, Kyrgyz and Uzbek counterparts": each country of the list is a guest.
    // "welcomed defence chiefs from Russia, Iran, Pakistan, Belarus and elsewhere": so is each country of a list the
    // guests come from. (Read only when no single guest is named.)
    let peers: EntityMention[] = [];
    let guest = mentions.find((m) => m.kind === 'person' && m.start >= hit.end && m.country)
      ?? mentions.find((m) => (m.kind === 'organisation' || m.kind === 'country') && m.country && m.start >= hit.end && m.start - hit.end <= 70 && STAFF_OF.test(text.slice(hit.end, m.start)))
      ?? delegationAfter(text, clause, mentions, hit, rules)
      // "meets with Chinese Ambassador", "meets visiting Belarusian think tank chief": an official the text names by a
      // country adjective and a title (lexicon visitor_nouns) right after the trigger.
      ?? mentions.find((m) => m.form === 'adjective' && m.country && m.start >= hit.end && OFFICIAL_LEAD.test(text.slice(hit.end, m.start)) && rules.visitorNounNext.test(text.slice(m.end, m.end + 40)))
      ?? (peers = guestsListedAfter(text, hit, mentions, t.category === 'diplomatic_relations'))[0];
    // "met with senior military officials from Laos, Uzbekistan, and Belarus": the staff of each country of the list.
    if (guest && !peers.length && guest.kind === 'country' && guest.form !== 'adjective') {
      const listed = placesListedAfter(text, guest, mentions);
      // The pair's country of the list goes first (the others are third countries' facts beside it).
      if (listed.length) peers = [guest, ...listed].sort((a, b) => Number(isFocusIn(state, b)) - Number(isFocusIn(state, a)));
      guest = peers[0] ?? guest;
    }
        // The host is a person, place or capital named before; or an official or a place described by a country adjective
        // ("the Belarusian head of state", "the Belarusian capital").
        const named = guest && [...mentions].reverse().find((m) => m.end <= hit.start && m.country && m.country !== guest.country && (m.kind === 'person' || m.kind === 'place' || m.form === 'metonym'
          || (m.form === 'adjective' && (rules.visitorNounNext.test(text.slice(m.end, m.end + 30)) || PLACE_NOUN_AFTER.test(text.slice(m.end, m.end + 12))))
          || (m.kind === 'country' && SCHOOL_AFTER.test(text.slice(m.end, m.end + 50)))));
        // "…, Semashko said as he met with Gao Hucheng": "he" right before the trigger is the person the sentence named before.
        const host = named ?? (guest && PRONOUN_BEFORE.test(text.slice(Math.max(clause.start, hit.start - 12), hit.start))
          ? [...facts.mentions].reverse().find((m) => m.kind === 'person' && m.end <= hit.start && m.country && m.country !== guest.country) : undefined)
          ?? (guest && !/^['’]s?\b/.test(text.slice(guest.end, guest.end + 2)) && !POSSESSIVE_MEETING.test(text.slice(Math.max(clause.start, hit.start - 30), hit.start))
            ? openingSubjectPerson(text, clause, hit, facts, state, rules, guest.country) : undefined)
          ?? (guest ? frontedMeetingHost(text, facts, hit, guest) : undefined)
          // "China on Tuesday welcomes President Alexander Lukashenko of Belarus": a country opening the clause hosts a
          // person it welcomes (not a delegation or guests, whose country the text may not name).
          ?? (guest && guest.kind === 'person' && !isDelegationId(guest.id) ? subjectCountryHost(text, clause, hit, mentions, guest) : undefined);
    // Not a place that describes someone ("a close ally of the Kremlin", "a friend of Moscow").
    const place = guest && mentions.find((m) => m.start >= guest.end && (m.kind === 'place' || m.form === 'metonym') && m.country !== guest.country && !DESCRIPTION_OF_BEFORE.test(text.slice(Math.max(clause.start, m.start - 40), m.start)));
    // "after presidents Xi Jinping and Alexander Lukashenko met in Minsk": two of the pair joined by "and" meeting in the
    // home of one of them is the other's visit there.
    // "Xi Jinping and Lukashenko met in Samarkand, Uzbekistan": the pair meeting elsewhere (or where the text does not
    // say) held talks, the second named as the guest.
    const pair = (!guest || !host) && t.category === 'diplomatic_relations' ? meetingPair(text, hit, mentions) : null;
    const pairMet = pair ? pairMeetingVisit(text, clause, hit, pair, mentions) : null;
    const guest1 = pair ? pair[1] : guest;
    const host1 = pair ? pair[0] : host;
    // "the foreign ministers of both countries met", "the two leaders met": the pair's own words as the subject of a
    // meeting verb, with no one named on either side, are the article's pair meeting (talks: where is not read).
    const pairSubject = !pairMet && !guest1 && !host1 && t.category === 'diplomatic_relations' && state.focus.length >= 2 && isPairSubjectOf(text, clause, hit, rules);
    // A visit is to the host's country; a meeting may be anywhere ("met with Lukashenko in Bishkek").
    if (!pairSubject && !pairMet && (!guest1 || !host1 || (t.category === 'visit' && place && place.country !== host1.country))) { drop('no guest after the trigger with a host of another country'); return null; }
    // "Lukashenko met with Defence Minister Li Shangfu in Minsk", "Nie Yunling met with the Vitebsk mayor in Vitebsk":
    // talks held in the home of one of the two are the other's visit there, whoever the sentence puts first; not
    // talks in a third country, nor those of an envoy who lives where he meets.
    const metAt = pairSubject ? null : pairMet ?? (t.category === 'diplomatic_relations' && !pair && guest1!.kind === 'person' && host1!.kind === 'person' ? guestMeetingVisit(text, clause, hit, guest1!, host1!, mentions) : null);
    if (pairSubject) {
      actor1 = state.focus[0];
      actor2 = state.focus[1];
    } else if (metAt) {
      t = visitTwinOf(t, rules);
      actor1 = metAt.visitor.country;
      actor2 = metAt.place.country;
      Object.assign(base, { visitor_id: metAt.visitor.id, visitor_start: metAt.visitor.start, visitor_end: metAt.visitor.end, city_mention: metAt.place.form === 'metonym' || metAt.place.subtype === 'city' ? text.slice(metAt.place.start, metAt.place.end) : null, to_basis: 'explicit' });
    } else {
      actor1 = guest1!.country;
      actor2 = host1!.country;
      if (guest1 === peers[0]) coSubjects = [...new Set(peers.slice(1).map((m) => m.country!))].filter((c) => c !== actor1 && c !== actor2);
      Object.assign(base, { visitor_id: guest1!.kind === 'person' ? guest1!.id : delegationIdOf(guest1!.country!), visitor_start: guest1!.start, visitor_end: guest1!.end, city_mention: place && (place.form === 'metonym' || place.subtype === 'city') ? text.slice(place.start, place.end) : null, to_basis: 'explicit' });
    }
  } else if (t.agent === 'visitor' && t.visitor === 'origin') {
    // "Batura met with a delegation from Guangdong Province", "a meeting between the Gomel authorities and a delegation
    // from the Chinese city": the delegation comes from the country or place named right after the trigger, to the host's.
    // Not a place the delegation went to: "the visit of the delegation of YKSUG to the People's Republic of China".
    const origin = mentions.find((m) => m.start >= hit.end && m.start - hit.end < 60 && m.kind !== 'person' && !/[,;]/.test(text.slice(hit.end, m.start)) && !/\bto\s+(?:the\s+)?$/i.test(text.slice(hit.end, m.start)));
    const host = origin && ([...mentions].reverse().find((m) => m.end <= hit.start && m.country !== origin.country && m.kind !== 'organisation')?.country ?? recentOtherCountry(state, facts.mentions, hit.start, origin.country));
    if (!origin || !host) { drop('no country or place of origin after the trigger, or no host of another country'); return null; }
    actor1 = origin.country;
    actor2 = host;
    // The visitor as the text names it: from the trigger's "delegation" to the place it is from ("delegation from
    // Guangdong" of "a delegation from Guangdong Province"), else the place alone; never the trigger's verb ("met with a … from").
    const noun = text.slice(hit.start, hit.end).search(/\bdelegations?\b/i);
    Object.assign(base, { visitor_id: delegationIdOf(origin.country!), visitor_start: noun >= 0 ? hit.start + noun : origin.start, visitor_end: origin.end, city_mention: null, to_basis: 'context' });
  } else if (t.agent === 'visitor' && t.visitor === 'place') {
    // "Chinese and Belarusian airborne troops started a training drill here on Monday" (filed in Beijing), "a joint
    // drill of Chinese and Belarusian forces near Brest": the forces of the country that is not the place's came there.
    const where = jointPlaceOf(text, clause, mentions, state.focus, state.datelineCountry.get(facts.block)) ?? jointPlaceAhead(text, facts, state);
    // Not a country named as a place ("near the borders of Poland and Ukraine").
    const guest = where && mentions.find((m) => m.kind === 'country' && m.country && m.country !== where && state.focus.includes(m.country) && !PLACE_OF_BEFORE.test(text.slice(Math.max(clause.start, m.start - 40), m.start)));
    if (!where || !guest) { drop('no place of one of the pair where it happens, with the other named'); return null; }
    actor1 = guest.country;
    actor2 = where;
    // The visitor as the text names it: the forces the clause names ("airborne troops"), else the country's word.
    const forces = FORCES_NOUN.exec(text.slice(clause.start, clause.end));
    const [from, to] = forces ? [clause.start + forces.index, clause.start + forces.index + forces[0].length] : [guest.start, guest.end];
    Object.assign(base, { visitor_id: delegationIdOf(guest.country!), visitor_start: from, visitor_end: to, city_mention: null, to_basis: 'context' });
  } else if (t.agent === 'visitor') {
    // "Lukashenko admitted that he followed closely the visit and …": "the visit" as the object of another verb is the
    // visit told before, not one of the verb's subject.
    if (isVisitAsObject(text, clause, hit)) { drop('"the visit" as the object of a verb: a reference to a visit told before'); return null; }
    let talksFronted: EntityMention | null = null;
    let gerundVisitor: EntityMention | null = null;
    // "… Leung Chun-ying during the visit of a Belarusian government delegation": the delegation written as the
    // noun's agent is the visitor, whoever the sentence named before it (as a person written so is: visitorOf).
    // A title the person's name follows ("the visit of Chinese President Xi Jinping") leaves the person to visitorOf.
    const agentNoun = VISIT_NOUN.test(text.slice(hit.start, hit.end)) ? agentDelegationOf(text, clause, mentions, hit, rules) : null;
    const agentGroup = agentNoun && !mentions.some((m) => m.kind === 'person' && m.start >= agentNoun.end && m.start - agentNoun.end <= 25 && !/[,;(]/.test(text.slice(agentNoun.end, m.start))) ? agentNoun : null;
    let visitor = agentGroup ?? visitorOf(text, mentions, facts, hit, rules) ?? anaphoricVisitorOf(text, clause, hit, facts, state, rules) ?? pairLeadersVisitorOf(text, clause, facts, hit, state) ?? delegationOf(text, clause, mentions, hit, rules) ?? frontedVisitorOf(text, facts, hit, rules)
      ?? (talksFronted = frontedTalksVisitorOf(text, facts, hit)) ?? (gerundVisitor = gerundVisitorOf(text, clause, hit, facts, state, rules)) ?? unplacedDelegationOf(text, clause, mentions, hit, state, rules)
      ?? delegationBeforeDestinationOf(text, mentions, hit, state);
    if (!visitor) { drop('no visitor (a person or delegation) named'); return null; }
    ownOccurrence = visitor === gerundVisitor;
    actor1 = visitor.country;
    // "Chinese President Xi Jinping and Belarusian President Lukashenko inspected the park": of two leaders of the pair
    // touring a place in one's country together, the visitor is the other.
    // So in a caption: "President Alexander Lukashenko of Belarus, center, and President Xi Jinping, right, attend the
    // roundtable … during the Belt and Road Forum in Beijing": the place "in" or "at" which the act is, in the clause.
    const firstPlace = mentions.find((m) => m.start >= hit.end && m.start - hit.end < 25 && (m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective')));
    const actPlace = firstPlace?.country === actor1 ? firstPlace : mentions.find((m) => isPlaceOfTheAct(text, clause, hit, m));
    const partner = actPlace && actPlace.country === actor1 ? coordinatedPersonOf(text, facts.mentions, visitor, hit.start) : undefined;
    if (partner) [visitor, actor1] = [partner, partner.country];
    // "Zhao Leji held talks with Natalia Kochanova, chairwoman of the Council … of Belarus, in Beijing": talks held "in"
    // a place make the one from elsewhere the visitor, and that place the destination (not a country in a title).
    const heldIn = t.requires?.includes('destination') ? mentions.find((m) => m.start >= hit.end && m.country && (m.kind === 'place' || m.form === 'metonym' || (m.kind === 'country' && m.form !== 'adjective')) && IN_BEFORE.test(text.slice(Math.max(clause.start, m.start - 8), m.start))) : undefined;
    const guest = heldIn && heldIn.country === actor1 ? mentions.find((m) => m.start >= hit.end && m.end <= heldIn.start && m.kind === 'person' && m.country && m.country !== actor1) : undefined;
    if (guest) [visitor, actor1] = [guest, guest.country];
    // "attended the national flag-raising ceremony of Belarus at the Secretariat in Beijing": a country an event belongs
    // to is not where the one attending went.
    const owner = (m: EntityMention) => !!t.requires?.includes('destination') && m.kind === 'country' && OF_BEFORE.test(text.slice(Math.max(clause.start, m.start - 6), m.start));
    // "… attended and delivered speeches, and Director of the Education Bureau of Vitebsk Region Dmitry Houma spoke
    // online": a place after ", and" and a title, which bring in another person, is not where the one attending went
    // (", and later toured … in Shenzhen" goes on with the same subject; ", and Minsk" ends a list).
    const other = t.requires?.includes('destination') ? rules.andTitled.exec(text.slice(hit.end, clause.end)) : null;
    const placeEnd = other ? hit.end + other.index : clause.end;
    const placed = (heldIn && heldIn.country !== actor1 ? heldIn : undefined) ?? mentions.find((m) => m.start >= hit.end && m.start < placeEnd && m.kind !== 'person' && m.kind !== 'organisation' && m.form !== 'adjective' && m.country !== actor1 && !owner(m));
    // The country of the block's dateline, when it is not the visitor's own ("DUSHANBE, July 16 (Xinhua) --").
    const lineCountry = placed ? undefined : state.datelineCountry.get(facts.block);
    const filedAbroad = lineCountry !== actor1 ? lineCountry : undefined;
    // "DUSHANBE … -- Visiting Chinese Foreign Minister Wang Yi met … here": a visit reported "here", with no place of
    // another country named anywhere in the clause ("MOSCOW (Reuters) -- In Beijing, visiting … met Xi": Beijing), is to
    // the dateline's country (a third one: no fact of the pair), before any country the people met would suggest.
    const filedIn = filedAbroad && HERE.test(text.slice(clause.start, clause.end)) && !mentions.some((m) => (m.kind === 'place' || m.form === 'metonym') && m.country && m.country !== actor1) ? filedAbroad : undefined;
    // "visited the three founding member states of the EEU: Russia, Kazakhstan and Belarus": places listed after a colon
    // that ends the clause are the ones visited.
    const listed = placed || filedIn ? undefined : colonListAfter(text, clause, facts.mentions);
    let heldBefore: { place: EntityMention; date: Candidate['date'] } | undefined; // where (and when) the events taken part in were held, told in a sentence before
    // "… visited the Belarusian State University and conducted … of Dalian University of Technology": a body of another
    // country the verb takes as its object is the place visited, before a place of the visitor's own named after it.
    // Not a body "at" or "in" one of the visitor's own ("visited Confucius Institute at Francisk Skorina Gomel State
    // University"), nor one with a place of the visitor's own country "in" or "at" right after it ("visited the Huawei
    // office, located in Minsk"), nor a possessive ("visited Huawei's research centre in Minsk": where the centre is, not the company, counts).
    const bodyVisited = placed || !VISITED_VERB.test(text.slice(hit.start, hit.end)) ? undefined : mentions.find((m) => m.kind === 'organisation' && m.country && m.country !== actor1 && m.start >= hit.end && /^\s+(?:the\s+)?$/i.test(text.slice(hit.end, m.start))
      && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2))
      && !mentions.some((h) => h.start >= m.end && h.country === actor1 && (/^\s+(?:at|in|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(m.end, h.start)) || (h.kind !== 'organisation' && h.start - m.end <= BODY_PLACE_REACH && LOCATIVE_BEFORE.test(text.slice(Math.max(m.end, h.start - 24), h.start))))));
    const dest = pairPlaceListed(text, placed, mentions, state.focus, actor1) ?? placed ?? bodyVisited ?? listed ?? (filedIn ? undefined
      : mentions.find((m) => m.start >= hit.end && m.kind === 'person' && m.country !== actor1) // "was Lukashenko's guest": the host's country
      ?? mentions.find((m) => (m.kind === 'place' || m.form === 'metonym') && m.country !== actor1 && m.start < placeEnd) // "Orbán, in Beijing for the forum, held a summit"
      ?? (ATTENDED.test(text.slice(hit.start, hit.end)) ? eventPlaceAhead(text, facts, state, actor1) ?? (heldBefore = eventPlaceBefore(text, facts, hit, state, actor1))?.place : undefined));
    // "The ambassador of Belarus to China visited Grodno": the place named right after the verb is at home, no visit abroad.
    // "State visit of China President Xi Jinping to Belarus": a country in the visitor's title is not the place visited.
    const inTitle = (m: EntityMention) => m.end <= visitor!.start && visitor!.start - m.end <= 30 && !/[,;]|\b(?:to|in)\b/i.test(text.slice(m.end, visitor!.start));
    // "the visit of the Gansu Province delegation to Minsk": a place right after "visit of" names who came, not where.
    const visitorsOrigin = (m: EntityMention) => /^\s+of\s+(?:the\s+|an?\s+)?$/i.test(text.slice(hit.end, m.start));
    // Not a country of a pair that names an event ("attended the China-Belarus Presidents Forum in Minsk", isEventPair).
    const placeNext = mentions.find((m) => m.start >= hit.end && m.start - hit.end < 25 && (m.kind === 'place' || (m.kind === 'country' && m.form !== 'adjective')) && !(m.start >= visitor!.start && m.end <= visitor!.end) && !inTitle(m) && !visitorsOrigin(m) && !isEventPair(m, mentions, clause.end, actor1));
    // "paid a visit to the Embassy of the Republic of Belarus in China": a call at an embassy is where the embassy is,
    // whichever country it is of; in the visitor's own country it is no visit abroad.
    const embassy = EMBASSY_IN.exec(text.slice(hit.end, clause.end));
    const embassyIn = embassy ? mentions.find((m) => m.start === hit.end + embassy[0].length && m.country) : undefined;
    if (embassyIn && embassyIn.country === actor1) { drop('a call at an embassy in the visitor\'s own country'); return null; }
    if (placeNext && placeNext.country === actor1 && !embassyIn) { drop('the place visited is in the visitor\'s own country'); return null; }
    // "Lukashenko … visited the complex and watched swimming": a site named by a common noun, with no place after it, is
    // toured wherever the sentence is; it is no visit abroad. A site of the other country ("visited the Belarusian State
    // University", "the plant of BelAZ") is a visit to it, and one under a dateline abroad is there ("MINSK, May 6
    // (Xinhua) -- Chinese Vice Premier Zhang Gaoli visited the plant of BelAZ").
    const site = placed ? null : rules.siteVisited.exec(text.slice(hit.end, Math.min(clause.end, hit.end + 40)));
    const siteEnd = hit.end + (site?.[0].length ?? 0) + 30;
    const siteIn = site ? filedAbroad : undefined;
    // A delegation told by where it comes from ("a delegation from Jiangxi University … visited the university") is away
    // from home: the site is the other country's.
    const fromAbroad = DELEGATION_FROM.test(text.slice(clause.start, hit.start));
    if (site && !siteIn && !fromAbroad && !mentions.some((m) => m.country && m.country !== actor1 && m.start >= hit.end && m.start < siteEnd)) { drop('a site visited, in no country named'); return null; }
    // "X held talks with Y in Beijing": a visit only when X is named before and a place abroad after.
    if (t.requires?.includes('destination') && !((visitor.end <= hit.start || visitor === guest || visitor === talksFronted) && dest && (dest.start >= hit.end || dest === heldBefore?.place) && dest.kind !== 'person' && dest.form !== 'adjective')) { drop('no place abroad named after it'); return null; }
    if (dest && dest === heldBefore?.place) heldDate = heldBefore.date;
    // "… visited Confucius Institute at Francisk Skorina Gomel State University": with no place abroad, a place of the
    // visitor's own country after the trigger is where the visit was, at home.
    if (!dest && !filedIn && !siteIn && mentions.some((m) => m.start >= hit.end && m.start < placeEnd && m.kind === 'place' && m.country === actor1)) { drop('the only place named after it is in the visitor\'s own country'); return null; }
    actor2 = dest?.country ?? filedIn ?? siteIn ?? recentOtherCountry(state, facts.mentions, hit.start, actor1);
    // "visited the three founding member states of the EEU: Russia, Kazakhstan and Belarus": each country of the list
    // of places visited is a visit of its own.
    if (dest) coDestinations = [...new Set(placesListedAfter(text, dest, facts.mentions).map((m) => m.country!))].filter((c) => c !== actor1 && c !== actor2 && state.focus.includes(c));
    Object.assign(base, { visitor_id: visitor.id, visitor_start: visitor.start, visitor_end: visitor.end, city_mention: dest && (dest.form === 'metonym' || dest.subtype === 'city') ? text.slice(dest.start, dest.end) : null, to_basis: dest ? 'explicit' : 'context' });
  } else if (t.agent === 'addressee') {
    // "Xi congratulates Lukashenko on reelection", "In a statement congratulating Belarusian President Alexander
    // Lukashenko on his re-election": the one of the pair named right after the trigger is addressed, and the pair's
    // other side addresses it, whoever a headline's short name or a pronoun before it would make the subject.
    const pair = state.focus.slice(0, 2);
    const addressed = mentions.find((m) => m.start >= hit.end && m.start < clause.end && !!m.country && pair.includes(m.country));
    if (!addressed) { drop('no one of the pair named right after it as the one addressed'); return null; }
    // "President Abdullah Gul of Turkey has congratulated Alexander Lukashenko": a third country's act (not "Putin and
    // Xi congratulated", a subject that lists one of the pair).
    const before = mentions.filter((m) => m.end <= hit.start && m.start >= clause.start && !!m.country);
    if (before.length && !before.some((m) => pair.includes(m.country!))) { drop(`third-country or outside the article's pair (${before.at(-1)!.country}→${addressed.country})`); return null; }
    actor2 = addressed.country!;
    actor1 = pair.find((c) => c !== actor2) ?? null;
  } else if (t.agent === 'honoured') {
    // "Myasnikovich was awarded the Friendship Award": the honour comes from the other country of the pair.
    const honoured = honouredOf(text, mentions, hit);
    if (!honoured?.country || !state.focus.includes(honoured.country)) { drop('no honoured person of the pair named'); return null; }
    actor2 = honoured.country;
    actor1 = state.focus.find((c) => c !== actor2) ?? null;
    // "Chairman Xi Jinping conferred Medals of Peace on veterans": the one named before an honour given in the active
    // voice, to others named after it, gives it; the honoured are the pair's other side.
    if (isGiverOf(text, honoured, hit)) [actor1, actor2] = [actor2, actor1];
  } else {
    // "offer Chinese language courses": the language's country is the one whose language is taught; "253 companies with
    // Chinese capital": the country the trigger's own words name acts.
    const agent = t.agent === 'trigger_entity' ? entityAgent(text, clause, t, mentions, rules)
      : t.agent === 'country_in_trigger' ? mentions.find((m) => m.kind === 'country' && m.start >= hit.start && m.end <= hit.end) ?? null : null;
    if (agent?.id) base.agent_id = agent.id;
    // A name many bodies share ("Confucius Classroom": organisations.json network) tells two facts of one text apart,
    // but names neither: another text's fact of the period is not the same one by it (normalise/merge.ts isNamed).
    if (agent?.id && rules.networkNames.has(agent.id)) base.agent_shared = true;
    // "Ambassador Tozik in the interview to BelTA": a country's media and only its own people is a source, not a fact between the two.
    if (t.category === 'media' && agent?.country && mentions.some((m) => m.kind === 'person' && m.country) && mentions.every((m) => m.kind !== 'person' || !m.country || m.country === agent.country)) { drop('its own country\'s media and people only'); return null; }
    // "Nine residents of the park are registered": a directed fact of the pair whose place names its host (pair_default
    // on the trigger) is the other country's, before any country the words around it would make the subject.
    const hostFirst = !!t.pair_default && !isMutual(t.category);
    const hosted = hostFirst ? pairActor(t, sentenceMentions, state, rules, facts, text) : null;
    // "The Belarusian-Chinese joint venture SZAO BelGee was established": a compound of both sides right before the
    // venture names a joint thing, not who provides the money; neither of its parts is the subject.
    // The venture is then the two's: the category's usual provider between them, whatever else the sentence names.
    const compound = MONEY_DIRECTED.has(t.category) ? pairCompoundBefore(text, mentions, hit.start) : null;
    // "…, according to Yao": the person a report is attributed to is its source, no party to the fact.
    const parties = mentions.some((m) => m.kind === 'person') ? mentions.filter((m) => !isAttributedTo(text, clause, m)) : mentions;
    const actors = compound ? parties.filter((m) => !compound.includes(m)) : parties;
    const joint = compound ? pairUsualProvider(t, compound.map((m) => m.country!), rules) : null;
    actor1 = agent?.country ?? hosted ?? subjectOf(text, clause, hit.start, actors, sentenceMentions, state, rules) ?? joint ?? (hostFirst ? null : pairActor(t, sentenceMentions, state, rules, facts, text));
    // "BelGee was established in 2011", "The company assembled the first car in February 2013": a joint venture of the
    // tables (organisations.json investor) the clause names, by its name or as "the company" after it, is its foreign
    // side's investment where it is registered, whoever acts, and whatever market or third country the sentence or the
    // article names ("BelGee has opened a new Geely plant in Belarus to supply the Russian market", in a report on Russia).
    const ventureNamed = t.category === 'investment' ? mentions.find((m) => rules.ventures.has(m.id)) : undefined;
    venture = ventureNamed ? rules.ventures.get(ventureNamed.id)! : null;
    if (ventureNamed && venture) [actor1, base.agent_id] = [venture[0], ventureNamed.id];
    // "Belarus and China continue implementing an agreement on granting USD 6 million-worth assistance": the pair as the
    // clause's subject says nothing of who gives; the category's usual provider between them does.
    const opening = actor1 && !agent && !hosted && MONEY_DIRECTED.has(t.category) ? pairOpeningClause(text, clause, hit.start, mentions) : null;
    if (opening) actor1 = pairUsualProvider(t, opening, rules) ?? actor1;
    if (actor1 && !agent && !hosted) coSubjects = coSubjectsOf(text, clause, hit.start, actor1, actors, state);
    // "6 voted "against" (Bolivia, China, Venezuela …)": a tally's voters listed in brackets right after the vote.
    const tally = t.category === 'un_vote' ? tallyAfter(text, hit.end, clause.end, actors) : [];
    if (tally.length > 1 && tally.includes(actor1!)) coSubjects = tally.filter((c) => c !== actor1 && state.focus.includes(c));
    // "their contract investment value has reached $1.22 billion": money with no country of its own keeps the direction
    // the paragraph gave the last fact of its kind (as below), when it gave one.
    const last = state.moneyPairs.get(t.category);
    if (!actor1 && MONEY_DIRECTED.has(t.category) && last?.block === facts.block) actor1 = last.pair[0];
    // "The joint venture CJSC BelGee was established in December 2011": no country acts; between China and Belarus
    // a venture of the pair is the Chinese side's (the category's usual_provider, for its usual_provider_subtypes).
    actor1 ??= usualProvider(t, facts, state, rules, text);
    // "The head of state called China a true friend of Belarus", "Xi praised Belarus as …" with the speaker unrecognised:
    // the country named inside the statement is the one it is about, never its speaker; the speaker is the pair's other.
    // So is a country named after the trigger when a speaker's "we" or "I" supports ("We respect the development path
    // that the Belarusian people has chosen", said China's spokesman).
    const speakerWe = t.category === 'political_support' && FIRST_PERSON_SUBJECT.test(text.slice(clause.start, hit.start));
    // (Not a giver the trigger's own words name: "can count on the support of Belarus".)
    if (t.category === 'political_support' && actor1 && !agent && !mentions.some((m) => m.country === actor1 && m.end <= hit.start)
      && mentions.some((m) => m.country === actor1 && m.kind !== 'person' && m.start >= hit.start && (m.end <= hit.end || speakerWe))) {
      actor1 = state.focus.slice(0, 2).find((c) => c !== actor1) ?? actor1;
    }
    // "The joint statement issued by the two countries in 2005": a mutual fact whose agent, after a passive trigger, is the pair.
    if (!actor1 && isMutual(t.category) && state.focus.length >= 2 && rules.pairAgentAfter.test(text.slice(hit.end, Math.min(clause.end, hit.end + 60)))) actor1 = state.focus[0];
    if (!actor1) { drop('no acting country'); return null; }
    const counterpart = counterpartOf(text, clause, hit, actor1, coSubjects.length ? parties.filter((m) => !coSubjects.includes(m.country!)) : parties, state, rules);
    actor2 = counterpart.country;
    third = counterpart.third;
    counterpartNamed = !!counterpart.named;
    coPartners = counterpart.group ?? null;
    if (!agent && !hosted && actsInListOutsidePair(text, clause, hit.start, actor1, actors, state)) { drop('a list of countries acts, the pair\'s other not among them nor named after'); return null; }
    // A park's residents are the other country's companies in the park's country: the direction of the article's investment.
    if (hosted && actor2 && !third) state.moneyPairs.set(t.category, { pair: [actor1, actor2], block: facts.block });
    // "Buoyed by the support of the governments of China and Belarus, infrastructure … completed": the support of both
    // for a third thing is neither's support of the other.
    if (t.category === 'political_support' && bothSidesAfter(text, hit.end, mentions, state)) { drop('the support of both sides, for something else'); return null; }
    // "He appreciated Belarus' support for China": the support is the possessor's, for the country named after it.
    const owned = t.category === 'political_support' ? possessedSupport(text, clause, mentions) : null;
    if (owned) [actor1, actor2, supportOwned] = [owned[0], owned[1], true];
    // An item of a list of the same trigger, with no country named since the item before, has that item's actors.
    const prior = listed.get(t);
    if (prior && !mentions.some((m) => m.start >= prior.end && m.end <= hit.start) && !text.slice(prior.end, hit.start).includes(';')) {
      [actor1, actor2] = [prior.actor1, prior.actor2];
    }
    if (actor1) listed.set(t, { end: hit.end, actor1, actor2 });
    // "the second-largest trading partner after Russia, … bilateral trade surpassed $8.4 billion": the pair's own trade.
    const pair = t.category === 'trade' ? pairTradeOf(text, clause, hit, state, rules) : null;
    if (pair) [actor1, actor2, third] = [pair[0], pair[1], false];
    // "18,000 tonnes of meat worth $58 million were shipped to China": the country goods go "to" buys them.
    const buyer = t.category === 'trade' && /\bto$/i.test(text.slice(hit.start, hit.end)) ? mentions.find((m) => m.start >= hit.end && m.start - hit.end <= 5 && m.country) : undefined;
    if (buyer && buyer.country === actor1 && actor2) [actor1, actor2] = [actor2, actor1];
    // "exports to China increased by 4%", "imports from China grew by 12%": the country exports go to, or imports come
    // from, is the exporter's or importer's partner, never the exporter or importer itself.
    const partner = t.category === 'trade' ? flowPartnerOf(text, clause, flow?.subtype ?? t.subtype, hit.start, mentions) : null;
    if (partner && partner === actor1 && actor2) [actor1, actor2] = [actor2, actor1];
    // "… exports to China totalled $23.3 million. This is 72 times more than in 2016": the flow continued keeps its sides.
    if (flow?.told?.actor_2 && !partner) [actor1, actor2] = [flow.told.actor_1, flow.told.actor_2];
  }
  if (MONEY_DIRECTED.has(t.category) && t.agent === 'subject') {
    // Without words for it, money and ventures keep the direction the article gave the last one of their kind.
    // "…, whereas Russia, for example, has borrowed $151.8 billion": a third country acting is no fact of the pair's.
    // So is money to a country outside the pair that the headline names beside it ("China discusses nuclear with Belarus,
    // Pakistan": "China had agreed a low-interest loan to Pakistan" stays Pakistan's, not the paragraph's last direction).
    const thirdActs = (actor1 !== null && !state.focus.includes(actor1)) || (actor2 !== null && !state.focus.includes(actor2));
    // Between two countries where the category's provider is firm (triggers.json usual_provider_firm: China lends to
    // Belarus), the subject ("Belarus and China signed … on credit"), a bank of the borrower and the paragraph's last
    // direction give way to it; only words naming the giver or the receiver turn it.
    // A country the headline names beside the focus is no third one when the two have a firm provider between them
    // ("Belarus gets $500-million loan from China", in a report naming Russia most: "Belarus has reached an agreement
    // with China to receive a $500-million loan" is China's loan).
    const named = !!actor1 && !!actor2 && [actor1, actor2].every((c) => state.focus.includes(c) || !!state.alsoNamed?.includes(c));
    const firm = thirdActs && !named ? null : firmPair(t, [actor1, actor2], state, rules);
    const pair = thirdActs ? firm : moneyPair(text, t.category, facts, clause, mentions, state, rules, hit.end, hit.start, !firm) ?? firm ?? state.moneyPairs.get(t.category)?.pair ?? null;
    if (pair) [actor1, actor2] = pair;
    if (pair) state.moneyPairs.set(t.category, { pair, block: facts.block });
  }
  // "Zoomlion started work on its plant at the China-Belarus Industrial Park", "Construction on a factory between Borisov
  // and Zhodino began": a plant built in one of the pair's countries is the other's investment there, whoever the
  // sentence named first (the witnesses, the places themselves).
  const site = t.subtype === 'construction_started' || t.subtype === 'facility' ? plantSite(text, clause, hit, mentions, state.focus) : null;
  if (site && actor1 === site && state.focus.length === 2) [actor1, actor2] = [state.focus.find((c) => c !== site)!, site];
  if (venture) {
    [actor1, actor2, third] = [venture[0], venture[1], false];
    state.moneyPairs.set(t.category, { pair: venture, block: facts.block });
  }
  // "The joint Belarusian-Chinese drill began on Monday in the Brest region": a joint exercise held in one of the pair's
  // countries is the other's forces' visit there (guideline §8); held elsewhere, or nowhere named, it stays the two's exercise.
  const host = t.subtype === 'joint_exercise' && actor1 && actor2 ? exerciseHost(text, clause, hit, mentions, [actor1, actor2]) : null;
  if (host) {
    const guest = host === actor1 ? actor2! : actor1!;
    t = visitTwinOf(t, rules);
    [actor1, actor2] = [guest, host];
    Object.assign(base, { visitor_id: delegationIdOf(guest), visitor_start: hit.start, visitor_end: hit.end, city_mention: null, to_basis: 'explicit' });
  }
  // "a delegation of Minsk's Partyzanski District visited Xuhui District", in an article naming no other country: a
  // visit to a place not in the tables, with no country visited known, is no fact of the pair (a visit row needs both).
  if (t.category === 'visit' && !actor2) { drop('no country visited named, nor another country before'); return null; }
  const clauseMoney = withinClause(facts.money, clause);
  const near = amountNearTrigger(text, clause, hit, clauseMoney);
  // "swap agreements totaling 1.3 trillion yuan with 15 countries …, including … Belarus": the group's total is no sum of the pair's.
  const amount = coPartners ? undefined : near?.amount;
  if (coPartners && t.category === 'trade') { drop('a figure of a group of countries the pair\'s other is one of'); return null; }
  if (coPartners) base.group_member = true;
  // "Chinese tie-in loans, the low level of Chinese direct investments (only US$95 million …)": a trigger that needs a sum
  // has none when every sum of the clause is another money noun's.
  if (t.requires?.includes('money') && !near && clauseMoney.length) { drop('the clause\'s sums belong to other money nouns'); return null; }
  // One amount is one fact: "disbursed a $600m loan" is a loan, not also a disbursement.
  // A count of companies is a figure of its own beside the money they invested ("38 companies have settled in the park,
  // with an investment worth about $1 billion": two facts).
  const kind = MONEY_CATEGORIES.has(t.category) && amount !== undefined && !COUNT_SUBTYPES.has(t.subtype) ? 'money' : `${t.category}/${flow?.subtype ?? t.subtype}`;
  // A rank is its own figure: "ranked 5th in Belarus' trade, 11th in its export and 2nd in the import" is three facts.
  const rank = t.requires?.includes('ordinal') ? text.slice(hit.start, hit.end) : '';
  // A visitor's visits to two countries are two facts: "wound up their visit to Russia and arrived in Minsk for a 22-hour visit".
  // Statements of support about different things are different facts: "supports Belarus's accession to the SCO and
  // opposes any unilateral sanctions against Belarus" is two.
  const stance = t.category === 'political_support' && t.subtype === 'statement_of_support' ? stanceOf(text, clause, hit, rules) : '';
  if (stance) base.stance = stance;
  // Support told of each side is two facts ("Belarus stands firmly with China …, and China will continue to support
  // Belarus"). A hit whose own stretch of the clause names a year is another fact than one whose stretch names none or
  // another ("Belarusian exports to China rose 78 percent in January 2023 …, while Chinese exports to Belarus increased
  // 42 percent").
  const key = `${kind}/${base.visitor_id ?? ''}/${base.agent_id ?? ''}/${amount ?? ''}/${rank}/${t.category === 'visit' ? actor2 ?? '' : ''}${ownOccurrence ? `/${hit.start}` : ''}/${stance}${t.category === 'political_support' ? `/${actor1}` : ''}/${yearOfSegment(text, clause, hit)}`;
  if (perKind.has(key)) { drop('the clause already gave this fact'); return null; }
  perKind.add(key);
  // "In 2008 the figure was $2.2 billion": a figure continues the trade fact just stated, in a sentence before or earlier
  // in this one ("turnover amounted to $2 billion, and compared to 2017, it had increased by 20%").
  const tradeBefore = state.prevEvents.some((c) => c.category === 'trade') || out.some((c) => c.category === 'trade' && c.sentence === facts.index && c.trigger[1] <= hit.start);
  if (t.requires?.includes('after_trade') && !tradeBefore) { drop('no trade figure before it'); return null; }
  if (t.requires?.includes('pair_named') && !namesPairOfFocus(facts, state) && !pairReferredTo(text, hit, facts, state)) { drop('the sentence does not name both countries of the pair'); return null; }
  // "a nearly two-time increase" of tourists is no trade figure: a word of trade in the sentence, or a trade fact just before.
  if (t.requires?.includes('trade_context') && !rules.tradeWord.test(text.slice(facts.start, facts.end)) && !tradeBefore) { drop('no word of trade in the sentence and no trade fact before it'); return null; }
  // The venture is the verb's subject: right before it, or before an apposition or a relative clause ("The
  // Belarusian-Chinese CJSC BelGee, which produces cars under the Geely brand, was created"); not "At BelGee, a new paint
  // shop was set up", nor "BelGee's dealer network in Russia was established".
  if (t.requires?.includes('venture_subject') && !mentions.some((m) => rules.ventures.has(m.id) && m.form !== 'short' && m.end <= hit.start && VENTURE_TO_VERB.test(text.slice(m.end, hit.start)))) { drop('no joint venture of the tables named right before it as its subject'); return null; }
  if (t.requires?.includes('park_in_block') && !parkNamedInBlock(text, facts, state, rules)) { drop('no park or zone named in its paragraph'); return null; }
  if (t.requires?.includes('park_in_text') && !parkNamedInBlock(text, facts, state, rules) && !parkReferredBack(text, facts, state, rules)) { drop('no park or zone named in its paragraph, nor one the paragraph refers back to'); return null; }
  // "China's FDI in Minsk Oblast amounted to $115 million, up 9% year-on-year": a figure in a clause about investment,
  // with no word of trade in it, is the investment's.
  if (t.category === 'trade' && INVESTMENT_WORD.test(text.slice(clause.start, clause.end)) && !rules.tradeWord.test(text.slice(clause.start, clause.end))) { drop('a figure of the investment its clause names'); return null; }
  // "the industrial output of the park's resident companies increased by 4.4 times", "their proceeds from sales rose by
  // 3.2 times": a figure whose clause names another quantity before any word of trade is that quantity's.
  if (t.category === 'trade' && isOtherQuantityFirst(text.slice(clause.start, hit.end), rules)) { drop('a figure of another quantity its clause names first (output, proceeds, taxes)'); return null; }
  // "China's trade surplus with Belarus surged 47.6% to $4.77 billion": a balance is neither the trade nor its growth.
  if (t.subtype === 'trade_volume' || (flow?.subtype ?? t.subtype) === 'trade_growth') {
    // The trade word of the stretch the figure's verb stands in, not one in a side phrase ("bilateral trade, despite a
    // persistent trade deficit, grew by 10%" is the trade's).
    const [from] = segmentAround(text, clause, hit.end - 1, hit.end);
    const words = text.slice(from, hit.end).match(FLOW_WORD_THEN);
    if (words && BALANCE_AFTER.test(words[words.length - 1])) { drop('a trade balance (surplus, deficit), not the trade'); return null; }
  }
  // "China and Belarus said that they support each other in safeguarding …": each side is the one supported.
  const reciprocal = () => !!actor2 && actor2 !== actor1 && /\b(?:each other|one another)\b/i.test(text.slice(hit.start, hit.end));
  if (t.requires?.includes('media_after') && !mediaRightAfter(text, hit, mentions)) { drop('no media organisation of another country than the speaker\'s named right after it'); return null; }
  // "informed Chinese President Xi Jinping about …": the one informed is a person the trigger's own words name, or "his counterpart" (not "those present").
  if (t.requires?.includes('person_in_trigger') && !mentions.some((m) => m.kind === 'person' && m.start >= hit.start && m.end <= hit.end) && !/\b(?:his|her)\s+(?:counterpart|colleague)\b/i.test(text.slice(hit.start, hit.end))) { drop('no person of the other side named as the one informed'); return null; }
  if (t.requires?.includes('object_country') && !supportOwned && !reciprocal() && !hasObjectCountry(text, clause, hit.start, mentions, actor1, rules, state.focus.slice(0, 2), hit.end)) { drop('no country supported named after it'); return null; }
  // "Senior diplomats based in Geneva expressed their support for China": the country supported is not the supporter,
  // whoever else the sentence names.
  if (t.category === 'political_support' && actor1 && !reciprocal() && /\b(?:support|backing)$/i.test(text.slice(hit.start, hit.end)) && isSupportedRightAfter(text, hit.end, clause, mentions, actor1)) { drop('the country it names as supported is no supporter'); return null; }
  const ofArticle = (c: string) => state.focus.includes(c) || !!state.alsoNamed?.includes(c);
  if (!actor1 || (!venture && (third || !ofArticle(actor1) || (actor2 && !ofArticle(actor2) && !counterpartNamed) || (!state.focus.includes(actor1) && !(actor2 && state.focus.includes(actor2)))))) {
    // A trigger whose parties are not the pair's stands for no fact of the clause: "They also vowed to support each
    // other's core interests, with Minsk pledging firm backing for the one-China policy" keeps the backing.
    perKind.delete(key);
    drop(`third-country or outside the article's pair (${actor1 ?? '–'}→${actor2 ?? '–'})`);
    return null;
  }
  const cameo = t.cameo ?? rules.ref.categories[t.category]?.cameo ?? '0';
  // An occurrence: a category of events (dated_only), or one of a category's occurrence_subtypes ("has opened a plant", an investment).
  const occurrence = !!rules.ref.categories[t.category]?.dated_only || !!rules.ref.categories[t.category]?.occurrence_subtypes?.includes(t.subtype);
  // "Chinese citizens can stay in Belarus without a visa for up to three days": a rule in force, told by a modal of
  // permission before a trigger that allows it (triggers.json permission_standing), is a state.
  const permitted = !!t.permission_standing && rules.permission.test(text.slice(clause.start, hit.start));
  const standingState = !!t.standing_state || permitted;
  const dated = datesFor(text, clause, hit.start, facts, t.category, (base.visitor_id as string) ?? null, state, rules, hit.end, standingState, occurrence);
  // "More than 2 thousand students from China study in Belarusian universities": a trigger ending in a present-tense verb
  // of a practice (lexicon present_practice_verbs) that the text gives no date of tells a state of the page's time, as a
  // standing_state trigger does (a report's "are currently studying" keeps the report's day).
  const practice = !standingState && dated.every((d) => !d?.value) && rules.presentPractice.test(text.slice(hit.start, hit.end));
  const told = (practice ? datesFor(text, clause, hit.start, facts, t.category, (base.visitor_id as string) ?? null, state, rules, hit.end, true, occurrence) : dated)
    .map((d) => (rules.ref.categories[t.category]?.figure_subtypes?.includes(t.subtype) ? periodOfFigure(d) : d));
  // "… with a three day visit of President Alexander Lukashenko to Beijing. The trip started yesterday …": a visit the
  // sentence does not date takes the date of the next sentence that opens with the trip.
  // So does one taking part in events a sentence before dated and placed ("… is held in Karamay. … is taking an active part in these events").
  // (A report's day, which an undated sentence takes, gives way to the events' own date.)
  const ahead = t.category === 'visit' && heldDate?.value && told.every((d) => d?.basis !== 'explicit') ? heldDate
    : t.category === 'visit' && told.every((d) => !d?.value) ? visitDateAhead(text, facts, state) : null;
  const share = t.requires?.includes('share_of_count') ? shareOfCount(t, facts, out, state) : null;
  if (share === 'told') { drop('a share of the count its sentence gives: one fact'); return null; }
  if (t.requires?.includes('share_of_count') && !mentions.some((m) => m.kind === 'country' && m.start >= hit.start && m.end <= hit.end)) { drop('a share whose words name no country ("46 are large companies")'); return null; }
  // "… exported beef worth $3 million to China in 2017. This is 72 times more than in 2016": a growth that continues
  // the trade figure before it, with no date of its own, is of that figure's period.
  const continued = flow?.told?.date?.value && told.every((d) => !d?.value) ? { ...flow.told.date, basis: 'inferred_from_context' as const } : null;
  const dates = ahead ? [ahead] : continued ? [continued] : share && told.every((d) => d?.basis !== 'explicit') ? [{ ...share.date!, basis: 'inferred_from_context' as const }] : told;
  // "Rudy said before Lukashenko's visit to China, which starts on Wednesday": a visit still to come, unless a past date is
  // written with it (before the cue, or after the visit up to a comma: not a caption's "… ahead of his visit to China in
  // Minsk, Belarus, Feb. 23, 2023", which dates the interview).
  // "Just prior to his three-day trip to Beijing on 28 February, Lukashenko issued a warning", published in March: a
  // day named by its month in the weeks before publication, written with the visit (not another event's), is past too.
  if (t.category === 'visit' && VISIT_NOUN.test(text.slice(hit.start, hit.end)) && rules.upcoming.test(text.slice(clause.start, hit.start)) && !dates.some((d) => (d?.basis === 'explicit' || isRecentNamedDay(d, state.published, rules)) && (isWrittenBeforeComma(text, d!.text, hit.end, clause.end) || (d!.basis === 'explicit' && text.slice(clause.start, hit.start).includes(d!.text))))) { drop('a visit told as still to come ("before", "ahead of")'); return null; }
  // "President of Belarus to give interview to Chinese media on August 22", "Lukashenko to visit China": a headline's
  // subject with "to" and a verb is news still to come.
  // The headline repeated as the page's first line of body text says the same.
  if (isHeadlineOrItsCopy(text, facts, state) && mentions.some((m) => m.end <= hit.start && HEADLINE_PLAN.test(text.slice(m.end, hit.start)))) { drop('a headline\'s "<subject> to <verb>": a plan'); return null; }
  for (let date of dates) {
    // "inked agreements and contracts to deliver $114 million in 2018", published in December 2017: a later date after
    // the infinitive the signed documents are for is the deliveries', not the signing's (the report's news).
    if (date?.value && isAfterPublication(date.value, state.published) && state.isReport && state.newsDate && occurrence && isDateOfInfinitiveAfter(text, clause, hit, date.text)) date = { ...state.newsDate, basis: 'inferred_from_context' };
    if (date?.value && isAfterPublication(date.value, state.published)) { drop(`dated ${date.value}, after publication: a plan`); continue; }
    // "The confectionery enterprise Prosvet in Gomel was opened in June 1924": money of a side the sentence does not
    // name (the pair's defaults gave it) is no fact of a year before the pair's relations began (lexicon pair_relations_since).
    if (MONEY_DIRECTED.has(t.category) && date?.value && Number(date.value.slice(0, 4)) < rules.ref.lexicon.pair_relations_since && !facts.mentions.some((m) => m.country === actor1)) { drop('money of a side the sentence does not name, dated before the pair\'s relations'); continue; }
    // "The leaders of the two countries exchanged visits this year": a summary of several occurrences is a fact only with a
    // date the text gives it, not one borrowed from the report's day or the fact before.
    if (t.requires?.includes('own_date') && !(date?.value && date.text && text.slice(facts.start, facts.end).includes(date.text))) { drop('no date of its own in the sentence'); continue; }
    // "Chairman Wu's visit", "the two leaders signed a joint declaration": a single occurrence the text cannot place
    // in time is a reference back to a fact stated with its date, not a fact of its own. A standing state or
    // practice ("Minsk has a Confucius Institute", "the commission convenes on a regular basis", "the parties
    // have conducted mutual visits") is a fact without a date.
    // "Xi Jinping was one of the first to congratulate Lukashenko": what one was among the first to do is told as a
    // distinction the text need not date, not as a reference back.
    if (!date?.value && rules.ref.categories[t.category]?.dated_only && !permitted && !isStanding(text, clause, hit, rules) && !isFirstTo(text, clause, hit.start)) { drop('a single occurrence with no date in the text'); continue; }
    const candidate: Candidate = {
      category: t.category, subtype: flow?.subtype ?? t.subtype, cameo, actor_1: actor1, actor_2: actor2, date,
      quote: [clause.start, clause.end], trigger: [hit.start, hit.end], rule: ruleName(t, rules), details: { ...base }, sentence: facts.index,
    };
    if (t.both_ways) Object.assign(candidate.details, exchangeVisitorOf(text, clause, hit, mentions, actor1));
    out.push(...details(candidate, { text, clause, facts, trigger: hit, mentions, state }));
    for (const co of coPartners ?? []) out.push(...details({ ...candidate, actor_2: co, details: { ...base } }, { text, clause, facts, trigger: hit, mentions, state }));
    for (const co of coDestinations) out.push(...details({ ...candidate, actor_2: co, details: { ...base, city_mention: null } }, { text, clause, facts, trigger: hit, mentions, state }));
    // Each visitor of a list ("defence chiefs from Russia, Iran, Pakistan, Belarus") is its own country's delegation.
    for (const co of coSubjects) if (co !== actor2) out.push(...details({ ...candidate, actor_1: co, details: { ...base, ...(isDelegationId(base.visitor_id) ? { visitor_id: delegationIdOf(co) } : {}) } }, { text, clause, facts, trigger: hit, mentions, state }));
    // "The leaders of the two countries exchanged visits this year": a visit each way.
    if (t.both_ways && actor2 && actor2 !== actor1) out.push(...details({ ...candidate, actor_1: actor2, actor_2: actor1, details: { ...base, ...exchangeVisitorOf(text, clause, hit, mentions, actor2) } }, { text, clause, facts, trigger: hit, mentions, state }));
    // "China and Belarus … provided each other with medical supplies": aid, money or a venture each way.
    else if (MONEY_DIRECTED.has(t.category) && reciprocal()) out.push(...details({ ...candidate, actor_1: actor2!, actor_2: actor1, details: { ...base } }, { text, clause, facts, trigger: hit, mentions, state }));
  }
  return actor1;
}

/**
 * The visitor of one side of an exchange of visits: that country's person named in the clause ("the exchange of visits
 * between President Jiang Zemin and President Alexander Lukashenko"), else that country's delegation, named by the
 * words before the trigger ("the leaders of the two countries") or, with none, by the trigger's own.
 */
function exchangeVisitorOf(text: string, clause: Clause, hit: { start: number; end: number }, mentions: EntityMention[], country: string): Record<string, unknown> {
  const person = mentions.find((m) => m.kind === 'person' && m.country === country && !isDelegationId(m.id));
  if (person) return { visitor_id: person.id, visitor_start: person.start, visitor_end: person.end, city_mention: null, to_basis: 'context' };
  const subject = /[^\s,;:"“”]+(?:[^,;:"“”]*[^\s,;:"“”])?(?=\s*$)/.exec(text.slice(clause.start, hit.start));
  // "the leaders of the two countries": each side's leaders ("the leaders of Belarus visited China").
  const words = subject ? subject[0].replace(/\s+of\s+(?:the\s+two|both)\s+(?:countries|sides|states|nations)$/i, '') : '';
  const [start, end] = subject && words.length <= 60 ? [clause.start + subject.index, clause.start + subject.index + words.length] : [hit.start, hit.end];
  return { visitor_id: delegationIdOf(country), visitor_start: start, visitor_end: end, city_mention: null, to_basis: 'context' };
}

/** A trigger's last hit in a clause and the actors it took (for the items of a list). */
interface ListedHit { end: number; actor1: string; actor2: string | null }

/** Does nothing: the reason a hit was dropped, when nobody asked (see sentenceCandidates). */
const ignore = (_why: string): void => {};

/** Candidate facts of one sentence; updates the article state for the sentences that follow. */
export function sentenceCandidates(text: string, facts: SentenceFacts, state: ArticleState, rules: EventRules, details: DetailsFn): Candidate[] {
  const out: Candidate[] = [];
  const sentence = text.slice(facts.start, facts.end);
  // A question asserts nothing; a sentence without any trigger keyword states no fact.
  // The trigger keywords of the whole sentence, found in one pass: whether it has any, and (clauseAdmits) those of each clause.
  const lowerSentence = sentence.toLowerCase();
  const keywords = keywordHits(lowerSentence, rules);
  const skip = /\?\s*["”’)]*$/.test(sentence) || (!rules.triggersWithoutKeywords && !rules.keywords.ends[0] && !keywords.length);
  const clauses = skip ? [] : clauseSpans(text, facts.start, facts.end).map(([s, e]) => maskedClause(text, s, e, rules.masks));
  if (!skip) {
    // An aside is a clause of its own, quoted from the phrase it qualifies: "... Xi Jinping, who visited Minsk in March 2010".
    for (const [comma, end] of asideSpans(text, facts.start, facts.end, rules.masks)) {
      const segmentStart = Math.max(facts.start, lastIndexDownTo(text, ',', comma - 1, facts.start) + 1, lastIndexDownTo(text, ';', comma - 1, facts.start) + 1);
      const start = segmentStart + (text.slice(segmentStart, comma).length - text.slice(segmentStart, comma).trimStart().length);
      clauses.push({ start, end, masked: text.slice(start, end), triggersFrom: comma });
    }
  }
  let sentenceSubject: string | null = null;
  for (const whole of clauses) {
    const clause = purposeLess(text, whole, rules);
    if (!clause) continue;
    const mentions = countryMentions(text, clause, facts);
    const perKind = new Set<string>();
    // The last hit of each trigger in the clause and the actors it took: "ranked 5th in …, 11th in … and 2nd in …" is a list.
    const listed = new Map<Trigger, ListedHit>();
    for (const hit of byPriority(assertedTriggers(text, clause, facts, rules, state, clauseAdmits(text, clause, facts, sentence, lowerSentence, keywords, rules)))) {
      const actor1 = hitCandidates(text, clause, hit, facts, mentions, perKind, listed, out, state, rules, details)
        ?? (hit.alternative ? hitCandidates(text, clause, hit.alternative, facts, mentions, perKind, listed, out, state, rules, details) : null);
      if (actor1) sentenceSubject ??= actor1;
    }
  }
  const kept = oncePerSentence(out);
  // Context for the sentences that follow.
  const countryish = facts.mentions.filter((m) => m.country && m.kind !== 'person');
  // Not a country named as where something happened ("met in Samarkand, Uzbekistan", "held in Kazakhstan").
  state.prevSubject = sentenceSubject ?? countryish.find((m) => m.kind === 'country' && m.form !== 'adjective' && !isLocationOnly(text, m, facts.mentions))?.country ?? state.prevSubject;
  for (const m of facts.mentions) if (m.country && (m.kind === 'country' || m.kind === 'place')) state.history.push({ country: m.country, at: m.start });
  const lenders = facts.mentions.filter((m) => isLender(text.slice(m.start, m.end), m, rules));
  if (lenders.length) state.prevLenders = lenders;
  if (facts.mentions.some((m) => m.kind === 'organisation' && m.subtype === 'international')) state.bodyNamed = true;
  const people = [...new Set(facts.mentions.filter((m) => m.kind === 'person').map((m) => m.id))];
  if (people.length) state.prevPeople = people;
  rememberPeople(text, facts, state, rules);
  const dated = facts.dates.filter((d) => d.value);
  if (dated.length) state.lastDate = dated[dated.length - 1].value;
  if (dated.length === 1) rememberEventNouns(text.slice(facts.start, facts.end), dated[0], state, rules);
  if (state.prevBlock !== facts.block) {
    state.frame = null;
    state.blockEvents = [];
  }
  const opening = facts.dates.filter((d) => d.start < leadEnd(text, facts) && d.start - facts.start < 60);
  // A plan's date ("Days of Minsk will be held in Shanghai in November 2019", published in October) frames no past fact after it.
  if (opening.length === 1 && opening[0].value && !isAfterPublication(opening[0].value, state.published)) state.frame = { text: opening[0].text, value: opening[0].value, precision: opening[0].precision, basis: opening[0].basis };
  state.blockEvents.push(...kept);
  if (kept.length) state.prevEvents = kept;
  else if (state.prevBlock !== facts.block) state.prevEvents = [];
  const current = kept.filter((c) => c.date?.value && isNews(c.date.value, state.published));
  if (current.length) state.newsEvents = current;
  // "On October 1, 2024 a delegation … visited …" opening a report published in December: a report's lead that dates
  // its event to the day, within half a year before publication, tells the report's news, though not of the last month.
  // Not when the text gives a news day of its own (newsDateOf: "on 27 April" in a report of 27 April).
  else if (!state.newsEvents.length && state.newsDate?.basis !== 'inferred_from_context' && facts.index <= (state.leadSentence ?? 0) + 2) {
    const lead = kept.filter((c) => c.date?.value?.length === 10 && c.date.basis !== 'inferred_from_context' && state.published.length === 10 && isWithinDaysBefore(c.date.value, state.published, 183));
    if (lead.length) state.newsEvents = lead;
  }
  state.prevBlock = facts.block;
  state.visits.push(...kept.filter((c) => c.category === 'visit'));
  return kept;
}
