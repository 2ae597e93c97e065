/**
 * The data site of the fresh build (TEST_OUTPUT/site), opened from file:// in headless Chromium: the overview's
 * charts and links, search and filters with their state in the URL, every fact page's highlight against its quote,
 * every source page's text, keyboard use, axe-core, and no request leaving the machine. Screenshots of the
 * overview, the table and a fact page go to build/site-screenshots/ (the README shows copies from docs/).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadRecords, outputDir } from './helpers.ts';
import { openBrowser, siteUrl, seriousViolations, describeViolations, type SiteBrowser } from './lib/browser.ts';
import { formatSize } from '../pipeline/site/build.ts';
import { factHref, sourceHref } from '../pipeline/site/model.ts';

const siteDir = join(outputDir(), 'site');
const screenshots = 'build/site-screenshots';
const records = loadRecords();
const events = records.tables.events;
const mentions = records.tables.mentions;
let b: SiteBrowser;
let page: Page;

before(async () => {
  b = await openBrowser();
  page = await b.context.newPage();
  mkdirSync(screenshots, { recursive: true });
});
after(async () => b?.close());

/** The number the facts page reports as shown. */
const shownCount = async (p: Page) => Number(await p.getAttribute('#count', 'data-shown'));

test('the overview shows the coverage, findings linked to facts, live charts with tooltips, and downloads with sizes', async () => {
  await page.goto(siteUrl(siteDir, 'index.html'));
  assert.match(await page.textContent('#coverage') ?? '', new RegExp(`· ${events.length} facts$`));
  const charts = JSON.parse(readFileSync(join(outputDir(), 'charts/charts.json'), 'utf8')).charts as { name: string }[];
  await page.waitForFunction((n) => document.querySelectorAll('.chart[data-rendered] svg').length === n, charts.length, { timeout: 15_000 });
  assert.equal(await page.locator('.chart[data-error]').count(), 0, 'a chart failed to render');
  assert.ok(await page.evaluate(() => document.fonts.check('11px "DejaVu Sans"') && document.fonts.check('bold 16px "DejaVu Sans"')), 'the bundled font is loaded');

  const refs = await page.$$eval('.findings a', (as) => as.map((a) => a.getAttribute('href')!));
  assert.ok(refs.length > 0, 'key findings link to their facts');
  for (const href of refs) assert.ok(existsSync(join(siteDir, href)), `finding link ${href} leads to a page`);

  // The largest mark: the first may be a bar a pixel high that the bar stacked on it covers (a year with one fact).
  const marks = page.locator('#chart-timeline :is(.mark-symbol, .mark-rect) path');
  const areas = await marks.evaluateAll((paths) => paths.map((p) => { const r = p.getBoundingClientRect(); return r.width * r.height; }));
  await marks.nth(areas.indexOf(Math.max(...areas))).hover();
  await page.waitForSelector('#vg-tooltip-element.visible', { timeout: 5_000 });
  assert.ok((await page.textContent('#vg-tooltip-element'))!.length > 0, 'hovering a point shows its tooltip');

  const downloads = await page.$$eval('#downloads ~ table tbody tr', (rows) => rows.map((r) => [r.querySelector('a')!.getAttribute('href')!, r.lastElementChild!.textContent!]));
  assert.ok(downloads.some(([href]) => href.endsWith('csv/events.csv')) && downloads.some(([href]) => href.endsWith('.xlsx')) && downloads.some(([href]) => href.endsWith('.pdf')));
  for (const [href, size] of downloads) assert.equal(size, formatSize(statSync(join(siteDir, href)).size), `size of ${href}`);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(screenshots, 'overview.png'), fullPage: true });
});

