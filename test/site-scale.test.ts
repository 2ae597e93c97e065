/**
 * The site with 10,000 made-up facts (test/lib/synthetic-site.ts), built in-process into build/site-synthetic and
 * opened in Chromium: same records → same bytes; the table holds one page of rows, counts and filters right;
 * markup in an article or a summary shows as text; overlapping quotes and astral characters highlight right.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadRecords } from './helpers.ts';
import { openBrowser, siteUrl, type SiteBrowser } from './lib/browser.ts';
import { syntheticCorpus, hostileText } from './lib/synthetic-site.ts';
import { buildSite, mismatchedQuotes, type SiteFiles, type SiteInput } from '../pipeline/site/build.ts';
import { factHref, sourceHref } from '../pipeline/site/model.ts';

const n = 10_000;
const siteDir = 'build/site-synthetic';
const corpus = syntheticCorpus(loadRecords(), n);
const input: SiteInput = { ...corpus, charts: [], downloads: new Map([['csv/events.csv', new TextEncoder().encode('event_id\n')]]) };
const events = corpus.records.tables.events;
let files: SiteFiles;
let b: SiteBrowser;
let page: Page;

before(async () => {
  files = buildSite(input);
  rmSync(siteDir, { recursive: true, force: true });
  // Writing 10,000 small files takes seconds on a loaded machine: the pages the tests open are enough.
  const opened = new Set(events.slice(0, 100).map((e) => factHref(String(e.event_id))));
  for (const [path, data] of files.filter(([p]) => !p.startsWith('fact/') || opened.has(p))) {
    mkdirSync(dirname(join(siteDir, path)), { recursive: true });
    writeFileSync(join(siteDir, path), data);
  }
  b = await openBrowser();
  page = await b.context.newPage();
});
after(async () => b?.close());

const shownCount = async () => Number(await page.getAttribute('#count', 'data-shown'));

test('the same records give the same site, byte for byte', () => {
  assert.equal(files.length, n + 20 + 2 + 1 + 1 + 13, 'a page per fact and per source, the overview, the table, its data, a download and the assets');
  const small: SiteInput = { ...syntheticCorpus(loadRecords(), 1000), charts: [], downloads: new Map() };
  const [one, two] = [buildSite(small), buildSite(small)];
  assert.equal(one.length, two.length);
  for (let i = 0; i < one.length; i++) {
    assert.equal(two[i][0], one[i][0]);
    assert.ok(Buffer.from(two[i][1]).equals(Buffer.from(one[i][1])), `${one[i][0]} differs between two builds`);
  }
});

test('a quote that is not the source text at its offsets is refused', () => {
  assert.deepEqual(mismatchedQuotes(input), []);
  const mentions = input.records.tables.mentions.map((m, i) => (i === 3 ? { ...m, char_start: Number(m.char_start) + 1 } : m));
  const broken = { ...input, records: { ...input.records, tables: { ...input.records.tables, mentions } } };
  assert.deepEqual(mismatchedQuotes(broken), [String(mentions[3].mention_id)]);
});

test('10,000 facts: the table counts them, keeps one page of rows in the document, and pages', async () => {
  await page.goto(siteUrl(siteDir, 'facts.html'));
  assert.equal(await shownCount(), n);
  assert.equal(await page.locator('#facts-body tr').count(), 100);
  await page.click('#next');
  assert.match(await page.textContent('#page-label') ?? '', /^Page 2 of 100 \(rows 101–200\)$/);
  assert.match(page.url(), /page=2/);
});

test('10,000 facts: search and combined filters give the right count', async () => {
  await page.goto(siteUrl(siteDir, 'facts.html'));
  await page.locator('#f-q').pressSequentially('fact 1234:');
  assert.equal(await shownCount(), 1);
  assert.equal(await page.textContent('#facts-body td:nth-child(3)'), String(events[1234].summary));
  await page.fill('#f-q', '');
  await page.selectOption('#f-category', 'media');
  await page.selectOption('#f-basis', 'explicit');
  await page.fill('#f-from', '2000');
  await page.fill('#f-to', '2005');
  const expected = events.filter((e) => e.category === 'media' && e.date_basis === 'explicit' && e.date !== null && Number(e.date) >= 2000 && Number(e.date) <= 2005).length;
  assert.ok(expected > 0);
  assert.equal(await shownCount(), expected);
  await page.click('#f-reset');
  await page.selectOption('#f-country', 'RUS');
  assert.equal(await shownCount(), events.filter((e) => e.actor_1 === 'RUS' || e.actor_2 === 'RUS').length);
  await page.selectOption('#f-source', 'synthetic-03');
  assert.equal(await shownCount(), events.filter((e) => (e.actor_1 === 'RUS' || e.actor_2 === 'RUS') && e.source_id === 'synthetic-03').length);
});

test('markup in an article or a summary shows as text and never runs', async () => {
  await page.goto(siteUrl(siteDir, sourceHref('synthetic-00')));
  assert.equal(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), undefined);
  assert.equal(await page.textContent('.source-text'), corpus.texts.get('synthetic-00'));
  assert.ok((await page.textContent('.source-text'))!.startsWith(hostileText));
  assert.equal(await page.locator('.source-text script, .source-text b').count(), 0);
  assert.match(await page.textContent('h1') ?? '', /<i>synthetic-00<\/i>/);
  await page.goto(siteUrl(siteDir, factHref(String(events[0].event_id))));
  assert.equal(await page.textContent('h1'), 'Synthetic fact 0 <b>not bold</b> (1990).');
  assert.equal(await page.locator('h1 b').count(), 0);
});

test('overlapping quotes after astral characters are highlighted at their code-point offsets', async () => {
  await page.goto(siteUrl(siteDir, sourceHref('synthetic-00')));
  assert.ok(await page.locator('.source-text a.hl.overlap').count() > 0, 'overlapping quotes are marked as such');
  const ofSource = events.filter((e) => e.source_id === 'synthetic-00').slice(0, 100);
  const pages = ofSource.map((e) => [String(e.event_id), files.find(([p]) => p === factHref(String(e.event_id)))![1] as string]);
  const marks: Record<string, string[]> = await page.evaluate((list) => {
    const parser = new DOMParser();
    return Object.fromEntries(list.map(([id, html]) => [id, [...parser.parseFromString(html, 'text/html').querySelectorAll('mark.quote')].map((m) => m.textContent ?? '')]));
  }, pages);
  for (const e of ofSource) {
    const expected = corpus.records.tables.mentions.filter((m) => m.event_id === e.event_id).map((m) => String(m.quote));
    assert.deepEqual(marks[String(e.event_id)], expected, String(e.event_id));
  }
});

test('no page of the large site requested anything but local files', () => {
  assert.deepEqual(b.outside, []);
});
