/**
 * People the reference tables do not list, recognised by the title written before their name
 * ("State Councillor Wang Yong", "Belarusian Deputy Foreign Minister Alena Kupchyna"): a stable id from the name,
 * the role from the title and the country from an adjective or a country named with the title
 * ("Chinese Vice Premier …", "Belarus' Prime Minister …", "Prime Minister of Belarus …"). Once named, the surname
 * alone refers to the same person for the rest of the article.
 */
import type { Lexicon, NameOrigin } from './reference.ts';
import { phraseRegex, withoutContaining, matchesOf, anyOf, slugOf } from './reference.ts';
import type { EntityMention } from './gazetteer.ts';
import { sortInPlace } from './spans.ts';

/** A person found in the text, not in the tables. */
export interface TextPerson { id: string; name: string; country: string | null; role: string }

export interface NameRules {
  titled: RegExp; apposition: RegExp; appositionOf: RegExp; particle: RegExp;
  /** The titles' last words (those that contain no other of them): a sentence without one has no titled name. */ heads: string[];
  /** Whether a text contains one of `heads` (anyOf). */ anyHead: RegExp;
  /** Country by surname, for names written surname first ("Zhang Gaoli"): the last resort for a person's country. */
  surnameCountry: Map<string, string>;
  /** Words that make a capitalised phrase an institution, not a person ("People's Congress"; lexicon institution_nouns). */
  institutions: Set<string>;
  /** Words no person's name holds (lexicon person_name_stopwords): a headline's verbs and prepositions. */
  nameStopwords: Set<string>;
  /** Honorifics and title ends a name found after a title may start with (lexicon person_name_prefixes): the name starts after them. */
  namePrefixes: Set<string>;
}

/** What every apposition (see buildNameRules) has after the name: a comma and a word, maybe after "the" or "a" ("Wu Weishan, director of …"). */
const APPOSITION_CUE = /,\s+(?:the\s+|an?\s+)?\p{L}/u;

/**
 * From where an apposition's title is "of", the capitalised words of an institution's name up to a mention: "National
 * Art Museum of " before "China", "Economy Institute of the National Academy of Sciences of " before "Belarus" (an
 * institution of an institution: each capitalised word may be followed by "of" or "of the").
 */
