/**
 * The whole site as a list of files (path inside the site → bytes), from the records, the source texts,
 * the charts and the downloads. Pure: same inputs, same files, in the same order (no clock, no randomness).
 *
 *   index.html            overview: coverage, key findings, live charts, sources, downloads
 *   facts.html            the searchable, filterable, sortable table (data in assets/facts-data.js)
 *   fact/<event_id>.html  one page per fact: details and every mention with its quote highlighted
 *   source/<id>.html      one page per source: its whole text with every quote highlighted and linked
 *   charts/, downloads/   copies of the published charts, and the published data files (hard links to them)
 *   assets/               styles, scripts, fonts and vendor libraries copied from node_modules
 */
import { readFileSync } from 'node:fs';
import type { RecordsFile, Row } from '../lib/records.ts';
import { siteModel, factHref, sourceHref, type SiteModel } from './model.ts';
import { toCodePoints, type TextByCodePoints } from './passages.ts';
import { renderPage, renderPageAround, siteView, releaseView, coverageLine, findingsView, factView, sourceView, sourceTextPieces, factsColumns, factsRow, filterOptions, yearRange, scriptJson } from './pages.ts';
import { downloadLabels } from './labels.ts';
import { str, num } from '../brief/facts.ts';

export type SiteFiles = [string, string | Uint8Array][];

/** A file offered for download: its bytes, or the published file it is linked to (copied where links are not possible) and its size. */
export type Download = Uint8Array | { file: string; size: number };

const sizeOf = (d: Download): number => (d instanceof Uint8Array ? d.byteLength : d.size);

export interface SiteChart {
  name: string;
  title: string;
  spec: object;
  /** The chart's file names in charts/. */
  files: { svg: string; png: string; spec: string };
  width: number;
  height: number;
  /** File name → bytes (the SVG, PNG and spec as published), copied into the site's charts/. */
  bytes: Map<string, Uint8Array>;
}

export interface SiteInput {
  records: RecordsFile;
  /** source_id → the article's text, or the text read from its file when a page needs it (site/source-text.ts). */
  texts: Map<string, string | TextByCodePoints>;
  charts: SiteChart[];
  /** Path relative to the output folder (e.g. "csv/events.csv") → its bytes, or the file it is copied from. */
  downloads: Map<string, Download>;
}

const nodeModules = new URL('../../node_modules/', import.meta.url);
const ownAssets = new URL('./assets/', import.meta.url);

/** Files copied as they are into assets/: site path → where it comes from. */
export const copiedAssets: [string, URL][] = [
  ['assets/site.css', new URL('site.css', ownAssets)],
  ['assets/facts.js', new URL('facts.js', ownAssets)],
  ['assets/charts.js', new URL('charts.js', ownAssets)],
  ['assets/vendor/vega.min.js', new URL('vega/build/vega.min.js', nodeModules)],
  ['assets/vendor/vega-lite.min.js', new URL('vega-lite/build/vega-lite.min.js', nodeModules)],
  ['assets/vendor/vega-embed.min.js', new URL('vega-embed/build/vega-embed.min.js', nodeModules)],
  ['assets/vendor/LICENSE-vega.txt', new URL('vega/LICENSE', nodeModules)],
  ['assets/vendor/LICENSE-vega-lite.txt', new URL('vega-lite/LICENSE', nodeModules)],
  ['assets/vendor/LICENSE-vega-embed.txt', new URL('vega-embed/LICENSE', nodeModules)],
  ['assets/fonts/DejaVuSans.ttf', new URL('dejavu-fonts-ttf/ttf/DejaVuSans.ttf', nodeModules)],
  ['assets/fonts/DejaVuSans-Bold.ttf', new URL('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', nodeModules)],
  ['assets/fonts/DejaVuSansMono.ttf', new URL('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf', nodeModules)],
  ['assets/fonts/LICENSE-DejaVu.txt', new URL('dejavu-fonts-ttf/LICENSE', nodeModules)],
];

