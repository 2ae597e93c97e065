/**
 * Headless Chromium from the distribution (/usr/bin/chromium; `make test` installs it) driven by playwright-core,
 * with every request that is not file:, data: or blob: recorded and refused, so a test can prove the site
 * needs no network.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SiteBrowser {
  browser: Browser;
  context: BrowserContext;
  /** URLs the pages tried to load from anywhere but the file system. */
  outside: string[];
  close(): Promise<void>;
}

/** Starts Chromium with one context whose requests are watched. */
export async function openBrowser(): Promise<SiteBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return { browser, context, outside, close: () => browser.close() };
}

/** The file: URL of a page of a site folder, with an optional #fragment. */
export const siteUrl = (siteDir: string, page: string, hash = ''): string => pathToFileURL(resolve(siteDir, page)).href + hash;

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable line per violation, for assertion messages. */
export const describeViolations = (vs: AxeViolation[]): string => vs.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n');