const INSTITUTION_CHAIN = /^(?:\p{Lu}[\p{L}’'-]*\s+(?:of\s+(?:the\s+)?)?)*$/u;

/**
 * Capitalised name words: "Wang", "Kupchyna", "Jae-in", "O’Neill"; at most three. A surname in capitals before a given
 * name, as Chinese universities and agencies write it ("HENU president LOU Yuangong"), is one of them, and so is one after
 * the given names ("BSU President Andrei KAROL").
 */
const NAME = String.raw`(?:\p{Lu}{2,}(?=\s+\p{Lu}\p{Ll})|\p{Lu}[\p{Ll}’'-]*\p{Ll})(?:\s+\p{Lu}[\p{Ll}’'-]*\p{Ll}){0,2}(?:\s+\p{Lu}{2,}(?![\p{L}\p{N}]))?`;

/**
 * A capitalised word, as a surname is written, without a possessive ending ("Ryžankoŭ" of "Ryžankoŭ’s visit"; module
 * constant: see WORD in plausibility.ts on \p{…} literals in functions).
 */
const CAPITALISED_WORD = /\p{Lu}[\p{Ll}’'-]*\p{Ll}(?<!\p{Ll}['’]s)(?!\p{Ll})|(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu;
/** Two capitalised words and a comma right before a title: perhaps a name the title is set off after ("He Wei, Vice Chairman of …"). */
const APPOSED_BEFORE = /(\p{Lu}[\p{Ll}’'-]*\p{Ll})\s+(\p{Lu}[\p{Ll}’'-]*\p{Ll}),\s+(?:the\s+)?$/u;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A role title as running text writes it: each of its capitalised words with a capital or a lower-case first letter
 * ("head of the Belarusian Security Council", "Fang Yanshui, deputy Party secretary and general manager of …").
 */
function titleForms(t: string): string[] {
  let forms = [''];
  for (const part of t.split(/(?<=[\s-])/)) forms = forms.flatMap((f) => [...new Set([f + part, f + lowerFirst(part)])]);
  return forms;
}

/** Compiles the title patterns from the lexicon's role titles, with "Deputy", "Vice", "First Deputy" and a portfolio before them. */
export function buildNameRules(lex: Lexicon, origins: NameOrigin[] = []): NameRules {
  // A title in running text is often written lower-case ("head of the Belarusian Security Council Stanislav Zas").
  const titles = phraseRegex(lex.role_titles.flatMap(titleForms), 'u').source;
  const heads = withoutContaining(lex.role_titles.flatMap((t) => titleForms(t).map((x) => x.split(/[\s-]+/).pop()!)));
  // Capitalised or not: "Deputy Director Li", "Xu Fang, deputy director of …".
  const modifier = String.raw`(?:(?:[Ff]irst\s+)?(?:[Dd]eputy|[Vv]ice|[Aa]ssistant|[Aa]cting|[Ee]xecutive)[\s-]+)?`;
  const portfolio = String.raw`(?:(?:${lex.portfolio_words.join('|')})\s+)?`;
  // "Minister of Public Security", "Minister of Internal Affairs": a portfolio after the title is part of it.
  const portfolioOf = String.raw`(?:\s+of\s+(?:the\s+)?${phraseRegex(lex.portfolio_of_phrases, 'u').source})?`;
  // "of Belarus" / "to Belarus" after the title (kept so the country can be read from it).
  const body = String.raw`(?:\s+(?:of|to)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}(?=\s+(?:of|to)\s)){0,3}`;
  // "President of Belarusian State University (BSU), Karol Andrei …": the body's acronym in brackets after it.
  const link = String.raw`(?:\s+(?:of|to)\s+(?:the\s+)?(?<linked>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})(?:\s+\(\p{Lu}{2,}\))?)?`;
  return {
    // "Chairman of the House of Representatives of the National Assembly of Belarus Vladimir Andreichenko": bodies between the title and its country.
    // "the Deputy Minister of Foreign Affairs of the Republic of Belarus, Andrei Dapkiunas, met": a name set off by commas.
    titled: new RegExp(String.raw`(?<![\p{L}])(?<title>${modifier}${portfolio}${titles}${portfolioOf})${body}${link}(?:\s+|,\s+(?=${NAME}\s*[,(]))(?<name>${NAME})(?![\p{L}])`, 'gu'),
    // "Alena Kupchyna, Belarus' Deputy Foreign Minister," / "Wang Yong, a Chinese State Councillor".
    apposition: new RegExp(String.raw`(?<![\p{L}])(?<name>\p{Lu}[\p{Ll}’'-]*\p{Ll}(?:\s+\p{Lu}[\p{Ll}’'-]*\p{Ll}){1,2}),\s+(?:the\s+|an?\s+)?(?<adj>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?:['’]s?)?\s+(?<title>${modifier}${portfolio}${titles})(?![\p{L}])`, 'gu'),
    // "Ivan Kubrakov, Interior Minister of Belarus," / "Cui Qiming, the Chinese Ambassador to Belarus": the country it is "of".
    appositionOf: new RegExp(String.raw`(?<![\p{L}])(?<name>\p{Lu}[\p{Ll}’'-]*\p{Ll}(?:\s+\p{Lu}[\p{Ll}’'-]*\p{Ll}){1,2}),\s+(?:the\s+|an?\s+)?(?<title>${modifier}${portfolio}${titles}(?:\s+and\s+${modifier}${portfolio}${titles})?${portfolioOf})\s+of\s+(?:the\s+)?(?<linked>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})`, 'gu'),
    particle: /^(?:of|the|and|in|on|at|to|for|with)$/i,
    heads,
    anyHead: anyOf(heads),
    surnameCountry: new Map(origins.flatMap((o) => o.surnames.map((n): [string, string] => [n, o.country]))),
    institutions: new Set(lex.institution_nouns),
    nameStopwords: new Set(lex.person_name_stopwords),
    namePrefixes: new Set(lex.person_name_prefixes),
  };
}

/** A stable id for a person found in the text: person:<name, lower-case, hyphenated>. */
export const textPersonId = (name: string) => `person:${slugOf(name)}`;

const overlapsAny = (s: number, e: number, ms: EntityMention[]) => ms.some((m) => s < m.end && m.start < e);

/** A word in capitals, a surname so written before a given name ("LOU Yuangong"). */
const CAPS_SURNAME = /^[A-Z]{2,}$/;

/** The country a name written surname first suggests ("Zhang Gaoli", "Ling Wen"): two or three plain words, the first a listed surname. */
function surnameCountry(name: string, rules: NameRules): string | null {
  const words = name.split(/\s+/);
  // "LOU Yuangong": a surname in capitals is the listed surname "Lou".
  if (CAPS_SURNAME.test(words[0]) && words.length >= 2) words[0] = words[0][0] + words[0].slice(1).toLowerCase();
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[A-Z][a-z]+$/.test(w))) return null;
  return rules.surnameCountry.get(words[0]) ?? null;
}

