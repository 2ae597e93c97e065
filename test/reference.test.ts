/** The reference data in sources/reference/: shape, cross-references, ambiguous variants, and that countries.json is fresh. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = new URL('../sources/reference/', import.meta.url).pathname;
type Entry = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(dir + file, 'utf8')) as Record<string, unknown>;

/** Each data file and the key that holds its entries. */
const files: Record<string, string> = {
  'countries.json': 'countries', 'people.json': 'people', 'organisations.json': 'organisations',
  'places.json': 'places', 'currencies.json': 'currencies', 'exchange-rates.json': 'rates',
};
const entries = (file: string) => read(file)[files[file]] as Entry[];
const countries = () => entries('countries.json');
const people = () => entries('people.json');
const organisations = () => entries('organisations.json');
const places = () => entries('places.json');
const currencies = () => entries('currencies.json');
const rates = () => entries('exchange-rates.json');
const entries2 = (file: string, key: string) => read(file)[key] as Entry[];

const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() === x && x.length > 0);
const duplicates = (xs: string[]) => [...new Set(xs.filter((x, i) => xs.indexOf(x) !== i))];
const DATE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** Forms (lower-cased) claimed by more than one entry, with the ids claiming them. */
function collisions(list: Entry[], key: (e: Entry) => string, forms: (e: Entry) => string[]): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const e of list) for (const f of forms(e)) owners.set(f.toLowerCase(), (owners.get(f.toLowerCase()) ?? new Set()).add(key(e)));
  return new Map([...owners].filter(([, ids]) => ids.size > 1).map(([f, ids]) => [f, [...ids]]));
}
const describe = (m: Map<string, string[]>) => [...m].map(([f, ids]) => `"${f}": ${ids.join(', ')}`).join('; ');

/** Checks that each entry has the keys with the types the extractor reads. */
function assertShape(list: Entry[], file: string, shape: Record<string, (v: unknown) => boolean>) {
  assert.ok(list.length > 0, `${file} has no entries`);
  for (const e of list)
    for (const [k, ok] of Object.entries(shape)) assert.ok(ok(e[k]), `${file}: ${JSON.stringify(e.id ?? e.code ?? e.currency)} has a bad "${k}": ${JSON.stringify(e[k])}`);
}
const str = (v: unknown) => typeof v === 'string' && v.length > 0;
const strOrNull = (v: unknown) => v === null || str(v);

test('every file parses and names its source and notes', () => {
  for (const file of [...Object.keys(files), 'countries-supplement.json', 'people-phoenix.json', 'titles.json', 'exchange-rates-supplement.json', 'people-phoenix-supplement.json', 'titles-supplement.json']) {
    const data = read(file);
    assert.ok(data.source && (typeof data.source === 'string' || typeof data.source === 'object'), `${file}: no "source"`);
    if (typeof data.source === 'object') assert.ok(str((data.source as Entry).name), `${file}: source has no name`);
    assert.ok(data.notes !== undefined, `${file}: no "notes"`);
    if (file in files) assert.ok(Array.isArray(data[files[file]]), `${file}: no "${files[file]}" array`);
  }
});

test('countries: required keys, unique ISO alpha-3 codes, the bare name among the names', () => {
  const list = countries();
  assertShape(list, 'countries.json', {
    code: (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v), name: str, names: isStringArray, adjectives: isStringArray,
    prefixes: (v) => isStringArray(v) && (v as string[]).every((p) => p.endsWith('-')), capital: strOrNull, metonyms: isStringArray,
    region: str, subregion: strOrNull, case_sensitive: isStringArray,
  });
  assert.deepEqual(duplicates(list.map((c) => c.code as string)), []);
  for (const c of list) assert.ok((c.names as string[]).includes(c.name as string), `${c.code}: "${c.name}" missing from names`);
  for (const code of ['BLR', 'CHN', 'RUS', 'USA', 'GBR', 'TWN', 'KOR', 'UKR', 'POL']) assert.ok(list.some((c) => c.code === code), `${code} missing`);
  assert.ok(list.length >= 240, `only ${list.length} countries`);
});