test('the facts table searches as you type, filters, sorts, and keeps its state in the URL', async () => {
  await page.goto(siteUrl(siteDir, 'facts.html'));
  assert.equal(await shownCount(page), events.length);
  assert.equal(await page.locator('#facts-body tr').count(), Math.min(events.length, 100));

  await page.locator('#f-q').pressSequentially('jintao');
  // The search reads a fact's summary, quote and source title (among fields that cannot hold a name).
  const titles = new Map((records.tables.sources ?? []).map((s) => [String(s.source_id), String(s.title ?? '')]));
  const withJintao = events.filter((e) => `${e.summary}\n${e.quote}\n${titles.get(String(e.source_id))}`.toLowerCase().includes('jintao')).length;
  assert.ok(withJintao > 0);
  assert.equal(await shownCount(page), withJintao);
  await page.fill('#f-q', '');

  await page.selectOption('#f-category', 'visit');
  const visits = events.filter((e) => e.category === 'visit');
  assert.equal(await shownCount(page), visits.length);
  const cats = await page.$$eval('#facts-body tr td:nth-child(2)', (tds) => [...new Set(tds.map((td) => td.textContent))]);
  assert.deepEqual(cats, ['Visits']);

  const years = visits.map((e) => Number(String(e.date).slice(0, 4))).filter((y) => y > 0).sort();
  const from = years[Math.floor(years.length / 2)];
  await page.fill('#f-from', String(from));
  assert.equal(await shownCount(page), years.filter((y) => y >= from).length);
  await page.screenshot({ path: join(screenshots, 'facts.png') });

  await page.getByRole('button', { name: 'Date', exact: true }).click();
  assert.equal(await page.getAttribute('th[data-key="date"]', 'aria-sort'), 'descending');
  const url = page.url();
  assert.match(url, /#.*category=visit/);
  assert.match(url, /from=\d{4}/);
  assert.match(url, /dir=desc/);

  const shared = await b.context.newPage();
  await shared.goto(url);
  assert.equal(await shared.inputValue('#f-category'), 'visit');
  assert.equal(await shared.inputValue('#f-from'), String(from));
  assert.equal(await shownCount(shared), years.filter((y) => y >= from).length);
  const firstDate = await shared.textContent('#facts-body tr td');
  assert.ok(firstDate?.includes(String(years[years.length - 1])), `sorted newest first, got ${firstDate}`);
  await shared.close();

  await page.click('#f-reset');
  await page.waitForFunction((n) => document.getElementById('count')?.getAttribute('data-shown') === String(n), events.length);
});

test('a fact opened from the table highlights its quote and links to its source page, which links back', async () => {
  // The fact stated most often (then one with a detail record): the richest page, and the README's screenshot.
  const hasDetail = (id: unknown) => ['visits', 'agreements', 'finance', 'indicators'].some((t) => records.tables[t as 'visits'].some((r) => r.event_id === id));
  const event = [...events].sort((a, c) => Number(c.mention_count) - Number(a.mention_count) || Number(hasDetail(c.event_id)) - Number(hasDetail(a.event_id)))[0];
  const id = String(event.event_id);
  await page.goto(siteUrl(siteDir, 'facts.html'));
  await page.fill('#f-q', id);
  await page.getByRole('link', { name: String(event.summary) }).click();
  await page.waitForURL((url) => url.href.endsWith(factHref(id)));
  assert.equal(await page.textContent('h1'), event.summary);
  assert.equal(await page.textContent('.mention mark.quote'), event.quote, 'the primary mention comes first');
  await page.screenshot({ path: join(screenshots, 'fact.png'), fullPage: true });
  await page.locator('.mention h3 a').first().click();
  await page.waitForURL((url) => url.href.endsWith(sourceHref(String(event.source_id))));
  assert.ok(await page.locator(`a[href="../${factHref(id)}"]`).count() > 0, 'the source page links back to the fact');
});

test('every fact page highlights exactly its quotes at their offsets (all facts, parsed by Chromium)', async () => {
  // One navigation per fact costs ~0.25 s here; Chromium's own HTML parser (DOMParser) reads every page's file in one call.
  await page.goto('about:blank');
  const pages = events.map((e) => [String(e.event_id), readFileSync(join(siteDir, factHref(String(e.event_id))), 'utf8')]);
  const marks: Record<string, string[][]> = await page.evaluate((list) => {
    const parser = new DOMParser();
    return Object.fromEntries(list.map(([id, html]) => [id, [...parser.parseFromString(html, 'text/html').querySelectorAll('mark.quote')]
      .map((m) => [m.textContent ?? '', m.getAttribute('data-char-start') ?? '', m.getAttribute('data-char-end') ?? ''])]));
  }, pages);
  const problems: string[] = [];
  for (const e of events) {
    const id = String(e.event_id);
    const expected = mentions.filter((m) => m.event_id === id).map((m) => [String(m.quote), String(m.char_start), String(m.char_end)]);
    if (JSON.stringify([...marks[id]].sort()) !== JSON.stringify(expected.sort())) problems.push(`${id}: page marks ${JSON.stringify(marks[id])}, records say ${JSON.stringify(expected)}`);
  }
  assert.equal(Object.keys(marks).length, events.length);
  assert.deepEqual(problems, []);
});

test('every source page shows its whole text and links every fact taken from it', async () => {
  for (const source of records.tables.sources) {
    await page.goto(siteUrl(siteDir, sourceHref(String(source.source_id))));
    assert.equal(await page.textContent('.source-text'), readFileSync(String(source.path), 'utf8'), `${source.source_id}: the text shown is the source text`);
    const linked = new Set(await page.$$eval('.source-text a.hl', (as) => as.map((a) => a.getAttribute('href'))));
    const ids = new Set(mentions.filter((m) => m.source_id === source.source_id).map((m) => String(m.event_id)));
    const listed = await page.$$eval('.fact-list a', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(new Set(listed), new Set([...ids].map((id) => `../${factHref(id)}`)));
    assert.equal(linked.size > 0, ids.size > 0, `${source.source_id}: a source with facts highlights them, one without has none`);
    assert.ok([...linked].every((h) => listed.includes(h)), 'highlights link to the facts');
  }
});

test('the table works from the keyboard', async () => {
  await page.goto(siteUrl(siteDir, 'facts.html'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.focus('#f-q');
  // A word in some facts but not all (every fact of a China–Belarus dataset names Belarus in its countries column).
  await page.keyboard.type('loan');
  assert.ok((await shownCount(page)) < events.length || events.every((e) => /loan/i.test(String(e.summary) + e.quote)));
  await page.locator('th[data-key="summary"] button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('th[data-key="summary"]', 'aria-sort'), 'ascending');
});

test('axe-core finds no serious or critical accessibility violations', async () => {
  const first = String(events[0].event_id);
  for (const [name, url] of [
    ['overview', siteUrl(siteDir, 'index.html')],
    ['facts', siteUrl(siteDir, 'facts.html')],
    ['fact', siteUrl(siteDir, factHref(first))],
    ['source', siteUrl(siteDir, sourceHref(String(records.tables.sources[0].source_id)))],
  ]) {
    await page.goto(url);
    if (name === 'overview') await page.waitForSelector('.chart[data-rendered] svg');
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
  }
});

test('no page requested anything but local files', () => {
  assert.deepEqual(b.outside, []);
});

test('the site folder holds no reference to a remote script, style or font', () => {
  const index = readFileSync(join(siteDir, 'index.html'), 'utf8') + readFileSync(join(siteDir, 'assets/site.css'), 'utf8');
  assert.doesNotMatch(index, /<(script|link)[^>]+(src|href)="(https?:)?\/\//);
  assert.doesNotMatch(index, /url\(['"]?(https?:)?\/\//);
  assert.ok(fileURLToPath(siteUrl(siteDir, 'index.html')));
});