/** Between a country's adjective and a title: fields joined by "and" ("Agriculture and ", "Labour and Social Protection "). */
const PORTFOLIO_GAP = /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:and|&)\s+(?:[A-Z][a-z]+\s+){0,2}$/u;

/** The country of a title: an adjective or country written just before it ("Chinese", "Belarus’"), else the country or place it is "of" ("Mayor of Vitebsk"). */
function titleCountry(text: string, titleStart: number, linkedText: string | undefined, linkedStart: number, mentions: EntityMention[], chainOf: string | null = null): string | null {
  // "Chinese Vice Premier", "Belarus’ Foreign Minister", and an organisation's officer: "CITIC CEO Kong Dan".
  const before = mentions.filter((m) => m.country && (m.kind === 'country' || m.kind === 'organisation') && m.end <= titleStart && /^(?:['’]s?)?\s+(?:(?:then|former|visiting|acting|the)\s+)*$/iu.test(text.slice(m.end, titleStart)));
  if (before.length) return before[before.length - 1].country;
  // "Belarusian Agriculture and Food Minister Leonid Zayats": a portfolio of two fields joined by "and" between the
  // adjective and the title's head (nothing else named in between).
  const portfolio = mentions.findLast((m) => m.country && m.kind === 'country' && m.end <= titleStart && titleStart - m.end <= 40 && PORTFOLIO_GAP.test(text.slice(m.end, titleStart)));
  if (portfolio && !mentions.some((m) => m.start >= portfolio.end && m.end <= titleStart)) return portfolio.country;
  if (chainOf) return chainOf;
  if (linkedText && /\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, linkedStart - 8), linkedStart))) {
    const linked = mentions.find((m) => m.country && m.end > linkedStart && m.start < linkedStart + linkedText.length);
    if (linked) return linked.country;
  }
  return null;
}

/**
 * Person mentions for titled names not in the tables, and surnames of people found so before in the article.
 * `found` holds the article's text people by id (updated); `surnames` maps a surname to an id (updated).
 */