test('countries: no two-letter codes, no Brussels, combining forms and metonyms where the brief needs them', () => {
  const byCode = new Map(countries().map((c) => [c.code as string, c]));
  for (const c of byCode.values()) {
    const bad = (c.names as string[]).filter((n) => /^[A-Za-z]{2}$/.test(n) && n !== 'US' && n !== 'UK');
    assert.deepEqual(bad, [], `${c.code}: two-letter names`);
    assert.ok(!(c.metonyms as string[]).includes('Brussels'), `${c.code}: Brussels means the EU`);
  }
  const has = (code: string, key: string, value: string) => assert.ok((byCode.get(code)![key] as string[]).includes(value), `${code}.${key} lacks ${value}`);
  has('CHN', 'prefixes', 'Sino-'); has('RUS', 'prefixes', 'Russo-'); has('FRA', 'prefixes', 'Franco-'); has('IND', 'prefixes', 'Indo-');
  has('CHN', 'metonyms', 'Beijing'); has('RUS', 'metonyms', 'Kremlin'); has('BLR', 'metonyms', 'Minsk'); has('UKR', 'metonyms', 'Kyiv');
  has('BLR', 'names', 'Byelorussia'); has('USA', 'names', 'the United States'); has('GBR', 'names', 'Britain'); has('KOR', 'names', 'Korea');
  for (const c of byCode.values())
    for (const f of c.case_sensitive as string[]) assert.ok([...(c.names as string[]), ...(c.adjectives as string[])].includes(f), `${c.code}: case_sensitive "${f}" is not one of its forms`);
});

test('countries: no name or adjective is claimed by two countries', () => {
  const shared = collisions(countries(), (c) => c.code as string, (c) => [...(c.names as string[]), ...(c.adjectives as string[])]);
  assert.equal(shared.size, 0, `shared forms: ${describe(shared)}`);
  const metonyms = collisions(countries(), (c) => c.code as string, (c) => c.metonyms as string[]);
  assert.equal(metonyms.size, 0, `shared metonyms: ${describe(metonyms)}`);
});

test('people: required keys, unique ids, roles dated YYYY or YYYY-MM in order', () => {
  const list = people();
  assertShape(list, 'people.json', {
    id: (v) => typeof v === 'string' && /^person:[a-z0-9-]+$/.test(v), name: str, country: str,
    variants: (v) => isStringArray(v) && (v as string[]).length > 0, short: isStringArray, roles: Array.isArray,
  });
  assert.deepEqual(duplicates(list.map((p) => p.id as string)), []);
  for (const p of list) {
    assert.ok((p.variants as string[]).includes(p.name as string), `${p.id}: reference name not among variants`);
    for (const r of p.roles as Entry[]) {
      assert.ok(str(r.role), `${p.id}: role without a name`);
      assert.match(String(r.from), DATE, `${p.id}: ${r.role} from`);
      if (r.to !== undefined) {
        assert.match(String(r.to), DATE, `${p.id}: ${r.role} to`);
        assert.ok(String(r.from) <= String(r.to), `${p.id}: ${r.role} ends before it starts`);
      }
    }
  }
});

