/** Merges candidate facts that state the same fact (within an article or across articles) into one draft record. */
import type { Candidate } from '../extract/events.ts';
import { addDays, datesCompatible, daysBetween } from '../extract/dates.ts';
import { isMutual, isDelegationId } from '../lib/categories.ts';

export interface Mention { source_id: string; start: number; end: number }
/** One source's value for a field that sources disagree on, with the passage that states it. */
export interface ConflictValue { field: string; value: string; mention: Mention }
export interface Draft extends Omit<Candidate, 'quote' | 'sentence' | 'trigger'> {
  source_id: string; mentions: Mention[]; primary: Mention; richness: number; conflicts: ConflictValue[];
  /** The sources of `mentions`, for the merge's test of whether a candidate's source already states the fact. */
  sources: Set<string>;
  /** The actors in the order the first source states them ("China launched a satellite for Belarus"), for the summary of a mutual act, whose actor_1 and actor_2 are in alphabetical order. */
  stated_actors: [string, string | null];
}


/** A mutual act's actors in alphabetical order of their codes, so "China and Belarus" and "Belarus and China" are one pair. */
function canonicalActors<T extends { category: string; actor_1: string; actor_2: string | null }>(c: T): T {
  if (!isMutual(c.category) || !c.actor_2 || c.actor_1 <= c.actor_2) return c;
  return { ...c, actor_1: c.actor_2, actor_2: c.actor_1 };
}
const listFields = ['signatories', 'recipients'];

/** What names a fact beyond its category and actors: the visitor, the project, the indicator, the organisation acting (event ids are made from it). */
export function namingDetail(c: { details: Record<string, unknown> }): string {
  return String(c.details.visitor_id ?? c.details.project ?? c.details.indicator ?? c.details.agent_id ?? '');
}

/**
 * What identifies a fact beyond its category and actors: its naming detail, and for a trade flow one way the country
 * whose flow it is (trade facts compare their actors as a set, and China's exports to Belarus are not Belarus's
 * exports to China).
 */
export function keyDetail(c: { category: string; details: Record<string, unknown> }): string {
  const key = namingDetail(c);
  return c.category === 'trade' && ONE_WAY_FLOWS.has(key) && c.details.subject_country ? `${key}:${c.details.subject_country}` : key;
}
const ONE_WAY_FLOWS = new Set(['exports', 'imports', 'export_growth', 'import_growth']);

/**
 * Whether a fact's key detail names it: a person, project, indicator or organisation, not "a delegation" of a country
 * (`delegation:chn`), which any number of different visits share, nor a name many bodies share (`agent_shared`: a
 * Confucius Institute).
 */
export function isNamed(c: { category: string; details: Record<string, unknown> }): boolean {
  const key = keyDetail(c);
  return key !== '' && !isDelegationId(key) && !c.details.agent_shared;
}

/** How much a mention says: its non-empty detail fields, plus one for an explicit date. */
export function richnessOf(c: Candidate): number {
  const fields = Object.entries(c.details).filter(([k, v]) => !/_start$|_end$|_basis$|_mention$/.test(k) && v !== null && v !== undefined && !(Array.isArray(v) && !v.length)).length;
  return fields * 2 + (c.date?.basis === 'explicit' ? 1 : 0) + (c.date?.value ? c.date.value.length / 10 : 0);
}

/**
 * Whether candidate b, of source `source_id`, describes the fact of draft a. A fact with nothing that names it (no
 * visitor, project, indicator or organisation) joins a fact of other sources only at the same date: "in 2020 China
 * supported Belarus" in one article may or may not be the support another article dates to 15 August 2020. Within
 * one source, a year still joins the day the text gives elsewhere. (After the merge, joinLonePeriods joins such a
 * year or month to the one more precise fact of its period, when only one can be it.)
 */
