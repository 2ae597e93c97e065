/**
 * The data each page template is rendered with, and the rendering. Templates are the plain files in
 * templates/; Mustache escapes every {{value}}, and the only {{{raw}}} inserts are HTML built by
 * passages.ts (which escapes the text itself) or JSON with every "<" escaped.
 */
import { readFileSync } from 'node:fs';
import Mustache from 'mustache';
import type { Row } from '../lib/records.ts';
import { str, num, nameOf, namesOfList, sourceCitation } from '../brief/facts.ts';
import { keyFindings } from '../brief/findings.ts';
import { citationOf } from '../brief/about.ts';
import { categories } from '../brief/labels.ts';
import { formatDate, kindLabel, formatAmount } from '../brief/format.ts';
import { type SiteModel, basisLabels, factHref, sourceHref, categoryLabel, directionOf, yearOf, dateLabel, detailTables } from './model.ts';
import { passageHtml, highlightedTextPieces, NO_TEXT } from './passages.ts';
import { detailTitles, entityFields } from './labels.ts';
import { extent } from '../lib/extent.ts';
import { releaseOf } from '../lib/release.ts';


const templatesDir = new URL('./templates/', import.meta.url);
const templates = new Map<string, string>();
/** A template's text, read once. */
function template(name: string): string {
  if (!templates.has(name)) templates.set(name, readFileSync(new URL(`${name}.html`, templatesDir), 'utf8'));
  return templates.get(name)!;
}
const partials = { header: template('header'), footer: template('footer') };

/** A page's HTML from its template and view. */
export function renderPage(name: string, view: object): string {
  return Mustache.render(template(name), view, partials);
}

/**
 * Marks where a page's long raw text goes. It holds a "<", which no escaped {{value}} can, and the source page's only
 * raw {{{insert}}} is that text, so the mark occurs once, where the text goes.
 */
const TEXT_SLOT = '<\u0000text\u0000>';

/**
 * A page whose {{{field}}} is written from `pieces`: the page's HTML in order, as renderPage would give it with the
 * pieces joined, without the field's text ever being one string (a source's whole text, tens of MB at corpus scale).
 */
export function* renderPageAround(name: string, view: object, field: string, pieces: Iterable<string>): Generator<string> {
  const parts = renderPage(name, { ...view, [field]: TEXT_SLOT }).split(TEXT_SLOT);
  if (parts.length !== 2) throw new Error(`template ${name}.html must insert {{{${field}}}} exactly once`);
  yield parts[0];
  yield* pieces;
  yield parts[1];
}

/** What every page's header and footer print: values of the dataset (dataset.json), the same in every release. */
export function siteView(model: SiteModel): object {
  const d = model.records.dataset;
  return {
    title: d.title,
    description: d.description,
    licence: d.licence.title,
    licenceUrl: d.licence.path,
    licenceNote: d.licence_note ?? '',
  };
}

/**
 * What only the release-wide pages (the overview and the facts table) print in their footer: the version, the date of
 * the data and the citation (which names the version and the number of sources). A page per fact or per source leaves
 * them out and links to the overview, so its bytes depend only on its own fact or source and the records it links to.
 */
export function releaseView(model: SiteModel): object {
  return {
    citation: citationOf(model.facts),
    dataAsOf: formatDate(model.records.data_as_of),
    // The release every other output names (data package, workbook, brief, citation), not the hash of the sources alone.
    version: releaseOf(model.records),
  };
}

/** "Years 1992–2011 · 1 outlet · 1 article · 34 facts". */
export function coverageLine(model: SiteModel): string {
  const years = model.events.map(yearOf).filter((y): y is number => y !== null).sort((a, b) => a - b);
  const sources = model.records.tables.sources ?? [];
  const outlets = new Set(sources.map((s) => str(s, 'publisher') ?? str(s, 'source_id')));
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const span = years.length ? `Years ${years[0]}${years[years.length - 1] !== years[0] ? `–${years[years.length - 1]}` : ''}` : 'No dated facts';
  return [span, n(outlets.size, 'outlet', 'outlets'), n(sources.length, 'article', 'articles'), n(model.events.length, 'fact', 'facts')].join(' · ');
}