test('people: no full-name variant is claimed by two people, nor by a place or country', (t) => {
  const list = people();
  const shared = collisions(list, (p) => p.id as string, (p) => p.variants as string[]);
  assert.equal(shared.size, 0, `variants shared by people: ${describe(shared)}`);
  const others = new Set([
    ...places().flatMap((p) => p.variants as string[]),
    ...countries().flatMap((c) => [...(c.names as string[]), ...(c.adjectives as string[])]),
  ].map((x) => x.toLowerCase()));
  const clashes = list.flatMap((p) => (p.variants as string[]).filter((v) => others.has(v.toLowerCase())).map((v) => `${p.id}: ${v}`));
  assert.deepEqual(clashes, []);
  // Short forms may be shared ("Li", "Wang"): they only match after a full mention, so report them without failing.
  const shortShared = collisions(list, (p) => p.id as string, (p) => p.short as string[]);
  if (shortShared.size > 0) t.diagnostic(`short forms shared (resolved by the latest full mention): ${describe(shortShared)}`);
  const shortVsVariant = list.flatMap((p) => (p.short as string[]).filter((s) => list.some((q) => q !== p && (q.variants as string[]).some((v) => v.toLowerCase() === s.toLowerCase()))).map((s) => `${p.id}: ${s}`));
  assert.deepEqual(shortVsVariant, [], 'a short form of one person is a full variant of another');
});

test('organisations and places: required keys, unique ids, no variant claimed twice', (t) => {
  const types = { organisations: ['media', 'party', 'government', 'international', 'university', 'company', 'cultural'], places: ['city', 'province', 'region', 'site'] };
  for (const [file, list, prefix, allowed] of [
    ['organisations.json', organisations(), 'org:', types.organisations], ['places.json', places(), 'place:', types.places],
  ] as const) {
    assertShape(list, file, {
      id: (v) => typeof v === 'string' && v.startsWith(prefix) && /^[a-z]+:[a-z0-9-]+$/.test(v), name: str,
      type: (v) => (allowed as readonly string[]).includes(v as string), country: strOrNull, variants: (v) => isStringArray(v) && (v as string[]).length > 0,
    });
    assert.deepEqual(duplicates(list.map((e) => e.id as string)), [], `${file}: duplicate ids`);
    const shared = collisions(list, (e) => e.id as string, (e) => e.variants as string[]);
    assert.equal(shared.size, 0, `${file}: variants shared: ${describe(shared)}`);
  }
  const allIds = [...people(), ...organisations(), ...places()].map((e) => e.id as string);
  assert.deepEqual(duplicates(allIds), []);
  const orgVsPlace = collisions([...organisations(), ...places()], (e) => e.id as string, (e) => e.variants as string[]);
  if (orgVsPlace.size > 0) t.diagnostic(`organisation/place variants shared: ${describe(orgVsPlace)}`);
  assert.equal(orgVsPlace.size, 0, `organisation and place share variants: ${describe(orgVsPlace)}`);
});

test('every country code used by people, organisations and places exists in countries.json', () => {
  const codes = new Set(countries().map((c) => c.code as string));
  const used = [...people(), ...organisations(), ...places()].filter((e) => e.country !== null).map((e) => `${e.id}: ${e.country}`);
  assert.deepEqual(used.filter((u) => !codes.has(u.split(': ')[1])), []);
  assert.equal(organisations().find((o) => o.id === 'org:european-union')?.country, null, 'the EU is not a country');
});

test('a joint venture (organisations.json investor) is a company registered in one country with an investor of another, both in countries.json, and names its partners', () => {
  const codes = new Set(countries().map((c) => c.code as string));
  const ventures = organisations().filter((o) => o.investor !== undefined);
  assert.ok(ventures.length > 0, 'no joint venture listed');
  for (const v of ventures) {
    assert.equal(v.type, 'company', `${v.id}: a venture is a company`);
    assert.ok(codes.has(v.investor as string) && codes.has(v.country as string) && v.investor !== v.country, `${v.id}: investor ${v.investor}, country ${v.country}`);
    assert.ok(isStringArray(v.partners) && (v.partners as string[]).length >= 2, `${v.id}: partners`);
  }
});