export function sameFact(a: Draft, b: Candidate, source_id: string): boolean {
  if (a.category !== b.category || a.subtype !== b.subtype) return false;
  const actors = isMutual(a.category)
    ? [a.actor_1, a.actor_2].sort().join() === [b.actor_1, b.actor_2].sort().join()
    : a.actor_1 === b.actor_1 && a.actor_2 === b.actor_2;
  if (!actors || keyDetail(a) !== keyDetail(b)) return false;
  // Support about different things ("its core interests", "against sanctions") is different support; a statement that
  // does not say what it is about may be either.
  if (a.details.stance && b.details.stance && a.details.stance !== b.details.stance) return false;
  const da = a.date?.value ?? null;
  const db = b.date?.value ?? null;
  if (da === null || db === null) return da === db && keyDetail(a) !== '' && a.category === 'visit' && (isNamed(a) || a.sources.has(source_id));
  if (!datesCompatible(da, db)) return false;
  if (da !== db && !isNamed(a) && !a.sources.has(source_id)) return false;
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
  if (a.sources.has(source_id)) return null;
  if (a.category !== b.category || a.actor_1 !== b.actor_1 || a.actor_2 !== b.actor_2 || !isNamed(a) || keyDetail(a) !== keyDetail(b)) return null;
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
  a.sources.add(mention.source_id);
}

/** `from`'s details added to `into`: lists united, other fields where `into` has none (or all stated ones, `overwrite`). */
function addDetails(into: Record<string, unknown>, from: Record<string, unknown>, overwrite: boolean): void {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    if (listFields.includes(k) && Array.isArray(v)) into[k] = [...new Set([...((cur as string[]) ?? []), ...v])];
    else if (v != null && (cur == null || overwrite)) into[k] = v;
  }
}

