/** Date mentions: from the NLP model's DATE entities, parsed and resolved against the publication date. */
import { withoutContaining, type Lexicon, matchesOf, anyOf } from './reference.ts';
import type { NlpEntity } from '../lib/nlp.ts';
import { sortInPlace } from './spans.ts';

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
  /** Days a range spans ("16 to 19 November": 4), when the text gives one. */
  days?: number;
  /** The last day, month or year of a stated range ("18–20 June 2016": 2016-06-20; "2016–2018": 2018), at the value's precision. */
  endValue?: string;
  /** A fact that recurs ("an annual forum since 1998": annual; "held for the tenth time": recurring, frequency not stated). */
  recurrence?: Recurrence;
}

export type Recurrence = 'annual' | 'recurring';
type ParsedDate = Pick<DateMention, 'value' | 'precision' | 'basis' | 'endValue'>;

/** The month number of a month name or abbreviation ("Nov." is 11), or undefined. */
function monthOf(lex: Lexicon, name: string): number {
  return lex.months[name.replace(/\.$/, '')];
}

const pad = (n: number) => String(n).padStart(2, '0');

const boundMonthOf = new WeakMap<Lexicon, (name: string) => number>();
/** monthOf for one lexicon, made once (tsx keeps function names: a function made per call costs a property definition). */
function monthsOf(lex: Lexicon): (name: string) => number {
  let month = boundMonthOf.get(lex);
  if (!month) boundMonthOf.set(lex, (month = monthOf.bind(null, lex)));
  return month;
}

const compiledRelative = new WeakMap<Lexicon, (Lexicon['relative_dates'][number] & { regex: RegExp })[]>();
/** The lexicon's relative date patterns ("last year", "February this year"), compiled once. */
function relativeDateRules(lex: Lexicon) {
  let rules = compiledRelative.get(lex);
  if (!rules) {
    rules = lex.relative_dates.map((rel) => ({ ...rel, regex: new RegExp(`^(?:(?:([a-z.]+)|(\\d{1,2})(?:st|nd|rd|th)? ([a-z.]+)|([a-z.]+) (\\d{1,2})(?:st|nd|rd|th)?,?) (?:of )?)?(?:over |in |during |since )?(?:the )?${rel.pattern}$`) }));
    compiledRelative.set(lex, rules);
  }
  return rules;
}

/** The publication date's parts as numbers (year, month and day when given), kept for the last date asked: one per article. */
let lastPublished: { published: string; parts: number[] } | undefined;
function publicationParts(published: string): number[] {
  if (lastPublished?.published !== published) lastPublished = { published, parts: published.split('-').map(Number) };
  return lastPublished.parts;
}

/** "sunday 20 november", "monday, 5 june 2017": the date after a weekday that names its day, and that weekday (which tells the year of a day written without one); other text as it is. */
function withoutWeekday(written: string, lex: Lexicon, month: (name: string) => number): { written: string; weekday?: number } {
  const m = /^([a-z]+),? (?=(\d{1,2})(?:st|nd|rd|th)? |([a-z.]+) \d)/.exec(written);
  return m && m[1] in lex.weekdays && (m[2] !== undefined || month(m[3])) ? { written: written.slice(m[0].length), weekday: lex.weekdays[m[1]] } : { written };
}

/** A count written in digits or words ("23", "eight", "twenty-three": the tens and the units); null when it is none. */
function countOf(word: string, lex: Lexicon): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return word.split('-').reduce((sum, w) => (sum === null || !lex.number_words[w] ? null : sum + lex.number_words[w]), 0 as number | null);
}

