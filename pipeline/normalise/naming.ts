/**
 * The words that name what a passage is about beyond its kind, date and actors: a venture ("BelGee"), a city
 * ("Samarkand"), a company ("CITIC"), a region ("Gomel", "Chengdu"). Used by the merge to tell which of a year's
 * facts another source's "in 2011" or "in September" is. A naming word is a capitalised word that is not the first of
 * the passage and is a name, not a word: it is never written in lower case in the dataset's texts ("Engineering",
 * "Bank", "Year", "Tourism" are), and it is none of the words that name no particular fact: countries, their
 * adjectives, prefixes and capitals, currencies, months and weekdays, the people of the tables (actors, not events),
 * titles, and the lexicon's stopwords for names.
 */
import type { Reference } from '../extract/reference.ts';

/** The lower-cased words that never name a fact by themselves, from the reference tables and the lexicon. */
export function genericWords(ref: Reference): Set<string> {
  const words = new Set<string>();
  const add = (phrase: string) => { for (const w of phrase.split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w.toLowerCase()); };
  // every country (a third country names no China–Belarus fact; "Belarus’", "Sino-" are the pair's own), every currency
  for (const c of ref.countries) for (const p of [c.name, ...c.names, ...c.adjectives, ...c.prefixes, ...c.metonyms, c.capital ?? '']) add(p);
  for (const c of ref.currencies) for (const p of [c.code, c.name, ...c.names]) add(p);
  for (const p of ref.people) for (const v of [...p.variants, ...p.short]) add(v);
  const lex = ref.lexicon;
  for (const w of [...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...lex.person_name_stopwords, ...lex.organisation_name_stopwords, ...lex.role_titles]) add(w);
  return words;
}

/** Every word written in lower case somewhere in `texts`: words, not names ("engineering", "bank"). One pass over each text. */
export function addLowerCaseWords(into: Set<string>, texts: Iterable<string>): Set<string> {
  for (const text of texts) for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'’]*/gu)) into.add(m[0].replace(/['’]s?$/, ''));
  return into;
}

const wordPattern = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’]*/gu;

/** The naming words of a passage (lower-cased): capitalised words (a hyphen's parts each a word) of three letters or more after its first word, not generic. */
export function namingWords(passage: string, generic: Set<string>): string[] {
  const out: string[] = [];
  const first = passage.search(/\S/);
  for (const m of passage.matchAll(wordPattern)) {
    if (m.index === first) continue;
    const w = m[0].replace(/['’]s?$/, '').toLowerCase();
    if (w.length < 3 || generic.has(w)) continue;
    out.push(w);
  }
  return out;
}