/** Folds candidate b into draft a: the most precise date, non-empty fields from the richer mention, lists united. */
function absorb(a: Draft, b: Candidate, mention: Mention): void {
  a.mentions.push(mention);
  a.sources.add(mention.source_id);
  const rb = richnessOf(b);
  if ((b.date?.value?.length ?? 0) > (a.date?.value?.length ?? 0)) a.date = b.date;
  // The same start with the range's end or the recurrence that another mention adds ("…, which ended on 28 April").
  else if (a.date && b.date?.value === a.date.value && ((b.date.endValue && !a.date.endValue) || (b.date.recurrence && !a.date.recurrence))) a.date = { ...a.date, endValue: a.date.endValue ?? b.date.endValue, recurrence: a.date.recurrence ?? b.date.recurrence };
  const richer = rb > a.richness && mention.source_id === a.source_id;
  addDetails(a.details, b.details, richer);
  if (richer) {
    // The summary's stance must be one its quote states: a richer passage that names none takes it away.
    if (b.details.stance == null) delete a.details.stance;
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
 * The drafts of one bucket, in creation order, and lists of some of them (each also in creation order) by the keys
 * of listKeys: their date, a day's month, and either with the value of each field sameFact compares. A candidate is
 * compared only with the drafts of the lists that can hold a draft sameFact accepts (or conflictingField), in
 * creation order, so it meets the same first draft a scan of the bucket meets, and merging stays linear when a bucket
 * holds many facts of different days or amounts.
 */
interface Bucket { drafts: Draft[]; lists: Map<string, Draft[]> }

/** The detail fields sameFact requires to be equal when both mentions state them. */
const comparedFields = ['amount', 'value', 'count'] as const;

/** A detail's value as a list key: '' when not stated, its type and value otherwise (sameFact compares with ===). */
function fieldKey(v: unknown): string {
  return v == null ? '' : `${typeof v}:${String(v)}`;
}

/**
 * The lists a draft is filed in: `d:<date>` (its whole date, '' when undated), `m:<month>` (a day's month), for each
 * compared field `d:<date>|<field>=<key>`, `m:<month>|<field>=<key>` and, for a dated draft, `y|<field>=<key>` (the
 * bucket is one year), and `p` when it names a project (only those can dispute a non-visit: conflictingField).
 */
function listKeys(d: Draft): string[] {
  const date = d.date?.value ?? '';
  const month = date.length === 10 ? date.slice(0, 7) : null;
  const keys = [`d:${date}`];
  if (month) keys.push(`m:${month}`);
  for (const f of comparedFields) {
    const fk = `|${f}=${fieldKey(d.details[f])}`;
    keys.push(`d:${date}${fk}`);
    if (month) keys.push(`m:${month}${fk}`);
    if (date) keys.push(`y${fk}`);
  }
  if (d.details.project) keys.push('p');
  return keys;
}

/** Where a draft of creation order `at` goes in a list kept in creation order (binary search). */
function placeIn(list: Draft[], at: number, order: Map<Draft, number>): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order.get(list[mid])! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first draft of `lists` (each in creation order) in creation order that passes `test`: the lists merged as they are read. */
function firstInOrder(lists: (Draft[] | undefined)[], order: Map<Draft, number>, test: (d: Draft) => boolean): Draft | undefined {
  const ls = lists.filter((l): l is Draft[] => Boolean(l?.length));
  if (ls.length === 1) return ls[0].find(test);
  const at = ls.map(() => 0);
  for (;;) {
    let best = -1;
    for (let i = 0; i < ls.length; i++) if (at[i] < ls[i].length && (best < 0 || order.get(ls[i][at[i]])! < order.get(ls[best][at[best]])!)) best = i;
    if (best < 0) return undefined;
    const d = ls[best][at[best]++];
    if (test(d)) return d;
  }
}

/**
 * The lists holding every draft of the bucket that sameFact can accept for a candidate dated `v` (prefixes of it, or
 * it of them), narrowed, when the candidate states a compared field, to the drafts with the same value or none.
 */
function sameFactLists(b: Bucket, c: Candidate): (Draft[] | undefined)[] {
  const v = c.date?.value ?? null;
  // Undated: only an undated visit with a key detail can be the same fact as another (sameFact).
  if (v === null) return c.category === 'visit' && keyDetail(c) !== '' ? [b.lists.get('d:')] : [];
  const field = comparedFields.find((f) => c.details[f] != null && typeof c.details[f] !== 'object');
  const suffixes = field ? [`|${field}=${fieldKey(c.details[field])}`, `|${field}=`] : [''];
  if (v.length === 4) return field ? suffixes.map((x) => b.lists.get(`y${x}`)) : [b.drafts];
  const dates = v.length > 7 ? [`d:${v.slice(0, 4)}`, `d:${v.slice(0, 7)}`, `d:${v}`] : [`d:${v.slice(0, 4)}`, `d:${v}`, `m:${v}`];
  return dates.flatMap((d) => suffixes.map((x) => b.lists.get(d + x)));
}

/**
 * The lists holding every draft of the bucket that may dispute a candidate (conflictingField can be non-null): none
 * when the fact has no key detail; the drafts that name a project; for a visit dated to the day, also the drafts
 * dated within two days of it.
 */
function disputeLists(b: Bucket, c: Candidate): (Draft[] | undefined)[] {
  if (!isNamed(c)) return [];
  const v = c.date?.value;
  const days = c.category === 'visit' && v?.length === 10 ? [-2, -1, 0, 1, 2].map((n) => b.lists.get(`d:${addDays(v, n)}`)) : [];
  return [b.lists.get('p'), ...days];
}

/**
 * Candidates of all articles, in order, merged into drafts: each joins the first draft (in creation order) sameFact
 * accepts, else records a conflict with the first draft conflictingField names, else starts a draft. `scan` compares
 * each candidate with every draft instead of the index's few: the definition, quadratic, for tests of the index.
 */
export function mergeCandidates(articles: Iterable<{ source_id: string; candidates: Candidate[] }>, { scan = false, isYearly = () => false, namesOf }: { scan?: boolean; isYearly?: JoinRules['isYearly']; namesOf?: JoinRules['namesOf'] } = {}): Draft[] {
  const drafts: Draft[] = [];
  const buckets = new Map<string, Bucket>();
  const order = new Map<Draft, number>();
  const filed = new Map<Draft, { key: string; lists: string[] }>();
  const file = (d: Draft) => {
    const key = bucketOf(d);
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { drafts: [], lists: new Map() }));
    const at = order.get(d)!;
    b.drafts.splice(placeIn(b.drafts, at, order), 0, d);
    const lists = listKeys(d);
    for (const k of lists) {
      const list = b.lists.get(k);
      if (list) list.splice(placeIn(list, at, order), 0, d);
      else b.lists.set(k, [d]);
    }
    filed.set(d, { key, lists });
  };
  const unfile = (d: Draft) => {
    const { key, lists } = filed.get(d)!;
    const b = buckets.get(key)!;
    const at = order.get(d)!;
    for (const list of [b.drafts, ...lists.map((k) => b.lists.get(k)!)]) list.splice(placeIn(list, at, order), 1);
  };
  for (const { source_id, candidates } of articles) {
    for (const original of candidates) {
      const c = canonicalActors(original);
      const mention = { source_id, start: c.quote[0], end: c.quote[1] };
      const bucket = buckets.get(bucketOf(c));
      const existing = scan ? drafts.find((d) => sameFact(d, c, source_id)) : bucket && firstInOrder(sameFactLists(bucket, c), order, (d) => sameFact(d, c, source_id));
      if (existing) {
        absorb(existing, c, mention);
        const was = filed.get(existing)!;
        // absorbing can fill in the detail that keys the fact, a more precise date or a compared field: file it where it now belongs
        if (bucketOf(existing) !== was.key || listKeys(existing).join('\n') !== was.lists.join('\n')) {
          unfile(existing);
          file(existing);
        }
        continue;
      }
      const disputed = scan ? drafts.find((d) => conflictingField(d, c, source_id) !== null) : bucket && firstInOrder(disputeLists(bucket, c), order, (d) => conflictingField(d, c, source_id) !== null);
      if (disputed) {
        recordConflict(disputed, c, conflictingField(disputed, c, source_id)!, mention);
        continue;
      }
      const { quote: _q, sentence: _s, trigger: _t, ...rest } = c;
      const draft: Draft = { ...rest, details: { ...c.details }, source_id, mentions: [mention], primary: mention, richness: richnessOf(c), conflicts: [], sources: new Set([source_id]), stated_actors: [original.actor_1, original.actor_2] };
      order.set(draft, drafts.length);
      drafts.push(draft);
      file(draft);
    }
  }
  return joinUndatedSums(joinLonePeriods(drafts, { isYearly, namesOf }));
}