/** Parses "2007", "November 2007", "5 March 2010", "March 5, 2010", "2010-03-05", "February this year"... */
export function parseDateExpression(expr: string, published: string, lex: Lexicon, frameYear?: number): ParsedDate {
  const month = monthsOf(lex);
  // "18th, November 2018": a comma after an ordinal day joins nothing.
  const { written, weekday } = withoutWeekday(expr.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().replace(/^(the|in|on|since|by|during|of|from|until|early|late|mid-?)\s+/g, '').replace(/^(\d{1,2}(?:st|nd|rd|th)),/, '$1'), lex, month);
  const [pubYear, pubMonth] = publicationParts(published);
  // "by the end of 2020", "at the beginning of March 2019": the period the end or start belongs to, when it has come;
  // "to reach $5bn by the end of 2025" written in 2021 is a target, no date of the fact.
  const period = written.replace(/^(?:at |by |in )?(?:the )?(?:very )?(?:end|beginning|start|middle) of (?:the )?(?:year )?(?=(?:[a-z]+ )?\d{4}$)/, '');
  if (period !== written && Number(period.slice(-4)) > pubYear) return { value: null, precision: null, basis: 'undated' };
  // "at the end of February", "the beginning of March" with no year: the month, when this year's has come by publication
  // (one still ahead may be a target: "by the end of March", written in January).
  const monthEnd = /^(?:at |by |in )?(?:the )?(?:very )?(?:end|beginning|start|middle) of ([a-z.]+)$/.exec(written);
  if (monthEnd && month(monthEnd[1]) && frameYear) return { value: `${frameYear}-${pad(month(monthEnd[1]))}`, precision: 'month', basis: 'inferred_from_context' };
  if (monthEnd && month(monthEnd[1]) && pubMonth) return month(monthEnd[1]) <= pubMonth ? { value: `${pubYear}-${pad(month(monthEnd[1]))}`, precision: 'month', basis: 'relative_to_publication' } : { value: null, precision: null, basis: 'undated' };
  const s = period;
  let m: RegExpMatchArray | null;
  // "at the beginning of Monday's meeting": the start or end of a weekday is that day.
  if ((m = s.match(/^(?:at |by |in )?(?:the )?(?:very )?(?:end|beginning|start|middle) of ((?:last |this )?([a-z]+))(?:'s)?$/)) && m[2] in lex.weekdays) return parseDateExpression(m[1], published, lex, frameYear);
  if ((m = s.match(/^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/))) return m[3] ? { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', basis: 'explicit' } : { value: `${m[1]}-${m[2]}`, precision: 'month', basis: 'explicit' };
  if ((m = s.match(/^(1[89]\d\d|20\d\d)$/))) return { value: m[1], precision: 'year', basis: 'explicit' };
  // "2021-2022", "2014–15": a span of years starts in its first and ends in its last.
  if ((m = s.match(/^(1[89]\d\d|20\d\d)\s*[–—/-]\s*((?:1[89]|20)?\d\d)$/))) return { value: m[1], precision: 'year', basis: 'explicit', ...yearSpanEnd(m[1], m[2]) };
  // "from 2011 to 2013", "between 2009 and 2010": the same, when the span has ended by publication ("a roadmap from
  // 2014 to 2018", published 2014, is the period of what was signed, not a date of the fact).
  if ((m = s.match(/^(?:between )?(1[89]\d\d|20\d\d) (?:to|through|till|until|and) (1[89]\d\d|20\d\d)$/)) && m[2] > m[1] && Number(m[2]) <= pubYear && (!/ and /.test(s) || s.startsWith('between'))) return { value: m[1], precision: 'year', basis: 'explicit', endValue: m[2] };
  // "September 15th,2022": a comma with no space after it (pages that lost their spaces) joins as one with it.
  if ((m = s.match(/^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+)(?:, ?| )(\d{4})$/)) && month(m[2])) return { value: `${m[3]}-${pad(month(m[2]))}-${pad(+m[1])}`, precision: 'day', basis: 'explicit' };
  if ((m = s.match(/^([a-z.]+),? (\d{1,2})(?:st|nd|rd|th)?(?:, ?| )(\d{4})$/)) && month(m[1])) return { value: `${m[3]}-${pad(month(m[1]))}-${pad(+m[2])}`, precision: 'day', basis: 'explicit' };
  // "November 2007", "February of 2023".
  if ((m = s.match(/^([a-z.]+),? (?:of )?(\d{4})$/)) && month(m[1])) return { value: `${m[2]}-${pad(month(m[1]))}`, precision: 'month', basis: 'explicit' };
  if ((m = s.match(/^(?:the )?([a-z]+) (?:of )?(\d{4})$/)) && lex.seasons.includes(m[1])) return { value: m[2], precision: 'year', basis: 'explicit' };
  // "23 years since …", "25 years have passed since …": the year counted back.
  if ((m = s.match(/^([\w-]+) years? (?:have passed )?since$/))) {
    const n = countOf(m[1], lex);
    if (n) return { value: String(pubYear - n), precision: 'year', basis: 'relative_to_publication' };
  }
  // "eight years ago, on may 12": the day in the year counted back.
  if ((m = s.match(/^(\w+) years? ago,? (?:on |in )?(.+)$/))) {
    const n = countOf(m[1], lex);
    const day = n ? parseDateExpression(`${m[2]} ${pubYear - n}`, published, lex) : null;
    if (day?.value && day.basis === 'explicit') return { ...day, basis: 'relative_to_publication' };
  }
  if ((m = s.match(/^(\w+) years? ago$/))) {
    const n = countOf(m[1], lex);
    if (n) return { value: String(pubYear - n), precision: 'year', basis: 'relative_to_publication' };
  }
  const pubDay = published.split('-')[2];
  // "three weeks ago", "two months ago", "five days ago": counted back from publication, as precise as it allows.
  if ((m = s.match(/^((?:a )?couple of|[\w-]+) (day|week|month)s? ago$/))) {
    const n = m[1] === 'a' || m[1] === 'an' ? 1 : /couple of$/.test(m[1]) ? 2 : countOf(m[1], lex);
    if (n) return countedBack(n, m[2] as 'day' | 'week' | 'month', published);
  }
  if ((m = s.match(/^([a-z.]+)\s*(?:[–—-]|to)\s*([a-z.]+),? (\d{4})$/)) && month(m[1]) && month(m[2])) {
    // "April–May 2015", "January–September 2016": the start month, and the end month.
    return { value: `${m[3]}-${pad(month(m[1]))}`, precision: 'month', basis: 'explicit', ...monthSpanEnd(Number(m[3]), month(m[1]), month(m[2])) };
  }
  if (frameYear) {
    // A day or month without a year inside a frame ("2013" heading, "In 2013, ..."): the frame's year.
    const dm0 = s.match(/^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+)$/);
    const md0 = s.match(/^([a-z.]+)(?:, ?| )(\d{1,2})(?:st|nd|rd|th)?$/);
    const [d0, n0] = dm0 ? [dm0[1], dm0[2]] : md0 ? [md0[2], md0[1]] : [null, null];
    // Unless the day falls in the weeks just before publication: a news report's "on 17 May" after "In 2018, trade grew …".
    const thisYear = d0 && n0 && month(n0) ? `${pubYear}-${pad(month(n0))}-${pad(Number(d0))}` : null;
    const daysAgo = thisYear && published.length === 10 ? daysBetween(thisYear, published) : -1;
    if (thisYear && frameYear !== pubYear && daysAgo >= 0 && daysAgo <= 31) return { value: thisYear, precision: 'day', basis: 'relative_to_publication' };
    if (d0 && n0 && month(n0) && Number(d0) <= 31) return { value: `${frameYear}-${pad(month(n0))}-${pad(Number(d0))}`, precision: 'day', basis: 'inferred_from_context' };
    if ((m = s.match(/^([a-z.]+)$/)) && month(m[1]) && m[1] !== 'may') return { value: `${frameYear}-${pad(month(m[1]))}`, precision: 'month', basis: 'inferred_from_context' };
  }
  if ((m = s.match(/^([a-z.]+)\s*[–—-]\s*([a-z.]+)$/)) && month(m[1]) && month(m[2]) && pubYear) {
    // "January–September": a period of the frame's year, else of the publication year, or of the year before if it has
    // not ended yet (a text dated by its year only: that year).
    const y = frameYear ?? (!pubMonth || month(m[2]) <= pubMonth ? pubYear : pubYear - 1);
    return { value: `${y}-${pad(month(m[1]))}`, precision: 'month', basis: frameYear ? 'inferred_from_context' : 'relative_to_publication', ...monthSpanEnd(y, month(m[1]), month(m[2])) };
  }
  if ((m = s.match(/^(last|this) ([a-z.]+)$/)) && month(m[2]) && pubMonth) {
    // "last December": the latest December before the publication month; "this March": this year's.
    const mo = month(m[2]);
    const y = m[1] === 'this' ? pubYear : mo < pubMonth ? pubYear : pubYear - 1;
    return { value: `${y}-${pad(mo)}`, precision: 'month', basis: 'relative_to_publication' };
  }
  if ((m = s.match(/^(?:on )?(?:last |this )?([a-z]+)$/)) && m[1] in lex.weekdays) {
    // "on Saturday": the latest such weekday on or before the publication date.
    if (pubDay) {
      const pub = new Date(`${published}T00:00:00Z`);
      const back = (pub.getUTCDay() - lex.weekdays[m[1]] + 7) % 7;
      return { value: new Date(pub.getTime() - back * 86400000).toISOString().slice(0, 10), precision: 'day', basis: 'relative_to_publication' };
    }
    // "on Sunday" in a text published in September 2011 with no day: some day of that month, as "yesterday" is; in a text
    // dated by its year only ("China and Belarus Thursday pledged …", published 2001): some day of that year.
    if (pubMonth) return { value: `${pubYear}-${pad(pubMonth)}`, precision: 'month', basis: 'relative_to_publication' };
    if (pubYear) return { value: String(pubYear), precision: 'year', basis: 'relative_to_publication' };
  }
  // "19 November" or "November 19" (also "July, 10th") without a year: the latest such day not after publication.
  const dm = s.match(/^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z.]+)$/);
  const md = s.match(/^([a-z.]+)(?:, ?| )(\d{1,2})(?:st|nd|rd|th)?$/);
  const [day, name] = dm ? [dm[1], dm[2]] : md ? [md[2], md[1]] : [null, null];
  if (day && name && month(name) && pubMonth) {
    const mo = month(name);
    const notAfter = mo * 100 + Number(day) <= pubMonth * 100 + Number(pubDay ?? 31) ? pubYear : pubYear - 1;
    // "the SCO defence ministers' meeting in Qingdao on June 26", published on 24 June: a day in the week after
    // publication is the coming one (an event announced), not that day a year before.
    const latest = pubDay && daysBetween(published, `${notAfter + 1}-${pad(mo)}-${pad(Number(day))}`) <= UPCOMING_DAYS ? notAfter + 1 : notAfter;
    // "On Friday, August 22", published on Thursday 21 August 2025: the weekday says which year's day it is, the coming one too (a plan).
    const y = weekday !== undefined && pubDay && weekdayOf(latest, mo, Number(day)) !== weekday && weekdayOf(latest + 1, mo, Number(day)) === weekday && daysBetween(published, `${latest + 1}-${pad(mo)}-${pad(Number(day))}`) <= 31 ? latest + 1 : latest;
    return { value: `${y}-${pad(mo)}-${pad(Number(day))}`, precision: 'day', basis: 'relative_to_publication' };
  }
  // A text dated by its year only ("On September 28-30, there was a State visit", published 2016): that year's day.
  if (day && name && month(name) && !pubMonth && pubYear && Number(day) <= 31) return { value: `${pubYear}-${pad(month(name))}-${pad(Number(day))}`, precision: 'day', basis: 'relative_to_publication' };
  if (s === 'recent' && pubYear) return { value: String(pubYear), precision: 'year', basis: 'relative_to_publication' };
  // "the current year", "the day before yesterday": the leading "the" stripped above belongs to the expression.
  const withThe = /^the\s/i.test(expr.trimStart()) ? `the ${s}` : null;
  for (const rel of relativeDateRules(lex)) {
    if ((m = s.match(rel.regex) ?? (withThe ? withThe.match(rel.regex) : null))) {
      // "March this year", "29 June this year", "June 29 last year".
      const monthName = [m[1], m[3], m[4]].find((x) => x && month(x));
      const dayOf = m[2] ?? m[5];
      if (rel.unit === 'year') {
        const y = pubYear + rel.offset;
        if (monthName && month(monthName)) {
          return dayOf ? { value: `${y}-${pad(month(monthName))}-${pad(+dayOf)}`, precision: 'day', basis: 'relative_to_publication' } : { value: `${y}-${pad(month(monthName))}`, precision: 'month', basis: 'relative_to_publication' };
        }
        if (!monthName) return { value: String(y), precision: 'year', basis: 'relative_to_publication' };
      } else if (rel.unit === 'day') {
        if (!pubDay) return pubMonth ? { value: `${pubYear}-${pad(pubMonth)}`, precision: 'month', basis: 'relative_to_publication' } : { value: String(pubYear), precision: 'year', basis: 'relative_to_publication' };
        return { value: addDays(published, rel.offset), precision: 'day', basis: 'relative_to_publication' };
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
  // A bare month name in a text dated by its year only: that year's.
  if ((m = s.match(/^([a-z.]+)$/)) && month(m[1]) && m[1] !== 'may' && !pubMonth && pubYear) return { value: `${pubYear}-${pad(month(m[1]))}`, precision: 'month', basis: 'relative_to_publication' };
  return { value: null, precision: null, basis: 'undated' };
}

/** A span of years written with words, not a dash: "from 2011 to 2013", "between 2009 and 2010". */
const WORDED_YEAR_SPAN = /\d{4}\s+(?:to|through|till|until|and)\s+\d{4}/i;

/**
 * Whether a date is a span of years written with words. Such a span frames what follows it ("From 2011 to 2013,
 * imports grew"); later in a sentence it may be an object's period ("the collection gathered during his work from
 * 2015 to 2019"), so only a span before the fact's words dates it.
 */
export function isWordedYearSpan(d: Pick<DateMention, 'text' | 'endValue'>): boolean {
  return !!d.endValue && WORDED_YEAR_SPAN.test(d.text);
}

/** The last year of a span of years ("2014–15": 2015), when it comes after the first. */
function yearSpanEnd(first: string, last: string): { endValue?: string } {
  const end = last.length === 2 ? first.slice(0, 2) + last : last;
  // "in 2016 - 63%": two digits that would end a span decades later are a figure after a dash, not the span's end
  // (a span written short is a season or a few years: "2010-11", "2014–15").
  if (last.length === 2 && Number(end) - Number(first) > MAX_SHORT_SPAN_YEARS) return {};
  return Number(end) > Number(first) ? { endValue: end } : {};
}

/** The most years a span written with a two-digit end covers ("2014–19"). */
const MAX_SHORT_SPAN_YEARS = 9;

/** The last month of a span of months in a year ("April–May 2015": 2015-05; "November–February": the next year's). */
function monthSpanEnd(year: number, first: number, last: number): { endValue?: string } {
  if (first === last) return {};
  return { endValue: `${last < first ? year + 1 : year}-${pad(last)}` };
}

/**
 * Whether a date is a page's stamp, not the date of anything the text tells: an ISO day opening its line, alone or
 * after the label "date" (" date 2021-07-16 …"), or a day followed straight by a clock time ("… in Belarus Sun,
 * Apr 10 2022 17:03", "2020-04-17 22:10").
 */
export function isPageStamp(text: string, d: { text: string; start: number; end?: number }): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d.text) && /^[ \t]*(?:date[ \t]*:?[ \t]*)?$/i.test(text.slice(text.lastIndexOf('\n', d.start - 1) + 1, d.start))) return true;
  const end = d.end ?? d.start + d.text.length;
  // A clock time right after the day, with no "at" ("arrived on 5 May 2023 at 11:30" is a time of the event).
  return /^,?[ \t]+\d{1,2}:\d{2}\b/.test(text.slice(end, end + 12));
}

/** Days from ISO day a to ISO day b (negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000;
}

/** How many days after publication a day named without its year may lie and still be the coming one, not the one a year before. */
const UPCOMING_DAYS = 7;

/** Whether a day lies at most `days` days before publication (or on its day). */
export function isWithinDaysBefore(value: string, published: string, days: number): boolean {
  const n = daysBetween(value, published);
  return n >= 0 && n <= days;
}

/** The day of the week of a date (0 Sunday … 6 Saturday, as the lexicon's weekdays). */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * A date `n` days, weeks or months before publication: a day back is a day when the publication's day is known; weeks
 * back give the month they land in (a week may straddle two); months back, the month. A publication dated by its
 * month or year only gives that month or year for days and weeks (the count is smaller than its own vagueness), and
 * its year for months it cannot count within.
 */
function countedBack(n: number, unit: 'day' | 'week' | 'month', published: string): ParsedDate {
  const [year, month, day] = publicationParts(published);
  const basis = 'relative_to_publication' as const;
  if (unit === 'month' && month) {
    const total = year * 12 + (month - 1) - n;
    return { value: `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`, precision: 'month', basis };
  }
  if (unit !== 'month' && day) {
    const back = addDays(published, -n * (unit === 'week' ? 7 : 1));
    return unit === 'day' ? { value: back, precision: 'day', basis } : { value: back.slice(0, 7), precision: 'month', basis };
  }
  if (unit !== 'month' && month) return { value: `${year}-${pad(month)}`, precision: 'month', basis };
  return { value: String(year), precision: 'year', basis };
}

/** An ISO day plus n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

const rangeFinders = new WeakMap<Lexicon, RegExp>();
/**
 * Day ranges the model splits or misses: "16 to 19 November", "18–20 June 2016", "March 22-25, 2014", "In June, 4-7", "30 March – 2 April 2015",
 * "December 4 to December 6 2005"; never the tail of a numeric date ("date 2020-08-28 August …" is no range 8–28 August).
 */
function rangeFinder(lex: Lexicon): RegExp {
  let re = rangeFinders.get(lex);
  if (!re) {
    // An abbreviation's dot only where more of the date follows ("Dec. 4", "10-12 Dec. 2015"): "on 10-12 May." ends
    // its sentence with a full stop, and a date running past the clause's end would date nothing.
    const keys = Object.keys(lex.months);
    const abbreviated = (k: string) => keys.some((other) => other.length > k.length && other.startsWith(k));
    const mo = `(?:${keys.sort((a, b) => b.length - a.length).map((k) => (abbreviated(k) ? `${k}(?:\\.(?=\\s*(?:\\d|[–—-]|(?:to|and|until|till|through)\\b)))?` : k)).join('|')})`;
    const d = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
    const to = '\\s*(?:–|—|-|to|and|until|till|through)\\s*';
    const year = '(?:,?\\s+(?<y>(?:1[89]|20)\\d\\d))?';
    re = new RegExp([
      `(?<d1>${d})\\s+(?<m1>${mo})${to}(?<d2>${d})\\s+(?<m2>${mo})${year}`,
      `(?<d3>${d})${to}(?<d4>${d})\\s+(?<m3>${mo})${year.replace('<y>', '<y2>')}`,
      `(?<m4>${mo}),?\\s+(?<d5>${d})${to}(?<d6>${d})${year.replace('<y>', '<y3>')}`,
      `(?<m5>${mo})\\s+(?<d7>${d})${to}(?<m6>${mo})\\s+(?<d8>${d})${year.replace('<y>', '<y4>')}`,
    ].map((p) => `(?:${p})`).join('|').replace(/^/, '(?<![\\p{L}\\p{N}])(?<!\\d[-–—/.])(?:').concat(')(?![\\p{L}\\p{N}])'), 'giu');
    rangeFinders.set(lex, re);
  }
  return re;
}

/**
 * "the first eight months of 2019", "of this year", and with no article "Over 10 months 2018", "in 11 months of 2023":
 * a count of a year's months from its start, as trade reports give them (not "the last three months of 2018", "the
 * second six months of 2019") (module constant: see WORD in plausibility.ts on \p{…} literals in functions).
 */
const FIRST_MONTHS = /(?:\bfirst\s+|(?<=\b(?:over|in|for|during)\s+))(\p{L}+|\d{1,2})\s+months\s+(?:of\s+)?(?:((?:1[89]|20)\d\d)|(this|the\s+current|last|the\s+previous|the)\s+year)\b/giu;

/** "on the 28th" followed by a clause's end or a new clause, not by a noun ("on the 28th anniversary") nor by more days ("on the 28th and 29th of May"). */
const DAY_OF_MONTH = /\bon\s+the\s+([0-3]?\d)(?:st|nd|rd|th)(?:\s+of\s+(this|the\s+current|last|the\s+previous)\s+month\b|(?!\s*(?:,|and|to|[–—-])\s*(?:the\s+)?\d)(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|at|in|as|after|before|during|with|by|local\s+time|that)\b))/giu;

