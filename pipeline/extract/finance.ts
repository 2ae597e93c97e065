/**
 * The finance-specific fields of a finance, aid or investment fact (see sources/reference/finance.json): the lender or
 * provider organisation (from the reference tables, else by its head noun), the project the money is for, its sector,
 * and the status the text states. Offsets are UTF-16 indices into the article, as everywhere in extract/.
 */
import { createHash } from 'node:crypto';
import type { Reference, Organisation } from './reference.ts';
import { referenceDir, phraseRegex, matchesOf } from './reference.ts';
import { readJsonFile } from '../lib/io.ts';
import { type Span, segmentAround, sortInPlace, firstLeast } from './spans.ts';

/** sources/reference/finance.json as written. */
export interface FinanceLexicon {
  lender_types: string[]; lender_head_nouns: string[]; lender_anaphora: string[]; lender_preposition_patterns: string[];
  project_leads_patterns: string[]; project_stop_patterns: string[]; generic_projects: string[];
  sectors: Record<string, string[]>; statuses: Record<string, string[]>;
  package_cues: string[]; part_cues: string[]; cumulative_patterns: string[]; at_least_cues: string[];
  /** Above this many US dollars a sum is an economy's, a market's or a portfolio's size, not money between two parties (normalise.ts isPlausibleMoney). */
  largest_plausible_amount_usd?: number;
}

/** The lexicon compiled once. */
export interface FinanceRules {
  lex: FinanceLexicon;
  /** Reference organisations that can lend, by id. */
  lenders: Map<string, Organisation>;
  /** A reference lender's name or variant (case-sensitive for upper-case abbreviations). */
  lenderName: RegExp; lenderNameExact: RegExp; lenderByVariant: Map<string, Organisation>;
  /** An organisation named by its head noun: "Development Bank of the Republic of Belarus", "Belarusian Potash Company". */
  headNoun: RegExp;
  anaphora: RegExp; lenderPreposition: RegExp[];
  projectLeads: RegExp[]; projectStop: RegExp; generic: RegExp;
  sectors: { sector: string; re: RegExp }[]; statuses: { status: string; re: RegExp }[];
  negation: RegExp; forecast: RegExp;
}

/** A lender or provider organisation: its id (org:…), its name, and where the text names it. */
export interface Lender { id: string; name: string; country: string | null; start: number; end: number }

let cachedLexicon: FinanceLexicon | undefined;
/** sources/reference/finance.json (or the one in REFERENCE_DIR). */
export function loadFinanceLexicon(): FinanceLexicon {
  return (cachedLexicon ??= readJsonFile<FinanceLexicon>(referenceDir + 'finance.json', 'finance lexicon'));
}

/** A stable id for an organisation the reference tables lack: org: and the slug of its name ("the" dropped). */
export function organisationIdOf(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/^the\s+/i, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // A name in another script keeps a stable id: the hash of the name.
  return `org:${slug || `name-${createHash('sha256').update(name.trim()).digest('hex').slice(0, 10)}`}`;
}

