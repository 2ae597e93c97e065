/** Merges candidate facts that state the same fact (within an article or across articles) into one draft record. */
import type { Candidate } from '../extract/events.ts';
import { addDays, datesCompatible, daysBetween } from '../extract/dates.ts';

export interface Mention { source_id: string; start: number; end: number }
/** One source's value for a field that sources disagree on, with the passage that states it. */
export interface ConflictValue { field: string; value: string; mention: Mention }
export interface Draft extends Omit<Candidate, 'quote' | 'sentence' | 'trigger'> {
  source_id: string; mentions: Mention[]; primary: Mention; richness: number; conflicts: ConflictValue[];
  /** The actors in the order the first source states them ("China launched a satellite for Belarus"), for the summary of a mutual act, whose actor_1 and actor_2 are in alphabetical order. */
  stated_actors: [string, string | null];
}

/** Categories whose acts are two-way: agreements, diplomatic steps, trade, exchanges (culture, technology, media). */
const mutualCategories = new Set(['agreement', 'diplomatic_relations', 'trade', 'cultural', 'technology', 'media']);
export const isMutual = (category: string) => mutualCategories.has(category);

/** A mutual act's actors in alphabetical order of their codes, so "China and Belarus" and "Belarus and China" are one pair. */
function canonicalActors<T extends { category: string; actor_1: string; actor_2: string | null }>(c: T): T {
  if (!isMutual(c.category) || !c.actor_2 || c.actor_1 <= c.actor_2) return c;
  return { ...c, actor_1: c.actor_2, actor_2: c.actor_1 };
}
const listFields = ['signatories', 'recipients'];

/** What identifies a fact beyond its category and actors: the visitor, the project, the indicator, the organisation acting. */
export function keyDetail(c: { category: string; details: Record<string, unknown> }): string {
  return String(c.details.visitor_id ?? c.details.project ?? c.details.indicator ?? c.details.agent_id ?? '');
}

/** How much a mention says: its non-empty detail fields, plus one for an explicit date. */
export function richnessOf(c: Candidate): number {
  const fields = Object.entries(c.details).filter(([k, v]) => !/_start$|_end$|_basis$|_mention$/.test(k) && v !== null && v !== undefined && !(Array.isArray(v) && !v.length)).length;
  return fields * 2 + (c.date?.basis === 'explicit' ? 1 : 0) + (c.date?.value ? c.date.value.length / 10 : 0);
}

/** Whether two candidates describe the same fact. */
export function sameFact(a: Draft, b: Candidate): boolean {
  if (a.category !== b.category || a.subtype !== b.subtype) return false;
  const actors = isMutual(a.category)
    ? [a.actor_1, a.actor_2].sort().join() === [b.actor_1, b.actor_2].sort().join()
    : a.actor_1 === b.actor_1 && a.actor_2 === b.actor_2;
  if (!actors || keyDetail(a) !== keyDetail(b)) return false;
  const da = a.date?.value ?? null;
  const db = b.date?.value ?? null;
  if (da === null || db === null) return da === db && keyDetail(a) !== '' && a.category === 'visit';
  if (!datesCompatible(da, db)) return false;
  for (const k of ['amount', 'value', 'count']) {
    const va = a.details[k];
    const vb = b.details[k];
    if (va != null && vb != null && va !== vb) return false;
  }
  return true;
}


/**
 * The field on which a candidate from another source disagrees with a draft about what is otherwise the same event,
 * or null: a visit by the same visitor in the same direction dated a day or two apart, or money for the same named
 * project in the same category and year with a different amount. Anything else that differs is a different fact.
 */
export function conflictingField(a: Draft, b: Candidate, source_id: string): 'date' | 'amount' | 'value' | null {
  if (source_id === a.source_id || a.mentions.some((m) => m.source_id === source_id)) return null;
  if (a.category !== b.category || a.actor_1 !== b.actor_1 || a.actor_2 !== b.actor_2 || keyDetail(a) === '' || keyDetail(a) !== keyDetail(b)) return null;
  const da = a.date?.value ?? null;
  const db = b.date?.value ?? null;
  if (a.category === 'visit' && a.details.visitor_id && da?.length === 10 && db?.length === 10 && da !== db && Math.abs(daysBetween(da, db)) <= 2) return 'date';
  if (!da || !db || da.slice(0, 4) !== db.slice(0, 4) || !a.details.project) return null;
  for (const k of ['amount', 'value'] as const) {
    const va = a.details[k];
    const vb = b.details[k];
    if (va != null && vb != null && va !== vb && a.details.currency === b.details.currency) return k;
  }
  return null;
}