/**
 * Within one source, an undated fact that states the same sum as one dated fact of the same kind between the same
 * sides is that fact told again ("Some $500m already invested in … Great Stone" in a dated headline, "About $500 million
 * has already been invested in the construction of …" in the body): folded into it. Only when the sum names one
 * dated fact of the source; a fact with a key detail is already joined by it.
 */
function joinUndatedSums(drafts: Draft[]): Draft[] {
  const dated = new Map<string, Draft[]>();
  const keyOf = (d: Draft, source: string, sum: string) => [bucketOf({ ...d, date: null }), source, sum].join('\u0000');
  for (const d of drafts) {
    const sum = statedSum(d);
    if (!d.date?.value || sum === null || keyDetail(d) !== '') continue;
    for (const source of d.sources) {
      const k = keyOf(d, source, sum);
      const list = dated.get(k);
      if (list) list.push(d);
      else dated.set(k, [d]);
    }
  }
  if (!dated.size) return drafts;
  const joined = new Set<Draft>();
  for (const l of drafts) {
    const sum = statedSum(l);
    if (l.date?.value || sum === null || keyDetail(l) !== '' || l.sources.size !== 1) continue;
    const into = dated.get(keyOf(l, l.source_id, sum));
    if (into?.length !== 1) continue;
    fold(into[0], l);
    joined.add(l);
  }
  return joined.size ? drafts.filter((d) => !joined.has(d)) : drafts;
}