export function findTextPeople(text: string, start: number, end: number, mentions: EntityMention[], rules: NameRules, found: Map<string, TextPerson>, surnames: Map<string, string>): EntityMention[] {
  const out: EntityMention[] = [];
  const slice = text.slice(start, end);
  const titled = rules.anyHead.test(slice);
  for (const m of titled ? matchesOf(rules.titled, slice) : []) {
    // The three groups copied by name (they are changed below): a copy with '...' of the match's groups object, which
    // has no prototype and is read as a dictionary, was this loop's costliest line.
    const g: { title: string; linked?: string; name: string } = { title: m.groups!.title, linked: m.groups!.linked, name: m.groups!.name };
    // "Chairman of the Chinese Trade Council Li Bing": the link took the name's first word; give it back.
    const lastLinked = g.linked ? /\s+(\S+)$/.exec(g.linked) : null;
    if (lastLinked && !/\s/.test(g.name)) {
      g.name = `${lastLinked[1]} ${g.name}`;
      g.linked = g.linked!.slice(0, lastLinked.index);
    }
    const at = start + m.index!;
    const nameAt = at + m[0].length - g.name.length;
    const linkedAt = g.linked ? at + m[0].indexOf(g.linked, g.title.length) : -1;
    // "Minister of Foreign Affairs Wang": not a country, place or organisation of a country ("President of Belarusian
    // State University (BSU), Karol Andrei").
    if (g.linked && !mentions.some((x) => (x.kind === 'country' || x.kind === 'place' || (x.kind === 'organisation' && x.country)) && x.start <= linkedAt && linkedAt < x.end)) continue;
    if (rules.particle.test(g.name.split(/\s+/)[0])) continue;
    // "He Wei, Vice Chairman of the CPPCC, Qian Keming, Vice Minister …": a title set off by commas after a name is
    // that name's apposition, not the title of the name after it (the apposition pass reads the pairs).
    if (text.charCodeAt(nameAt - 2) === 44 /* , */ && isNameBefore(text, at, mentions, rules)) continue;
    addTextPerson(g.name, nameAt, titleCountry(text, at, g.linked, linkedAt, mentions, chainOfCountry(text, at, nameAt, mentions)), g.title.replace(/\s+/g, ' '), mentions, out, rules, found, surnames);
  }
  for (const m of titled && APPOSITION_CUE.test(slice) ? matchesOf(rules.apposition, slice) : []) {
    const g = m.groups!;
    const at = start + m.index!;
    const adjAt = at + m[0].indexOf(g.adj, g.name.length);
    const country = mentions.find((x) => x.kind === 'country' && x.start === adjAt)?.country;
    if (!country) continue;
    addTextPerson(g.name, at, country, g.title.replace(/\s+/g, ' '), mentions, out, rules, found, surnames);
  }
  for (const m of titled && APPOSITION_CUE.test(slice) ? matchesOf(rules.appositionOf, slice) : []) {
    const g = m.groups!;
    const at = start + m.index!;
    const linkedAt = at + m[0].lastIndexOf(g.linked);
    // The country, place or organisation the title is "of", or the first one the institution's name ends with
    // ("director of National Art Museum of China").
    // An institution that names no country ("Tang Yuhong, director of the Foreign Affairs Department of the college")
    // leaves a name written surname first to its surname's country.
    const country = mentions.find((x) => x.country && (x.kind === 'country' || x.kind === 'place' || x.kind === 'organisation') && x.start >= linkedAt && INSTITUTION_CHAIN.test(text.slice(linkedAt, x.start)))?.country ?? surnameCountry(g.name, rules);
    if (!country || overlapsAny(at, at + g.name.length, out)) continue;
    addTextPerson(g.name, at, country, g.title.replace(/\s+/g, ' '), mentions, out, rules, found, surnames);
  }
  // Surnames of people found earlier in the article.
  if (surnames.size && [...surnames.keys()].some((n) => slice.includes(n))) {
    for (const w of matchesOf(CAPITALISED_WORD, slice)) {
      const id = surnames.get(w[0]);
      const s = start + w.index!;
      if (!id || overlapsAny(s, s + w[0].length, [...mentions, ...out])) continue;
      const p = found.get(id)!;
      out.push({ kind: 'person', id, country: p.country, form: 'short', start: s, end: s + w[0].length, subtype: 'text' });
    }
  }
  return out;
}

/**
 * Whether the title at `at` is set off after a name: two capitalised words and a comma before it, neither a word no
 * name holds (lexicon person_name_stopwords: "On Monday, Deputy Minister, …") nor part of a country, place or
 * organisation ("In Beijing, Vice Premier, …").
 */
