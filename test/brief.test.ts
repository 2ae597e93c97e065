/**
 * The PDF brief: it parses, has its sections in order (themes without facts left out), carries the key
 * figures of the records, embeds all its fonts, draws charts as vectors, keeps text inside the margins,
 * repeats table headers across pages, and is byte-identical across two builds.
 * Charts: the fresh build's manifest (TEST_OUTPUT/charts/charts.json) when there is one, else the fixture.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadRecords, outputDir, recordsPath } from './helpers.ts';
import type { RecordsFile, Row } from '../pipeline/lib/records.ts';
import { buildBrief, briefContent } from '../pipeline/brief/document.ts';
import { indexFacts } from '../pipeline/brief/facts.ts';
import { sourceKeyLines } from '../pipeline/brief/about.ts';
import { BriefLayout } from '../pipeline/brief/layout.ts';
import { loadCharts } from '../pipeline/brief/charts.ts';
import { chartPlacement } from '../pipeline/brief/labels.ts';
import { themes, sectionTitles } from '../pipeline/brief/labels.ts';
import { dateOf, formatDate, formatFigurePeriod, formatOriginal, formatUsd } from '../pipeline/brief/format.ts';
import { rulesOnlyRecordsOf } from './lib/article.ts';
import { scaledRecords } from './helpers.ts';
import { inferredLegend, isInferredDate } from '../pipeline/lib/marks.ts';
import { releaseOf } from '../pipeline/lib/release.ts';
import { messages } from '../pipeline/lib/messages.ts';

const builtManifest = join(outputDir(), 'charts', 'charts.json');
const manifest = existsSync(builtManifest) ? builtManifest : 'test/fixtures/brief/charts.json';
const work = mkdtempSync(join(tmpdir(), 'brief-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the stage as the Makefile does. */
function runStage(records: string, charts: string, out: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/brief.ts', records, charts, out], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
}

interface Parsed {
  pages: { text: string; items: { str: string; x: number; y: number; width: number }[]; width: number; height: number }[];
  text: string;
  outline: string[];
  info: Record<string, unknown>;
}

/** Text, outline and metadata of a PDF, read with pdf.js. */
async function parse(bytes: Uint8Array): Promise<Parsed> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: Parsed['pages'] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .filter((i): i is Extract<typeof i, { str: string }> => 'str' in i && i.str.trim() !== '')
      .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width }));
    pages.push({ text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' '), items, width, height });
  }
  const outline = ((await pdf.getOutline()) ?? []).map((o) => o.title);
  const info = (await pdf.getMetadata()).info as Record<string, unknown>;
  return { pages, text: pages.map((p) => p.text).join(' '), outline, info };
}

/** The theme sections the records should produce, in order. */
function expectedThemes(records: RecordsFile): string[] {
  const present = new Set(records.tables.events.map((e) => String(e.category)));
  return themes.filter((t) => t.categories.some((c) => present.has(c))).map((t) => t.title);
}

const records = loadRecords();
const first = join(work, 'brief-1.pdf');
const second = join(work, 'brief-2.pdf');
const run1 = runStage(recordsPath(), manifest, first);
const run2 = runStage(recordsPath(), manifest, second);
const bytes = existsSync(first) ? readFileSync(first) : Buffer.alloc(0);
const parsed = run1.status === 0 ? await parse(bytes) : null;

test('the stage builds the brief and two builds are byte-identical', () => {
  assert.equal(run1.status, 0, run1.stderr);
  assert.equal(run2.status, 0, run2.stderr);
  assert.ok(bytes.length > 0);
  assert.ok(readFileSync(second).equals(bytes), 'two builds of the brief differ');
});

test('the PDF parses into A4 pages with page numbers', () => {
  assert.ok(parsed);
  assert.ok(parsed.pages.length >= 2);
  for (const [i, page] of parsed.pages.entries()) {
    assert.ok(Math.abs(page.width - 595.28) < 0.5 && Math.abs(page.height - 841.89) < 0.5, `page ${i + 1} is not A4`);
    assert.ok(page.text.includes(`Page ${i + 1} of ${parsed.pages.length}`), `page ${i + 1} has no page number`);
  }
});

