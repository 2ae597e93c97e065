/** From merged drafts to the rows of every published table (see schemas/). */
import { createHash } from 'node:crypto';
import type { Reference } from '../extract/reference.ts';
import type { ExtractedArticle } from '../extract.ts';
import type { Row } from '../lib/records.ts';
import type { TableName } from '../lib/schema.ts';
import type { EventsRow, VisitsRow, AgreementsRow, FinanceRow, IndicatorsRow, EntitiesRow, SourcesRow, MentionsRow, ConflictsRow } from '../lib/types.generated.ts';
import { codePointIndexer } from '../lib/text.ts';
import type { Draft, Mention } from './merge.ts';
import { namingDetail } from './merge.ts';
import { isMutual, isDelegationId } from '../lib/categories.ts';
import { summarise } from './summary.ts';
import { markSumSafety, buildSumRules, type Placed } from './finance.ts';
import { loadFinanceLexicon } from '../extract/finance.ts';

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

/**
 * A stable id from what the fact is, never from where or by whom it is stated, so it does not change when another
 * source about the same fact arrives: category, subtype, actors, the key detail (visitor, project, indicator), the
 * year and the amount. Two facts that share all of that are told apart by their full dates, then by their first passage.
 */
export function eventIdCandidates(d: Draft): string[] {
  const x = d.details as Record<string, unknown>;
  const base = [d.category, d.subtype, d.actor_1, d.actor_2 ?? '', namingDetail(d), d.date?.value?.slice(0, 4) ?? '', x.amount ?? x.value ?? x.count ?? ''].join('|');
  return [base, `${base}|${d.date?.value ?? ''}`, `${base}|${d.date?.value ?? ''}|${d.primary.source_id}|${d.primary.start}`].map((key) => `ev-${shortHash(key)}`);
}

/**
 * USD value and the rate used, from the reference rates of the fact's year. An amount with no date, or in a currency
 * the reference table has no rate for in that year ("£5.8bn" in 2023: FRED's annual series has no pound), has none: it
 * is published in its own currency with the USD columns empty, so no sum counts it (finance.ts: no_usd_amount), and
 * normalise says which currencies and years lack a rate (unconvertedAmounts).
 */
export function toUsd(amount: number | null | undefined, currency: string | null | undefined, date: string | null, ref: Reference): { usd: number | null; rate: string | null } {
  if (amount == null || !currency) return { usd: null, rate: null };
  if (currency === 'USD') return { usd: amount, rate: '1 (amount already in USD)' };
  if (!date) return { usd: null, rate: null };
  const year = Number(date.slice(0, 4));
  const rate = ref.rates.find((r) => r.currency === currency && r.year === year);
  if (!rate) return { usd: null, rate: null };
  return { usd: Math.round(amount / rate.per_usd), rate: `${rate.per_usd} ${currency} per USD (${year} annual average; ${rate.citation ?? ref.rateSource}${rate.approximate ? '; approximate' : ''})` };
}

/**
 * The currencies and years of the published amounts that could not be converted for want of a rate, with how many
 * rows each ("GBP in 2023: 3 rows"), sorted; none when every dated amount was converted.
 */
export function unconvertedAmounts(tables: { finance: Row[]; agreements: Row[] }): string[] {
  const count = new Map<string, number>();
  const note = (amount: unknown, currency: unknown, usd: unknown, date: unknown) => {
    if (amount == null || usd != null || !currency || currency === 'USD' || !date) return;
    const key = `${currency} in ${String(date).slice(0, 4)}`;
    count.set(key, (count.get(key) ?? 0) + 1);
  };
  for (const r of tables.finance) note(r.amount, r.currency, r.amount_usd, r.date);
  for (const r of tables.agreements) note(r.value, r.currency, r.value_usd, r.date);
  return [...count].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `${key}: ${n} row${n === 1 ? '' : 's'}`);
}

/** The tables with their rows typed from schemas/ (types.generated.ts), so the compiler checks every row built here. */
interface Tables {
  events: EventsRow[]; visits: VisitsRow[]; agreements: AgreementsRow[]; finance: FinanceRow[];
  indicators: IndicatorsRow[]; entities: EntitiesRow[]; sources: SourcesRow[]; mentions: MentionsRow[]; conflicts: ConflictsRow[];
}

/** What the tables need of an extracted article besides its candidates (merged into the drafts). */
export type ArticleSource = Pick<ExtractedArticle, 'source' | 'entity_ids' | 'text_entities'>;

