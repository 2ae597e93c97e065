/**
 * Temporal frames: the year a passage is set in when its dates give no year. An overview of a year's contacts or a
 * chronology gives the year once — in a heading ("2013"), in a paragraph's opening ("In 2013, …") or at the head of a
 * line ("March 2013 — …") — and then writes "From 3 to 6 June". Those dates take the frame's year, not the
 * publication's.
 */
import type { IngestedArticle } from '../ingest.ts';
import { parseDateExpression, type DateMention } from './dates.ts';
import { matchesOf, type Lexicon } from './reference.ts';

type SentenceRef = { start: number; end: number; block: number };

const YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/gu;
/** How far into a sentence an opening date may start: "In 2013, …", "March 2013 — …", "On 5 June 2013 the …". */
const OPENING_REACH = 25;

export class TemporalFrames {
  private headingYear: number | null = null;
  private blockYear: number | null = null;
  private block = -1;
  private headingsSeen = 0;
  /** The year an overview's lead sets ("In 2010, relations … developed"): the frame of the whole text, when earlier than publication. */
  private leadYear: number | null = null;
  private sawBody = false;

  constructor(private article: Pick<IngestedArticle, 'text' | 'blocks'>) {}

  /** The frame year for a sentence, updating the heading and paragraph frames as blocks change. */
  yearFor(s: SentenceRef, _index: number): number | null {
    if (s.block !== this.block) {
      // Headings between the previous block and this one set (or clear) the heading frame.
      for (let b = this.block + 1; b < s.block; b++) {
        const blk = this.article.blocks[b];
        if (blk.kind !== 'heading' && blk.kind !== 'title') continue;
        const years = matchesOf(YEAR, this.article.text.slice(blk.start, blk.end)).map((m) => Number(m[1]));
        if (blk.kind === 'heading') this.headingYear = new Set(years).size === 1 ? years[0] : null;
        this.headingsSeen++;
      }
      this.block = s.block;
      this.blockYear = null;
    }
    return this.blockYear ?? this.headingYear ?? this.leadYear;
  }

  /** The year of an explicit date the sentence opens with, or null. */
  openingYear(s: SentenceRef, dates: DateMention[]): number | null {
    const opening = dates.find((d) => d.basis === 'explicit' && d.value && d.start - s.start <= OPENING_REACH);
    return opening ? Number(opening.value!.slice(0, 4)) : null;
  }

  /** A sentence that opens with an explicit year ("In 2013, …", "March 2013 — …") frames the rest of its paragraph. */
  noteOpening(s: SentenceRef, _index: number, dates: DateMention[], published?: string): void {
    const year = this.openingYear(s, dates);
    if (year) this.blockYear = year;
    if (!this.sawBody && year && published && year < Number(published.slice(0, 4))) this.leadYear = year;
    if (dates.length || s.end - s.start > 80) this.sawBody = true;
  }
}

/** A news dateline at the head of a sentence: a place in capitals, a date, an agency in brackets, a dash. */
const DATELINE = /^(?:(?<place>\p{Lu}[\p{Lu}\s.'’-]{1,40})(?:,\s+\p{Lu}[\p{Lu}\s.'’-]{1,30}(?=,))?(?:\([^)]{1,30}\))?,\s+)(?<date>[^,()–—-]{3,30}?)?,?\s*(?:\([^)]{2,40}\))?\s*[–—-]{1,2}\s+/u;

/** The same with the place written as a name ("Minsk, September 29 (Xinhua) —"): then the agency in brackets is required. */
const DATELINE_TITLED = /^(?<place>\p{Lu}[\p{L}.'’-]{1,30}(?:\s\p{Lu}[\p{L}.'’-]{1,30})?),\s+(?<date>[^,()–—-]{3,30}?),?\s*\([^)]{2,40}\)\s*[–—-]{1,2}\s+/u;

/** A dateline with no date: a place written as a name, an agency in brackets, a dash ("Beijing (CNS) --"). */
const DATELINE_UNDATED = /^(?<place>\p{Lu}[\p{L}.'’-]{1,30}(?:\s\p{Lu}[\p{L}.'’-]{1,30})?)\s*\([^)]{2,40}\)\s*[–—-]{1,2}\s+/u;

/**
 * A wire dateline that lost its agency and dash ("MOSCOW, March 20 Belarusian Potash Company …"): a place in capitals, a
 * comma, a month and a day. Without it the place, now read as a name in capitals, would be a party of the lead.
 */
const DATELINE_BARE = /^(?<place>\p{Lu}{3,}(?:[\s'’-]\p{Lu}{2,}){0,2}),\s+(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2})(?!\d|,?\s*\d{4})\s+/u;

/**
 * A dateline of a place and a dash alone, opening a paragraph ("MINSK – Belarus is …", "Washington — China and Belarus
 * began …"): a city's name of one or two words, then an en or em dash between spaces. Only a place the gazetteer knows
 * counts (the caller checks: not "Yaraslau Ramanchuk – an ex-candidate").
 */
const DATELINE_DASH = /^(?<place>\p{Lu}[\p{L}.'’-]{1,30}(?:\s\p{Lu}[\p{L}.'’-]{1,30})?)\s+[–—]{1,2}\s+/u;

/**
 * The dateline a sentence opens with: where it ends, the day it gives (resolved against the page's date), if any, and
 * whether it is a place and a dash alone (tried only for a sentence that opens its paragraph: `opensBlock`).
 */
export function datelineOf(text: string, s: { start: number; end: number }, published: string, lex: Lexicon, opensBlock = false): { end: number; published: string | null; place: string; dashOnly: boolean } | null {
  const head = text.slice(s.start, Math.min(s.end, s.start + 90));
  const m = head.match(DATELINE) ?? head.match(DATELINE_TITLED) ?? head.match(DATELINE_UNDATED) ?? head.match(DATELINE_BARE);
  if (!m) {
    const dash = opensBlock ? head.match(DATELINE_DASH) : null;
    return dash ? { end: s.start + dash[0].length, published: null, place: dash.groups!.place.trim(), dashOnly: true } : null;
  }
  const parsed = m.groups?.date ? parseDateExpression(m.groups.date, published, lex) : null;
  return { end: s.start + m[0].length, published: parsed?.precision === 'day' ? parsed.value : null, place: m.groups!.place.trim(), dashOnly: false };
}