/** Day ranges in text[start, end), each with its first day and length; the year from the text, the frame or the publication. */
function findRanges(text: string, start: number, end: number, published: string, lex: Lexicon, frameYear?: number): DateMention[] {
  const out: DateMention[] = [];
  // A day range needs two numbers close together: most sentences have none and skip the long pattern.
  const twoNumbers = /\d[^\d]{1,40}\d/.test(text.slice(start, end));
  for (const m of twoNumbers ? matchesOf(rangeFinder(lex), text.slice(start, end)) : []) {
    const g = m.groups!;
    const month1 = monthOf(lex, (g.m1 ?? g.m3 ?? g.m4 ?? g.m5).toLowerCase());
    const month2 = monthOf(lex, (g.m2 ?? g.m3 ?? g.m4 ?? g.m6).toLowerCase());
    const [d1, d2] = [g.d1 ?? g.d3 ?? g.d5 ?? g.d7, g.d2 ?? g.d4 ?? g.d6 ?? g.d8].map((x) => parseInt(x, 10));
    if (!month1 || !month2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || (month1 === month2 && d2 <= d1)) continue;
    const written = g.y ?? g.y2 ?? g.y3 ?? g.y4;
    const s = start + m.index!;
    const e = s + m[0].length;
    let value: string;
    let basis: DateBasis;
    // "30 Dec. – 2 Jan. 2015": the year written at the end is the end's; the range began the year before.
    if (written) [value, basis] = [`${month2 < month1 ? Number(written) - 1 : written}-${pad(month1)}-${pad(d1)}`, 'explicit'];
    else if (frameYear) [value, basis] = [`${frameYear}-${pad(month1)}-${pad(d1)}`, 'inferred_from_context'];
    else {
      const parsed = parseDateExpression(`${d1} ${Object.keys(lex.months).find((k) => lex.months[k] === month1)}`, published, lex);
      if (!parsed.value) continue;
      [value, basis] = [parsed.value, parsed.basis];
    }
    // "30 December – 2 January": the range ends in the next year.
    const endYear = Number(value.slice(0, 4)) + (month2 < month1 ? 1 : 0);
    const endDay = `${endYear}-${pad(month2)}-${pad(d2)}`;
    const days = Math.round((Date.parse(`${endDay}T00:00:00Z`) - Date.parse(`${value}T00:00:00Z`)) / 86400000) + 1;
    out.push({ start: s, end: e, text: m[0], value, precision: 'day', basis, ...(days > 1 && days < 60 ? { days, endValue: endDay } : {}) });
  }
  // "in 2021-2022", "in 2014–15": a span of years starts in its first (the model often tags neither).
  const slice = text.slice(start, end);
  for (const m of !/[–—-]/.test(slice) ? [] : matchesOf(/(?<=\b(?:in|from|during|between|of|for)\s+)((?:1[89]|20)\d\d)\s*[–—-]\s*((?:1[89]|20)?\d\d)(?![\p{L}\p{N}-])/giu, slice)) {
    const s = start + m.index!;
    if (out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    const end = yearSpanEnd(m[1], m[2]).endValue;
    if (!end) continue;
    out.push({ start: s, end: s + m[0].length, text: m[0], value: m[1], precision: 'year', basis: 'explicit', endValue: end });
  }
  // "Q1 2019", "the first quarter of 2013", "in the 2nd quarter of 2012": a quarter is its three months (no "q", none).
  for (const m of !/q/i.test(slice) ? [] : matchesOf(/\b(?:Q([1-4])\s*(?:of\s+)?|(first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+quarter\s+(?:of\s+)?)((?:1[89]|20)\d\d)\b/giu, slice)) {
    const s = start + m.index!;
    if (out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    const q = m[1] ? Number(m[1]) : ({ first: 1, second: 2, third: 3, fourth: 4 } as Record<string, number>)[m[2].toLowerCase()] ?? Number(m[2][0]);
    const first = (q - 1) * 3 + 1;
    out.push({ start: s, end: s + m[0].length, text: m[0], value: `${m[3]}-${pad(first)}`, precision: 'month', basis: 'explicit', endValue: `${m[3]}-${pad(first + 2)}` });
  }
  // "the first eight months of 2019", "the first five months of this year": January to that month (no "months", none).
  for (const m of !/months/i.test(slice) ? [] : matchesOf(FIRST_MONTHS, slice)) {
    const s = start + m.index!;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : lex.number_words[m[1].toLowerCase()];
    if (!n || n < 2 || n > 11 || out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    const year = m[2] ?? String(Number(published.slice(0, 4)) - (/^(?:last|the\s+previous)$/i.test(m[3]) ? 1 : 0));
    out.push({ start: s, end: s + m[0].length, text: m[0], value: `${year}-01`, precision: 'month', basis: m[2] ? 'explicit' : 'relative_to_publication', endValue: `${year}-${pad(n)}` });
  }
  // "opened on the 28th.": a day of the month alone is the latest such day on or before publication (not "on the 28th
  // anniversary", "on the 5th of May": a word after it makes it something else's ordinal or another date's day); "on
  // the 1st of this month", "of last month": that month's. A text dated by its month only ("On the 15th, China
  // delivered …", published April 2020): that month's day.
  for (const m of !/\bthe\s+[0-3]?\d(?:st|nd|rd|th)\b/i.test(slice) || published.length < 7 ? [] : matchesOf(DAY_OF_MONTH, slice)) {
    const s = start + m.index!;
    const day = Number(m[1]);
    if (day < 1 || day > 31 || out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    const [y, mo, d] = publicationParts(published);
    const which = m[2]?.replace(/\s+/g, ' ').toLowerCase();
    // The month named ("of this month", "of last month") or, in a text dated by its month only, that month; else the
    // latest month on or before publication that has that day ("the 31st" in early December: 31 October).
    const named = which !== undefined || d === undefined;
    let back = y * 12 + mo - 1 - (which === 'last' || which === 'the previous' || (!named && day > d) ? 1 : 0);
    const hasDay = (month: number) => new Date(Date.UTC(Math.floor(month / 12), month % 12, day)).getUTCDate() === day;
    if (named && !hasDay(back)) continue; // "the 31st of this month" in April: no such day
    while (!hasDay(back)) back--;
    out.push({ start: s, end: s + m[0].length, text: m[0], value: `${Math.floor(back / 12)}-${pad((back % 12) + 1)}-${pad(day)}`, precision: 'day', basis: 'relative_to_publication' });
  }
  // "H1 2019", "in the first half of 2019", "the second half of 2011": a half is its six months (no "half" or "H1"/"H2", none).
  for (const m of !/half|\bH[12]/i.test(slice) ? [] : matchesOf(/\b(?:H([12])\s*(?:of\s+)?|(first|second|1st|2nd)\s+half\s+(?:of\s+)?(?:the\s+year\s+)?)((?:1[89]|20)\d\d)\b/giu, slice)) {
    const s = start + m.index!;
    if (out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    const second = m[1] ? m[1] === '2' : /^(?:second|2nd)$/i.test(m[2]);
    out.push({ start: s, end: s + m[0].length, text: m[0], value: `${m[3]}-${second ? '07' : '01'}`, precision: 'month', basis: 'explicit', endValue: `${m[3]}-${second ? '12' : '06'}` });
  }
  // "this 17th day of January 1995" (a treaty's closing formula): that day.
  for (const m of !/\bday\s+of\b/i.test(slice) ? [] : matchesOf(DAY_OF_MONTH_YEAR, slice)) {
    const s = start + m.index!;
    const mo = monthsOf(lex)(m[2].toLowerCase());
    if (!mo || Number(m[1]) < 1 || Number(m[1]) > 31 || out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    out.push({ start: s, end: s + m[0].length, text: m[0], value: `${m[3]}-${pad(mo)}-${pad(Number(m[1]))}`, precision: 'day', basis: 'explicit' });
  }
  // "in the first half of the year", "the third quarter of this year": the half or quarter of the frame's year, else of
  // the publication's (as "the first nine months of the year").
  for (const m of !/half|quarter/i.test(slice) ? [] : matchesOf(PART_OF_THE_YEAR, slice)) {
    const s = start + m.index!;
    if (out.some((r) => s < r.end && r.start < s + m[0].length)) continue;
    // "of this year" is the publication's, whatever the frame; "of the year" the frame's when there is one.
    const own = /\b(?:this|current)\s+year$/i.test(m[0]);
    const year = (own ? undefined : frameYear) ?? Number(published.slice(0, 4));
    const ordinal = ({ first: 1, second: 2, third: 3, fourth: 4 } as Record<string, number>)[m[1].toLowerCase()] ?? Number(m[1][0]);
    const months = /half/i.test(m[2]) ? 6 : 3;
    if (months === 6 && ordinal > 2) continue;
    const first = (ordinal - 1) * months + 1;
    out.push({ start: s, end: s + m[0].length, text: m[0], value: `${year}-${pad(first)}`, precision: 'month', basis: frameYear && !own ? 'inferred_from_context' : 'relative_to_publication', endValue: `${year}-${pad(first + months - 1)}` });
  }
  return out;
}

/** "the 17th day of January 1995": day, month, year as groups 1-3. */
const DAY_OF_MONTH_YEAR = /\b([0-3]?\d)(?:st|nd|rd|th)?\s+day\s+of\s+(\p{L}+),?\s+((?:1[89]|20)\d\d)\b/giu;

/** "the first half of the year", "the 3rd quarter of this year": a part of a year named by no number (ordinal as group 1, "half"/"quarter" as group 2). */
const PART_OF_THE_YEAR = /\b(first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+(half|quarter)\s+of\s+(?:the|this)\s+(?:current\s+)?year\b/giu;

/** A year followed by a past verb of which it is the subject: "2018 has been declared", "2010 was of special significance" (not "2025 is the target", "2020 will be": a year named as a goal). */
const YEAR_AS_SUBJECT = /^\s+(?:has been|had been|was)\b/;

/**
 * A year written as a modifier of an event noun after a determiner or possessive: "his 2015 visit", "the 2013 state
 * visit", "Lukashenko's 2019 trip" (the model calls such a year a CARDINAL; "his 2015" alone is no date).
 */
const YEAR_BEFORE_EVENT = /^\s+(?:(?:state|official|working|first|second|historic|landmark|joint)\s+)?(?:visits?|trips?|tours?|talks|summit|meeting|agreements?|contracts?|deals?|forum|exhibition|loans?|declaration|communiqu[eé])\b/i;
const DETERMINER_BEFORE = /(?:\b(?:his|her|their|its|the|a|an|this|that)|['’]s)\s*$/i;

/** Joins date entities the model split ("February" + "this year") and extends each with its preposition. */
function mergedDateSpans(text: string, entities: NlpEntity[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const e of entities) {
    // The model sometimes calls a year in a list a CARDINAL ("in 2012, 2013 and 2014") or a DURATION ("since 1998").
    // So is a year heading a list item or a chronology line ("• 2015: …", "2016 — …"), or opening a sentence ("2022 is
    // the 30th anniversary of …"), or the subject of its clause ("said that 2018 has been declared the Year of …").
    const yearLike = /^(?:1[89]|20)\d\d(?:\s*[–—-]\s*(?:1[89]|20)?\d\d)?$/.test(e.text) && (/(?:\b(?:in|since|of|by|until|and|or|for|during|through|from|to)|,|^|\n|[•·▪*–—-]|[.!?]["”’]?)\s*$/i.test(text.slice(Math.max(0, e.start - 12), e.start)) || /^\s*[:–—]/.test(text.slice(e.end, e.end + 3)) || YEAR_AS_SUBJECT.test(text.slice(e.end, e.end + 12))
      || (DETERMINER_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)) && YEAR_BEFORE_EVENT.test(text.slice(e.end, e.end + 30))));
    // "two years earlier", "three years ago": a DURATION that points back or forward is a date.
    // "It has been 23 years since China and Belarus established relations": what followed "since" is that far back.
    const pointer = e.type === 'DURATION' ? text.slice(e.end).match(/^\s+(?:earlier|before|later|after|ago|(?:have\s+passed\s+)?since(?!\s+(?:the\s+)?(?:\d|(?:early|late|mid)\b)))\b/i) : null;
    const isDate = e.type === 'DATE' || (e.type === 'DURATION' && /\b(?:1[89]|20)\d\d\b/.test(e.text)) || (e.type === 'CARDINAL' && yearLike) || !!pointer;
    // "on Sept 15": the model calls the day a CARDINAL after an abbreviation of a month it does not know; the month and
    // the day are the date.
    const unknownMonth = !isDate && e.type === 'CARDINAL' && /^(?:[12]\d|3[01]|0?[1-9])$/.test(e.text) ? MONTH_RIGHT_BEFORE.exec(text.slice(Math.max(0, e.start - 12), e.start)) : null;
    if (unknownMonth && !/^[\p{L}\p{N}]/u.test(text.slice(e.end, e.end + 1))) {
      spans.push({ start: e.start - unknownMonth[0].length, end: e.end });
      continue;
    }
    if (!isDate) continue;
    if (pointer) {
      spans.push({ start: e.start, end: e.end + pointer[0].length });
      continue;
    }
    // "On 13rd September 2017": a day written with the wrong ordinal suffix is cut by the model after its first digit;
    // the digit before belongs to the day.
    if (/^[0-9](?:st|nd|rd|th)\b/.test(e.text) && /(?<![\p{L}\p{N}])[1-3]$/u.test(text.slice(Math.max(0, e.start - 2), e.start)) && Number(text[e.start - 1] + e.text[0]) <= 31) {
      spans.push({ start: e.start - 1, end: e.end });
      continue;
    }
    const prev = spans[spans.length - 1];
    // "the 16th of February 2017": the model leaves the ordinal day out of the month's date; it is the date's day.
    const day = MONTH_AND_YEAR.test(e.text) && !/^['’]s\b/.test(text.slice(e.end, e.end + 3)) ? ORDINAL_DAY_OF.exec(text.slice(Math.max(0, e.start - 12), e.start)) : null;
    if (day && !(prev && prev.end > e.start - day[0].length)) {
      spans.push({ start: e.start - day[0].length, end: e.end });
      continue;
    }
    // "On Sept. 15, 2022": the model keeps only the year of a day written with an abbreviated month it does not know.
    const monthDay = /^(?:1[89]|20)\d\d$/.test(e.text) && !(prev && prev.end > e.start - 16) ? MONTH_DAY_BEFORE_YEAR.exec(text.slice(Math.max(0, e.start - 16), e.start)) : null;
    if (monthDay && MONTH_AND_YEAR.test(monthDay[1])) {
      spans.push({ start: e.start - monthDay[0].length, end: e.end });
      continue;
    }
    const gap = prev ? text.slice(prev.end, e.start) : '';
    // "November, 2006", "June 5, 2013": a comma between a month (or day) and its year joins them too.
    const yearAfterComma = prev && /^\s*,\s*$/.test(gap) && /^(?:1[89]|20)\d\d$/.test(e.text) && /[a-z]\.?\s*\d{0,2}$/i.test(text.slice(prev.start, prev.end)) && !/\d{4}/.test(text.slice(prev.start, prev.end));
    // "on August, 31 1997": a comma after the month, then the day and the year, which the model leaves out of the month's date.
    const dayAndYearAfterMonth = prev && MONTH_COMMA_DAY.test(gap) && /^(?:1[89]|20)\d\d$/.test(e.text) && MONTH_ALONE.test(text.slice(prev.start, prev.end));
    // A year ends a date: "the level of 2014 last year" is two dates, not one.
    const prevHasYear = prev && /\b(?:1[89]|20)\d\d\b/.test(text.slice(prev.start, prev.end));
    // "Eight years ago, on May 12", "two years ago in June": a month or day with no year after a count of years back is
    // a day of that year.
    const dayOfYearsAgo = prev && /\bago$/i.test(text.slice(prev.start, prev.end)) && /^\s*,?\s*(?:on|in)\s+$/i.test(gap) && MONTH_DAY_ALONE.test(e.text);
    if (prev && !prevHasYear && (/^\s*(?:of\s+)?$/.test(gap) || yearAfterComma || dayAndYearAfterMonth || dayOfYearsAgo)) prev.end = e.end;
    else spans.push({ start: e.start, end: e.end });
  }
  // "(July, 31 2002)" where the model found the month only: its day and year follow the comma.
  // "ended on July, 10th", "On June, 9 the delegation …": a day with no year after the comma, read as the month's day when
  // it has an ordinal suffix or "on" leads the month ("in June, 9 agreements were signed" counts agreements).
  for (const sp of spans) {
    const alone = MONTH_ALONE.test(text.slice(sp.start, sp.end));
    const rest = alone ? COMMA_DAY_YEAR.exec(text.slice(sp.end, sp.end + 12)) : null;
    if (rest) { sp.end += rest[0].length; continue; }
    const day = alone ? COMMA_DAY.exec(text.slice(sp.end, sp.end + 8)) : null;
    if (day && (day[1] || /^on\s/i.test(text.slice(sp.start, sp.end)) || /\bon\s+$/i.test(text.slice(Math.max(0, sp.start - 4), sp.start)))) sp.end += day[0].length;
  }
  return spans;
}

/** A month with or without its day, and no year: "May 12", "12 May", "June". */
const MONTH_DAY_ALONE = /^(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?)?\p{L}{3,9}\.?(?:\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?$/u;

/** Between a month's date and a year: a comma and a day, perhaps another comma (", 31 " in "August, 31 1997", ", 29, " in "October, 29, 2019"). */
const MONTH_COMMA_DAY = /^\s*,\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+$/;
/**
 * A comma and a day with no year right after a month's name (", 10th" in "ended on July, 10th", ", 9" in "On June, 9 the
 * delegation arrived"): group 1 the ordinal suffix. Not before another digit or a decimal point.
 */
const COMMA_DAY = /^\s?,\s?(?:[12]\d|3[01]|0?[1-9])(st|nd|rd|th)?(?![\p{L}\p{N}]|[.,]\d)/u;
/** A comma, a day and a year right after a month's name: ", 31 2002". */
const COMMA_DAY_YEAR = /^\s*,\s*(?:[12]\d|3[01]|0?[1-9])\s+(?:1[89]|20)\d\d(?!\d)/;
/** English month names and their abbreviations, as one alternation. */
const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** A capitalised month's name or abbreviation and a space, right before a day ("Sept ", "Sept. "). */
const MONTH_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}.])(?:${MONTH_NAME.replace(/(^|\|)(\w)/g, (_m, bar: string, c: string) => `${bar}${c.toUpperCase()}`)})\\.?\\s$`, 'u');

/** A month's name written alone, with its preposition ("on August", "Aug."). */
const MONTH_ALONE = new RegExp(`^(?:(?:in|on|of|since|by|from|until)\\s+)?(?:${MONTH_NAME})\\.?$`, 'i');

/** A month name, with its year or alone ("February 2017", "May"): what an ordinal day "of" can be the day of. */
const MONTH_AND_YEAR = new RegExp(`^(?:${MONTH_NAME})\\.?(?:,?\\s+(?:1[89]|20)\\d\\d)?$`, 'i');

/**
 * An ordinal day and "of" right before a month ("16th of ", "18th, "), or a day whose suffix the model does not read ("22th "),
 * as the model leaves either out of the month's DATE entity.
 */
const ORDINAL_DAY_OF = /(?<![\p{L}\p{N}])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th),?\s+(?:of\s+)?$/iu;

/** A month (its abbreviation with a full stop) and a day right before a year: "Sept. 15, " (the month checked by MONTH_AND_YEAR). */
const MONTH_DAY_BEFORE_YEAR = /(?<![\p{L}\p{N}])(\p{L}{3,9}\.?)\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,\s*$/u;

/** A capitalised word right before a year (module constant: see WORD in plausibility.ts on \p{…} literals in functions). */
const NAME_BEFORE_YEAR = /(\p{Lu}[\p{L}]*)[ -]$/u;

/** Words before a year or a month that make it a date, not the end of a name ("in 2015", "late May", "the 2015 …"). */
const DATE_LEAD_WORDS = 'in|on|at|by|since|from|during|until|till|of|for|through|before|after|around|late|early|mid|end|the|and|or|to|as|than';
/** Before a year, also "year" and "fiscal" ("fiscal 2015", "FY 2015"); before a month, "last", "next", "this", "that". */
const NOT_NAME_BEFORE_YEAR = new RegExp(`^(?:${DATE_LEAD_WORDS}|year|fiscal|fy)$`);
const NOT_NAME_BEFORE_MONTH = new RegExp(`^(?:${DATE_LEAD_WORDS}|last|next|this|that)$`, 'i');

/** A month's name and a day's number alone ("March 3"), the month captured. */
const MONTH_NUMBER = /^(\p{Lu}\p{Ll}{2,8})\.?\s+\d{1,2}$/u;

/** A capitalised word written in lower case after its capital, right before a month (not a dateline's "MINSK"). */
const NAME_BEFORE_MONTH_DAY = /(?<![\p{L}\p{N}.,;:])(\p{Lu}\p{Ll}+) $/u;

/** A capitalised word alone, as a month's name or abbreviation is written ("Jun", "May", "Sept."). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{2,8}\.?$/u;
/** A capitalised word right after a month's name, one space between: " Revolution" in "the October Revolution". */
const NAME_AFTER_MONTH = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;
/** "the " (or "the Great ") right before a month's name. */
const THE_BEFORE = /\bthe\s+(?:Great\s+)?$/i;

/**
 * A year or a month written as part of a name: a year after a capitalised word that is not a month ("the SCO Summit
 * 2025", "Expo-2010"); a month's name alone right after a capitalised word ("CITIC president Wang Jun", "Theresa May");
 * a named year ("the official start of the Year of the Regions").
 */
function isYearOfName(text: string, span: { start: number; end: number }, lex: Lexicon): boolean {
  const written = text.slice(span.start, span.end);
  if (/\bYear$/.test(written) && /^\s+of\s/.test(text.slice(span.end, span.end + 5))) return true;
  if (CAPITALISED_WORD.test(written) && written.replace(/\.$/, '').toLowerCase() in lex.months) {
    // "the Orders of the October Revolution", "named after the October Revolution": a month after "the" with a
    // capitalised noun right after it (no month, weekday or word of a date) names an event, not a month.
    const next = NAME_AFTER_MONTH.exec(text.slice(span.end, span.end + 20));
    if (next && THE_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start)) && !(next[1].toLowerCase() in lex.months) && !(next[1].toLowerCase() in lex.weekdays) && !NOT_NAME_BEFORE_MONTH.test(next[1])) return true;
    const word = NAME_BEFORE_YEAR.exec(text.slice(Math.max(0, span.start - 30), span.start));
    return !!word && !(word[1].toLowerCase() in lex.months) && !NOT_NAME_BEFORE_MONTH.test(word[1]);
  }
  // "a Long March 3B rocket", "Long March 5": a month and a number inside a name (a letter right after the number, or a
  // capitalised word before the month that is no weekday nor word that leads a date) are no day.
  const monthDay = MONTH_NUMBER.exec(written);
  if (monthDay && monthDay[1].toLowerCase() in lex.months) {
    if (/^[\p{L}\p{N}]/u.test(text.slice(span.end, span.end + 1))) return true;
    const word = NAME_BEFORE_MONTH_DAY.exec(text.slice(Math.max(0, span.start - 30), span.start));
    return !!word && !(word[1].toLowerCase() in lex.months) && !(word[1].toLowerCase() in lex.weekdays) && !NOT_NAME_BEFORE_MONTH.test(word[1]);
  }
  if (!/^(?:1[89]|20)\d\d$/.test(written)) return false;
  const word = NAME_BEFORE_YEAR.exec(text.slice(Math.max(0, span.start - 30), span.start));
  if (!word) return false;
  const w = word[1].toLowerCase();
  return !(w in lex.months) && !lex.seasons.includes(w) && !NOT_NAME_BEFORE_YEAR.test(w);
}

const relativeFinders = new WeakMap<Lexicon, RegExp>();
/** Relative expressions the model may not tag ("last week", "last December", "on Monday"), from the lexicon. */
function relativeFinder(lex: Lexicon): RegExp {
  let re = relativeFinders.get(lex);
  if (!re) {
    const months = Object.keys(lex.months).filter((k) => k.length > 3).join('|');
    const alternatives = [...lex.relative_dates.map((r) => r.pattern), ...lex.anaphoric_dates, `(?:last|this) (?:${months})`, `(?:${months})\\s*[–—-]\\s*(?:${months})`, `(?:on )?(?:${Object.keys(lex.weekdays).join('|')})`];
    re = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
    relativeFinders.set(lex, re);
  }
  return re;
}

const anchorLists = new WeakMap<Lexicon, RegExp>();
/** Whether a text contains one of the words one of which every relative date expression contains (anyOf; "ago" for "a short while ago"). */
function anyRelativeAnchor(lex: Lexicon): RegExp {
  let re = anchorLists.get(lex);
  if (!re) {
    re = anyOf(withoutContaining(['year', 'month', 'week', 'day', 'yesterday', 'today', 'recently', 'ago', 'that time', 'then', ...lex.seasons, ...Object.keys(lex.weekdays), ...Object.keys(lex.months).filter((k) => k.length > 3)]));
    anchorLists.set(lex, re);
  }
  return re;
}

const recentFinders = new WeakMap<Lexicon, RegExp>();
/** Events called recent in a sentence ("a recent visit"; lexicon recent_event_dates): dated by the publication year. */
function recentEventSpans(text: string, start: number, end: number, lex: Lexicon): { start: number; end: number }[] {
  const slice = text.slice(start, end);
  if (!/\brecent\b/i.test(slice)) return [];
  let re = recentFinders.get(lex);
  if (!re) recentFinders.set(lex, (re = new RegExp(`\\b(?:${lex.recent_event_dates})`, 'gi')));
  return matchesOf(re, slice).map((m) => ({ start: start + m.index!, end: start + m.index! + m[0].length }));
}

/** Spans of relative expressions in a sentence that no model entity covers. */
function extraRelativeSpans(text: string, start: number, end: number, taken: { start: number; end: number }[], lex: Lexicon): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  // Every relative expression names a unit, a weekday or a month: a sentence with none skips the long pattern.
  const lower = slice.toLowerCase();
  if (!anyRelativeAnchor(lex).test(lower)) return spans;
  for (const m of matchesOf(relativeFinder(lex), slice)) {
    const s = start + m.index!;
    const e = s + m[0].length;
    if (!taken.some((t) => s < t.end && t.start < e)) spans.push({ start: s, end: e });
  }
  return spans;
}

/** "through July 19", "until 20 May": a date that ends a span (lexicon span_end_words). */
export function isSpanEnd(written: string, lex: Pick<Lexicon, 'span_end_words'>): boolean {
  const first = /^\p{L}+/u.exec(written)?.[0].toLowerCase();
  return !!first && lex.span_end_words.includes(first);
}

/**
 * "are conducting exercises through July 19", published 9 July: a day without a year that ends a span under way is the
 * next such day within the lexicon's span_end_ahead_days of publication, not the latest one before it.
 */
function spanEndAhead(parsed: ParsedDate, published: string, lex: Pick<Lexicon, 'span_end_ahead_days'>): ParsedDate {
  if (parsed.precision !== 'day' || parsed.basis !== 'relative_to_publication' || !parsed.value || published.length !== 10) return parsed;
  const next = `${Number(parsed.value.slice(0, 4)) + 1}${parsed.value.slice(4)}`;
  const ahead = daysBetween(published, next);
  return ahead > 0 && ahead <= lex.span_end_ahead_days ? { ...parsed, value: next } : parsed;
}

/** A word, a comma and a space right before a date: its weekday when the word is one (module constant: \p{…} literal). */
const WEEKDAY_BEFORE = /(?<![\p{L}])(\p{L}+),\s{1,2}$/u;

/** A date that ends with a number, then the capitalised name of its occasion: "July 3 Independence Day" (module constant: \p{…} literal). */
const DAY_BEFORE_OCCASION = /^(.*\d)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;

/** Where a date at `start` begins with its preposition ("in", "as early as", "since the"). */
function withPreposition(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 30), start);
  const prep = before.match(/\b(?:in|on|since|during|by|from|between|until|till|through|over|of|as early as|as of|before|after|most recently in)\s+(?:the\s+)?$/i);
  return prep ? start - prep[0].length : start;
}

/** Every date mention in a sentence, with its value resolved against the publication date. */
export function findDates(text: string, entities: NlpEntity[], published: string, lex: Lexicon, sentence?: { start: number; end: number }, pageFrameYear?: number): DateMention[] {
  // "Today: Wednesday, 17 April 2024" atop a page published in 2023: a frame later than the publication is the page's chrome.
  const frameYear = pageFrameYear && pageFrameYear > Number(published.slice(0, 4)) ? undefined : pageFrameYear;
  const ranges = sentence ? findRanges(text, sentence.start, sentence.end, published, lex, frameYear) : [];
  const spans = mergedDateSpans(text, entities).filter((sp) => !ranges.some((r) => sp.start < r.end && r.start < sp.end) && !isYearOfName(text, sp, lex));
  // "a recent visit" dates the visit only when the sentence gives no date of its own ("his recent trip to China on June 3": June 3).
  if (sentence && !ranges.length && !spans.length) spans.push(...recentEventSpans(text, sentence.start, sentence.end, lex));
  if (sentence) spans.push(...extraRelativeSpans(text, sentence.start, sentence.end, [...spans, ...ranges], lex));
  sortInPlace(spans, (a, b) => a.start - b.start);
  // "Sunday, September 22, 2024": a weekday right before the date it names adds nothing (and is no day of its own).
  const named = spans.filter((sp, i) => !(spans[i + 1] && text.slice(sp.start, sp.end).toLowerCase() in lex.weekdays && /^,?\s{1,2}$/.test(text.slice(sp.end, spans[i + 1].start)) && /\d/.test(text.slice(spans[i + 1].start, spans[i + 1].end))));
  const found: DateMention[] = named.map(({ start, end }) => {
    const exprStart = withPreposition(text, start);
    const written = text.slice(exprStart, end);
    const the = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) ? 'the ' : '';
    // "Friday, August 22": the weekday before a day with no year goes with it (it tells the year).
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    const expr = weekday && weekday[1].toLowerCase() in lex.weekdays ? `${weekday[1]}, ${text.slice(start, end)}` : text.slice(start, end);
    const parsed0: ParsedDate = isAnaphoric(the + written) ? { value: null, precision: null, basis: 'undated' } : parseDateExpression(expr, published, lex, frameYear);
    // "the July 3 Independence Day parade": a day and the name of its occasion are read as the day.
    const occasion = parsed0.value ? null : DAY_BEFORE_OCCASION.exec(expr);
    const parsed = occasion ? parseDateExpression(occasion[1], published, lex, frameYear) : parsed0;
    return { start: exprStart, end, text: written, ...(isSpanEnd(written, lex) ? spanEndAhead(parsed, published, lex) : parsed) };
  });
  for (const r of ranges) {
    const exprStart = withPreposition(text, r.start);
    found.push({ ...r, start: exprStart, text: text.slice(exprStart, r.end) });
  }
  return sortInPlace(found, (a, b) => a.start - b.start);
}

/**
 * A date that points at the date before it in the text: "later that year", "the same month", "the next day",
 * "two days later", "the following year". Null when the expression is not one, or nothing came before.
 */
export function anaphoricDate(expr: string, last: string | null, lex: Lexicon): Pick<DateMention, 'value' | 'precision' | 'basis'> | null {
  if (!last) return null;
  const s = expr.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(?:in|on|during|by|of|from|later|earlier)\s+/, '').replace(/^(?:later|earlier)\s+/, '').replace(/^the\s+/, '');
  const n = (w: string) => (/^\d+$/.test(w) ? Number(w) : w === 'a' || w === 'one' ? 1 : lex.number_words[w]);
  const year = Number(last.slice(0, 4));
  const inferred = 'inferred_from_context' as const;
  let m: RegExpMatchArray | null;
  // "At that time, both sides said in a joint statement …": the time of the date before, as precise as it was.
  // "Lukashenko thanked the Chinese side for the tests sincerely then." (a sentence-final "then", lexicon anaphoric_dates): the same.
  if (/^(?:at |around |about )?that time$|^then$/.test(s)) return { value: last, precision: last.length === 4 ? 'year' : last.length === 7 ? 'month' : 'day', basis: inferred };
  if (/^(?:that|same|that same) year$/.test(s)) return { value: String(year), precision: 'year', basis: inferred };
  if (/^(?:following|next|subsequent) year$|^a year later$/.test(s)) return { value: String(year + 1), precision: 'year', basis: inferred };
  if (/^(?:previous|preceding) year$|^year before$/.test(s)) return { value: String(year - 1), precision: 'year', basis: inferred };
  if (last.length >= 7) {
    if (/^(?:that|same|that same) month$/.test(s)) return { value: last.slice(0, 7), precision: 'month', basis: inferred };
    if (/^(?:following|next) month$|^a month later$/.test(s)) {
      const total = year * 12 + Number(last.slice(5, 7));
      return { value: `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`, precision: 'month', basis: inferred };
    }
  }
  if (last.length === 10) {
    if (/^(?:that|same|that same) day$/.test(s)) return { value: last, precision: 'day', basis: inferred };
    if (/^(?:following|next) day$|^day after$/.test(s)) return { value: addDays(last, 1), precision: 'day', basis: inferred };
    if (/^(?:previous|preceding) day$|^day before$/.test(s)) return { value: addDays(last, -1), precision: 'day', basis: inferred };
    if ((m = s.match(/^(\w+) days? (later|after|earlier|before)$/)) && n(m[1])) return { value: addDays(last, (/later|after/.test(m[2]) ? 1 : -1) * n(m[1])), precision: 'day', basis: inferred };
  }
  return null;
}

/** Whether an expression points at the date before it rather than at the publication ("the next year", "the following month"). */
export const isAnaphoric = (expr: string) => /^(?:(?:in|on|during|by)\s+)?(?:later\s+|earlier\s+)?(?:the\s+)?(?:following|subsequent|same|that|next\s+day)\b|^(?:in|on)?\s*the\s+next\s+(?:year|month)\b/i.test(expr.trim());

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

type RecurrenceRules = { annual: RegExp; recurring: RegExp; edition: RegExp; since: RegExp };
const recurrenceRuleSets = new WeakMap<Lexicon, RecurrenceRules>();
/** The lexicon's recurrence cues, compiled once (none when the lexicon has no recurrence_cues). */
function recurrenceRules(lex: Lexicon): RecurrenceRules {
  let rules = recurrenceRuleSets.get(lex);
  if (!rules) {
    const cues = lex.recurrence_cues ?? { annual: [], recurring: [] };
    const alt = (xs: string[]) => (xs.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${xs.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : /(?!)/);
    const ordinals = Object.keys(lex.ordinal_words ?? {}).join('|');
    rules = {
      annual: alt(cues.annual), recurring: alt(cues.recurring),
      edition: new RegExp(`\\b(?:for the|the)\\s+(\\d+(?:st|nd|rd|th)|${ordinals || 'second'})\\s+(?:time|edition)\\b`, 'i'),
      since: /\bsince\s+((?:1[89]|20)\d\d)\b(?!\s*[–—-]\s*\d)/i,
    };
    recurrenceRuleSets.set(lex, rules);
  }
  return rules;
}

/** Categories whose facts can recur as events (a forum, a festival, a day of culture, a meeting); not amounts or indicators. */
const RECURRING_CATEGORIES = new Set(['cultural', 'technology', 'media', 'visit', 'diplomatic_relations', 'political_support', 'agreement']);

/**
 * The date of a fact its clause says recurs: "an annual 'China Technology Day' since 1998" is annual from 1998, not one
 * 1998 event; "held for the tenth time in 2016", annual, is annual from 2007 (inferred); without a first year or a
 * frequency the fact keeps its date and is marked recurring. Null when the clause does not say the fact recurs.
 */
export function recurringDate(clause: string, category: string, date: Omit<DateMention, 'start' | 'end'> | null, lex: Lexicon): Omit<DateMention, 'start' | 'end'> | null {
  if (!RECURRING_CATEGORIES.has(category)) return null;
  const rules = recurrenceRules(lex);
  const annual = rules.annual.test(clause);
  const edition = clause.match(rules.edition);
  const editionNumber = edition ? (/^\d/.test(edition[1]) ? parseInt(edition[1], 10) : lex.ordinal_words?.[edition[1].toLowerCase()]) : undefined;
  const recurring = annual || rules.recurring.test(clause) || (editionNumber !== undefined && editionNumber > 1);
  if (!recurring) return null;
  const recurrence: Recurrence = annual ? 'annual' : 'recurring';
  const since = clause.match(rules.since);
  if (since) return { text: since[0], value: since[1], precision: 'year', basis: 'explicit', recurrence };
  if (annual && editionNumber && editionNumber > 1 && date?.value) {
    return { text: edition![0], value: String(Number(date.value.slice(0, 4)) - (editionNumber - 1)), precision: 'year', basis: 'inferred_from_context', recurrence };
  }
  return { ...(date ?? { text: '', value: null, precision: null, basis: 'undated' as const }), recurrence };
}

const visitEndFinders = new WeakMap<Lexicon, { before: RegExp; after: RegExp }>();
/**
 * A visit-ending verb just before a date, with at most a place between ("returned to Minsk on Sunday"), or just after it
 * with at most a pronoun or a name between ("on Sunday he returned", "on 28 April Lukashenko left").
 */
function visitEndFinder(lex: Lexicon): { before: RegExp; after: RegExp } {
  let re = visitEndFinders.get(lex);
  if (!re) {
    const verbs = (lex.visit_end_verbs ?? []).join('|');
    const none = /(?!)/;
    re = verbs ? {
      before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs})(?:\\s+(?:to|from)?\\s*(?:the\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*)?)?(?:\\s+(?:home|back))?\\s+$`, 'u'),
      after: new RegExp(`^\\s*,?\\s*(?:(?:he|she|they|the(?:\\s+[\\p{L}-]+){1,2}|[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*){0,2})\\s+)?(?:${verbs})(?![\\p{L}\\p{N}])(?!\\s+for\\b)`, 'u'),
    } : { before: none, after: none };
    visitEndFinders.set(lex, re);
  }
  return re;
}

/** The length in days a clause gives a visit ("a three-day visit", "for five days", "a week-long tour"), from the lexicon's duration patterns. */
function durationIn(clause: string, lex: Lexicon): number | null {
  for (const pattern of lex.duration_patterns ?? []) {
    const m = clause.match(new RegExp(pattern, 'iu'));
    if (!m) continue;
    if (m.groups?.week) return 7;
    const n = m.groups?.n;
    const value = n ? (/^\d+$/.test(n) ? Number(n) : lex.number_words[n.toLowerCase()]) : undefined;
    if (value) return value;
  }
  return null;
}

/** Whether a visit-ending verb governs a date ("returned … on Sunday", "left Beijing on 28 April"). */
function endsVisit(text: string, d: { start: number; end: number }, finder: { before: RegExp; after: RegExp }): boolean {
  return finder.before.test(text.slice(Math.max(0, d.start - 50), d.start)) || finder.after.test(text.slice(d.end, d.end + 40));
}

/**
 * A visit's start and end in one sentence: "On 25 April Lukashenko arrived in Beijing … and returned to Minsk on Sunday".
 * The dates a visit-ending verb governs ("returned … on Sunday", "left Beijing on 28 April") are its end, the others its
 * start: the visit takes the start, and the latest end within a month after it as its end date. With no other date,
 * nothing changes (the ending day is all the text gives).
 */
export function visitStartAndEnd<T extends Pick<DateMention, 'start' | 'end' | 'value' | 'precision' | 'basis'>>(text: string, dates: T[], lex: Lexicon, clause = ''): { starts: T[]; end: string | null } {
  const finder = visitEndFinder(lex);
  const ends = dates.filter((d) => endsVisit(text, d, finder));
  const starts = dates.filter((d) => !endsVisit(text, d, finder));
  const last = ends[ends.length - 1];
  const days = !starts.length && last?.precision === 'day' && last.value ? durationIn(clause, lex) : null;
  // "On 16 May Lukashenka concluded a three-day visit": the day written is the last; the visit began two days before.
  if (days && days > 1) return { starts: [{ ...last, value: addDays(last.value!, 1 - days), basis: 'inferred_from_context' }], end: last.value };
  if (!ends.length || !starts.length) return { starts: dates, end: null };
  const first = starts[0];
  const end = ends.map((d) => d.value).filter((v): v is string => !!v && !!first.value && v.length === first.value.length && v > first.value && Date.parse(v) - Date.parse(first.value) <= 31 * 86400000).pop() ?? null;
  return { starts, end };
}

/**
 * "the 22nd anniversary of the two countries establishing diplomatic relations": how many years before the date the
 * trigger at `at` happened, when the trigger is the anniversary's object (it follows "anniversary of" closely, with no
 * comma or new clause between). An event held on or for an anniversary ("messages on the 30th anniversary of …",
 * "On the 25th anniversary of ties, the two sides held a concert") is dated in the anniversary year: null.
 */
export function anniversaryYears(text: string, from: number, at: number): number | null {
  const before = text.slice(from, at);
  const m = matchesOf(/\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b/gi, before).pop();
  if (!m) return null;
  const gap = before.slice(m.index! + m[0].length);
  // "marks not only the 30th anniversary of the diplomatic relations but also historic upgrade to …": a second object
  // after "but also" is no anniversary's.
  return gap.length <= 60 && !/[,;:–—]/.test(gap) && !/\b(?:but\s+also|as\s+well\s+as|and\s+also)\b/i.test(gap) ? Number(m[1]) : null;
}

const recalledPastFinders = new WeakMap<Lexicon, RegExp>();
/**
 * Whether a clause recalls a past it does not date ("received USD 3 billion of Chinese loans in the past", "his first
 * visit took place when he was a member of parliament"): such a fact is undated, not the news of the report's day.
 */
export function isRecalledPast(clause: string, lex: Lexicon): boolean {
  let re = recalledPastFinders.get(lex);
  if (!re) {
    const cues = lex.recalled_past_cues ?? [];
    re = cues.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : /(?!)/;
    recalledPastFinders.set(lex, re);
  }
  return re.test(clause);
}