test('currencies: unique ISO 4217 codes; a shared name or symbol only between currencies valid at different times', (t) => {
  const list = currencies();
  assertShape(list, 'currencies.json', { code: (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v), name: str, names: isStringArray, symbols: isStringArray });
  assert.deepEqual(duplicates(list.map((c) => c.code as string)), []);
  for (const code of ['CNY', 'USD', 'EUR', 'BYR', 'BYN', 'RUB', 'GBP', 'JPY']) assert.ok(list.some((c) => c.code === code), `${code} missing`);
  const period = (c: Entry) => [String(c.valid_from ?? '0000'), String(c.valid_to ?? '9999')];
  const shared = collisions(list, (c) => c.code as string, (c) => [...(c.names as string[]), ...(c.symbols as string[])]);
  const byCode = new Map(list.map((c) => [c.code as string, c]));
  for (const [form, codes] of shared) {
    const [a, b] = codes.map((c) => period(byCode.get(c)!));
    assert.ok(codes.length === 2 && (a[1] < b[0] || b[1] < a[0]), `"${form}" means ${codes.join(' and ')} at the same time`);
  }
  if (shared.size > 0) t.diagnostic(`forms shared by currencies of different periods: ${[...shared.keys()].join(', ')}`);
});

test('exchange rates: known currencies, one positive rate per currency and year, the required years covered', () => {
  const list = rates();
  const codes = new Set(currencies().map((c) => c.code as string));
  assertShape(list, 'exchange-rates.json', {
    currency: (v) => codes.has(v as string) && v !== 'USD', year: (v) => Number.isInteger(v) && (v as number) >= 1992 && (v as number) <= 2025,
    per_usd: (v) => typeof v === 'number' && Number.isFinite(v) && v > 0,
  });
  assert.deepEqual(duplicates(list.map((r) => `${r.currency} ${r.year}`)), []);
  const years = (cur: string) => new Set(list.filter((r) => r.currency === cur).map((r) => r.year as number));
  for (const [cur, from] of [['CNY', 1995], ['EUR', 1999]] as const)
    for (let y = from; y <= 2024; y++) assert.ok(years(cur).has(y), `${cur} ${y} missing`);
  const byr = list.filter((r) => r.currency === 'BYR');
  const byn = list.filter((r) => r.currency === 'BYN');
  assert.ok(byr.every((r) => (r.year as number) <= 2016) && byn.every((r) => (r.year as number) >= 2016), 'BYR rows after 2016 or BYN rows before');
});

