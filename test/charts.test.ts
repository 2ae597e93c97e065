/** The charts stage: specs valid against the Vega-Lite schema, SVG marks match the data, PNGs at 2×, byte-identical reruns, stale files removed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import * as vega from 'vega';
import { chartsFor } from '../pipeline/charts.ts';
import { compileSpec, renderSvg, svgSize } from '../pipeline/charts/render.ts';
import { placeDate, sourceLine } from '../pipeline/charts/facts.ts';
import { timelineRows } from '../pipeline/charts/timeline.ts';
import { visitsBarMark } from '../pipeline/charts/visits.ts';
import { moneyBarMark, summableRows } from '../pipeline/charts/money.ts';
import { background, categoryColours, contrastRatio, countRange, directionColours, lenderColours } from '../pipeline/charts/theme.ts';
import { releaseOf } from '../pipeline/lib/release.ts';
import { categoryBarMark } from '../pipeline/charts/categories.ts';
import { directionCellMark } from '../pipeline/charts/directions.ts';
import { fontFamily } from '../pipeline/charts/fonts.ts';
import { pngScale } from '../pipeline/charts/theme.ts';
import { parse } from 'csv-parse/sync';
import type { RecordsFile } from '../pipeline/lib/records.ts';
import { loadRecords, outputDir, recordsPath, scaledRecords } from './helpers.ts';

const records = loadRecords();
const chartsDir = join(outputDir(), 'charts');
const manifest = JSON.parse(readFileSync(join(chartsDir, 'charts.json'), 'utf8')) as { charts: { name: string; spec: string; svg: string; png: string; csv: string; width: number; height: number; title: string; subtitle: string }[] };
const read = (file: string) => readFileSync(join(chartsDir, file), 'utf8');

/** Items (paths, texts, lines) in the SVG group of the named mark. */
function itemsOf(svg: string, mark: string): number {
  const start = svg.indexOf(` ${mark}_marks"`);
  assert.notEqual(start, -1, `mark ${mark} is in the SVG`);
  const group = svg.slice(start, svg.indexOf('</g>', start));
  return (group.match(/<(path|text|line)\b/g) ?? []).length;
}

/** Runs the stage as make does. */
function runStage(input: string, out: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'pipeline/charts.ts', input, out], { env: { ...process.env, TZ: 'UTC' }, stdio: 'pipe' });
}

test('the manifest lists one entry per chart the records support, each with its four files (spec, SVG, PNG, data as CSV)', () => {
  assert.deepEqual(manifest.charts.map((c) => c.name), chartsFor(records).map((c) => c.name));
  for (const c of manifest.charts) {
    for (const f of [c.spec, c.svg, c.png, c.csv]) assert.ok(existsSync(join(chartsDir, f)), f);
    assert.ok(c.title && c.subtitle, c.name);
  }
  const names = new Set(manifest.charts.flatMap((c) => [c.spec, c.svg, c.png, c.csv]));
  for (const f of readdirSync(chartsDir)) if (f !== 'charts.json') assert.ok(names.has(f), `stray file ${f}`);
});

test('the required charts exist for data that has them', () => {
  const names = manifest.charts.map((c) => c.name);
  if (records.tables.events.some((e) => e.date !== null)) assert.ok(names.includes('timeline'));
  if (records.tables.visits.some((v) => v.date !== null)) assert.ok(names.includes('visits'));
  assert.ok(names.includes('categories'));
});