test('sections come in order, themes without facts left out', () => {
  assert.ok(parsed);
  const expected = [sectionTitles.findings, sectionTitles.trends, sectionTitles.timeline, ...expectedThemes(records), sectionTitles.about, sectionTitles.notes];
  assert.deepEqual(parsed.outline, expected);
  let from = 0;
  for (const title of expected) {
    const at = parsed.text.indexOf(title, from);
    assert.ok(at >= 0, `section "${title}" missing or out of order`);
    from = at + title.length;
  }
});

test('the title block and metadata come from the records, not the clock', () => {
  assert.ok(parsed);
  const { dataset, data_as_of } = records;
  assert.ok(parsed.text.includes(dataset.title));
  assert.ok(parsed.text.includes(formatDate(data_as_of)));
  // Annex B keys the sources of the facts it notes (all are in csv/sources.csv)
  const noted = new Set(briefContent(indexFacts(records)).annexed.map((e) => String(e.source_id)));
  for (const s of records.tables.sources.filter((s) => noted.has(String(s.source_id)))) assert.ok(parsed.text.includes(String(s.title)), `source ${s.source_id} not named`);
  assert.ok(String(parsed.info.Title).includes(dataset.title));
  assert.equal(parsed.info.Author, dataset.publisher);
  assert.ok(String(parsed.info.Subject).length > 0 && String(parsed.info.Keywords).length > 0);
  const d = dateOf(data_as_of).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  assert.ok(String(parsed.info.CreationDate).startsWith(`D:${d}`), `CreationDate ${parsed.info.CreationDate} is not data_as_of`);
  assert.ok(String(parsed.info.ModDate).startsWith(`D:${d}`));
});

test('the key figures of the records are in the text', () => {
  assert.ok(parsed);
  const events = records.tables.events;
  assert.ok(parsed.text.includes(`${events.length} facts`), 'number of facts');
  const dates = events.map((e) => e.date).filter((d): d is string => typeof d === 'string').sort();
  if (dates.length) {
    assert.ok(parsed.text.includes(formatDate(dates[0])), 'earliest date');
    assert.ok(parsed.text.includes(formatDate(dates[dates.length - 1])), 'latest date');
  }
  // the largest amount the findings name is the largest that may be added up (sum_safe not false)
  const money = [...records.tables.finance.filter((f) => f.sum_safe !== false).map((f) => [f.amount_usd, f.amount, f.currency]), ...records.tables.agreements.map((a) => [a.value_usd, a.value, a.currency])]
    .filter((m) => typeof m[0] === 'number')
    .sort((a, b) => (b[0] as number) - (a[0] as number));
  if (money.length) {
    assert.ok(parsed.text.includes(formatUsd(money[0][0] as number)!), 'largest amount in US dollars');
    // an amount stated in US dollars is printed once, as US$
    if (money[0][2] !== 'USD') assert.ok(parsed.text.includes(formatOriginal(money[0][1] as number, money[0][2] as string)!), 'largest amount as stated');
  }
  // every visit between the two countries the dataset is about that the brief cites is there: its visitor named, or its note (event_id and
  // passage, which names the visitor as the source spells it: "Zinovskiy" for the tables' "Zinowski")
  const pair = new Set(['BLR', 'CHN']);
  const cited = new Set(briefContent(indexFacts(records)).annexed.map((e) => String(e.event_id)));
  const visits = records.tables.visits.filter((v) => v.visitor && pair.has(String(v.from_country)) && pair.has(String(v.to_country)) && cited.has(String(v.event_id)));
  assert.ok(visits.length > 0, 'no visit between the two countries is cited');
  for (const v of visits) assert.ok(parsed.text.includes(String(v.visitor)) || parsed.text.includes(String(v.event_id)), `visitor ${v.visitor}`);
});

