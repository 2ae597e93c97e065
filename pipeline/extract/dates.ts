/** Date mentions: from the NLP model's DATE entities, parsed and resolved against the publication date. */
import type { Lexicon } from './reference.ts';
import type { NlpEntity } from '../lib/nlp.ts';

export type Precision = 'year' | 'month' | 'day';
export type DateBasis = 'explicit' | 'relative_to_publication' | 'inferred_from_context' | 'undated';

export interface DateMention {
  start: number;
  end: number;
  /** The expression as written, with its preposition ("in November 2007"). */
  text: string;
  /** ISO 8601 at the given precision, or null for vague expressions ("the mid-1990s"). */
  value: string | null;
  precision: Precision | null;
  basis: DateBasis;
}

/** The month number of a month name or abbreviation ("Nov." is 11), or undefined. */
function monthOf(lex: Lexicon, name: string): number {
  return lex.months[name.replace(/\.$/, '')];
}

const pad = (n: number) => String(n).padStart(2, '0');

const compiledRelative = new WeakMap<Lexicon, (Lexicon['relative_dates'][number] & { regex: RegExp })[]>();
/** The lexicon's relative date patterns ("last year", "February this year"), compiled once. */
function relativeDateRules(lex: Lexicon) {
  let rules = compiledRelative.get(lex);
  if (!rules) {
    rules = lex.relative_dates.map((rel) => ({ ...rel, regex: new RegExp(`^(?:(?:([a-z.]+)|(\\d{1,2})(?:st|nd|rd|th)? ([a-z.]+)) (?:of )?)?(?:over |in |during |since )?(?:the )?${rel.pattern}$`) }));
    compiledRelative.set(lex, rules);
  }
  return rules;
}

/** Parses "2007", "November 2007", "5 March 2010", "March 5, 2010", "2010-03-05", "February this year"... */
export function parseDateExpression(expr: string, published: string, lex: Lexicon): Pick<DateMention, 'value' | 'precision' | 'basis'> {
  const s = expr.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().replace(/^(the|in|on|since|by|during|of|from|until|early|late|mid-?)\s+/g, '');
  const month = monthOf.bind(null, lex);
  const [pubYear, pubMonth] = published.split('-').map(Number);
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/))) return m[3] ? { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', basis: 'explicit' } : { value: `${m[1]}-${m[2]}`, precision: 'month', basis: 'explicit' };
  if ((m = s.match(/^(1[89]\d\d|20\d\d)$/))) return { value: m[1], precision: 'year', basis: 'explicit' };
  if ((m = s.match(/^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+),? (\d{4})$/)) && month(m[2])) return { value: `${m[3]}-${pad(month(m[2]))}-${pad(+m[1])}`, precision: 'day', basis: 'explicit' };
  if ((m = s.match(/^([a-z.]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/)) && month(m[1])) return { value: `${m[3]}-${pad(month(m[1]))}-${pad(+m[2])}`, precision: 'day', basis: 'explicit' };
  if ((m = s.match(/^([a-z.]+),? (\d{4})$/)) && month(m[1])) return { value: `${m[2]}-${pad(month(m[1]))}`, precision: 'month', basis: 'explicit' };
  if ((m = s.match(/^(?:the )?([a-z]+) (?:of )?(\d{4})$/)) && lex.seasons.includes(m[1])) return { value: m[2], precision: 'year', basis: 'explicit' };
  if ((m = s.match(/^(\w+) years? ago$/))) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : lex.number_words[m[1]];
    if (n) return { value: String(pubYear - n), precision: 'year', basis: 'relative_to_publication' };
  }
  const pubDay = published.split('-')[2];
  if ((m = s.match(/^([a-z.]+)\s*[–—-]\s*([a-z.]+)$/)) && month(m[1]) && month(m[2]) && pubMonth) {
    // "January–September": a period of the publication year, or of the year before if it has not ended yet.
    return { value: String(month(m[2]) <= pubMonth ? pubYear : pubYear - 1), precision: 'year', basis: 'relative_to_publication' };
  }
  if ((m = s.match(/^(last|this) ([a-z.]+)$/)) && month(m[2]) && pubMonth) {
    // "last December": the latest December before the publication month; "this March": this year's.
    const mo = month(m[2]);
    const y = m[1] === 'this' ? pubYear : mo < pubMonth ? pubYear : pubYear - 1;
    return { value: `${y}-${pad(mo)}`, precision: 'month', basis: 'relative_to_publication' };
  }
  if ((m = s.match(/^(?:on )?(?:last |this )?([a-z]+)$/)) && m[1] in lex.weekdays && pubDay) {
    // "on Saturday": the latest such weekday on or before the publication date.
    const pub = new Date(`${published}T00:00:00Z`);
    const back = (pub.getUTCDay() - lex.weekdays[m[1]] + 7) % 7;
    return { value: new Date(pub.getTime() - back * 86400000).toISOString().slice(0, 10), precision: 'day', basis: 'relative_to_publication' };
  }
  // "19 November" or "November 19" without a year: the latest such day not after publication.
  const dm = s.match(/^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+)$/);
  const md = s.match(/^([a-z.]+) (\d{1,2})(?:st|nd|rd|th)?$/);
  const [day, name] = dm ? [dm[1], dm[2]] : md ? [md[2], md[1]] : [null, null];
  if (day && name && month(name) && pubMonth) {
    const mo = month(name);
    const y = mo * 100 + Number(day) <= pubMonth * 100 + Number(pubDay ?? 31) ? pubYear : pubYear - 1;
    return { value: `${y}-${pad(mo)}-${pad(Number(day))}`, precision: 'day', basis: 'relative_to_publication' };
  }
  for (const rel of relativeDateRules(lex)) {
    if ((m = s.match(rel.regex))) {
      const monthName = [m[1], m[3]].find((x) => x && month(x));
      if (rel.unit === 'year') {
        const y = pubYear + rel.offset;
        if (monthName && month(monthName)) {
          return m[2] ? { value: `${y}-${pad(month(monthName))}-${pad(+m[2])}`, precision: 'day', basis: 'relative_to_publication' } : { value: `${y}-${pad(month(monthName))}`, precision: 'month', basis: 'relative_to_publication' };
        }
        if (!monthName) return { value: String(y), precision: 'year', basis: 'relative_to_publication' };
      } else if (rel.unit === 'week') {
        // "last week": the month of the day a week before publication (the week may straddle two months).
        if (!pubDay) return pubMonth ? { value: `${pubYear}-${pad(pubMonth)}`, precision: 'month', basis: 'relative_to_publication' } : { value: String(pubYear), precision: 'year', basis: 'relative_to_publication' };
        const day = new Date(Date.parse(`${published}T00:00:00Z`) + rel.offset * 7 * 86400000);
        return { value: day.toISOString().slice(0, 7), precision: 'month', basis: 'relative_to_publication' };
      } else if (pubMonth && !monthName) {
        const total = pubYear * 12 + (pubMonth - 1) + rel.offset;
        return { value: `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`, precision: 'month', basis: 'relative_to_publication' };
      }
    }
  }
  if ((m = s.match(/^([a-z.]+)$/)) && month(m[1]) && pubMonth) {
    // A bare month name: the latest such month not after publication.
    const mo = month(m[1]);
    const y = mo <= pubMonth ? pubYear : pubYear - 1;
    return { value: `${y}-${pad(mo)}`, precision: 'month', basis: 'relative_to_publication' };
  }
  return { value: null, precision: null, basis: 'undated' };
}

