/** Splits a sentence into clauses and masks the parts that state no fact of their own (asides, topic phrases). */
import type { Lexicon } from './reference.ts';
import { phraseRegex, matchesOf } from './reference.ts';

export interface Clause {
  start: number; end: number; /** The clause's text with masked parts blanked out, same length. */ masked: string;
  /** An aside quoted from the phrase it qualifies ("Xi Jinping, who visited Minsk"): a trigger that ends before this is the main clause's. */
  triggersFrom?: number;
}

/** A subordinate clause that follows a comma and states its own proposition ("..., since the regime required ..."). */
const subordinator = /^\s*(?:since|because|although|though|whereas)\b/i;

/** An amount right after a colon: "$275.5 million", "USD 654 million", "€ 260 million". */
const FIGURE_AFTER_COLON = /^\s*(?:[$€£¥]|US\$|USD\b|EUR\b|CNY\b|RMB\b)\s?\d/;

/** The first character of a lead worth looking at: a space, a bullet, or a conjunction's first letter. */
const LEAD_START = /[\sabw•·*–—-]/i;
/** The bullets and spaces that open a bulleted line ("- ", "• "). */
const BULLETS = /^(?:\s*[•·*–—-](?=\s))*\s*/;
/** A clause's lead to drop: bullets and spaces, then a conjunction. */
const LEAD = new RegExp(`${BULLETS.source}(?:(?:and|but|while|whereas)\\s+)?`, 'i');

/** Where a sentence's words start: after the bullets and spaces that open a bulleted line. */
export function afterBullets(text: string, start: number, end: number): number {
  return start < end && LEAD_START.test(text[start]) ? start + text.slice(start, end).match(BULLETS)![0].length : start;
}

/** Clause spans: the sentence cut at semicolons, colons and comma + subordinator, outside brackets; leading conjunctions dropped. */
export function clauseSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    // Not a colon that opens the figure its clause is about ("investments were scarce in 2017: $275.5 million").
    else if ((ch === ';' || (ch === ':' && !FIGURE_AFTER_COLON.test(text.slice(i + 1, i + 8)))) && depth === 0) {
      spans.push([from, i]);
      from = i + 1;
    } else if (ch === ',' && depth === 0 && subordinator.test(text.slice(i + 1, i + 12))) {
      spans.push([from, i]);
      from = i + 1;
    }
  }
  spans.push([from, end]);
  return spans
    .map(([s, e]): [number, number] => {
      // Only a clause opening with a space, a bullet or a conjunction's first letter has a lead to drop (most have none):
      // a bullet ("- As a result of this trip …", "• From 2011 to 2013 …") is layout, not part of what is quoted.
      const lead = s < e && LEAD_START.test(text[s]) ? text.slice(s, e).match(LEAD)![0].length : 0;
      let stop = e;
      while (stop > s + lead && /[\s.;:,!?]/.test(text[stop - 1])) stop--;
      return [s + lead, stop];
    })
    .filter(([s, e]) => e - s > 3);
}

export interface MaskRules { aside: RegExp; topic: RegExp; dashAside: RegExp }

/** Regexes for relative-clause asides (", who is likely to ..., ") and topic phrases ("Speaking of X,"). */
export function buildMaskRules(lex: Lexicon): MaskRules {
  const rel = lex.relative_pronouns.join('|');
  return {
    aside: new RegExp(`,\\s*(?:${rel})\\b[^,;()]*(?:,\\s*\\d{4}\\b[^,;()]*)*(?:,|$)`, 'giu'),
    topic: new RegExp(`${phraseRegex(lex.topic_markers).source}[^,;]*,?`, 'giu'),
    // "Mr Lukashenko - a close ally of Vladimir Putin - is on a state visit", "Belarusian President – and key Putin ally –
    // Alexander Lukashenko": a phrase set off by two spaced dashes, opening with a small letter, describes a name of the
    // clause; the people and countries it names are not the clause's parties.
    // Short and without a comma: "15 - with the participation of companies from Austria, Germany, …, 12 - initiated" is a list.
    dashAside: /(?<=\S)\s+[-–—]\s+(?=\p{Ll})[^-–—;(),\n]{1,60}?\s+[-–—]\s+(?=\S)/gu,
  };
}

/** The clause text with asides and topic phrases replaced by spaces (offsets unchanged). */
export function maskedClause(text: string, start: number, end: number, rules: MaskRules): Clause {
  // Quotation marks become spaces, so 'said Kazakhstan "fully supports" China' reads as plain words.
  let masked = text.slice(start, end).replace(/["“”«»„]/g, ' ');
  for (const re of [rules.aside, rules.topic, rules.dashAside]) masked = masked.replace(re, (m) => ' '.repeat(m.length));
  return { start, end, masked };
}

/** A Latin letter with a diacritic (Latin-1 Supplement to Latin Extended-B). */
const MARKED_LATIN = /[\u00C0-\u024F]/;
const MARKED_LATIN_ALL = new RegExp(MARKED_LATIN.source, 'g');
/**
 * Text for matching the triggers: each Latin letter with a diacritic folded to its base letter when that is a plain
 * ASCII letter ("communiqué" → "communique"), one UTF-16 unit for one, so offsets hold. The triggers' patterns are
 * written in ASCII, and a JavaScript `\b` does not see "é" as a letter: "joint communiqué was" had no word boundary
 * after it. Letters with no ASCII base ("ł", "ß") and signs ("×") stay.
 */
export function foldedForMatching(s: string): string {
  return MARKED_LATIN.test(s) ? s.replace(MARKED_LATIN_ALL, baseLetterOf) : s;
}
function baseLetterOf(c: string): string {
  const base = c.normalize('NFD')[0];
  return /[A-Za-z]/.test(base) ? base : c;
}

/** Whether absolute offset `at` lies in a masked part of the clause (blanked, though the text has a character there). */
export const isMasked = (text: string, c: Clause, at: number) => c.masked.charCodeAt(at - c.start) === 32 && text[at].trim() !== '';

/** Relative-clause asides of a sentence (", who visited Minsk in 2010,"), as [comma, end) spans: each states a fact of its own. */
export function asideSpans(text: string, start: number, end: number, rules: MaskRules): [number, number][] {
  rules.aside.lastIndex = 0;
  return matchesOf(rules.aside, text.slice(start, end)).map((m) => {
    const from = start + m.index!;
    const to = from + m[0].replace(/[\s,]+$/, '').length;
    return [from, to];
  });
}