/** The key findings of the brief, each with links to the facts it rests on. */
export function findingsView(model: SiteModel): object[] {
  return keyFindings(model.facts).map((f) => ({
    text: f.text,
    refs: f.notes.map((n) => {
      const event = model.facts.noted[n - 1];
      return { n, href: factHref(String(event.event_id)), summary: str(event, 'summary') };
    }),
  }));
}

/** A detail field's value as read: entity ids named, numbers grouped, empty as "—". */
function detailValue(model: SiteModel, field: string, value: Row[string]): string {
  if (value === null || value === undefined || value === '') return '—';
  if (entityFields.has(field)) return namesOfList(model.facts, String(value)).map((name, i) => `${name} (${String(value).split(';')[i].trim()})`).join('; ');
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) >= 10000 ? formatAmount(value) + ` (${value})` : String(value);
  if (field === 'type' || field === 'indicator') return kindLabel(String(value));
  return String(value);
}

/** The detail records of a fact (visit, agreement, finance, indicator), field by field. */
function detailsView(model: SiteModel, id: string): object[] {
  return detailTables.flatMap((table) =>
    (model.facts.details[table].get(id) ?? []).map((row) => ({
      table,
      title: detailTitles[table],
      fields: Object.keys(row).filter((k) => k !== 'event_id').map((k) => ({ name: k.replaceAll('_', ' '), value: detailValue(model, k, row[k]) })),
    })),
  );
}

/** "Belarus Digest · March 2011 · Iacob Koch-Weser". */
function sourceMeta(source: Row | undefined): string {
  return [str(source, 'publisher'), formatDate(str(source, 'published')), str(source, 'author')].filter(Boolean).join(' · ');
}

/** The view of one fact's page. */
export function factView(model: SiteModel, event: Row): object {
  const id = String(event.event_id);
  const actors = [str(event, 'actor_1'), str(event, 'actor_2')].filter((c): c is string => c !== null);
  const mentions = model.mentionsOf.get(id) ?? [];
  return {
    id,
    pageTitle: str(event, 'summary'),
    summary: str(event, 'summary'),
    category: categoryLabel(str(event, 'category')),
    kind: kindLabel(str(event, 'subtype')),
    date: dateLabel(event),
    precision: str(event, 'date_precision'),
    basis: str(event, 'date_basis'),
    basisLabel: basisLabels[str(event, 'date_basis') ?? ''] ?? '',
    dateText: str(event, 'date_text'),
    actors: actors.map((code, i) => ({ code, name: nameOf(model.facts, code), last: i === actors.length - 1 })),
    cameo: str(event, 'cameo_code'),
    details: detailsView(model, id),
    mentionCount: mentions.length,
    mentions: mentions.map((m) => {
      const sid = String(m.source_id);
      const source = model.facts.sources.get(sid);
      const cps = model.texts.get(sid) ?? NO_TEXT;
      const start = num(m, 'char_start') ?? 0;
      const end = num(m, 'char_end') ?? 0;
      return {
        mentionId: String(m.mention_id),
        primary: m.is_primary === true,
        title: str(source, 'title') ?? sid,
        meta: sourceMeta(source),
        url: str(source, 'url'),
        sourceHref: '../' + sourceHref(sid),
        passage: passageHtml(cps, start, end),
        start,
        end,
      };
    }),
  };
}

/** A source's whole text as HTML, every quote marked and linked to its fact, in pieces (the source page's textHtml). */
export function sourceTextPieces(model: SiteModel, source: Row): Iterable<string> {
  const id = String(source.source_id);
  const spans = (model.mentionsIn.get(id) ?? []).map((m) => ({
    start: num(m, 'char_start') ?? 0,
    end: num(m, 'char_end') ?? 0,
    href: '../' + factHref(String(m.event_id)),
    label: str(model.events[model.eventIndex.get(String(m.event_id)) ?? -1], 'summary') ?? '',
  }));
  return highlightedTextPieces(model.texts.get(id) ?? NO_TEXT, spans);
}

