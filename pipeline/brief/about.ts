/** "About the data" and "Notes": how the facts were made, what they mean, how to cite and check them. */
import type { Row } from '../lib/records.ts';
import { categories, text } from './labels.ts';
import { type Facts, str, num, sourceCitation, dateCell, releaseOfFacts } from './facts.ts';
import { kindLabel, formatDate } from './format.ts';
import type { Table } from './sections.ts';

export interface About {
  method: readonly string[];
  categoriesTable: Table;
  limitations: string[];
  citation: string;
  licence: string;
  where: string;
  files: string[];
}

export interface Note {
  number: number;
  heading: string;
  /** The passage in curly quotes, or a pointer to the earlier note that quotes the same passage. */
  quote: string;
  position: string;
  extra: string[];
}

/** Counts of events by a key. */
function countBy(events: Row[], key: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(String(e[key]), (counts.get(String(e[key])) ?? 0) + 1);
  return counts;
}

/** Category, meaning and number of facts, for every category of the schema (zero included). */
function categoriesTable(facts: Facts): Table {
  const counts = countBy(facts.noted, 'category');
  const rows = Object.entries(categories).map(([id, c]) => [`${c.label} (${id})`, c.meaning, String(counts.get(id) ?? 0)]);
  rows.push(['All categories', '', String(facts.noted.length)]);
  return {
    columns: [
      { header: 'Category', width: 0.3 },
      { header: 'What it covers', width: 0.58 },
      { header: 'Facts', width: 0.12, align: 'right' },
    ],
    rows,
    total: true,
  };
}

/** The dataset's citation with its {version} and {sources} filled in from the records. */
export function citationOf(facts: Facts): string {
  const all = [...facts.sources.values()];
  const sources = all.length <= 3 ? all.map((s) => sourceCitation(s)).join('; ') : `${all.length} source articles (listed in sources.csv)`;
  return facts.records.dataset.citation.replaceAll('{version}', releaseOfFacts(facts)).replaceAll('{sources}', sources);
}

/** The content of "About the data". */
export function aboutTheData(facts: Facts): About {
  const basis = countBy(facts.noted, 'date_basis');
  const dataset = facts.records.dataset;
  return {
    method: text.method,
    categoriesTable: categoriesTable(facts),
    limitations: [
      ...text.limitations,
      text.datesLimitation(basis.get('explicit') ?? 0, basis.get('relative_to_publication') ?? 0, basis.get('inferred_from_context') ?? 0, basis.get('undated') ?? 0),
    ],
    citation: citationOf(facts),
    licence: `Licence: ${dataset.licence.title} (${dataset.licence.name}), ${dataset.licence.path}.${dataset.licence_note ? ` ${dataset.licence_note}` : ''}`,
    where: text.whereData,
    files: text.dataFiles(`${dataset.name}.xlsx`),
  };
}

/** How the date of a fact was found, when it is not written in the sentence itself. */
function dateBasisNote(event: Row, source: Row | undefined): string | null {
  const basis = str(event, 'date_basis');
  const said = str(event, 'date_text');
  const words = said ? `“${said}”` : 'the text';
  if (basis === 'relative_to_publication') return `Date resolved from ${words} against the publication date (${formatDate(str(source, 'published'))}).`;
  if (basis === 'inferred_from_context') return `Date taken from the surrounding text${said ? ` (${words})` : ''}, not from the sentence itself.`;
  if (basis === 'undated') return `The source gives no date${said ? ` (it says ${words})` : ''}.`;
  return null;
}

/** Exchange rates behind the fact's US dollar amounts. */
function rateNotes(facts: Facts, id: string): string[] {
  const rows = [...(facts.details.finance.get(id) ?? []), ...(facts.details.agreements.get(id) ?? [])];
  return rows.map((r) => str(r, 'usd_rate')).filter((r): r is string => r !== null && !r.startsWith('1 ')).map((r) => `US dollars at ${r}.`);
}

/** Why a finance amount is not added up in the brief's sums, and the package it is a part of, in words. */
function sumNotes(facts: Facts, id: string): string[] {
  const why: Record<string, string> = {
    multi_country_total: 'a total shared with other countries',
    package_total: 'a package total whose parts are listed as rows of their own',
    repeated_statement: 'a repeated statement of money already counted',
    cumulative_total: 'a running total of earlier money, a total of many projects, or a ceiling',
    undated: 'the text gives no date for it, so it cannot be placed in a year',
  };
  return (facts.details.finance.get(id) ?? []).flatMap((r) => {
    const reason = str(r, 'sum_safe_reason');
    const partOf = str(r, 'part_of');
    return [
      ...(reason && why[reason] && num(r, 'amount') !== null ? [`Not added up in the sums: ${why[reason]}.`] : []),
      ...(partOf ? [`Part of the package ${partOf}${num(r, 'amount') === null ? '; the text gives no amount of its own' : ''}.`] : []),
    ];
  });
}

/** Short keys of the sources ("S1", "S2" …), in sources-table order: the notes cite them. */
export function sourceKeys(facts: Facts): Map<string, string> {
  return new Map([...facts.sources.keys()].map((id, i) => [id, `S${i + 1}`]));
}

/**
 * The key to the source keys the notes and Annex A use, for those sources only (all are in csv/sources.csv; a key is
 * the source's row there): "S1: “Title”, Author, Publisher, date; facts; URL; file path", with the URL to link to.
 */
export function sourceKeyLines(facts: Facts, used: Set<string>): { text: string; url: string | null }[] {
  const keys = sourceKeys(facts);
  const counts = countBy(facts.noted, 'source_id');
  return [...facts.sources.values()].filter((s) => used.has(String(s.source_id))).map((s) => {
    const n = counts.get(String(s.source_id)) ?? 0;
    const url = str(s, 'url');
    return { text: `${keys.get(String(s.source_id))}: ${sourceCitation(s)}; ${n} fact${n === 1 ? '' : 's'}${url ? `; ${url}` : ''}; text file ${str(s, 'path') ?? String(s.source_id)}.`, url };
  });
}

/** One note per fact cited (`annexed`, in note order). */
export function notes(facts: Facts, annexed: Row[]): Note[] {
  const keys = sourceKeys(facts);
  const quotedIn = new Map<string, number>();
  return annexed.map((e, i) => {
    const passage = `${e.source_id}:${e.char_start}:${e.char_end}`;
    const earlier = quotedIn.get(passage);
    if (earlier === undefined) quotedIn.set(passage, i + 1);
    const id = String(e.event_id);
    const source = facts.sources.get(String(e.source_id));
    const category = categories[String(e.category)]?.label ?? String(e.category);
    const kind = kindLabel(str(e, 'subtype'));
    const mentions = num(e, 'mention_count') ?? 1;
    return {
      number: i + 1,
      heading: [id, category, ...(kind.toLowerCase() === category.toLowerCase() ? [] : [kind]), dateCell(e)].join(' · '),
      quote: earlier === undefined ? `“${String(e.quote).replace(/\s+/g, ' ').trim()}”` : `The same passage as note ${earlier}.`,
      position: `${keys.get(String(e.source_id)) ?? String(e.source_id)}, characters ${num(e, 'char_start')}–${num(e, 'char_end')}`,
      extra: [
        ...(mentions > 1 ? [`Stated in ${mentions} passages; the others are in csv/mentions.csv under this event_id.`] : []),
        ...[dateBasisNote(e, source)].filter((s): s is string => s !== null),
        ...rateNotes(facts, id),
        ...sumNotes(facts, id),
      ],
    };
  });
}
