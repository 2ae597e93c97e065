/**
 * Builds sources/reference/countries.json from the world-countries npm package (ISO 3166-1 countries,
 * names, demonyms, capitals, regions) merged with sources/reference/countries-supplement.json.
 * Usage: node --import tsx pipeline/tools/build-countries.ts [out.json]   (default: sources/reference/countries.json)
 */
import { createRequire } from 'node:module';
import { readJsonFile, writeJsonAtomic } from '../lib/io.ts';
import { PipelineError, runStage } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';

interface WorldCountry {
  cca3: string; status: string; independent: boolean | null;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[]; capital?: string[]; region: string; subregion?: string;
  demonyms?: { eng?: { m: string; f: string } };
}
interface SupplementEntry { names?: string[]; adjectives?: string[]; prefixes?: string[]; metonyms?: string[]; drop?: string[] }
interface Supplement {
  source: unknown; notes: string; drop_everywhere: string[]; case_sensitive_words: string[];
  countries: Record<string, SupplementEntry>;
}
interface CountryEntry {
  code: string; name: string; names: string[]; adjectives: string[]; prefixes: string[];
  capital: string | null; metonyms: string[]; region: string; subregion: string | null; case_sensitive: string[];
}

const require = createRequire(import.meta.url);
const packagePath = require.resolve('world-countries/countries.json');
const packageVersion = (require('world-countries/package.json') as { version: string }).version;
const supplementPath = new URL('../../sources/reference/countries-supplement.json', import.meta.url).pathname;
const defaultOut = new URL('../../sources/reference/countries.json', import.meta.url).pathname;

/** Strips the stress marks (combining acute after a Cyrillic letter) that some native names carry ("Белару́сь"). */
const clean = (s: string) => s.replace(/(\p{Script=Cyrillic})\u0301/gu, '$1').normalize('NFC').trim();
const unique = (xs: string[]) => [...new Set(xs.map(clean).filter((x) => x.length > 0))];

/** Whether a name can be used to find the country in running English text. */
function usableName(name: string, dropped: Set<string>): boolean {
  if (/^[A-Za-z]{1,2}$/.test(name) && name !== 'US' && name !== 'UK') return false; // ISO alpha-2 codes: BY, CN, ...
  if (name.includes(',') || name.includes('(')) return false; // inverted or annotated forms: "Korea, Republic of"
  return !dropped.has(name.toLowerCase());
}

/** English plural forms of a demonym: "Belarusian" → "Belarusians", "Chinese" → "the Chinese". */
function pluralDemonyms(demonym: string): string[] {
  if (/(ese|sh|ch|ss|s|x|z)$/.test(demonym)) return [`the ${demonym}`];
  return [`${demonym}s`];
}

/** Names and adjectives of one package entry before cross-country de-duplication. */
function countryEntry(c: WorldCountry, extra: SupplementEntry, dropped: Set<string>, caseSensitive: Set<string>): CountryEntry {
  const drop = new Set([...(extra.drop ?? [])].map((x) => x.toLowerCase()));
  const keep = (x: string) => usableName(x, dropped) && !drop.has(x.toLowerCase());
  const native = Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]);
  const names = unique([c.name.common, ...[c.name.official, ...(extra.names ?? []), ...c.altSpellings, ...native].filter(keep)]); // the common name always
  const demonyms = unique([c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '']);
  const adjectives = unique([...demonyms, ...demonyms.flatMap(pluralDemonyms), ...(extra.adjectives ?? [])]).filter(keep);
  const prefixes = unique([...(extra.prefixes ?? []), `${c.name.common}-`, ...demonyms.map((d) => `${d}-`)]);
  const forms = [...names, ...adjectives];
  return {
    code: c.cca3, name: c.name.common, names, adjectives, prefixes,
    capital: c.capital?.[0] ?? null, metonyms: unique(extra.metonyms ?? []),
    region: c.region, subregion: c.subregion || null,
    case_sensitive: unique(forms).filter((f) => caseSensitive.has(f) || (/^[A-Z.]+$/.test(f) && f.length <= 5)),
  };
}