function isNameBefore(text: string, at: number, mentions: EntityMention[], rules: NameRules): boolean {
  const from = Math.max(0, at - 60);
  const m = APPOSED_BEFORE.exec(text.slice(from, at));
  if (!m || rules.nameStopwords.has(m[1]) || rules.nameStopwords.has(m[2])) return false;
  const start = from + m.index!;
  const end = start + m[0].lastIndexOf(m[2]) + m[2].length;
  return !mentions.some((x) => x.kind !== 'person' && x.start < end && start < x.end);
}

/** "Ambassador of China to Belarus Cui Qiming": the first country or place a title's chain is "of", before the name. */
function chainOfCountry(text: string, at: number, nameAt: number, mentions: EntityMention[]): string | null {
  for (const x of mentions) {
    if (x.country && (x.kind === 'country' || x.kind === 'place') && x.start > at && x.end <= nameAt && /\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(at, x.start - 8), x.start))) return x.country;
  }
  return null;
}

/**
 * Adds to `out` the person named `name` at `at` (after a title), unless its first word is another mention; trailing
 * words that start another mention are dropped (a module function, not a closure per sentence: tsx keeps function
 * names, so each closure made costs a property definition).
 */
function addTextPerson(name: string, at: number, country: string | null, role: string, mentions: EntityMention[], out: EntityMention[], rules: NameRules, found: Map<string, TextPerson>, surnames: Map<string, string>): void {
  const before = [...mentions, ...out]; // the same until this call adds its name
  // "Secretary General Antonio Guterres", "Mr Piotr Rudnik": the name starts after an honorific or the title's last word.
  for (let lead = /^(\S+)\s+/.exec(name); lead && rules.namePrefixes.has(lead[1]); lead = /^(\S+)\s+/.exec(name)) {
    name = name.slice(lead[0].length);
    at += lead[0].length;
  }
  // "Alexander Lukashanko’s visit": the possessive ending is no part of the name.
  const words = name.replace(/['’]s$/u, '').split(/\s+/);
  // The name kept always starts with its first word: when that word is another mention, nothing is added.
  if (overlapsAny(at, at + words[0].length, before)) return;
  // Drop trailing words that are the start of another known mention or a particle.
  while (words.length > 1 && overlapsAny(at + words.slice(0, -1).join(' ').length + 1, at + name.length, before)) words.pop();
  if (words.some((w) => rules.institutions.has(w) || rules.nameStopwords.has(w))) return; // "chairman of China's National People's Congress", "President Holds Talks With"
  const clean = words.join(' ');
  const e = at + clean.length;
  if (overlapsAny(at, e, before)) return;
  if (words.length < 2 && !surnames.has(clean)) return; // a lone capitalised word after a title is too often not a name
  const id = surnames.get(clean) && words.length < 2 ? surnames.get(clean)! : textPersonId(clean);
  const known = found.get(id);
  const person = known ?? { id, name: clean, country: country ?? surnameCountry(clean, rules), role };
  if (!known) found.set(id, person);
  else if (!known.country && country) known.country = country;
  // The surname is the last word, or the first when written in capitals ("LOU Yuangong … LOU").
  if (words.length >= 2) surnames.set(CAPS_SURNAME.test(words[0]) ? words[0] : words[words.length - 1], id);
  // "Liu Guozhong … Liu": a name written surname first is referred to by its first word.
  if (words.length >= 2 && surnameCountry(clean, rules)) surnames.set(words[0], id);
  out.push({ kind: 'person', id, country: person.country, form: 'name', start: at, end: e, subtype: 'text' });
}

/** The sentence's mentions with the text people added, in text order. */
export function withTextPeople(mentions: EntityMention[], people: EntityMention[]): EntityMention[] {
  return people.length ? sortInPlace([...mentions, ...people], (a, b) => a.start - b.start) : mentions;
}
