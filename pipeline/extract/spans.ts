/** Offsets and stretches of text shared by the extraction rules. Offsets are UTF-16 indices into the article. */
import type { MoneyMention } from './amounts.ts';

export interface Span { start: number; end: number }

/** Whether a span lies inside [s, e). */
export function within(m: Span, s: number, e: number): boolean {
  return m.start >= s && m.end <= e;
}

/** The items inside a clause. */
export function withinClause<T extends Span>(xs: T[], clause: Span): T[] {
  return xs.filter((x) => within(x, clause.start, clause.end));
}

/**
 * `text.indexOf(ch, from)` when the answer is at most `last`, else -1: the search stops at `last`, so looking for
 * a comma in a clause costs the clause, not the rest of the article.
 */
export function indexUpTo(text: string, ch: string, from: number, last: number): number {
  const end = Math.min(last, text.length - 1);
  for (let i = Math.max(from, 0); i <= end; i++) if (text[i] === ch) return i;
  return -1;
}

/** `text.lastIndexOf(ch, at)` when the answer is at least `first`, else -1: the search stops at `first`. */
export function lastIndexDownTo(text: string, ch: string, at: number, first: number): number {
  for (let i = Math.min(Math.max(at, 0), text.length - 1); i >= first; i--) if (text[i] === ch) return i;
  return -1;
}

/** The comma-delimited stretch of a clause around [from, to): the small proposition a trigger belongs to. */
export function segmentAround(text: string, clause: Span, from: number, to: number): [number, number] {
  // A comma inside a number ("4,200,000 US dollars") separates no propositions.
  let comma = indexUpTo(text, ',', to, clause.end);
  while (comma >= 0 && isDigitGroupComma(text, comma)) comma = indexUpTo(text, ',', comma + 1, clause.end);
  let before = lastIndexDownTo(text, ',', from - 1, clause.start);
  while (before >= 0 && isDigitGroupComma(text, before)) before = lastIndexDownTo(text, ',', before - 1, clause.start);
  return [Math.max(clause.start, before + 1), comma < 0 ? clause.end : comma];
}

/** Whether the comma at `i` groups the digits of a number: a digit on each side. */
function isDigitGroupComma(text: string, i: number): boolean {
  const a = text.charCodeAt(i - 1), b = text.charCodeAt(i + 1);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

/** How far a span lies from a trigger (0 when they overlap). */
function distanceTo(trigger: Span, m: Span): number {
  return m.start >= trigger.end ? m.start - trigger.end : Math.max(0, trigger.start - m.end);
}

/** The amount of a trigger: the nearest in its own comma-delimited stretch, else the nearest in the clause. */
export function amountNearTrigger(text: string, clause: Span, trigger: Span, money: MoneyMention[]): MoneyMention | undefined {
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  // "The proceeds of the loan were used to finance a contract worth EUR 208 million": a sum that values a contract or a
  // deal named after the trigger is that document's.
  const stretch = money.filter((m) => within(m, from, to) && !(m.start >= trigger.end && VALUED_DOCUMENT_BEFORE.test(text.slice(trigger.end, m.start))));
  // "a loan for $1 billion and aid from China worth $60 million": a sum is the money noun's nearest it, so each noun of
  // the stretch keeps its own (the trigger itself counts as one: "contracts worth $3.4 billion").
  const nouns = [...text.slice(from, to).matchAll(MONEY_NOUN_ALL)].map((n) => ({ start: from + n.index!, end: from + n.index! + n[0].length })).concat(trigger);
  const ownedHere = stretch.filter((m) => overlaps(firstLeast(nouns, (a, b) => distanceTo(a, m) - distanceTo(b, m))!, trigger));
  // "The investment comes on top of a $5.7-billion credit": a sum written right before or after another money noun
  // ("$5.7-billion credit", "loans of $1 billion" is not: "of" stands between) is that noun's, never the trigger's.
  const own = ownedHere.length ? ownedHere : stretch.filter((m) => !nouns.some((n) => !overlaps(n, trigger) && distanceTo(n, m) <= 1));
  // Not an amount another stretch gives to a money noun of its own: "the dominance of Chinese tie-in loans, the low
  // level of Chinese direct investments (only US$95 million …)": the sum is the investments', not the loans'.
  const others = own.length ? own : money.filter((m) => !MONEY_NOUN.test(text.slice(segmentAround(text, clause, m.start, m.end)[0], m.start)));
  return firstLeast(others, (a, b) => distanceTo(trigger, a) - distanceTo(trigger, b));
}

/** A contract, deal or order and the words that value it, right before a sum: "a commercial (EPC) contract worth ". */
const VALUED_DOCUMENT_BEFORE = /\b(?:contracts?|deals?|orders?)\b[^,;]{0,60}?\b(?:worth|valued at)\s+(?:(?:about|around|some|nearly|almost|over|more than|approximately|roughly|up to)\s+)?$/i;

/** A noun of money a sum may belong to. */
const MONEY_NOUN = /\b(?:loans?|credits?|credit lines?|investments?|aid|assistance|grants?|funding|financing|donations?)\b/i;
const MONEY_NOUN_ALL = new RegExp(MONEY_NOUN.source, 'gi');

/** Whether two spans share a character. */
function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether the UTF-16 unit at `i` is white space as /\s/ reads it. */
function isWhiteSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(s[i]);
}

/**
 * `s.split(/\s+/).slice(-n).join(' ')` without splitting all of `s`: the last n words, each run of white space
 * between them written as one space.
 */
export function lastWords(s: string, n: number): string {
  let end = s.length;
  for (let word = 1; ; word++) {
    let start = end;
    while (start > 0 && !isWhiteSpace(s, start - 1)) start--;
    if (word === n) return s.slice(start).replace(/\s+/g, ' ');
    let gap = start;
    while (gap > 0 && isWhiteSpace(s, gap - 1)) gap--;
    // No white space before the word, or only white space (the empty first word of the split): every word is kept.
    if (start === 0 || gap === 0) return s.replace(/\s+/g, ' ');
    end = gap;
  }
}

/** `s.split(/\s+/, n).join(' ')` without splitting all of `s`: the first n words, white space between them as one space. */
export function firstWords(s: string, n: number): string {
  let start = 0;
  for (let word = 1; ; word++) {
    let end = start;
    while (end < s.length && !isWhiteSpace(s, end)) end++;
    if (word === n) return s.slice(0, end).replace(/\s+/g, ' ');
    let gap = end;
    while (gap < s.length && isWhiteSpace(s, gap)) gap++;
    // No white space after the word, or only white space (the empty last word of the split): every word is kept.
    if (end === s.length || gap === s.length) return s.replace(/\s+/g, ' ');
    start = gap;
  }
}

/**
 * `xs.sort(compare)`, the same order (both are stable), without the work space Array.prototype.sort allocates even for
 * two items: a short list is sorted by insertion. The rules sort many lists of none, one or a few items per clause.
 */
export function sortInPlace<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  if (xs.length > 16) return xs.sort(compare);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && compare(xs[j], x) > 0) { xs[j + 1] = xs[j]; j--; }
    xs[j + 1] = x;
  }
  return xs;
}

/** `[...xs].sort(compare)[0]`: the first of the least items, in their order (a stable sort puts it first); undefined for none. */
export function firstLeast<T>(xs: T[], compare: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  for (let i = 0; i < xs.length; i++) if (i === 0 || compare(xs[i], best as T) < 0) best = xs[i];
  return best;
}