/**
 * Whether a fact is of a kind a pair has at most about once a year (its category's `yearly_subtypes` in triggers.json):
 * the kinds joinLonePeriods joins across sources by their period alone.
 */
export function yearlyKinds(categories: Record<string, { yearly_subtypes?: string[] }>): (c: { category: string; subtype: string }) => boolean {
  return (c) => Boolean(categories[c.category]?.yearly_subtypes?.includes(c.subtype));
}

/** Whether draft h can be what draft l states less precisely: h's date within l's period, and no compared field stated differently. */
function refines(h: Draft, l: Draft): boolean {
  const hv = h.date?.value ?? '';
  const lv = l.date?.value ?? '';
  return hv.length > lv.length && hv.startsWith(lv) && comparedFields.every((k) => h.details[k] == null || l.details[k] == null || h.details[k] === l.details[k])
    && (h.details.stance == null || l.details.stance == null || h.details.stance === l.details.stance);
}

/**
 * The sum a draft states (its amount, else its value, with the currency), or null: what names a loan, a grant or a
 * deal that no project names ("a $500 million credit"), so that one source's month of it can be another's day.
 */
function statedSum(d: Draft): string | null {
  const v = d.details.amount ?? d.details.value;
  return typeof v === 'number' && v > 0 ? `${v} ${String(d.details.currency ?? '')}` : null;
}

/** How a lone period finds its fact: the kinds joined by their period alone, and the naming words of a draft's passages. */
export interface JoinRules { isYearly: (c: { category: string; subtype: string }) => boolean; namesOf?: (d: Draft) => ReadonlySet<string> }

/**
 * The one draft of `refining` (the more precise drafts that lone period l can be) that l joins, or undefined. A
 * yearly kind takes the only one or the corroborated one (corroborated). Any other kind needs what names the fact:
 * the same sum ("$500 million" both times, statedSum), or a naming word ("BelGee", "Samarkand", "CITIC": naming.ts)
 * that l's passages share with exactly one of them.
 */
function lonePeriodMatch(l: Draft, refining: Draft[], rules: JoinRules): Draft | undefined {
  if (rules.isYearly(l)) return corroborated(refining);
  const sum = statedSum(l);
  const bySum = sum === null ? [] : [...new Set(refining.filter((h) => statedSum(h) === sum))];
  if (bySum.length === 1) return bySum[0];
  // an unclassified fact is a kind only by its category: a shared name says little about which of the year's it is
  if (bySum.length > 1 || !rules.namesOf || l.subtype === 'unclassified') return undefined;
  const names = rules.namesOf(l);
  if (names.size === 0) return undefined;
  const byName = [...new Set(refining.filter((h) => [...rules.namesOf!(h)].some((w) => names.has(w))))];
  return byName.length === 1 ? byName[0] : undefined;
}

/** Draft l's mentions, conflicts and the details h lacks, added to h (whose date, quote and source stay: its passage states the date). */
function fold(h: Draft, l: Draft): void {
  h.mentions.push(...l.mentions);
  for (const id of l.sources) h.sources.add(id);
  h.conflicts.push(...l.conflicts);
  addDetails(h.details, l.details, false);
}

/** The keys a draft dated `value` is found under by a period that contains it: `p:<period>` and, per compared field, `p:<period>|<field>=<key>`. */
function periodKeys(d: Draft): string[] {
  const v = d.date!.value!;
  const periods = v.length === 10 ? [v.slice(0, 4), v.slice(0, 7)] : [v.slice(0, 4)];
  return periods.flatMap((p) => [`p:${p}`, ...comparedFields.map((f) => `p:${p}|${f}=${fieldKey(d.details[f])}`)]);
}

/** The drafts of `index` that can be what l states (a superset: refines decides), through the field l states, as sameFactLists does. */
function periodCandidates(index: Map<string, Draft[]>, l: Draft): Draft[] {
  const p = `p:${l.date!.value!}`;
  const field = comparedFields.find((f) => l.details[f] != null && typeof l.details[f] !== 'object');
  if (!field) return index.get(p) ?? [];
  return [...(index.get(`${p}|${field}=${fieldKey(l.details[field])}`) ?? []), ...(index.get(`${p}|${field}=`) ?? [])];
}