/** All tables: events, details, mentions, entities, sources. Offsets become code points here. */
export function buildTables(drafts: Draft[], articles: ArticleSource[], ref: Reference): Record<TableName, Row[]> {
  const text = new Map(articles.map((a) => [a.source.source_id, a.source.text]));
  const indexers = new Map(articles.map((a) => [a.source.source_id, codePointIndexer(a.source.text)]));
  const span = (m: Mention) => {
    const cp = indexers.get(m.source_id)!;
    return { quote: text.get(m.source_id)!.slice(m.start, m.end), char_start: cp(m.start), char_end: cp(m.end) };
  };
  const published = new Map(articles.map((a) => [a.source.source_id, a.source.meta.published]));
  const t: Tables = { events: [], visits: [], agreements: [], finance: [], indicators: [], entities: [], sources: [], mentions: [], conflicts: [] };
  const seen = new Set<string>();
  const placed = new Map<string, Placed>();
  const ordered = [...drafts].sort((a, b) => a.source_id.localeCompare(b.source_id) || a.primary.start - b.primary.start || a.category.localeCompare(b.category));
  for (const d of ordered) {
    const candidates = eventIdCandidates(d);
    let id = candidates.find((c) => !seen.has(c)) ?? candidates[2];
    for (let n = 2; seen.has(id); n++) id = `ev-${shortHash(`${candidates[2]}|${n}`)}`;
    seen.add(id);
    const x = d.details as Record<string, any>;
    const date = d.date?.value ?? null;
    t.events.push({
      event_id: id, source_id: d.source_id, category: d.category as EventsRow['category'], subtype: d.subtype,
      date, end_date: (date && d.date?.endValue) || null, date_precision: d.date?.precision ?? null, date_basis: date ? d.date!.basis : 'undated', date_text: d.date?.text || null, recurrence: d.date?.recurrence ?? null,
      actor_1: d.actor_1, actor_2: d.actor_2, direction: isMutual(d.category) ? 'mutual' : 'one_way', cameo_code: d.cameo, summary: summarise(d, ref),
      ...span(d.primary), mention_count: d.mentions.length, ...reportedBy(d.mentions, published),
    });
    const mentions = [d.primary, ...d.mentions.filter((m) => m !== d.primary).sort((a, b) => a.source_id.localeCompare(b.source_id) || a.start - b.start)];
    mentions.forEach((m, i) => t.mentions.push({ mention_id: `${id}-${i + 1}`, event_id: id, source_id: m.source_id, is_primary: i === 0, ...span(m) }));
    d.conflicts.forEach((c, i) => t.conflicts.push({ conflict_id: `${id}-${c.field}-${i + 1}`, event_id: id, field: c.field as ConflictsRow['field'], value: c.value, is_published_value: c.mention === d.primary, source_id: c.mention.source_id, ...span(c.mention) }));
    if (d.category === 'visit') {
      t.visits.push({ event_id: id, date, visitor: x.visitor ?? null, visitor_id: entityIdOf(x.visitor_id), visitor_role: x.visitor_role ?? null, from_country: d.actor_1, to_country: d.actor_2!, city: x.city ?? null, duration_days: x.duration_days ?? null, delegation_size: x.delegation_size ?? null, delegation: x.delegation ?? null });
    } else if (d.category === 'agreement') {
      const usd = toUsd(x.value, x.currency, date, ref);
      t.agreements.push({ event_id: id, date, count: x.count ?? null, count_qualifier: (x.count != null && x.count_qualifier) || null, description: x.description ?? null, value: x.value ?? null, currency: x.currency ?? null, value_usd: usd.usd, usd_rate: usd.rate, signatories: x.signatories?.join('; ') ?? null });
    } else if (['finance', 'aid', 'investment'].includes(d.category)) {
      const usd = toUsd(x.amount, x.currency, date, ref);
      placed.set(id, d.primary);
      t.finance.push({
        event_id: id, date, type: x.type, amount: x.amount ?? null, currency: x.currency ?? null, amount_usd: usd.usd, usd_rate: usd.rate,
        provider: x.provider ?? d.actor_1, lender: x.lender ?? null, lender_id: x.lender_id ?? null, recipients: x.recipients?.length ? x.recipients.join('; ') : null,
        project: x.project ?? x.named_project ?? null, sector: x.sector ?? null, status: x.status ?? null, part_of: null, sum_safe: isSumSafe(usd.usd, x.recipients), sum_safe_reason: null,
      });
    } else if (x.indicator && x.value != null) {
      // "In January–April 2025, exports … increased by 4%": a figure of several months is of the interval, not its first month.
      const end = (date && d.date?.endValue) || null;
      t.indicators.push({ event_id: id, indicator: x.indicator, value: x.value, unit: x.unit, period: end ? `${date}/${end}` : date, subject_country: x.subject_country, partner_country: x.partner_country ?? null });
    }
  }
  markSumSafety(t.finance, placed, text, buildSumRules(loadFinanceLexicon()));
  t.entities = entityRows(articles, t.events, t.finance, ref);
  t.sources = articles.map(({ source: s }): SourcesRow => ({
    source_id: s.source_id, path: s.path, title: s.meta.title, author: s.meta.author ?? null, publisher: s.meta.publisher ?? null,
    published: s.meta.published, url: s.meta.url ?? null, retrieved: s.meta.retrieved ?? null, language: s.meta.language ?? null, terms: s.meta.terms ?? null, sha256: s.sha256, characters: s.characters,
  }));
  return t as unknown as Record<TableName, Row[]>;
}