/** Records that the draft's sources disagree on a field: the draft's own value (once) and the new source's. */
function recordConflict(a: Draft, b: Candidate, field: 'date' | 'amount' | 'value', mention: Mention): void {
  const valueOf = (c: { date: Candidate['date']; details: Record<string, unknown> }) => String(field === 'date' ? c.date?.value : c.details[field]);
  if (!a.conflicts.some((v) => v.field === field)) a.conflicts.push({ field, value: valueOf(a), mention: a.primary });
  a.conflicts.push({ field, value: valueOf(b), mention });
  a.mentions.push(mention);
}

/** Folds candidate b into draft a: the most precise date, non-empty fields from the richer mention, lists united. */
function absorb(a: Draft, b: Candidate, mention: Mention): void {
  a.mentions.push(mention);
  const rb = richnessOf(b);
  if ((b.date?.value?.length ?? 0) > (a.date?.value?.length ?? 0)) a.date = b.date;
  // The same start with the range's end or the recurrence that another mention adds ("…, which ended on 28 April").
  else if (a.date && b.date?.value === a.date.value && ((b.date.endValue && !a.date.endValue) || (b.date.recurrence && !a.date.recurrence))) a.date = { ...a.date, endValue: a.date.endValue ?? b.date.endValue, recurrence: a.date.recurrence ?? b.date.recurrence };
  const richer = rb > a.richness && mention.source_id === a.source_id;
  for (const [k, v] of Object.entries(b.details)) {
    const cur = a.details[k];
    if (listFields.includes(k) && Array.isArray(v)) a.details[k] = [...new Set([...((cur as string[]) ?? []), ...v])];
    else if (v != null && (cur == null || richer)) a.details[k] = v;
  }
  if (richer) {
    a.primary = mention;
    a.richness = rb;
    a.actor_1 = b.actor_1;
    a.actor_2 = b.actor_2;
  }
}

/**
 * What two candidates must share to be the same fact (category, subtype, actors, key detail, and the year, as
 * compatible dates are prefixes of each other): sameFact is only tried within one such bucket, so merging is
 * linear in the number of candidates rather than quadratic.
 */
export function bucketOf(c: { category: string; subtype: string; actor_1: string; actor_2: string | null; details: Record<string, unknown>; date: { value?: string | null } | null }): string {
  const actors = isMutual(c.category) ? [c.actor_1, c.actor_2].sort().join() : [c.actor_1, c.actor_2].join();
  return [c.category, c.subtype, actors, keyDetail(c), c.date?.value?.slice(0, 4) ?? 'undated'].join('\u0000');
}

/**
 * The drafts of one bucket, in creation order, also indexed by their date (the whole value, and a day's month), so a
 * candidate is compared only with the drafts whose dates can be compatible with its own (a prefix of it or it of them),
 * and with the drafts that can dispute it: merging stays linear when a bucket holds many facts of different days.
 */
interface Bucket { drafts: Draft[]; byDate: Map<string, Draft[]>; byMonth: Map<string, Draft[]>; projects: number }

/** Inserts a draft into a list kept in creation order. */
function insertInOrder(list: Draft[], d: Draft, order: Map<Draft, number>): void {
  let i = list.length;
  while (i > 0 && order.get(list[i - 1])! > order.get(d)!) i--;
  list.splice(i, 0, d);
}

function removeFrom(list: Draft[] | undefined, d: Draft): void {
  const i = list ? list.indexOf(d) : -1;
  if (i >= 0) list!.splice(i, 1);
}

