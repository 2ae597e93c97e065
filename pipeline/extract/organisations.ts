/**
 * Organisations the reference tables do not list, recognised by what the text calls them (issue 8, "names not in the
 * tables"): a country's adjective and a noun of kind right before the name ("Belarusian defense contractor BelOMO
 * Holding", "another Chinese parts manufacturer, Morotack (Tianjin) Technology"), or after it in an apposition
 * ("Green Cycle Energy, a Shenzhen-based company"). The noun comes from the lexicon's organisation_nouns; the country
 * from the adjective, or from the place a "-based" names. Once named, the organisation's name alone refers to it for the
 * rest of the article, so a fact told of it later ("Green Cycle Energy and … signed a contract") has its country.
 */
import type { EntityMention } from './gazetteer.ts';
import type { Lexicon } from './reference.ts';
import { escapeRegex, matchesOf, slugOf } from './reference.ts';

/** An organisation found in the text, not in the tables. */
export interface TextOrganisation { id: string; name: string; country: string; kind: string }

export interface OrganisationRules {
  /** Right after a country adjective: up to three words, a noun of kind, maybe a comma, then the name (group `name`). */
  named: RegExp;
  /** A name, a comma and an article: where an apposition of kind may follow (group `name`). */
  apposed: RegExp;
  /** Right after the country or place word of an apposition: "-based"-like suffix or none, up to three words, the noun of kind. */
  kindAfter: RegExp;
  /** Whether a text has a noun of kind at all: a sentence without one names no organisation this way. */
  anyKind: RegExp;
  /** Words of form that end a full name ("Holding", "Ltd"): without them the name still refers to the organisation. */
  suffixes: Set<string>;
  /** Capitalised words that are no part of a name ("Meanwhile", "In", weekdays, months, role titles): a name starts after them and stops before them. */
  notName: Set<string>;
}