test('countries.json is what the generator produces from the package and the supplement', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'countries-'));
  try {
    const out = join(tmp, 'countries.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', new URL('../pipeline/tools/build-countries.ts', import.meta.url).pathname, out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(readFileSync(out).equals(readFileSync(dir + 'countries.json')), 'countries.json is stale: run `node --import tsx pipeline/tools/build-countries.ts`');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

/** Runs a generator into a temporary file and compares it byte for byte with the committed table. */
function assertGenerated(tool: string, file: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'refgen-'));
  try {
    const out = join(tmp, file);
    const run = spawnSync(process.execPath, ['--import', 'tsx', new URL(`../pipeline/tools/${tool}`, import.meta.url).pathname, out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(readFileSync(out).equals(readFileSync(dir + file)), `${file} is stale: run \`node --import tsx pipeline/tools/${tool}\``);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

test('exchange-rates.json, people-phoenix.json and titles.json are what their generators produce', () => {
  assertGenerated('build-exchange-rates.ts', 'exchange-rates.json');
  assertGenerated('build-people-phoenix.ts', 'people-phoenix.json');
  assertGenerated('build-titles.ts', 'titles.json');
});

test('exchange rates: FRED figures where FRED publishes, each rate citing a source; the rest flagged approximate', () => {
  const data = read('exchange-rates.json');
  const sources = data.sources as Record<string, Entry>;
  const list = rates();
  for (const r of list) {
    const src = sources[r.source as string];
    assert.ok(src && str(src.name) && str(src.version) && str(src.licence), `${r.currency} ${r.year}: source "${r.source}" lacks name, version or licence`);
  }
  const rate = (cur: string, year: number) => list.find((r) => r.currency === cur && r.year === year);
  // FRED annual.csv, datasets/exchange-rates@fa7d949: values taken as units per USD (the euro is not inverted).
  assert.deepEqual([rate('CNY', 2009)?.per_usd, rate('CNY', 2009)?.source], [6.8307, 'fred-h10']);
  assert.deepEqual([rate('EUR', 2008)?.per_usd, rate('EUR', 2008)?.source], [0.6791, 'fred-h10']);
  assert.equal(rate('JPY', 2010)?.per_usd, 87.7817);
  for (const r of list.filter((x) => ['RUB', 'BYR', 'BYN'].includes(x.currency as string))) assert.equal(r.approximate, true, `${r.currency} ${r.year} is not from a published series`);
  assert.ok(list.filter((r) => r.source === 'fred-h10').every((r) => r.approximate === undefined), 'FRED rows are published figures');
});

test('people-phoenix: shape, dated roles, no variant shared with people.json, a place, a country or another person', () => {
  const generated = entries2('people-phoenix.json', 'people');
  assertShape(generated, 'people-phoenix.json', {
    id: (v) => typeof v === 'string' && /^person:[a-z0-9-]+$/.test(v), name: str, country: (v) => v === 'BLR' || v === 'CHN',
    variants: (v) => isStringArray(v) && (v as string[]).length > 0, short: isStringArray, roles: Array.isArray,
  });
  assert.ok(generated.length >= 200, `only ${generated.length} Phoenix people`);
  for (const p of generated) for (const r of p.roles as Entry[]) {
    assert.match(String(r.from), DATE, `${p.id}: ${r.role} from`);
    if (r.to !== undefined) assert.ok(String(r.from) <= String(r.to), `${p.id}: ${r.role} ends before it starts`);
  }
  const all = [...people(), ...generated];
  assert.deepEqual(duplicates(all.map((p) => p.id as string)), [], 'an id in both people files');
  const shared = collisions(all, (p) => p.id as string, (p) => p.variants as string[]);
  assert.equal(shared.size, 0, `variants shared: ${describe(shared)}`);
  const others = new Set([
    ...places().flatMap((p) => p.variants as string[]), ...organisations().flatMap((o) => o.variants as string[]),
    ...countries().flatMap((c) => [...(c.names as string[]), ...(c.adjectives as string[])]),
  ].map((x) => x.toLowerCase()));
  assert.deepEqual(generated.flatMap((p) => (p.variants as string[]).filter((v) => others.has(v.toLowerCase()) || !v.includes(' ')).map((v) => `${p.id}: ${v}`)), []);
  const curatedForms = new Set(people().flatMap((p) => [...(p.variants as string[]), ...(p.short as string[])]).map((x) => x.toLowerCase()));
  assert.deepEqual(generated.flatMap((p) => (p.short as string[]).filter((v) => curatedForms.has(v.toLowerCase()))), [], 'a generated short form is a curated name');
});

test('the loader merges curated and Phoenix people: curated wins, and a Belarusian minister of the 2000s is found by a Phoenix variant', async () => {
  const { loadReference } = await import('../pipeline/extract/reference.ts');
  const { buildGazetteer, findMentions } = await import('../pipeline/extract/gazetteer.ts');
  const ref = loadReference();
  assert.deepEqual(duplicates(ref.people.map((p) => p.id)), []);
  assert.equal(ref.people.filter((p) => p.id === 'person:sergei-martynov').length, 1);
  assert.ok(!ref.people.some((p) => p.id !== 'person:alexander-lukashenka' && p.variants.some((v) => /lukashenk/i.test(v))), 'Lukashenka belongs to the curated entry only');
  const gaz = buildGazetteer(ref);
  const find = (text: string) => findMentions(text, 0, text.length, gaz, new Set()).filter((m) => m.kind === 'person');
  const kosinets = find('Deputy Prime Minister Aleksandr Kosinets met the Chinese delegation in Minsk.');
  assert.deepEqual(kosinets.map((m) => [m.id, m.country]), [['person:aleksandr-kosinets', 'BLR']]);
  const ivanou = find('Aleh Ivanov, then Belarus\'s deputy prime minister, signed the protocol.');
  assert.deepEqual(ivanou.map((m) => m.id), ['person:aleg-ivanou']);
  assert.deepEqual(find('Chinese Foreign Minister Li Zhaoxing received him.').map((m) => m.id), ['person:li-zhaoxing']);
  assert.deepEqual(find('Sergey Martynov flew to Beijing.').map((m) => m.id), ['person:sergei-martynov'], 'the curated entry wins');
  // A Belarusian surname from Phoenix matches after a title; a Chinese one (Li) or a common one (Ivanov) does not stand alone.
  assert.deepEqual(find('Talks were led by Minister Kosinets.').map((m) => m.id), ['person:aleksandr-kosinets']);
  assert.deepEqual(find('Talks were led by Minister Ivanov.').map((m) => m.id), []);
  const role = ref.people.find((p) => p.id === 'person:aleksandr-kosinets')!.roles[0];
  assert.deepEqual([role.role, role.from, role.to], ['Belarusian government official', '2006-01', '2009-02']);
});

test('titles: Phoenix agent nouns with their sectors, including the supplement', () => {
  const data = read('titles.json');
  const list = data.titles as Entry[];
  const sectors = data.sectors as Record<string, string>;
  assert.ok(list.length > 2000, `only ${list.length} titles`);
  assert.deepEqual(duplicates(list.map((t) => t.title as string)), []);
  for (const t of list) assert.ok((t.sectors as string[]).length > 0 && (t.sectors as string[]).every((s) => s in sectors), `${t.title}: unknown sector`);
  const sector = (title: string) => list.find((t) => t.title === title)?.sectors;
  assert.deepEqual(sector('ambassador'), ['GOV']);
  assert.deepEqual(sector('university'), ['EDU']);
  assert.deepEqual(sector('deputy foreign minister'), ['GOV']);
  assert.ok((list.find((t) => t.title === 'deputy prime minister')?.forms as string[]).includes('deputy prime ministers'));
});

test('converted amounts name the rate\'s own source and say when it is approximate', async () => {
  const { loadReference } = await import('../pipeline/extract/reference.ts');
  const { toUsd } = await import('../pipeline/normalise/tables.ts');
  const ref = loadReference();
  const swap = toUsd(65_000_000_000, 'CNY', '2009-07', ref);
  assert.equal(swap.usd, Math.round(65_000_000_000 / 6.8307));
  assert.match(String(swap.rate), /^6\.8307 CNY per USD \(2009 annual average; Federal Reserve Board, H\.10/);
  assert.doesNotMatch(String(swap.rate), /approximate/);
  const byn = toUsd(1000, 'BYN', '2019-05-01', ref);
  assert.match(String(byn.rate), /World Bank.*; approximate\)$/);
  const eur = toUsd(1000, 'EUR', '2008', ref);
  assert.equal(eur.usd, Math.round(1000 / 0.6791), 'EUR rows are EUR per USD: 1,000 euros in 2008 are about 1,473 dollars');
});

test('"CONTACT US" and "ABOUT US" in a page\'s menu name no country; "the US" and "US sanctions" still do', async () => {
  const { loadReference } = await import('../pipeline/extract/reference.ts');
  const { buildGazetteer, findMentions } = await import('../pipeline/extract/gazetteer.ts');
  const gaz = buildGazetteer(loadReference());
  const countries = (text: string) => findMentions(text, 0, text.length, gaz, new Set()).filter((m) => m.kind === 'country').map((m) => m.country);
  assert.deepEqual(countries('• CONTACT US\n• ABOUT US\nFollow us'), []);
  assert.deepEqual(countries('The US imposed new sanctions; US sanctions hit Belarus.'), ['USA', 'USA', 'BLR']);
});
