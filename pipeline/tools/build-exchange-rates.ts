/**
 * Builds sources/reference/exchange-rates.json from the Federal Reserve's H.10 annual averages (FRED, vendored in
 * sources/reference/upstream/fred-exchange-rates/annual.csv) for every currency and year FRED covers, plus the
 * curated rows of sources/reference/exchange-rates-supplement.json for the currencies FRED lacks (RUB, BYR, BYN).
 * Usage: node --import tsx pipeline/tools/build-exchange-rates.ts [out.json]   (default: sources/reference/exchange-rates.json)
 */
import { readFileSync, existsSync } from 'node:fs';
import { readJsonFile, writeJsonAtomic } from '../lib/io.ts';
import { PipelineError, runStage } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';

interface Citation { name: string; url: string; version: string; licence: string; consulted?: string }
interface RateRow { currency: string; year: number; per_usd: number; approximate?: boolean; source: string }
interface Check { currency: string; year: number; per_usd: number; basis: string }
interface Supplement {
  source: unknown; notes: string[];
  fred: Citation & { file: string; from_year: number; series: Record<string, string>; checks: Check[]; tolerance: number };
  sources: Record<string, Citation>;
  rates: RateRow[];
}

const referenceDir = new URL('../../sources/reference/', import.meta.url).pathname;
const supplementPath = referenceDir + 'exchange-rates-supplement.json';
const defaultOut = referenceDir + 'exchange-rates.json';
const FRED_ID = 'fred-h10';

/** The rows of FRED's annual.csv (`Date,Country,Exchange rate`) as country → year → value. */
function readFredAnnual(path: string): Map<string, Map<number, number>> {
  if (!existsSync(path)) throw new PipelineError(messages.fileMissing(path, 'FRED annual exchange rates'));
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines[0] !== 'Date,Country,Exchange rate') throw new PipelineError(messages.invalidReference(path, `unexpected header "${lines[0]}" (expected "Date,Country,Exchange rate")`));
  const byCountry = new Map<string, Map<number, number>>();
  lines.slice(1).forEach((line, i) => {
    const m = /^(\d{4})-01-01,([^,]+),([0-9.]*)$/.exec(line);
    if (!m) throw new PipelineError(messages.invalidReference(path, `line ${i + 2} is not "YYYY-01-01,Country,number": ${line}`));
    if (m[3] === '') return; // a missing value
    const years = byCountry.get(m[2]) ?? new Map<number, number>();
    years.set(Number(m[1]), Number(m[3]));
    byCountry.set(m[2], years);
  });
  return byCountry;
}

/** FRED's rows for the currencies in the supplement's series list, from `from_year` on, as local currency per USD. */
function fredRates(s: Supplement): RateRow[] {
  const path = referenceDir + s.fred.file;
  const fred = readFredAnnual(path);
  const rows: RateRow[] = [];
  for (const [currency, country] of Object.entries(s.fred.series)) {
    const years = fred.get(country);
    if (!years) throw new PipelineError(messages.invalidReference(supplementPath, `fred.series.${currency}: no country "${country}" in ${path}`));
    for (const [year, value] of years) if (year >= s.fred.from_year) rows.push({ currency, year, per_usd: value, source: FRED_ID });
  }
  return rows;
}

/** Throws if a FRED series disagrees with an independent anchor value, saying whether it looks inverted. */
function checkDirection(rows: RateRow[], s: Supplement): void {
  for (const c of s.fred.checks) {
    const row = rows.find((r) => r.currency === c.currency && r.year === c.year);
    if (!row) throw new PipelineError(messages.invalidReference(supplementPath, `fred.checks: no FRED rate for ${c.currency} ${c.year}`));
    const off = (v: number) => Math.abs(v - c.per_usd) / c.per_usd;
    if (off(row.per_usd) <= s.fred.tolerance) continue;
    const hint = off(1 / row.per_usd) <= s.fred.tolerance ? 'the series looks inverted (USD per unit): invert it in the generator' : 'check the series mapping';
    throw new PipelineError(messages.invalidReference(supplementPath, `FRED ${c.currency} ${c.year} is ${row.per_usd} per USD, but ${c.basis} gives ${c.per_usd}: ${hint}`));
  }
}

/** The curated rows, refusing any currency/year that FRED already covers (FRED wins) or an unknown source. */
function curatedRates(s: Supplement, fred: RateRow[]): RateRow[] {
  const covered = new Set(fred.map((r) => `${r.currency} ${r.year}`));
  const clash = s.rates.filter((r) => covered.has(`${r.currency} ${r.year}`)).map((r) => `${r.currency} ${r.year}`);
  if (clash.length > 0) throw new PipelineError(messages.invalidReference(supplementPath, `rates also published by FRED, remove them: ${clash.join(', ')}`));
  const unknown = s.rates.filter((r) => !(r.source in s.sources)).map((r) => `${r.currency} ${r.year}: "${r.source}"`);
  if (unknown.length > 0) throw new PipelineError(messages.invalidReference(supplementPath, `rates citing a source not in "sources": ${unknown.join(', ')}`));
  return s.rates.map((r) => ({ currency: r.currency, year: r.year, per_usd: r.per_usd, ...(r.approximate ? { approximate: true } : {}), source: r.source }));
}

/** The whole exchange-rates.json document. */
function buildExchangeRates(): object {
  const s = readJsonFile<Supplement>(supplementPath, 'exchange-rate supplement');
  const fred = fredRates(s);
  checkDirection(fred, s);
  const order = ['CNY', 'EUR', 'JPY', 'RUB', 'BYR', 'BYN'];
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  const rates = [...fred, ...curatedRates(s, fred)].sort((a, b) => rank(a.currency) - rank(b.currency) || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0) || a.year - b.year);
  const { file: _file, from_year: _from, series, checks: _checks, tolerance: _tolerance, ...fredCitation } = s.fred;
  return {
    source: {
      name: 'Federal Reserve H.10 annual averages (FRED, datasets/exchange-rates@fa7d949) for CNY, EUR, JPY; curated supplement (approximate) for RUB, BYR, BYN',
      licence: 'ODC-PDDL-1.0 (FRED data package); supplement figures are facts, see sources',
      consulted: '2026-11-28',
      series: Object.fromEntries(Object.entries(series).map(([cur, country]) => [cur, `FRED annual.csv country "${country}"`])),
    },
    notes: [
      'GENERATED by pipeline/tools/build-exchange-rates.ts from sources/reference/upstream/fred-exchange-rates/annual.csv and exchange-rates-supplement.json: do not edit by hand; edit the supplement and run `node --import tsx pipeline/tools/build-exchange-rates.ts`.',
      'Annual averages, local currency units per US dollar; USD itself is 1 and not listed. Convert an amount dated in year Y with the rate for Y.',
      `Each rate names its "source", a key of "sources" (name, url, version, licence). "${FRED_ID}" rows are published figures; rows with "approximate": true are not from a downloaded published series and must be checked before a converted figure is published.`,
      ...s.notes.filter((n) => !n.startsWith('Input of')),
      'BYR and BYN: 1 BYN = 10,000 BYR (2016-07-01); divide BYR rows by 10,000 to compare.',
    ],
    sources: { [FRED_ID]: fredCitation, ...s.sources },
    rates,
  };
}

await runStage('build-exchange-rates', () => {
  writeJsonAtomic(process.argv[2] ?? defaultOut, buildExchangeRates());
});