export function buildFinanceRules(ref: Reference): FinanceRules {
  const lex = loadFinanceLexicon();
  const lenders = new Map(ref.organisations.filter((o) => lex.lender_types.includes(o.type)).map((o) => [o.id, o]));
  const lenderByVariant = new Map<string, Organisation>();
  const exact: string[] = [];
  const folded: string[] = [];
  for (const o of lenders.values()) {
    for (const v of new Set([o.name, ...o.variants])) {
      // An upper-case abbreviation (CDB, BOC) matches only as written.
      if (/^[\p{Lu}\d&.-]+$/u.test(v)) { exact.push(v); lenderByVariant.set(v, o); } else { folded.push(v); lenderByVariant.set(v.toLowerCase(), o); }
    }
  }
  const nouns = lex.lender_head_nouns.map((n) => n.replace(/\./g, '\\.')).join('|');
  const cap = `(?:\\p{Lu}[\\p{L}'’-]*|of|and|for|&)`;
  const headNoun = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}'’-]*\\s+)(?:${cap}\\s+){0,4}?(?:${nouns})(?![\\p{L}])(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*){0,3})?`, 'gu');
  const phrases = (xs: string[]) => phraseRegex(xs, 'giu');
  const lexicon = ref.lexicon;
  return {
    lex, lenders, lenderByVariant, headNoun,
    lenderName: folded.length ? phraseRegex(folded, 'giu') : /$^/g,
    lenderNameExact: exact.length ? phraseRegex(exact, 'gu') : /$^/g,
    anaphora: phrases(lex.lender_anaphora),
    lenderPreposition: lex.lender_preposition_patterns.map((p) => new RegExp(p, 'iu')),
    projectLeads: lex.project_leads_patterns.map((p) => new RegExp(p, 'giu')),
    projectStop: new RegExp(lex.project_stop_patterns.join('|'), 'iu'),
    generic: new RegExp(`^(?:${lex.generic_projects.map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu'),
    sectors: Object.entries(lex.sectors).map(([sector, words]) => ({ sector, re: phrases(words) })),
    statuses: Object.entries(lex.statuses).map(([status, words]) => ({ status, re: phrases(words) })),
    negation: new RegExp(`${phraseRegex(lexicon.negations, 'iu').source}(?:\\s+(?:yet|been|be|being|have|has|had|was|were|is|are))*\\s*$`, 'iu'),
    forecast: new RegExp(`(?:${phraseRegex(lexicon.forecast_cues.filter((c) => c !== 'May'), 'iu').source}|\\bwould\\b|\\bto\\b)(?:\\s+(?:be|have|been|also|then|soon|later|now|only))*\\s*$`, 'iu'),
  };
}

/** Every reference lender and every organisation named by its head noun in text[start, end). */
export function organisationsIn(text: string, start: number, end: number, rules: FinanceRules): Lender[] {
  const slice = text.slice(start, end);
  const out: Lender[] = [];
  for (const re of [rules.lenderName, rules.lenderNameExact]) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, slice)) {
      const o = rules.lenderByVariant.get(m[0]) ?? rules.lenderByVariant.get(m[0].toLowerCase());
      if (o) out.push({ id: o.id, name: o.name, country: o.country, start: start + m.index!, end: start + m.index! + m[0].length });
    }
  }
  for (const m of matchesOf(rules.headNoun, slice)) {
    const s = start + m.index!;
    const e = s + m[0].length;
    if (out.some((o) => o.start < e && s < o.end)) continue; // a reference name wins
    const name = m[0].replace(/^(?:The|A|An)\s+/, '').trim();
    // "Chinese Exim Bank" is in the tables; a head noun alone after a country adjective ("Chinese Bank") names no one.
    if (name.split(/\s+/).length < 2) continue;
    out.push({ id: organisationIdOf(name), name, country: null, start: s + (m[0].length - m[0].replace(/^(?:The|A|An)\s+/, '').length), end: e });
  }
  return sortInPlace(out, (a, b) => a.start - b.start || b.end - a.end);
}

/** "according to" and the words up to a name, inside one phrase: the name is a source, not a party. */
export const ATTRIBUTION_BEFORE = /\b(?:according to|citing|quoting|(?:a|the) statement (?:from|of|by))\b[^;.)]*$/i;

/** Where the paragraph holding `at` starts (the text after the last line break before it). */
const paragraphStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** Whether a lender is of one of the parties, or of no country. */
function fitsParties(o: Lender, parties: (string | null)[]): boolean {
  return !o.country || parties.includes(o.country);
}

/**
 * The organisation that lends or provides: one named after "from"/"by"/"with" after the trigger ("a soft loan from the
 * Export-Import Bank of China"), else one named before the trigger in the clause ("the Export-Import Bank of China
 * offered loans"), else one named anywhere in the clause; else, when the clause says "the bank" or continues the text
 * before ("also", "in particular", "they"), the last lender named in this paragraph or the one before. Null when the
 * text names none. An organisation of a country other than the parties, or named after "to"/"at"/"for", is not the lender.
 */
export function lenderOf(text: string, clause: Span, trigger: Span, parties: (string | null)[], rules: FinanceRules): Lender | null {
  // Not one named as the figure's source: "… worth US$3.5 billion (according to information from the Belarusian Ministry of
  // Finance)", "…, Reuters reported, citing a statement from the Belarussian Potash Company".
  const own = organisationsIn(text, clause.start, clause.end, rules).filter((o) => !/\b(?:to|at|for|of|in)\s+(?:the\s+|JSC\s+|OJSC\s+)?$/i.test(text.slice(Math.max(clause.start, o.start - 12), o.start))
    && !ATTRIBUTION_BEFORE.test(text.slice(Math.max(clause.start, o.start - 60), o.start)));
  const after = own.find((o) => o.start >= trigger.end && rules.lenderPreposition.some((re) => re.test(text.slice(Math.max(clause.start, o.start - 10), o.start))));
  if (after) return after;
  const before = own.filter((o) => o.end <= trigger.start && fitsParties(o, parties));
  if (before.length) return before[before.length - 1];
  const anywhere = own.find((o) => fitsParties(o, parties));
  if (anywhere) return anywhere;
  const clauseText = text.slice(clause.start, clause.end);
  rules.anaphora.lastIndex = 0;
  const refersBack = rules.anaphora.test(clauseText) || /\b(?:also|in particular|in addition|they|both sides|the parties)\b/i.test(clauseText);
  rules.anaphora.lastIndex = 0;
  if (!refersBack) return null;
  // This paragraph and the one before it (blank lines between them skipped).
  let back = paragraphStart(text, clause.start) - 1;
  while (back > 0 && /\s/.test(text[back])) back--;
  const from = paragraphStart(text, Math.max(0, back));
  // Only a bank, fund or a lender of the tables is referred back to: "the Foreign Ministry" two sentences up lent nothing.
  const earlier = organisationsIn(text, Math.max(from, clause.start - 800), clause.start, rules).filter((o) => fitsParties(o, parties) && (rules.lenders.has(o.id) || /\b(?:Bank|Fund|Exim)\b/.test(o.name)));
  return earlier.length ? { ...earlier[earlier.length - 1] } : null;
}

/** The project the money is for, as the text names it ("a plant for the production of ... at JSC “Svetlogorsk”"), or null. */
export function projectOf(text: string, clause: Span, trigger: Span, rules: FinanceRules): string | null {
  const from = Math.max(clause.start, trigger.start);
  const tail = text.slice(from, clause.end);
  let best: { at: number; project: string } | null = null;
  for (const re of rules.projectLeads) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, tail)) {
      const rest = tail.slice(m.index! + m[0].length);
      const stop = rest.search(rules.projectStop);
      let project = (stop < 0 ? rest : rest.slice(0, stop)).replace(/[\s.,;:]+$/, '').trim();
      // A quoted name closes with its quote: “Electrification of Gomel-Zhlobin”.
      const quoted = project.match(/^[“"«]([^”"»]+)[”"»]/);
      if (quoted) project = quoted[1];
      project = project.replace(/^(?:an?|the)\s+/i, '');
      // A bare head noun ("for the plant") names the project the text named before with that noun, if any.
      if (!quoted && !/\s/.test(project)) project = namedBefore(text, clause.start, project, rules) ?? '';
      if (project.length < 4 || rules.generic.test(project)) continue;
      if (!best || m.index! < best.at) best = { at: m.index!, project };
    }
  }
  return best?.project ?? null;
}

/** How far back "the plant" may refer to a plant named before. */
const ANAPHORA_WINDOW = 1500;

/**
 * The project a bare head noun refers back to: the last phrase ending in that noun before `at` ("a nuclear power
 * plant in Belarus" for "the plant"), when it says what the project is (a sector word), else null.
 */
function namedBefore(text: string, at: number, noun: string, rules: FinanceRules): string | null {
  const phrase = new RegExp(`((?:[\\p{L}'’-]+\\s+){1,3})${noun.replace(/[^\p{L}-]/gu, '')}\\b`, 'giu');
  const found = matchesOf(phrase, text.slice(Math.max(0, at - ANAPHORA_WINDOW), at)).map((m) => m[0].replace(/^.*?\b(?:a|an|the|its|their|this|that)\s+(?!.*\b(?:a|an|the|its|their|this|that)\s)/i, '').trim());
  const named = found.reverse().find((p) => /\s/.test(p) && rules.sectors.some(({ re }) => ((re.lastIndex = 0), re.test(p))));
  for (const { re } of rules.sectors) re.lastIndex = 0;
  return named ?? null;
}

/** The sector of the project when one is named, else of the sector word nearest the trigger in the clause; null when none. */
export function sectorOf(text: string, clause: Span, trigger: Span, project: string | null, type: string, rules: FinanceRules): string | null {
  if (type === 'currency_swap') return 'monetary';
  if (project) {
    const own = nearestSector(project, 0, 0, rules);
    if (own) return own;
  }
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  return nearestSector(text.slice(from, to), from, trigger.end, rules) ?? nearestSector(text.slice(clause.start, clause.end), clause.start, trigger.end, rules);
}

/** The sector whose word in `s` (at `offset` in the text) lies nearest `at`, a word before it counting half a character farther; null when none. */
function nearestSector(s: string, offset: number, at: number, rules: FinanceRules): string | null {
  let best: { sector: string; d: number } | null = null;
  for (const { sector, re } of rules.sectors) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, s)) {
      const start = offset + m.index!;
      const d = start >= at ? start - at : at - start + 0.5;
      if (!best || d < best.d) best = { sector, d };
    }
  }
  return best?.sector ?? null;
}

/**
 * The status the clause states, from the cue nearest the trigger: cancelled or delayed win over the others. A cue
 * after a negation ("has not been disbursed"), a forecast ("will be signed", "would take") or "to" ("to provide") states nothing.
 */
export function statusOf(text: string, clause: Span, trigger: Span, rules: FinanceRules): string | null {
  // The trigger's own comma-delimited stretch: "investment exceeds $400 million, and loans totaling $5.5 billion have been offered".
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  const found: { status: string; d: number; rank: number }[] = [];
  rules.statuses.forEach(({ status, re }, rank) => {
    re.lastIndex = 0;
    // A cancellation or delay anywhere in the clause ("The loan, signed in 2014, was later cancelled"); other cues in the stretch.
    const final = status === 'cancelled' || status === 'delayed';
    const [s, e] = final ? [clause.start, clause.end] : [from, to];
    for (const m of matchesOf(re, text.slice(s, e))) {
      const start = s + m.index!;
      const before = text.slice(Math.max(clause.start, start - 40), start);
      if (rules.negation.test(before) || rules.forecast.test(before)) continue;
      const d = start >= trigger.end ? start - trigger.end : start >= trigger.start ? 0 : trigger.start - start;
      found.push({ status, d, rank });
    }
  });
  if (!found.length) return null;
  const final = found.filter((f) => f.status === 'cancelled' || f.status === 'delayed');
  const pool = final.length ? final : found;
  return firstLeast(pool, (a, b) => a.d - b.d || a.rank - b.rank)!.status;
}

/** A noun that names money made of parts: "a $500 million package", "agreements worth", "a total of". */
const PACKAGE_NOUN = /\b(?:package|packages|total|totals|totall?ing|altogether|combined|deals|agreements|contracts|projects|programme|program|portfolio)\b/i;
/** Words that list the parts of a package: "including a loan", "of which", "such as", "comprising", a colon. */
const LISTS_PARTS = /\b(?:includ(?:ing|es|ed)|such as|among them|of which|compris(?:ing|es)|consisting of|covering|made up of)\b|:/i;
/** Another kind of money named between a component and a total after it: "a loan for X and a grant for Y, $500m in total". */
const OTHER_COMPONENT = /\band\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:loans?|grants?|credits?|credit lines?|aid|investments?|swaps?)\b/iu;

/**
 * Whether an amount is a package's value and the trigger one of its components, whose own amount the text does not
 * state: "a US$500 million package including a loan for the airport" (the loan gets no amount). "Chinese loans for
 * many projects, with a total value of US$3.5bn" is the loans' own amount: nothing lists parts between them.
 */
export function isPackageAmount(text: string, clause: Span, trigger: Span, amount: Span): boolean {
  const near = text.slice(Math.max(clause.start, amount.start - 30), Math.min(clause.end, amount.end + 25));
  if (!PACKAGE_NOUN.test(near)) return false;
  if (amount.end <= trigger.start) return LISTS_PARTS.test(text.slice(amount.end, trigger.start));
  // "a credit line and a grant, worth US$500 million in total": the trigger itself may name the other component.
  return OTHER_COMPONENT.test(text.slice(trigger.start, amount.start)) || LISTS_PARTS.test(text.slice(clause.start, trigger.start).slice(-40));
}