/**
 * The one draft of `candidates` a period can be: the only one, or the one at least two sources state that has twice
 * the sources of any other ("relations established in 1992" is the establishment thirty sources date 20 January
 * 1992, not a day one page misread); none when no draft stands out.
 */
function corroborated(candidates: Draft[]): Draft | undefined {
  const unique = [...new Set(candidates)];
  if (unique.length <= 1) return unique[0];
  let [best, next] = [0, 0];
  let chosen: Draft | undefined;
  for (const h of unique) {
    const n = h.sources.size;
    if (n > best) [best, next, chosen] = [n, best, h];
    else if (n > next) next = n;
  }
  return best >= 2 && best >= 2 * next ? chosen : undefined;
}

/**
 * A fact with nothing naming it that one source dates by its year or month only and another to a day stays apart in
 * the merge (sameFact). Here it joins the more precise fact when each is the other's only match (lonePeriodMatch): for
 * a kind a pair has at most about once a year (`isYearly`: the categories' yearly_subtypes in triggers.json, such as
 * relations established or a currency swap), the one fact of its period or the one other sources corroborate
 * (corroborated); for any other kind (agreements signed, loans, talks, of which a year has many), the one fact of its
 * period that states the same sum or whose passages share a naming word with it ("the joint venture BelGee was
 * established in 2011" is the BelGee another source dates December 2011; "agreements were signed in 2019" is none of
 * that year's signings). Two months with different amounts both fitting one day leave it alone, and no other year or
 * month of the bucket may choose the same fact. Months are joined first, then years (a year whose candidates are a
 * month and a day of it finds its one fact once the month is the day's). Each step reads the drafts as they stand
 * before it, so the result does not depend on their order. A range or a recurrence ("since 2018", "2018–2020") is no
 * lone period: it stays as it is. Each period looks only at the drafts filed under its period and field (periodKeys),
 * so the work is the lone periods times the facts of their own month or year and kind, not the whole bucket.
 */
function joinLonePeriods(drafts: Draft[], rules: JoinRules): Draft[] {
  const byBucket = new Map<string, Draft[]>();
  for (const d of drafts) {
    // Only facts with no key detail at all: visits of "a delegation" of a country are many a year, and one source's
    // delegation is no other's unless they give the same day (sameFact); a named fact already joined by its name.
    if (keyDetail(d) !== '' || !d.date?.value) continue;
    const key = bucketOf(d);
    const list = byBucket.get(key);
    if (list) list.push(d);
    else byBucket.set(key, [d]);
  }
  const joined = new Set<Draft>();
  for (const bucket of byBucket.values()) {
    if (bucket.length < 2) continue;
    for (const precision of [7, 4]) {
      const index = new Map<string, Draft[]>();
      for (const h of bucket) {
        if (joined.has(h) || h.date!.value!.length <= precision) continue;
        for (const k of periodKeys(h)) {
          const list = index.get(k);
          if (list) list.push(h);
          else index.set(k, [h]);
        }
      }
      const choice = new Map<Draft, Draft>();
      const chosenBy = new Map<Draft, number>();
      for (const l of bucket) {
        if (joined.has(l) || l.date!.value!.length !== precision || l.date!.endValue || l.date!.recurrence) continue;
        const only = lonePeriodMatch(l, periodCandidates(index, l).filter((h) => refines(h, l)), rules);
        if (!only) continue;
        choice.set(l, only);
        chosenBy.set(only, (chosenBy.get(only) ?? 0) + 1);
      }
      for (const [l, h] of choice) {
        if (chosenBy.get(h) !== 1) continue;
        fold(h, l);
        joined.add(l);
      }
    }
  }
  return joined.size ? drafts.filter((d) => !joined.has(d)) : drafts;
}