test('every fact cited has a note with its event_id, position and passage, and only those', () => {
  assert.ok(parsed);
  const annexed = briefContent(indexFacts(records)).annexed;
  assert.ok(annexed.length > 0 && annexed.length < records.tables.events.length, `${annexed.length} notes for ${records.tables.events.length} facts`);
  const notes = parsed.text.slice(parsed.text.lastIndexOf(sectionTitles.notes));
  const squashedText = parsed.text.replace(/\s+/g, '');
  for (const e of annexed) {
    assert.ok(notes.includes(`${e.event_id} ·`), `no note for ${e.event_id}`);
    assert.ok(notes.includes(`characters ${e.char_start}–${e.char_end}`), `no position for ${e.event_id}`);
    // Compared without white space: a line may break after a hyphen ("Chinese- language" in the extracted text), and a
    // run in another script is set in its own font, which the PDF reader returns as a separate item joined by a space
    // ("(Sinomach, 国机集团 )").
    const squash = (t: string) => t.replace(/\s+/g, '');
    assert.ok(squashedText.includes(squash(String(e.quote))), `passage of ${e.event_id} not printed`);
  }
  const printed = new Set(notes.match(/\bev-[A-Za-z0-9-]+(?= ·)/g) ?? []);
  assert.deepEqual([...printed].sort(), annexed.map((e) => String(e.event_id)).sort(), 'the notes are exactly the facts cited');
});

test('all fonts are embedded (no standard PDF fonts)', () => {
  const raw = bytes.toString('latin1');
  const fontDicts = raw.match(/<<[^>]*\/Type \/Font\b[^>]*>>/g) ?? [];
  assert.ok(fontDicts.length > 0);
  for (const dict of fontDicts) assert.doesNotMatch(dict, /\/Subtype \/(Type1|TrueType|MMType1|Type3)\b/, `unembedded simple font: ${dict}`);
  const descriptors = raw.match(/<<[^>]*\/Type \/FontDescriptor\b[^>]*>>/g) ?? [];
  const cidFonts = raw.match(/\/Subtype \/CIDFontType[02]\b/g) ?? [];
  assert.equal(descriptors.length, cidFonts.length);
  for (const d of descriptors) assert.match(d, /\/FontFile[23]? \d+ 0 R/, `font without its file: ${d}`);
});

test('charts are drawn as vectors with their text', () => {
  assert.ok(parsed);
  assert.doesNotMatch(bytes.toString('latin1'), /\/Subtype \/Image\b/, 'the PDF holds a bitmap');
  for (const chart of loadCharts(manifest).filter((c) => chartPlacement[c.name] !== 'none')) {
    const labels = [...chart.svg.matchAll(/<text[^>]*>([^<]{4,})<\/text>/g)].map((m) => m[1].trim()).filter((t) => !/[&]/.test(t));
    assert.ok(labels.length > 0, `chart ${chart.name} has no text`);
    assert.ok(labels.some((l) => parsed.text.includes(l)), `no text of chart ${chart.name} in the PDF`);
  }
});

test('no text crosses the page margins', () => {
  assert.ok(parsed);
  for (const [i, page] of parsed.pages.entries()) {
    for (const item of page.items) {
      assert.ok(item.x >= 60 && item.x + item.width <= page.width - 60, `page ${i + 1}: "${item.str}" crosses a side margin (x ${item.x.toFixed(1)}–${(item.x + item.width).toFixed(1)})`);
      assert.ok(item.y >= 30 && item.y <= page.height - 55, `page ${i + 1}: "${item.str}" crosses the top or bottom margin (y ${item.y.toFixed(1)})`);
    }
  }
});

