/**
 * What every published output says about the dataset as a whole, derived from the records only (never the clock):
 * the dated release (latest publication date + a hash of the published rows) and the coverage (years, outlets,
 * articles, facts, and what the data does not cover).
 */
import { createHash } from 'node:crypto';
import type { RecordsFile, Row } from './records.ts';

/**
 * The release: "<data_as_of>+<8 hex of the rows' SHA-256>", e.g. "2026-01-27+3fa94c1e". The date is the latest
 * publication date of the sources; the hash changes whenever any published row changes (a new source, a better
 * extraction), so two builds with the same rows carry the same release.
 */
export function releaseOf(records: RecordsFile): string {
  const hash = createHash('sha256').update(JSON.stringify(records.tables)).digest('hex').slice(0, 8);
  return `${records.data_as_of}+${hash}`;
}

export interface Coverage {
  /** Earliest and latest year of a dated fact (null when none is dated). */
  factYears: [number, number] | null;
  /** Earliest and latest publication year of the sources. */
  publishedYears: [number, number] | null;
  articles: number;
  outlets: number;
  facts: number;
  datedFacts: number;
  /** Languages of the texts (ISO 639-1 codes), sorted. */
  languages: string[];
  /** What the data does not cover, one sentence each. */
  notCovered: string[];
}

const year = (date: unknown) => (typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

function span(values: (number | null)[]): [number, number] | null {
  // a loop, not Math.min(...years): spreading 100,000 arguments overflows the stack
  let span: [number, number] | null = null;
  for (const y of values) if (y !== null) span = span ? [Math.min(span[0], y), Math.max(span[1], y)] : [y, y];
  return span;
}

/** Language codes named in words for the coverage sentences; any other is shown as its code. */
const languageNames: Record<string, string> = { en: 'English', ru: 'Russian', be: 'Belarusian', zh: 'Chinese' };

/** The sentences of "not covered": from what the sources are (languages, excerpts) and what a fact is. */
function notCoveredOf(sources: Row[], languages: string[]): string[] {
  const excerpts = sources.filter((s) => /excerpt/i.test(String(s.terms ?? ''))).length;
  const named = languages.map((l) => languageNames[l] ?? l);
  return [
    `Texts in ${named.length ? `languages other than ${named.join(' and ')}` : 'any language'}: only ${named.join(' and ') || 'no'} texts were read.`,
    ...(excerpts ? [`Whole pages: ${excerpts} of the ${sources.length} texts are excerpts of a page (the part about the two countries), not the full page.`] : []),
    'Events the sources do not mention: the facts are what the sources state, not independently verified, and the absence of a record is not evidence that nothing happened.',
  ];
}

/** The coverage of the dataset, from its records. */
export function coverageOf(records: RecordsFile): Coverage {
  const { events, sources } = records.tables;
  const languages = [...new Set(sources.map((s) => String(s.language ?? '')).filter(Boolean))].sort();
  return {
    factYears: span(events.map((e) => year(e.date))),
    publishedYears: span(sources.map((s) => year(s.published))),
    articles: sources.length,
    outlets: new Set(sources.map((s) => String(s.publisher ?? s.source_id))).size,
    facts: events.length,
    datedFacts: events.filter((e) => e.date !== null).length,
    languages,
    notCovered: notCoveredOf(sources, languages),
  };
}

const years = (y: [number, number] | null) => (y === null ? 'no year' : y[0] === y[1] ? String(y[0]) : `${y[0]}–${y[1]}`);

/** One sentence: "119 facts (75 dated, 1992–2024) from 52 articles by 47 outlets, published 1995–2026." */
export function coverageSentence(c: Coverage): string {
  const facts = `${c.facts} fact${c.facts === 1 ? '' : 's'} (${c.datedFacts} dated${c.factYears ? `, ${years(c.factYears)}` : ''})`;
  return `${facts} from ${c.articles} article${c.articles === 1 ? '' : 's'} by ${c.outlets} outlet${c.outlets === 1 ? '' : 's'}, published ${years(c.publishedYears)}.`;
}

/** "Not covered: …" as one paragraph. */
export function notCoveredSentence(c: Coverage): string {
  return `Not covered: ${c.notCovered.map((s) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '')).join('; ')}.`;
}