/** The bucket's drafts whose dates are compatible with `v`, in creation order (the order a linear scan meets them). */
function compatibleDrafts(b: Bucket, v: string | null, order: Map<Draft, number>): Draft[] {
  if (v === null) return b.byDate.get('') ?? [];
  if (v.length === 4) return b.drafts; // a year: every dated draft of the bucket's year (undated ones fail sameFact)
  const lists = [b.byDate.get(v.slice(0, 4)), v.length > 7 ? b.byDate.get(v.slice(0, 7)) : b.byMonth.get(v), b.byDate.get(v)];
  const found = lists.flatMap((l) => l ?? []);
  return found.length > 1 ? found.sort((x, y) => order.get(x)! - order.get(y)!) : found;
}

/**
 * The bucket's drafts that may dispute a candidate (conflictingField can be non-null), in creation order: none when the
 * fact has no key detail; for a visit of a bucket without named projects, the drafts dated within two days of it.
 */
function disputableDrafts(b: Bucket, c: Candidate, order: Map<Draft, number>): Draft[] {
  if (keyDetail(c) === '') return [];
  if (c.category !== 'visit' || b.projects > 0) return b.drafts;
  const v = c.date?.value;
  if (!v || v.length !== 10) return [];
  const found = [-2, -1, 0, 1, 2].flatMap((n) => b.byDate.get(addDays(v, n)) ?? []);
  return found.length > 1 ? found.sort((x, y) => order.get(x)! - order.get(y)!) : found;
}

/** Candidates of all articles, in order, merged into drafts. */
export function mergeCandidates(articles: { source_id: string; candidates: Candidate[] }[]): Draft[] {
  const drafts: Draft[] = [];
  const buckets = new Map<string, Bucket>();
  const order = new Map<Draft, number>();
  const filed = new Map<Draft, { key: string; date: string; project: boolean }>();
  const file = (d: Draft) => {
    const key = bucketOf(d);
    const date = d.date?.value ?? '';
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { drafts: [], byDate: new Map(), byMonth: new Map(), projects: 0 }));
    insertInOrder(b.drafts, d, order);
    if (!b.byDate.has(date)) b.byDate.set(date, []);
    insertInOrder(b.byDate.get(date)!, d, order);
    if (date.length === 10) {
      if (!b.byMonth.has(date.slice(0, 7))) b.byMonth.set(date.slice(0, 7), []);
      insertInOrder(b.byMonth.get(date.slice(0, 7))!, d, order);
    }
    const project = Boolean(d.details.project);
    if (project) b.projects++;
    filed.set(d, { key, date, project });
  };
  const unfile = (d: Draft) => {
    const { key, date, project } = filed.get(d)!;
    const b = buckets.get(key)!;
    removeFrom(b.drafts, d);
    removeFrom(b.byDate.get(date), d);
    if (date.length === 10) removeFrom(b.byMonth.get(date.slice(0, 7)), d);
    if (project) b.projects--;
  };
  for (const { source_id, candidates } of articles) {
    for (const original of candidates) {
      const c = canonicalActors(original);
      const mention = { source_id, start: c.quote[0], end: c.quote[1] };
      const key = bucketOf(c);
      const bucket = buckets.get(key);
      const existing = bucket && compatibleDrafts(bucket, c.date?.value ?? null, order).find((d) => sameFact(d, c));
      if (existing) {
        absorb(existing, c, mention);
        const was = filed.get(existing)!;
        // absorbing can fill in the detail that keys the fact or a more precise date: file it where it now belongs
        if (bucketOf(existing) !== was.key || (existing.date?.value ?? '') !== was.date || Boolean(existing.details.project) !== was.project) {
          unfile(existing);
          file(existing);
        }
        continue;
      }
      const disputed = bucket && disputableDrafts(bucket, c, order).find((d) => conflictingField(d, c, source_id));
      if (disputed) {
        recordConflict(disputed, c, conflictingField(disputed, c, source_id)!, mention);
        continue;
      }
      const { quote: _q, sentence: _s, trigger: _t, ...rest } = c;
      const draft: Draft = { ...rest, details: { ...c.details }, source_id, mentions: [mention], primary: mention, richness: richnessOf(c), conflicts: [], stated_actors: [original.actor_1, original.actor_2] };
      order.set(draft, drafts.length);
      drafts.push(draft);
      file(draft);
    }
  }
  return drafts;
}