test('every spec validates against the Vega-Lite schema that ships with vega-lite, and compiles to Vega', () => {
  const schemaPath = fileURLToPath(new URL('../node_modules/vega-lite/build/vega-lite-schema.json', import.meta.url));
  const warnings: string[] = [];
  const ajv = new Ajv({ strict: false, allErrors: true, logger: { log: () => {}, warn: (...w: unknown[]) => warnings.push(w.join(' ')), error: console.error } });
  addFormats.default(ajv); // the Vega-Lite schema uses uri-reference and other standard formats
  ajv.addFormat('color-hex', /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i); // Vega-Lite's own: #rgb, #rgba, #rrggbb, #rrggbbaa
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  assert.deepEqual(warnings, [], 'every format the Vega-Lite schema uses is declared (an unknown one is not checked)');
  assert.equal(validate({ mark: 'point', encoding: { x: { field: 'a', type: 'no-such-type' } } }), false, 'the validator rejects a bad spec');
  for (const c of manifest.charts) {
    const spec = JSON.parse(read(c.spec)) as { vconcat: { data: { values: unknown } }[] };
    const valid = validate(spec);
    assert.ok(valid, `${c.spec}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    assert.ok(Array.isArray(spec.vconcat[0].data.values), `${c.spec} carries its data inline`);
    assert.doesNotThrow(() => vega.parse(compileSpec(spec)), c.spec);
  }
});

test('the timeline counts every dated fact once, and its CSV holds the same counts', () => {
  const rows = timelineRows(records.tables.events);
  assert.equal(rows.reduce((s, r) => s + r.facts, 0), records.tables.events.filter((e) => e.date !== null).length);
  const csv = parse(read('timeline.csv'), { columns: true }) as { facts: string }[];
  assert.equal(csv.reduce((s, r) => s + Number(r.facts), 0), rows.reduce((s, r) => s + r.facts, 0));
});

test('the money chart adds up only sum-safe finance rows, and says so', () => {
  const money = manifest.charts.find((c) => c.name === 'money');
  const safe = summableRows(records.tables.finance);
  if (!money) return assert.equal(safe.length, 0);
  assert.match(money.title, /sum-safe/);
  assert.match(money.subtitle, /Only sum-safe amounts are added up/);
  const csv = parse(read('money.csv'), { columns: true }) as { event_id: string }[];
  assert.deepEqual(csv.map((r) => r.event_id).sort(), safe.map((r) => String(r.event_id)).sort());
});

test('every colour of a mark has at least 3:1 contrast against the background; directions and lenders have palettes of their own', () => {
  for (const c of [...Object.values(categoryColours), ...directionColours, ...lenderColours, ...countRange]) assert.ok(contrastRatio(c, background) >= 3, `${c}: ${contrastRatio(c, background).toFixed(2)}:1`);
  assert.ok(contrastRatio('#88CCEE', background) < 3, 'the check rejects a pale colour');
  const categories = new Set(Object.values(categoryColours).map((c) => c.toLowerCase()));
  for (const c of [...directionColours, ...lenderColours]) assert.ok(!categories.has(c.toLowerCase()), `${c} is also a category colour`);
  assert.ok(!directionColours.some((c) => lenderColours.includes(c)));
});

test('the SVGs draw one mark per fact: visit blocks, money bars, category bars, direction cells', () => {
  const expected: Record<string, [string, number]> = {
    visits: [visitsBarMark, records.tables.visits.filter((v) => v.date !== null).length],
    money: [moneyBarMark, summableRows(records.tables.finance).length],
    categories: [categoryBarMark, new Set(records.tables.events.map((e) => e.category)).size],
    directions: [directionCellMark, new Set(records.tables.events.map((e) => `${e.category}|${e.actor_1}|${e.actor_2}`)).size],
  };
  for (const c of manifest.charts.filter((c) => c.name !== 'timeline')) {
    const [mark, count] = expected[c.name];
    assert.equal(itemsOf(read(c.svg), mark), count, c.name);
  }
});

test('the SVGs are self-contained, set in the bundled font, with the title and the source line', () => {
  for (const c of manifest.charts) {
    const svg = read(c.svg);
    assert.doesNotMatch(svg, /(xlink:)?href=|<image|url\(http/, `${c.svg} has no external references`);
    const families = new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1].replace(/&quot;/g, '"')));
    assert.deepEqual([...families], [fontFamily], `${c.svg} uses only ${fontFamily}`);
    assert.ok(svg.includes(c.title), `${c.svg} shows its title`);
    assert.ok(svg.includes(releaseOf(records)), `${c.svg} names the release`);
    assert.deepEqual(svgSize(svg), { width: c.width, height: c.height }, c.svg);
  }
});

test('each PNG is twice the size of its SVG', () => {
  for (const c of manifest.charts) {
    const png = readFileSync(join(chartsDir, c.png));
    assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR', c.png);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [c.width * pngScale, c.height * pngScale], c.png);
  }
});

test('two runs give byte-identical files, and charts the data no longer supports are removed', () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'charts-a-')), mkdtempSync(join(tmpdir(), 'charts-b-'))];
  runStage(recordsPath(), a);
  runStage(recordsPath(), b);
  const files = readdirSync(a).sort();
  assert.deepEqual(readdirSync(b).sort(), files);
  for (const f of files) assert.ok(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), `${f} differs between runs`);

  // The same records without visits, agreements and finance: those charts and their files go.
  const fewer: RecordsFile = { ...records, tables: { ...records.tables, visits: [], agreements: [], finance: [] } };
  const input = join(b, 'fewer-records.json.in');
  writeFileSync(input, JSON.stringify(fewer));
  runStage(input, b);
  const after = JSON.parse(readFileSync(join(b, 'charts.json'), 'utf8')).charts.map((c: { name: string }) => c.name);
  assert.ok(!after.includes('visits') && !after.includes('money'));
  for (const f of ['visits.svg', 'visits.png', 'visits.vl.json', 'money.svg', 'money.png', 'money.vl.json']) assert.ok(!existsSync(join(b, f)), `${f} removed`);
});

test('vague dates sit mid-period and the subtitles count what is not shown', () => {
  assert.deepEqual(placeDate('2007'), { point: '2007-07-01', start: '2007-01-01', end: '2008-01-01' });
  assert.deepEqual(placeDate('2007-12'), { point: '2007-12-15', start: '2007-12-01', end: '2008-01-01' });
  assert.deepEqual(placeDate('2007-11-05'), { point: '2007-11-05', start: '2007-11-05', end: '2007-11-05' });
  assert.equal(placeDate(null), null);
  const undated = records.tables.events.filter((e) => e.date === null).length;
  const timeline = manifest.charts.find((c) => c.name === 'timeline');
  if (timeline && undated) assert.match(timeline.subtitle, new RegExp(`\\b${undated} undated facts? not shown`));
  assert.match(timeline?.subtitle ?? 'Hollow', /Hollow: the date is inferred/);
});

test('the source line is built from the sources table', () => {
  const one: RecordsFile = { ...records, tables: { ...records.tables, sources: records.tables.sources.slice(0, 1) } };
  assert.ok(sourceLine(one).includes(String(records.tables.sources[0].title)), sourceLine(one));
  const many: RecordsFile = { ...records, tables: { ...records.tables, sources: [1, 2, 3].map((i) => ({ ...records.tables.sources[0], source_id: `s${i}`, title: `T${i}`, published: `201${i}` })) } };
  assert.match(sourceLine(many), /3 articles from 1 publisher, published 2011 to 2013/);
});

test('with five times the facts every chart keeps its size: the timeline and bars aggregate instead of growing', async () => {
  const big = scaledRecords(records, 5);
  const now = new Map(manifest.charts.map((c) => [c.name, c]));
  for (const chart of chartsFor(big)) {
    const size = svgSize(await renderSvg(chart.spec));
    const before = now.get(chart.name)!;
    assert.ok(size.height <= before.height + 30 && size.width <= before.width + 60, `${chart.name}: ${before.width}×${before.height} → ${size.width}×${size.height}`);
  }
  const rows = timelineRows(big.tables.events);
  assert.equal(rows.length, timelineRows(records.tables.events).length, 'the same cells, five times the counts');
});