/** Joins date entities the model split ("February" + "this year") and extends each with its preposition. */
function mergedDateSpans(text: string, entities: NlpEntity[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const e of entities) {
    // The model sometimes calls a year in a list a CARDINAL ("in 2012, 2013 and 2014") or a DURATION ("since 1998").
    const yearLike = /^(?:1[89]|20)\d\d$/.test(e.text) && /(?:\b(?:in|since|of|by|until|and|or)|,)\s*$/i.test(text.slice(Math.max(0, e.start - 12), e.start));
    // "two years earlier", "three years ago": a DURATION that points back or forward is a date.
    const pointer = e.type === 'DURATION' ? text.slice(e.end).match(/^\s+(?:earlier|before|later|after|ago)\b/i) : null;
    const isDate = e.type === 'DATE' || (e.type === 'DURATION' && /\b(?:1[89]|20)\d\d\b/.test(e.text)) || (e.type === 'CARDINAL' && yearLike) || !!pointer;
    if (!isDate) continue;
    if (pointer) {
      spans.push({ start: e.start, end: e.end + pointer[0].length });
      continue;
    }
    const prev = spans[spans.length - 1];
    if (prev && /^\s*(?:of\s+)?$/.test(text.slice(prev.end, e.start))) prev.end = e.end;
    else spans.push({ start: e.start, end: e.end });
  }
  return spans;
}

const relativeFinders = new WeakMap<Lexicon, RegExp>();
/** Relative expressions the model may not tag ("last week", "last December", "on Monday"), from the lexicon. */
function relativeFinder(lex: Lexicon): RegExp {
  let re = relativeFinders.get(lex);
  if (!re) {
    const months = Object.keys(lex.months).filter((k) => k.length > 3).join('|');
    const alternatives = [...lex.relative_dates.map((r) => r.pattern), `(?:last|this) (?:${months})`, `(?:${months})\\s*[–—-]\\s*(?:${months})`, `(?:on )?(?:${Object.keys(lex.weekdays).join('|')})`];
    re = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
    relativeFinders.set(lex, re);
  }
  return re;
}

/** Spans of relative expressions in a sentence that no model entity covers. */
function extraRelativeSpans(text: string, start: number, end: number, taken: { start: number; end: number }[], lex: Lexicon): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.slice(start, end).matchAll(relativeFinder(lex))) {
    const s = start + m.index!;
    const e = s + m[0].length;
    if (!taken.some((t) => s < t.end && t.start < e)) spans.push({ start: s, end: e });
  }
  return spans;
}

/** Every date mention in a sentence, with its value resolved against the publication date. */
export function findDates(text: string, entities: NlpEntity[], published: string, lex: Lexicon, sentence?: { start: number; end: number }): DateMention[] {
  const spans = mergedDateSpans(text, entities);
  if (sentence) spans.push(...extraRelativeSpans(text, sentence.start, sentence.end, spans, lex));
  spans.sort((a, b) => a.start - b.start);
  return spans.map(({ start, end }) => {
    const before = text.slice(Math.max(0, start - 30), start);
    const prep = before.match(/\b(?:in|on|since|during|by|from|until|over|of|as early as|as of|before|after|most recently in)\s+(?:the\s+)?$/i);
    const exprStart = prep ? start - prep[0].length : start;
    const parsed = parseDateExpression(text.slice(start, end), published, lex);
    return { start: exprStart, end, text: text.slice(exprStart, end), ...parsed };
  });
}

/** Whether an ISO date lies after the publication date (a forecast, not a fact). */
export function isAfterPublication(value: string, published: string): boolean {
  const n = Math.min(value.length, published.length);
  return value.slice(0, n) > published.slice(0, n);
}

/** Whether two ISO dates can denote the same event: equal, or one a prefix of the other ("2010" and "2010-03"). */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}
