/**
 * What every published output says about the dataset as a whole, derived from the records only (never the clock):
 * the dated release (latest publication date + a hash of the published rows) and the coverage (years, outlets,
 * articles, facts, and what the data does not cover).
 */
import { createHash } from 'node:crypto';
import type { RecordsFile, Row } from './records.ts';
import { extent } from './extent.ts';

/**
 * The release: "<data_as_of>+<8 hex of the rows' SHA-256>", e.g. "2026-01-27+3fa94c1e". The date is the latest
 * publication date of the sources; the hash changes whenever any published row changes (a new source, a better
 * extraction), so two builds with the same rows carry the same release.
 */
export function releaseOf(records: RecordsFile): string {
  const rows = Object.values(records.tables).reduce((n, t) => n + t.length, 0);
  const known = releases.get(records.tables);
  if (known && known.rows === rows && known.dataAsOf === records.data_as_of) return known.release;
  const release = hashedRelease(records);
  releases.set(records.tables, { rows, dataAsOf: records.data_as_of, release });
  return release;
}

/**
 * The release of each records' tables, once computed: the charts name it in every chart's source line and the workbook
 * twice, and each call hashed every row again (≈ 25 ms a call at 2,040 articles). Records are not changed once read;
 * a different row count or date computes it anew.
 */
const releases = new WeakMap<RecordsFile['tables'], { rows: number; dataAsOf: string; release: string }>();

function hashedRelease(records: RecordsFile): string {
  // the hash of JSON.stringify(records.tables), fed a row at a time: the whole text would be hundreds of MB at corpus scale
  const hash = createHash('sha256').update('{');
  Object.entries(records.tables).forEach(([name, rows], t) => {
    hash.update(`${t ? ',' : ''}${JSON.stringify(name)}:[`);
    rows.forEach((row, i) => hash.update(`${i ? ',' : ''}${JSON.stringify(row)}`));
    hash.update(']');
  });
  return `${records.data_as_of}+${hash.update('}').digest('hex').slice(0, 8)}`;
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
  const years = values.filter((y): y is number => y !== null);
  return years.length ? extent(years) : null;
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