/** Forms (names or adjectives) claimed by more than one country, mapped to their claimants. */
function sharedForms(entries: CountryEntry[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const e of entries)
    for (const f of new Set([...e.names, ...e.adjectives].map((x) => x.toLowerCase()))) owners.set(f, [...(owners.get(f) ?? []), e.code]);
  return new Map([...owners].filter(([, codes]) => codes.length > 1));
}

/**
 * Resolves forms shared by several countries: an independent country keeps a form it shares only with
 * dependent territories ("French": FRA, not ATF); forms shared otherwise ("Congolese") are dropped from all.
 */
function resolveShared(entries: CountryEntry[], independent: Map<string, boolean>): { entries: CountryEntry[]; dropped: string[] } {
  const shared = sharedForms(entries);
  const dropped: string[] = [];
  const winner = new Map<string, string | null>();
  for (const [form, codes] of [...shared].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sovereign = codes.filter((c) => independent.get(c));
    winner.set(form, sovereign.length === 1 ? sovereign[0] : null);
    dropped.push(`"${form}" (${codes.join(', ')}${sovereign.length === 1 ? `: kept for ${sovereign[0]}` : ': dropped from all'})`);
  }
  const allowed = (code: string) => (f: string) => !shared.has(f.toLowerCase()) || winner.get(f.toLowerCase()) === code;
  const resolved = entries.map((e) => {
    const names = e.names.filter(allowed(e.code));
    const adjectives = e.adjectives.filter(allowed(e.code));
    return { ...e, names, adjectives, case_sensitive: e.case_sensitive.filter((f) => names.includes(f) || adjectives.includes(f)) };
  });
  return { entries: resolved, dropped };
}

/** The whole countries.json document. */
function buildCountries(): object {
  const all = readJsonFile<WorldCountry[]>(packagePath, 'world-countries package data');
  const supplement = readJsonFile<Supplement>(supplementPath, 'country supplement');
  const iso = all.filter((c) => c.status === 'officially-assigned');
  const codes = new Set(iso.map((c) => c.cca3));
  const unknown = Object.keys(supplement.countries).filter((code) => !codes.has(code));
  if (unknown.length > 0) throw new PipelineError(messages.invalidReference(supplementPath, `unknown country codes ${unknown.join(', ')}`));
  const dropped = new Set(supplement.drop_everywhere.map((x) => x.toLowerCase()));
  const caseSensitive = new Set(supplement.case_sensitive_words);
  const entries = iso
    .map((c) => countryEntry(c, supplement.countries[c.cca3] ?? {}, dropped, caseSensitive))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const resolved = resolveShared(entries, new Map(iso.map((c) => [c.cca3, c.independent === true])));
  return {
    source: {
      name: 'world-countries (Mohammed Le Doze, mledoze/countries), merged with sources/reference/countries-supplement.json',
      package: `world-countries@${packageVersion}`,
      url: 'https://github.com/mledoze/countries',
      licence: 'ODbL-1.0 (world-countries); supplement written for this project',
      consulted: '2026-11-28',
    },
    notes: [
      'GENERATED by pipeline/tools/build-countries.ts: do not edit by hand; edit countries-supplement.json and run `node --import tsx pipeline/tools/build-countries.ts`.',
      'All ISO 3166-1 officially assigned codes (Kosovo, user-assigned XKX/UNK, is not included). names = common and official English names, supplement names, the package\'s alternative spellings without two-letter codes (except US and UK), inverted forms or ordinary English words, and native names; adjectives = English demonyms with plural forms; prefixes = combining forms (Sino-, Russo-) and Name-/Adjective- compounds; metonyms = capitals or seats used for the government (only where listed in the supplement).',
      'case_sensitive lists forms that are also ordinary English words, given names or short upper-case abbreviations (US, UK, PRC): match them only with exactly that capitalisation.',
      `Forms claimed by several countries: ${resolved.dropped.join('; ')}.`,
    ],
    countries: resolved.entries,
  };
}

await runStage('build-countries', () => {
  writeJsonAtomic(process.argv[2] ?? defaultOut, buildCountries());
});