test('a long table breaks across pages with its header repeated, never leaving its last row alone', async () => {
  // the brief's own tables are bounded (theme tables list the latest few), so the layout is tried on a long one directly
  const layout = new BriefLayout({ title: 't', author: 'a', subject: 's', keywords: 'k', date: dateOf('2020-01-01') });
  const columns = ['Date', 'Visitor', 'Role', 'Direction', 'Details', 'Note'].map((header) => ({ header, width: 1 }));
  const rows = Array.from({ length: 121 }, (_, i) => [`${1 + (i % 28)} May 2019`, `Visitor ${i}`, 'Minister', 'China → Belarus', 'two days', String(i + 1)]);
  layout.table({ columns, rows });
  const big = await parse(await layout.finish('footer'));
  const withHeader = big.pages.filter((p) => /Date Visitor Role Direction Details Note/.test(p.text));
  assert.ok(withHeader.length >= 2 && withHeader.length === big.pages.length, `header on ${withHeader.length} of ${big.pages.length} pages`);
  for (let i = 0; i < rows.length; i++) assert.equal(big.pages.filter((p) => p.text.includes(`Visitor ${i} `)).length, 1, `row ${i} split or missing`);
  const onLast = big.pages.at(-1)!.text.match(/Visitor \d+ /g)?.length ?? 0;
  assert.ok(onLast >= 2, `${onLast} row(s) on the last page`);
});

test('a theme without facts has no section', async () => {
  const present = themes.filter((t) => records.tables.events.some((e) => (t.categories as readonly string[]).includes(String(e.category))));
  const dropped = present[present.length - 1];
  const copy = structuredClone(records);
  copy.tables.events = copy.tables.events.filter((e) => !(dropped.categories as readonly string[]).includes(String(e.category)));
  const small = await parse(await buildBrief(copy, loadCharts(manifest)));
  assert.ok(!small.outline.includes(dropped.title));
  assert.ok(small.outline.includes(sectionTitles.notes));
});

test('a missing manifest or a manifest without a timeline fails with a clear message', () => {
  const missing = join(work, 'none.json');
  const r1 = runStage(recordsPath(), missing, join(work, 'x.pdf'));
  assert.equal(r1.status, 1);
  assert.ok(r1.stderr.includes(messages.fileMissing(missing, 'charts manifest')), r1.stderr);
  const noTimeline = join(work, 'charts.json');
  writeFileSync(noTimeline, JSON.stringify({ charts: [] }));
  const r2 = runStage(recordsPath(), noTimeline, join(work, 'y.pdf'));
  assert.equal(r2.status, 1);
  assert.ok(r2.stderr.includes(messages.timelineChartMissing(noTimeline)), r2.stderr);
  assert.ok(!existsSync(join(work, 'y.pdf')));
});

test('names written in Cyrillic are printed with the bundled fonts', async () => {
  assert.ok(records.tables.visits.length > 0, 'the records have no visits');
  const copy = structuredClone(records);
  const name = 'Александр Лукашенко';
  // the latest visit: the visits table of the main text lists the latest ones
  const latest = [...copy.tables.visits].sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? ''))).at(-1)!;
  latest.visitor = name;
  const pdf = await buildBrief(copy, loadCharts(manifest));
  assert.ok((await parse(pdf)).text.includes(name));
  assert.doesNotMatch(Buffer.from(pdf).toString('latin1'), /\/BaseFont \/(Helvetica|Times|Courier)/);
});

/** Pages of the main text: those before the page where Annex A begins. */
function mainTextPages(p: Parsed): number {
  return p.pages.findIndex((page) => page.text.includes(sectionTitles.about));
}

