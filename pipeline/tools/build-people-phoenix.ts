/**
 * Builds sources/reference/people-phoenix.json: Chinese and Belarusian political actors (CHN…/BLR… codes) from the
 * Phoenix actors dictionary (sources/reference/upstream/phoenix/Phoenix.Countries.actors.txt), with name variants and
 * dated roles, filtered for precision against the curated tables. The loader (pipeline/extract/reference.ts) merges
 * them after people.json, whose entries win.
 * Usage: node --import tsx pipeline/tools/build-people-phoenix.ts [out.json]   (default: sources/reference/people-phoenix.json)
 */
import { readJsonFile, writeJsonAtomic } from '../lib/io.ts';
import { PipelineError, runStage } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { readActors, readAgents, malformedDates, phoenixCitation, type ActorRecord, type ActorCode } from './phoenix.ts';

interface Named { id: string; name?: string; variants?: string[]; short?: string[]; names?: string[]; adjectives?: string[]; metonyms?: string[]; capital?: string | null; code?: string }
interface Supplement { source: unknown; notes: string[]; countries: string[]; drop_variants: Record<string, string>; not_people: string[]; name_prefixes: string[]; no_short: string[] }
interface Role { role: string; from?: string; to?: string; code: string }
interface PhoenixPerson { id: string; name: string; country: string; variants: string[]; short: string[]; roles: Role[]; codes: ActorCode[]; sources: string[] }

const referenceDir = new URL('../../sources/reference/', import.meta.url).pathname;
const supplementPath = referenceDir + 'people-phoenix-supplement.json';
const defaultOut = referenceDir + 'people-phoenix.json';
const ACTORS = 'Phoenix.Countries.actors.txt';
/** The dictionary's commit month: an open-ended Phoenix role (">date") is not asserted beyond it. */
const DICTIONARY_DATE = '2019-03';

const lower = (s: string) => s.toLowerCase();
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** "ALYAKSANDR_LUKASHENKA_" → "Alyaksandr Lukashenka"; "MICHAEL_M._Y._SUEN" → "Michael M. Y. Suen". */
const displayName = (phrase: string) => phrase.replace(/_+$/, '').split(/[_ ]+/).map((w) => w.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())).join(' ');
const slug = (name: string) => name.normalize('NFD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^-|-$/g, '');
/** A spelling-insensitive key that folds common transliteration variants: Sergei/Sergey, Anatoliy/Anatoly, Rusetskiy/Rusetsky. */
const skeleton = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '').replace(/[yj]/g, 'i').replace(/i+/g, 'i');
const wordsOf = (phrase: string) => phrase.replace(/_+$/, '').split(/[_ ]+/).filter(Boolean);

/** Country of a record: the one of `countries` that prefixes its codes (BLRGOV → BLR), if its codes name exactly one. */
function countryOf(r: ActorRecord, countries: string[]): string | null {
  const found = new Set(r.codes.map((c) => countries.find((k) => c.code.startsWith(k) && c.code.length > k.length)).filter((k): k is string => !!k));
  return found.size === 1 ? [...found][0] : null;
}

/** Whether a record names a person rather than a country, city or body: two or more words, no "of"/"the", no agent noun. */
function isPerson(r: ActorRecord, agentWords: Set<string>, notPeople: Set<string>): boolean {
  const primary = wordsOf(r.phrases[0]);
  if (notPeople.has(r.phrases[0].replace(/_+$/, ''))) return false;
  return primary.length >= 2 && !primary.some((w) => w === 'OF' || w === 'THE' || agentWords.has(w));
}

/** Role text for a dated code: "BLRGOVBUS" → "Belarusian government official (business)"; null for elites (ELI: out of office). */
function roleText(code: string, country: string, adjective: string, sectors: Record<string, string>): string | null {
  const parts = code.slice(country.length).match(/[A-Z]{3}/g) ?? [];
  const head: Record<string, string> = { GOV: 'government official', MIL: 'military officer', LEG: 'legislator', JUD: 'judicial official', PTY: 'party official' };
  const first = parts[0];
  if (first === undefined || !(first in head)) return null;
  const rest = parts.slice(1).map((p) => sectors[p] ?? p);
  return `${adjective} ${head[first]}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}`;
}
const month = (d?: string) => d?.slice(0, 7);