/** The view of one source's page: metadata and its facts; its whole text (textHtml) is sourceTextPieces. */
export function sourceView(model: SiteModel, source: Row): object {
  const id = String(source.source_id);
  const mentions = model.mentionsIn.get(id) ?? [];
  const facts = [...new Set(mentions.map((m) => model.eventIndex.get(String(m.event_id))).filter((i): i is number => i !== undefined))].sort((a, b) => a - b).map((i) => model.events[i]);
  const field = (name: string, value: string | null) => ({ name, value: value ?? '—' });
  return {
    id,
    idParam: encodeURIComponent(id),
    pageTitle: str(source, 'title'),
    title: str(source, 'title'),
    url: str(source, 'url'),
    fields: [
      field('Outlet', str(source, 'publisher')),
      field('Author', str(source, 'author')),
      field('Published', formatDate(str(source, 'published'))),
      field('Language', str(source, 'language')),
      field('Source id', id),
      field('Text file', str(source, 'path')),
      field('Length', `${num(source, 'characters') ?? 0} code points`),
      field('SHA-256', str(source, 'sha256')),
      field('Cite as', sourceCitation(source)),
    ],
    factCount: facts.length,
    facts: facts.map((e) => ({ href: '../' + factHref(String(e.event_id)), summary: str(e, 'summary'), date: dateLabel(e), category: categoryLabel(str(e, 'category')) })),
  };
}

/** The columns of the facts table's data. */
export const factsColumns = ['id', 'summary', 'quote', 'direction', 'directionKey', 'source', 'sourceId', 'dateText', 'category', 'categoryLabel', 'kind', 'actor1', 'actor2', 'basis', 'basisLabel', 'year', 'dateSort', 'dateLabel', 'order'];

/** One fact's row of the facts table's data, in factsColumns order. */
export function factsRow(model: SiteModel, e: Row, order: number): (string | number | null)[] {
  const sid = String(e.source_id);
  return [
    String(e.event_id), str(e, 'summary'), str(e, 'quote'), directionOf(model, e), `${str(e, 'actor_1') ?? ''}>${str(e, 'actor_2') ?? ''}`,
    str(model.facts.sources.get(sid), 'title') ?? sid, sid, str(e, 'date_text') ?? '', str(e, 'category'), categoryLabel(str(e, 'category')), kindLabel(str(e, 'subtype')),
    str(e, 'actor_1'), str(e, 'actor_2'), str(e, 'date_basis'), basisLabels[str(e, 'date_basis') ?? ''] ?? '', yearOf(e), str(e, 'date') ?? '~', dateLabel(e), order,
  ];
}

/** The facts table's data: one array per fact, columns named once. */
export function factsData(model: SiteModel): { columns: string[]; rows: (string | number | null)[][] } {
  return { columns: factsColumns, rows: model.events.map((e, order) => factsRow(model, e, order)) };
}

interface Option { value: string; label: string }
const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en') || a.value.localeCompare(b.value);

/** The choices of each filter: only values that occur, in a stable order. */
export function filterOptions(model: SiteModel): Record<string, Option[]> {
  const present = (key: string) => new Set(model.events.map((e) => str(e, key)).filter((v): v is string => v !== null));
  const cats = present('category');
  const directions = new Map<string, string>();
  for (const e of model.events) directions.set(`${str(e, 'actor_1') ?? ''}>${str(e, 'actor_2') ?? ''}`, directionOf(model, e));
  const countries = new Set([...present('actor_1'), ...present('actor_2')]);
  const bases = present('date_basis');
  return {
    category: Object.keys(categories).filter((c) => cats.has(c)).map((c) => ({ value: c, label: categoryLabel(c) })),
    direction: [...directions].map(([value, label]) => ({ value, label })).sort(byLabel),
    country: [...countries].map((c) => ({ value: c, label: nameOf(model.facts, c) })).sort(byLabel),
    source: (model.records.tables.sources ?? []).map((s) => ({ value: String(s.source_id), label: str(s, 'title') ?? String(s.source_id) })).sort(byLabel),
    basis: Object.keys(basisLabels).filter((b) => bases.has(b)).map((b) => ({ value: b, label: `${basisLabels[b]} (${b})` })),
  };
}

/** The smallest and largest year of the dated facts. */
export function yearRange(model: SiteModel): { min: number | null; max: number | null } {
  const years = model.events.map(yearOf).filter((y): y is number => y !== null);
  const [min, max] = extent(years);
  return years.length ? { min, max } : { min: null, max: null };
}

/** JSON that is safe inside a <script> element: no "<" can close it. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