/** How many sources state a fact, and the earliest of their publication dates. */
export function reportedBy(mentions: Mention[], published: Map<string, string>): { source_count: number; first_reported: string } {
  const sources = [...new Set(mentions.map((m) => m.source_id))];
  const dates = sources.map((id) => published.get(id)!).sort();
  return { source_count: sources.length, first_reported: dates[0] };
}

/**
 * Whether a finance row's USD amount may be added to others, before the cross-row checks of normalise/finance.ts
 * (packages, repeated statements, running totals): not when it has none, nor when it is one total shared by several
 * recipient countries (the part that is Belarus's is not stated).
 */
export function isSumSafe(usd: number | null, recipients: string[] | undefined): boolean {
  return usd !== null && (recipients?.length ?? 1) <= 1;
}

/** A visitor's id as published: a person's or organisation's entity id; none for a delegation known only by its country. */
function entityIdOf(id: unknown): string | null {
  return typeof id === 'string' && !isDelegationId(id) ? id : null;
}

/**
 * Every entity the articles mention, plus every country a fact names and every lender of a finance row, from the
 * reference data (origin 'reference'); then the people and organisations the texts name that the tables lack, and a
 * lender known only by the name the text gives it (origin 'text'). A name found in several articles is one row: the
 * name and country of the first article (earliest published) that gives them, the other spellings as aliases.
 */
function entityRows(articles: ArticleSource[], events: EventsRow[], finance: FinanceRow[], ref: Reference): EntitiesRow[] {
  const ids = new Set(articles.flatMap((a) => a.entity_ids));
  for (const e of events) for (const code of [e.actor_1, e.actor_2]) if (code) ids.add(code);
  for (const f of finance) if (f.lender_id) ids.add(f.lender_id);
  const rows: EntitiesRow[] = [];
  const aliases = (name: string, all: string[]) => [...new Set(all)].filter((a) => a !== name).join('; ') || null;
  const origin = 'reference';
  for (const c of ref.countries) if (ids.has(c.code)) rows.push({ entity_id: c.code, name: c.name, type: 'country', country: c.code, aliases: aliases(c.name, [...c.names, ...c.adjectives, ...c.prefixes, ...c.metonyms]), origin });
  for (const p of ref.people) if (ids.has(p.id)) rows.push({ entity_id: p.id, name: p.name, type: 'person', country: p.country ?? null, aliases: aliases(p.name, [...p.variants, ...p.short]), origin });
  for (const o of ref.organisations) if (ids.has(o.id)) rows.push({ entity_id: o.id, name: o.name, type: 'organisation', country: o.country ?? null, aliases: aliases(o.name, o.variants), origin });
  for (const p of ref.places) if (ids.has(p.id)) rows.push({ entity_id: p.id, name: p.name, type: 'place', country: p.country ?? null, aliases: aliases(p.name, p.variants), origin });
  // A name the tables know under the same id is theirs, even when this dataset does not use that row.
  const known = new Set([...ref.people, ...ref.organisations, ...ref.places].map((x) => x.id));
  const found = new Map<string, { row: EntitiesRow; names: string[] }>();
  for (const e of articles.flatMap((a) => a.text_entities)) {
    if (known.has(e.id)) continue;
    const seen = found.get(e.id);
    if (!seen) found.set(e.id, { row: { entity_id: e.id, name: e.name, type: e.type, country: e.country, aliases: null, origin: 'text' }, names: [e.name] });
    else {
      seen.row.country ??= e.country;
      if (!seen.names.includes(e.name)) seen.names.push(e.name);
    }
  }
  for (const { row, names } of found.values()) rows.push({ ...row, aliases: aliases(row.name, names) });
  const listed = new Set(rows.map((r) => r.entity_id));
  for (const f of finance) {
    if (!f.lender_id || listed.has(f.lender_id)) continue;
    listed.add(f.lender_id);
    rows.push({ entity_id: f.lender_id, name: f.lender ?? f.lender_id, type: 'organisation', country: null, aliases: null, origin: 'text' });
  }
  return rows.sort((a, b) => a.entity_id.localeCompare(b.entity_id));
}