/** Groups person records that are one person: same country and a shared name skeleton (Sergei/Sergey Martynov). */
function groupRecords(records: { r: ActorRecord; country: string }[]): { r: ActorRecord; country: string }[][] {
  const groups: { keys: Set<string>; members: { r: ActorRecord; country: string }[] }[] = [];
  for (const rec of records) {
    const keys = new Set(rec.r.phrases.map((p) => `${rec.country} ${skeleton(p)}`));
    const hits = groups.filter((g) => [...keys].some((k) => g.keys.has(k)));
    const merged = { keys: new Set([...keys, ...hits.flatMap((g) => [...g.keys])]), members: [...hits.flatMap((g) => g.members), rec] };
    for (const h of hits) groups.splice(groups.indexOf(h), 1);
    groups.push(merged);
  }
  return groups.map((g) => g.members.sort((a, b) => a.r.line - b.r.line)).sort((a, b) => a[0].r.line - b[0].r.line);
}

function buildPeople(): object {
  const s = readJsonFile<Supplement>(supplementPath, 'Phoenix people supplement');
  const sectors = readJsonFile<{ sectors: Record<string, string> }>(referenceDir + 'titles-supplement.json', 'title supplement').sectors;
  const countries = readJsonFile<{ countries: Named[] }>(referenceDir + 'countries.json', 'countries').countries;
  const places = readJsonFile<{ places: Named[] }>(referenceDir + 'places.json', 'places').places;
  const organisations = readJsonFile<{ organisations: Named[] }>(referenceDir + 'organisations.json', 'organisations').organisations;
  const curated = readJsonFile<{ people: Named[] }>(referenceDir + 'people.json', 'people').people;
  const agents = readAgents('Phoenix.agents.txt');
  const agentWords = new Set(agents.filter((a) => !/[_ ]/.test(a.phrase)).flatMap((a) => [a.phrase, ...a.plurals]));
  const agentPhrases = new Set(agents.flatMap((a) => [a.phrase, ...a.plurals]).map((p) => lower(p.replace(/_/g, ' '))));
  const namePrefixes = new Set(s.name_prefixes.map(lower));

  // Names that belong to something else: countries, places, organisations.
  const taken = new Map<string, string>();
  for (const c of countries) for (const n of [...(c.names ?? []), ...(c.adjectives ?? []), ...(c.metonyms ?? []), ...(c.capital ? [c.capital] : [])]) taken.set(lower(n), `country ${c.code}`);
  for (const p of places) for (const n of p.variants ?? []) taken.set(lower(n), p.id);
  for (const o of organisations) for (const n of o.variants ?? []) taken.set(lower(n), o.id);
  const curatedOwner = new Map<string, string>();
  for (const p of curated) for (const n of [...(p.variants ?? []), ...(p.short ?? [])]) curatedOwner.set(lower(n), p.id);
  const curatedSkeleton = new Map<string, string>();
  for (const p of curated) for (const n of p.variants ?? []) if (n.includes(' ')) curatedSkeleton.set(skeleton(n), p.id);

  const notPeople = new Set(s.not_people);
  const records = readActors(ACTORS)
    .map((r) => ({ r, country: countryOf(r, s.countries) }))
    .filter((x): x is { r: ActorRecord; country: string } => x.country !== null && isPerson(x.r, agentWords, notPeople));

  const dropped: string[] = [];
  const covered: string[] = [];
  const people: PhoenixPerson[] = [];
  for (const group of groupRecords(records)) {
    const country = group[0].country;
    const adjective = countries.find((c) => c.code === country)?.adjectives?.[0] ?? country;
    const all = [...new Set(group.flatMap((g) => g.r.phrases).map(displayName))];
    const name = all[0];
    const claimedBy = all.map((v) => curatedOwner.get(lower(v)) ?? curatedSkeleton.get(skeleton(v))).find(Boolean);
    if (claimedBy) { covered.push(`${name} (${claimedBy})`); continue; }
    const variants = all.filter((v) => {
      const why = s.drop_variants[v]
        ?? (v.split(' ').length < 2 ? 'a single word' : undefined)
        ?? (taken.has(lower(v)) ? `also ${taken.get(lower(v))}` : undefined)
        ?? (namePrefixes.has(lower(v.split(' ')[0])) || [1, 2, 3].some((n) => v.split(' ').length > n + 1 && agentPhrases.has(lower(v.split(' ').slice(0, n).join(' ')))) ? 'starts with a title' : undefined);
      if (why) dropped.push(`"${v}": ${why}`);
      return !why;
    });
    if (variants.length === 0) continue;
    const codes = group.flatMap((g) => g.r.codes).filter((c) => c.code.startsWith(country));
    const roles = codes
      .map((c) => ({ c, role: roleText(c.code, country, adjective, sectors) }))
      .filter((x): x is { c: ActorCode; role: string } => !!x.role && !!x.c.from)
      .map(({ c, role }) => ({ role, from: month(c.from)!, to: month(c.to) ?? DICTIONARY_DATE, code: c.code }))
      .sort((a, b) => byText(a.from, b.from) || byText(a.role, b.role));
    const uniqueRoles = roles.filter((r, i) => roles.findIndex((q) => JSON.stringify(q) === JSON.stringify(r)) === i);
    people.push({
      id: `person:${slug(name)}`, name: variants[0], country, variants, short: [], roles: uniqueRoles,
      codes: codes.map((c) => ({ code: c.code, ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}) })),
      sources: group.map((g) => `Phoenix.Countries.actors.txt line ${g.r.line}`),
    });
  }

  // A variant two generated people share is ambiguous: drop it from both (and a person left without a variant).
  const owners = new Map<string, number>();
  for (const p of people) for (const v of new Set(p.variants.map(lower))) owners.set(v, (owners.get(v) ?? 0) + 1);
  for (const p of people) {
    const shared = p.variants.filter((v) => owners.get(lower(v))! > 1);
    for (const v of shared) dropped.push(`"${v}": shared by two Phoenix people`);
    p.variants = p.variants.filter((v) => owners.get(lower(v)) === 1);
    p.name = p.variants[0] ?? p.name;
  }
  // Belarusian surnames are distinctive enough to match after a full mention or a title ("Minister Kosinets");
  // Chinese surnames (Li, Wang, Zhang) are not, so Chinese people get no short form; nor do surnames shorter than
  // six letters or listed in the supplement's no_short (common Russian surnames: Ivanov, Zaitsev).
  const surnames = new Map<string, number>();
  const surname = (p: PhoenixPerson) => p.name.split(' ').at(-1)!;
  for (const p of people) if (p.country === 'BLR') surnames.set(lower(surname(p)), (surnames.get(lower(surname(p))) ?? 0) + 1);
  const allVariants = new Set(people.flatMap((p) => p.variants.map(lower)));
  for (const p of people) {
    const sn = surname(p);
    if (p.country === 'BLR' && sn.length >= 6 && !s.no_short.includes(sn) && surnames.get(lower(sn)) === 1 && !taken.has(lower(sn)) && !curatedOwner.has(lower(sn)) && !allVariants.has(lower(sn)) && !agentWords.has(sn.toUpperCase())) p.short = [sn];
  }
  const result = people.filter((p) => p.variants.length > 0).sort((a, b) => byText(a.id, b.id));
  // Ids are the slug of each person's primary Phoenix phrase, stable while upstream keeps it; two people with one id stop the build.
  const twice = result.filter((p, i) => i > 0 && result[i - 1].id === p.id).map((p) => `${p.id} (${p.sources.join(', ')})`);
  if (twice.length > 0) throw new PipelineError(messages.invalidReference(supplementPath, `two Phoenix people share an id: ${twice.join('; ')}; add one's variant to drop_variants or merge them`));
  return {
    source: { ...phoenixCitation, file: ACTORS, consulted: '2026-11-28' },
    notes: [
      'GENERATED by pipeline/tools/build-people-phoenix.ts from sources/reference/upstream/phoenix/Phoenix.Countries.actors.txt, people-phoenix-supplement.json and the curated tables: do not edit by hand; edit the supplement or people.json and run `node --import tsx pipeline/tools/build-people-phoenix.ts`.',
      `Same shape as people.json, plus "codes" (the Phoenix CAMEO codes with dates, YYYY-MM-DD; Phoenix reads a two-digit year 00-30 as 20YY, else 19YY) and a "code" on each role. Roles are written from the codes ("BLRGOVBUS" → "Belarusian government official (business)"); ELI (prominent person out of office) periods and undated codes give no role. Phoenix covers office-holders up to about 2016; an open-ended code (">date") gives a role ending at the dictionary's commit month, ${DICTIONARY_DATE}, beyond which Phoenix asserts nothing.`,
      'The loader merges these after people.json: a curated person wins (same id, or any shared variant or short form), so people.json stays the supplement with transliterations and exact titles.',
      `Left out as already in people.json: ${covered.join('; ') || 'none'}.`,
      `Variants dropped for precision: ${dropped.join('; ') || 'none'}.`,
      `Upstream codes skipped for a malformed date: ${[...new Set(malformedDates)].join('; ') || 'none'}.`,
      ...s.notes.filter((n) => !n.startsWith('Input of')),
    ],
    people: result,
  };
}

await runStage('build-people-phoenix', () => {
  writeJsonAtomic(process.argv[2] ?? defaultOut, buildPeople());
});