/** Capitalised words of an organisation's name, with a place in brackets or an ampersand between: "Morotack (Tianjin) Technology", "Green Cycle Energy". */
const ORG_NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:\(\p{Lu}[\p{L}'’-]*\)|&|\p{Lu}[\p{L}\p{N}&'’-]*)){0,5}`;

/** Compiles the patterns from the lexicon's organisation nouns. */
export function buildOrganisationRules(lex: Lexicon): OrganisationRules {
  const kinds = [...lex.organisation_nouns].sort((a, b) => b.length - a.length).map((k) => escapeRegex(k).replace(/ /g, '\\s+')).join('|');
  return {
    // Between the adjective and the noun only words that describe it ("defense", "parts", "holding"): no article,
    // preposition or verb ("The Chinese delegation visited the company Amkodor": the adjective is not the company's).
    named: new RegExp(String.raw`^\s+(?:(?!(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|which|who|[\p{Ll}]+ed)\s)[\p{Ll}-]+\s+){0,3}?(?:${kinds})\s*,?\s+(?<name>${ORG_NAME})`, 'u'),
    apposed: new RegExp(String.raw`(?<![\p{L}\p{N}])(?<name>${ORG_NAME}),\s+(?=(?:a|an|the)\s)`, 'gu'),
    kindAfter: new RegExp(String.raw`^(?:-(?:based|headquartered|owned|registered))?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:${kinds})(?![\p{L}])`, 'u'),
    anyKind: new RegExp(String.raw`(?<![\p{L}])(?:${kinds})(?![\p{L}])`, 'iu'),
    suffixes: new Set(lex.organisation_suffixes),
    notName: new Set([...lex.organisation_name_stopwords, ...Object.keys(lex.weekdays), ...Object.keys(lex.months)].map((w) => w.toLowerCase())
      .concat(lex.role_titles.flatMap((t) => t.toLowerCase().split(/\s+/)))),
  };
}

/** The id of an organisation found in the text: "org:" and its name as a slug ("org:green-cycle-energy"). */
export const textOrganisationId = (name: string) => `org:${slugOf(name)}`;

const overlaps = (s: number, e: number, ms: EntityMention[]) => ms.some((m) => s < m.end && m.start < e);

/**
 * The organisations text[start, end) names by kind, and the names found earlier that it repeats, as mentions (kind
 * organisation, subtype 'text'); `found` (name → organisation) grows with the new ones.
 */
export function findTextOrganisations(text: string, start: number, end: number, mentions: EntityMention[], rules: OrganisationRules, found: Map<string, TextOrganisation>): EntityMention[] {
  const out: EntityMention[] = [];
  const slice = text.slice(start, end);
  if (rules.anyKind.test(slice)) {
    // "Belarusian defense contractor BelOMO Holding": the adjective's country.
    for (const m of mentions) {
      if (m.kind !== 'country' || m.form !== 'adjective' || !m.country || m.end >= end) continue;
      const g = rules.named.exec(text.slice(m.end, end));
      if (g) add(g.groups!.name, m.end + g[0].length - g.groups!.name.length, m.country, mentions, out, found, rules);
    }
    // "Green Cycle Energy, a Shenzhen-based company": the country of the adjective or place right after the article.
    for (const g of matchesOf(rules.apposed, slice)) {
      // The article, then the adjective or place ("a Shenzhen-based company"); "the Chinese" is one mention with its article.
      const at = start + g.index! + g[0].length;
      const after = at + /^(?:a|an|the)\s+/u.exec(text.slice(at, at + 5))![0].length;
      const owner = mentions.find((m) => (m.start === after || m.start === at) && m.country && (m.kind === 'country' || m.kind === 'place') && m.form !== 'metonym');
      if (owner && rules.kindAfter.test(text.slice(owner.end, end))) add(g.groups!.name, start + g.index!, owner.country!, mentions, out, found, rules);
    }
  }
  // Names found earlier, written again.
  for (const [name, org] of found) {
    for (let at = slice.indexOf(name); at >= 0; at = slice.indexOf(name, at + name.length)) {
      const s = start + at;
      const e = s + name.length;
      if (/[\p{L}\p{N}]/u.test(text[s - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[e] ?? '') || overlaps(s, e, [...mentions, ...out])) continue;
      out.push({ kind: 'organisation', id: org.id, country: org.country, form: 'name', start: s, end: e, subtype: 'text' });
    }
  }
  return out;
}

/**
 * Adds the organisation named `name` at `at`: from after any other mention or word that is no part of a name inside it
 * ("In Belarus Xinda" → "Xinda"), up to the first such word after ("Amkodor Monday" → "Amkodor"). The name without its
 * words of form ("BelOMO" for "BelOMO Holding") is kept as another name of it.
 */
function add(name: string, at: number, country: string, mentions: EntityMention[], out: EntityMention[], found: Map<string, TextOrganisation>, rules: OrganisationRules): void {
  const before = [...mentions, ...out];
  const noName = (w: { word: string; start: number; end: number }) => overlaps(w.start, w.end, before) || rules.notName.has(w.word.toLowerCase());
  let words = [...name.matchAll(/\S+/gu)].map((w) => ({ word: w[0], start: at + w.index!, end: at + w.index! + w[0].length }));
  const lastInside = words.findLastIndex(noName);
  // A word of no name or a mention inside: the name is what follows it, unless something non-name follows too.
  if (lastInside >= 0) {
    const first = words.findIndex(noName);
    words = first > 0 ? words.slice(0, first) : words.slice(lastInside + 1);
  }
  if (!words.length || words.some(noName)) return;
  const s = words[0].start;
  const e = words[words.length - 1].end;
  const clean = text(words);
  if (clean.length < 3) return;
  const org = found.get(clean) ?? { id: textOrganisationId(clean), name: clean, country, kind: 'organisation' };
  found.set(clean, org);
  const core = words.map((w) => w.word);
  while (core.length > 1 && rules.suffixes.has(core[core.length - 1])) core.pop();
  if (core.length < words.length && core.join(' ').length >= 4 && !found.has(core.join(' '))) found.set(core.join(' '), org);
  out.push({ kind: 'organisation', id: org.id, country: org.country, form: 'name', start: s, end: e, subtype: 'text' });
}

/** The words as written, one space between. */
const text = (words: { word: string }[]) => words.map((w) => w.word).join(' ');
