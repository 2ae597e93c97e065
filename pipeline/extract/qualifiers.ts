/**
 * Count qualifiers: the words before a count that make it a bound or an estimate ("more than 20 agreements",
 * "at least 16 documents", "some 30 contracts"), from the lexicon's count_qualifiers, so "at least" stays "at least".
 */
import type { Lexicon } from './reference.ts';

export type CountQualifier = 'at_least' | 'more_than' | 'at_most' | 'about';

/** A qualifier phrase; `last` is its last word lower-cased when that is ASCII (else null), the word the text before a count must end with. */
interface Finder { phrase: string; qualifier: CountQualifier; regex: RegExp; last: string | null }

const finders = new WeakMap<Lexicon, Finder[]>();
/** The qualifier phrases, longest first ("no more than" before "more than"), each anchored at the end of a text. */
function qualifierFinders(lex: Lexicon) {
  let list = finders.get(lex);
  if (!list) {
    list = Object.entries(lex.count_qualifiers ?? {})
      .flatMap(([qualifier, phrases]) => phrases.map((phrase) => ({ phrase, qualifier: qualifier as CountQualifier })))
      .sort((a, b) => b.phrase.length - a.phrase.length)
      .map((q) => ({ ...q, regex: new RegExp(`(?<![\\p{L}\\p{N}])${q.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\s+$`, 'iu'), last: asciiLower(q.phrase.split(' ').pop()!) }));
    finders.set(lex, list);
  }
  return list;
}

/** The qualifier written just before the count that starts at `at` in `text`, or null when the count is given as exact. */
export function countQualifierBefore(text: string, at: number, lex: Lexicon): CountQualifier | null {
  const before = text.slice(Math.max(0, at - 30), at);
  // Every pattern ends with its last word and spaces: only those whose last word ends the text's last word can match
  // (compared in lower case when both are ASCII, where that is what the patterns' case-insensitivity does).
  const tail = /(\S+)\s+$/.exec(before);
  const word = tail ? asciiLower(tail[1]) : null;
  return qualifierFinders(lex).find((q) => (word === null || q.last === null || word.endsWith(q.last)) && q.regex.test(before))?.qualifier ?? null;
}

/** `s` lower-cased when it is all visible ASCII (no space), else null. */
function asciiLower(s: string): string | null {
  return /^[\x21-\x7e]*$/.test(s) ? s.toLowerCase() : null;
}