/** "12.3 kB" (decimal units, as file browsers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Downloads in a stable order: the tables first as listed in the labels, then anything else by name. */
function downloadsView(downloads: Map<string, Download>): object[] {
  const rank = (path: string) => {
    const i = downloadLabels.findIndex(([re]) => re.test(path));
    return i === -1 ? downloadLabels.length : i;
  };
  return [...downloads.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((path) => ({ name: path, href: `downloads/${path}`, what: downloadLabels.find(([re]) => re.test(path))?.[1] ?? '', size: formatSize(sizeOf(downloads.get(path)!)) }));
}

/**
 * A file of the site that is a hard link to a file of the staging folder (a download): published files are never
 * written in place, so the link always has the bytes of the file it names.
 */
export interface LinkedFile { linkTo: string }

/** What the site's pages are written as: bytes, pieces of text or bytes one after another, or a link (downloads). */
export type SiteData = string | Uint8Array | Iterable<string | Uint8Array> | LinkedFile;

/** Every file of the site, in a fixed order, each as its bytes or text (a linked download as the bytes of its file). */
export function buildSite(input: SiteInput): SiteFiles {
  return [...siteFiles(input)].map(([path, data]) => [path, bytesOf(data)]);
}

/** The bytes or text of one file of the site. */
function bytesOf(data: SiteData): string | Uint8Array {
  if (typeof data === 'string' || data instanceof Uint8Array) return data;
  if ('linkTo' in data) return new Uint8Array(readFileSync(data.linkTo));
  return Buffer.concat([...data].map((d) => Buffer.from(d)));
}

/**
 * The top-level entries of the site that the overview stage (site-overview.ts) writes: the pages that carry the
 * release's version and counts, and the copies of the charts and downloads. Every other entry is the pages stage's
 * (site.ts): the facts table and a page per fact and per source, which needs only the records and the source texts,
 * so it runs beside the charts, the brief and the workbook.
 */
export const overviewEntries = ['index.html', 'charts', 'downloads'];

/** Every file of the site, in a fixed order: the overview's, then the pages'. */
export function* siteFiles(input: SiteInput): Generator<[string, SiteData]> {
  const model = siteModel(input.records, input.texts);
  yield* siteOverviewFiles(input, model);
  yield* sitePageFiles(model);
}

/**
 * The overview stage's files, one at a time: index.html (the coverage, findings, charts, sources and downloads, with
 * the release's version in its footer), the charts' files and the downloads (links to the published files when given
 * as files). index.html comes first.
 */
export function* siteOverviewFiles(input: Omit<SiteInput, 'texts'>, model = siteModel(input.records, new Map())): Generator<[string, SiteData]> {
  const factsOf = new Map<string, number>();
  for (const e of model.events) factsOf.set(String(e.source_id), (factsOf.get(String(e.source_id)) ?? 0) + 1);
  yield ['index.html', renderPage('index', {
    site: siteView(model),
    release: releaseView(model),
    root: '',
    scripts: input.charts.length ? ['assets/vendor/vega.min.js', 'assets/vendor/vega-lite.min.js', 'assets/vendor/vega-embed.min.js', 'assets/charts.js'] : [],
    pageTitle: 'Overview',
    nav: { overview: true },
    coverage: coverageLine(model),
    factCount: model.events.length,
    findings: findingsView(model),
    charts: input.charts.map((c) => ({ name: c.name, title: c.title, width: c.width, height: c.height, ...c.files, specJson: scriptJson(c.spec) })),
    sources: (input.records.tables.sources ?? []).map((s) => ({
      href: sourceHref(String(s.source_id)), title: str(s, 'title'), publisher: str(s, 'publisher') ?? '—', published: str(s, 'published'), facts: factsOf.get(String(s.source_id)) ?? 0,
    })),
    downloads: downloadsView(input.downloads),
  })];
  for (const chart of input.charts) for (const [name, bytes] of chart.bytes) yield [`charts/${name}`, bytes];
  for (const [path, d] of input.downloads) yield [`downloads/${path}`, d instanceof Uint8Array ? d : { linkTo: d.file }];
}

/**
 * The pages stage's files, one at a time (a page is made when it is asked for, so whoever writes the files as they
 * come holds one page at a time): the facts table (facts.html, with the release's version in its footer, and its
 * data), a page per fact and per source (no release-wide value: see releaseView), and the assets. facts.html comes first.
 */
export function* sitePageFiles(model: SiteModel): Generator<[string, SiteData]> {
  const site = siteView(model);
  const page = (path: string, name: string, root: string, view: object, scripts: string[] = []): [string, string] =>
    [path, renderPage(name, { site, root, scripts, nav: {}, ...view })];
  yield page('facts.html', 'facts', '', { release: releaseView(model), pageTitle: 'Facts', nav: { facts: true }, factCount: model.events.length, options: filterOptions(model), years: yearRange(model) }, ['assets/facts-data.js', 'assets/facts.js']);
  yield ['assets/facts-data.js', factsDataScript(model)];

  for (const event of model.events) yield page(factHref(String(event.event_id)), 'fact', '../', factView(model, event));
  for (const source of model.records.tables.sources ?? []) {
    const view = { site, root: '../', scripts: [], nav: {}, ...sourceView(model, source) };
    yield [sourceHref(String(source.source_id)), renderPageAround('source', view, 'textHtml', sourceTextPieces(model, source))];
  }
  for (const [path, from] of copiedAssets) yield [path, readFileSync(from)];
}

/** assets/facts-data.js, `window.FACTS = {"columns":[…],"rows":[…]};` as scriptJson writes it, a row at a time. */
export function* factsDataScript(model: SiteModel): Generator<string> {
  yield `window.FACTS = {"columns":${scriptJson(factsColumns)},"rows":[`;
  for (let i = 0; i < model.events.length; i++) yield (i ? ',' : '') + scriptJson(factsRow(model, model.events[i], i));
  yield ']};\n';
}

/** The mentions whose quote is not the source text at [char_start, char_end): the pages would mark the wrong words. */
export function mismatchedQuotes(input: Pick<SiteInput, 'records' | 'texts'>): string[] {
  const mentions = input.records.tables.mentions ?? [];
  // Checked source by source in text order, so a text read from its file is read block after block.
  const bySource = new Map<string, Row[]>();
  for (const m of mentions) {
    const id = String(m.source_id);
    const list = bySource.get(id);
    if (list) list.push(m);
    else bySource.set(id, [m]);
  }
  const wrong = new Set<Row>();
  for (const [id, list] of bySource) {
    const given = input.texts.get(id);
    const text = typeof given === 'string' ? toCodePoints(given) : given;
    const inOrder = [...list].sort((a, b) => (num(a, 'char_start') ?? 0) - (num(b, 'char_start') ?? 0));
    for (const m of inOrder) if (text?.slice(num(m, 'char_start') ?? 0, num(m, 'char_end') ?? 0) !== m.quote) wrong.add(m);
  }
  return mentions.filter((m) => wrong.has(m)).map((m) => String(m.mention_id));
}