test('the main text takes at most 8 pages and the whole brief stays short, at corpus scale and with 25 times the facts', async () => {
  assert.ok(parsed);
  assert.ok(mainTextPages(parsed) >= 1 && mainTextPages(parsed) <= 7, `main text on ${mainTextPages(parsed)} pages before the annex page`);
  const scaled = scaledRecords(records, 25);
  const big = await parse(await buildBrief(scaled, loadCharts(manifest)));
  const facts = scaled.tables.events.length;
  assert.ok(mainTextPages(big) <= 7, `with ${facts} facts the main text runs to ${mainTextPages(big) + 1} pages`);
  assert.ok(big.pages.length <= parsed.pages.length + 4, `with ${facts} facts the brief has ${big.pages.length} pages (${parsed.pages.length} at corpus scale)`);
  const notes = briefContent(indexFacts(scaled)).annexed.length;
  assert.ok(notes <= 250, `${notes} notes for ${facts} facts`);
});

test('inferred dates carry ≈ and mutual acts ↔, with the legend on the cover', () => {
  assert.ok(parsed);
  assert.ok(parsed.pages[0].text.includes(inferredLegend.slice(0, 40)), 'legend on the cover');
  if (records.tables.events.some((e) => isInferredDate(e) && e.date !== null)) assert.match(parsed.text, /≈ (\d|[A-Z])/);
  if (records.tables.events.some((e) => e.direction === 'mutual' && e.actor_2 !== null)) assert.match(parsed.text, / ↔ /);
});

test('the cover states coverage and the release; note references and source URLs are links', () => {
  assert.ok(parsed);
  const cover = parsed.pages[0].text;
  assert.ok(cover.includes(`${records.tables.sources.length} articles`), 'number of articles');
  assert.ok(cover.includes(releaseOf(records)), 'release');
  assert.match(cover, /Not covered/i);
  const raw = bytes.toString('latin1');
  assert.match(raw, /\/Dests/, 'notes are named destinations');
  assert.match(raw, /\/S \/GoTo|\/Dest \(note-/, 'note references link to them');
  const content = briefContent(indexFacts(records));
  const listed = sourceKeyLines(indexFacts(records), content.sourcesListed).filter((l) => l.url && /^[\x21-\x7e]+$/.test(l.url) && !/[()\\]/.test(l.url));
  if (listed.length > 0) assert.ok(listed.every((l) => raw.includes(`/URI (${l.url})`)), 'the URL of every source the brief lists is a link');
});

test('no "tooltip" in print', () => {
  assert.ok(parsed);
  assert.doesNotMatch(parsed.text, /tooltip|hover/i);
});

test('conflicts between sources are shown in Annex A with each value and its source', async () => {
  const copy = structuredClone(records);
  const e = copy.tables.events[0];
  copy.tables.conflicts = [true, false].map((published, i) => ({
    conflict_id: `cf-test-${i}`, event_id: e.event_id, field: 'date', value: published ? e.date : '1901-02-03', is_published_value: published,
    source_id: e.source_id, quote: e.quote, char_start: e.char_start, char_end: e.char_end,
  })) as Row[];
  const withConflicts = await parse(await buildBrief(copy, loadCharts(manifest)));
  const annex = withConflicts.text.slice(withConflicts.text.indexOf(sectionTitles.about));
  assert.ok(annex.includes('Where sources disagree'));
  assert.ok(annex.includes('1901-02-03'), 'the other value is printed');
  if (records.tables.conflicts.length === 0) assert.ok(!parsed!.text.includes('Where sources disagree'), 'no section without conflicts');
});

test('a figure of several months shows its whole period: the indicators row "2025-01/2025-04" is "January–April 2025"', () => {
  assert.equal(formatFigurePeriod('2025-01/2025-04'), 'January–April 2025');
  assert.equal(formatFigurePeriod('2024'), '2024');
  assert.equal(formatFigurePeriod('2015-05-10'), '10 May 2015');
  const { tables } = rulesOnlyRecordsOf('Belarus trades with China. In January–April 2025, exports to China increased by 4%.', '2025-06-10');
  assert.deepEqual(tables.indicators.map((x) => x.period), ['2025-01/2025-04']);
  assert.deepEqual(tables.events.map((x) => x.summary), ['Belarus’s exports to China grew by 4% (January–April 2025).']);
});
