/**
 * Benchmark of the site with many facts (10,000 by default, made up by test/lib/synthetic-site.ts): time to build
 * the pages, and in headless Chromium the facts table's first render and one filter or search update.
 * Usage: node --import tsx pipeline/site/bench.ts [facts]   (needs a records.json: TEST_RECORDS or build/test-build)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { loadRecords } from '../../test/helpers.ts';
import { syntheticCorpus } from '../../test/lib/synthetic-site.ts';
import { openBrowser, siteUrl } from '../../test/lib/browser.ts';
import { buildSite } from './build.ts';

const n = Number(process.argv[2] ?? 10_000);
const corpus = syntheticCorpus(loadRecords(), n);
let t = performance.now();
const files = buildSite({ ...corpus, charts: [], downloads: new Map() });
const buildMs = performance.now() - t;
const dir = join(tmpdir(), `site-bench-${process.pid}`);
t = performance.now();
for (const [path, data] of files) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), data);
}
const writeMs = performance.now() - t;

const b = await openBrowser();
const page = await b.context.newPage();
t = performance.now();
await page.goto(siteUrl(dir, 'facts.html'));
await page.waitForSelector('#facts-body tr');
const loadMs = performance.now() - t;
/** Milliseconds the page spends on one change of a control (the table re-renders synchronously in the handler). */
const update = (selector: string, value: string) =>
  page.evaluate(([sel, v]) => {
    const el = document.querySelector(sel) as HTMLInputElement;
    const start = performance.now();
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return performance.now() - start;
  }, [selector, value] as const);
async function runs(selector: string, values: string[]): Promise<number> {
  let total = 0;
  for (const v of values) total += await update(selector, v);
  return total / values.length;
}
const searchMs = await runs('#f-q', ['f', 'fa', 'fac', 'fact', 'fact 1', 'fact 12', 'fact 123', 'fact 1234:', '']);
const filterMs = await runs('#f-from', ['1995', '2000', '2010', '']);
await b.close();
rmSync(dir, { recursive: true, force: true });
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`site with ${n} facts (${files.length} files): build ${fmt(buildMs)}, write ${fmt(writeMs)}`);
console.log(`facts table in Chromium: open and first render ${fmt(loadMs)}, one search keystroke ${searchMs.toFixed(1)} ms, one year filter change ${filterMs.toFixed(1)} ms (averages)`);
