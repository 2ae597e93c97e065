import { inputMessages } from './input-messages.ts';

/** Every message a user can see, as named functions, so tests assert against them rather than copied strings. */
export const messages = {
  ...inputMessages,
  fileMissing: (file: string, what: string) => `${file}: file not found (${what}).`,
  malformedJson: (file: string, detail: string) => `${file}: not valid JSON (${detail}); fix the syntax and run again.`,
  invalidRecord: (table: string, id: string, problems: string) =>
    `record ${id} in table ${table} fails schemas/${table}.schema.json: ${problems}. Nothing was published; fix the extraction rule or reference data that produced it.`,
  quoteMismatch: (id: string, source: string) =>
    `record ${id}: its quote is not the text of ${source} at [char_start, char_end); nothing was published.`,
  invalidReference: (file: string, problems: string) => `${file}: reference data is malformed: ${problems}.`,
  noArticles: (dir: string) => `${dir}: no articles found; add <id>.txt and <id>.json pairs.`,
  // The article set and the published output set (build engine).
  hiddenSourceFile: (file: string) => `${file}: a hidden file in the articles folder; an article is a pair <id>.txt + <id>.json with a lower-case id: rename it or move it out of the folder.`,
  notAnArticleFile: (file: string) => `${file}: not an article file (an article is a pair <id>.txt + <id>.json, lower-case id and extension); rename it or move it out of the folder.`,
  notARegularFile: (file: string, kind: string) => `${file}: is ${kind}, not a regular file; an article's .txt and .json must be files: remove or replace it.`,
  sourceIdTooLong: (file: string, length: number, max: number) => `${file}: the id is ${length} characters long, more than the ${max} the build's file names can carry; shorten the file name.`,
  unreadableSource: (file: string, code: string) => `${file}: cannot be read (${code}); fix its permissions or the link it points through, or remove it.`,
  outInsideSources: (out: string, sources: string) => `OUT=${out} is the articles folder SOURCES=${sources} or inside it; choose an output folder outside SOURCES.`,
  articleSummary: (id: string, facts: number, numbered: number, silent: number[]) =>
    `${id}: ${facts} fact${facts === 1 ? '' : 's'}; ${silent.length} of ${numbered} sentence${numbered === 1 ? '' : 's'} with a number or date gave none${silent.length ? ` (at ${silent.slice(0, 2).join(', ')}${silent.length > 2 ? ', …' : ''})` : ''}`,
  unexpectedArticleFailure: () => 'unexpected failure (a bug, not a problem with your files) while extracting these articles; please report it with the text below:',
  outNotOurs: (out: string) => `OUT=${out} is a folder with files the pipeline did not write (no datapackage.json); the whole folder is replaced on publishing, so choose an empty or new folder.`,
  outNotAFolder: (out: string) => `OUT=${out} exists and is not a folder; choose another OUT or remove it.`,
  outReadOnly: (out: string) => `OUT=${out} is read-only; nothing was published. Make it writable (chmod u+w) or choose another OUT.`,
  publishedFileEdited: (out: string, files: string[]) =>
    `${out}: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''} changed in place since they were published, and the build's own copies with them; those copies were removed and the previous outputs are untouched. Run make again to build them afresh (edit a copy of a published file, not the file).`,
  publishFailed: (out: string, detail: string) => `could not publish into ${out} (${detail}); the previous outputs there are untouched. Free space or fix permissions and run again.`,
  failureInjected: (stage: string) => `failure injected after the ${stage} stage wrote its files (PIPELINE_FAIL_AFTER=${stage}; a test hook).`,
  badSourceId: (file: string) =>
    `${file}: the file name must be a lower-case id (letters, digits, '.', '_' or '-') followed by .txt; rename it.`,
  unconvertedAmounts: (which: string[]) =>
    `note: no exchange rate for ${which.join('; ')}: those amounts are published in their own currency with no USD value (amount_usd / value_usd empty, sum_safe false: no_usd_amount), so no total counts them. To convert them, add each rate, with its source, to sources/reference/exchange-rates-supplement.json and run \`node --import tsx pipeline/tools/build-exchange-rates.ts\`.`,
  badDataAsOf: (file: string, value: unknown) =>
    `${file}: data_as_of is ${JSON.stringify(value)}, not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); the workbook dates its properties from it. Rebuild records.json with the normalise stage.`,
  cellTooLong: (table: string, row: number, column: string, length: number) =>
    `table ${table}, row ${row}, column ${column}: ${length} characters, more than the 32767 a spreadsheet cell holds; shorten the text that produced it.`,
  workbookUsage: () => 'usage: node --import tsx pipeline/workbook.ts <records.json> <out.xlsx>',
  recordsTableMissing: (file: string, table: string) =>
    `${file}: has no table "${table}" (tables.${table} must be a list of rows, possibly empty); rebuild records.json with the normalise stage.`,
  chartsUsage: (usage: string) => `usage: node --import tsx pipeline/${usage}`,
  chartFailed: (chart: string, detail: string) =>
    `chart ${chart}: Vega-Lite could not compile or render it (${detail}); fix its module in pipeline/charts/ and run again.`,
  chartImageFailed: (chart: string, detail: string) =>
    `chart ${chart}: resvg could not render its SVG as PNG (${detail}); check the SVG the charts stage wrote and run again.`,
  chartsManifestInvalid: (file: string, problem: string) =>
    `${file}: not a charts manifest (${problem}); it should be {"charts": [{"name", "title", "svg", "width", "height", ...}]} as written by the charts stage.`,
  timelineChartMissing: (file: string) =>
    `${file} lists no chart named "timeline"; the brief needs it: run the charts stage (make all) or add the timeline to the manifest.`,
  chartDrawFailed: (file: string, warning: string) => `${file}: the chart could not be drawn into the brief (${warning}); check the SVG.`,
  lexiconReportNoFolder: (path: string) => `${path}: not a folder; give folders that hold article pairs (<id>.txt + <id>.json) or folders named "articles" below them.`,
  changelogUsage: () => 'usage: node --import tsx pipeline/tools/changelog.ts <previous events.csv> <new events.csv> <datapackage.json> <CHANGELOG.md> [git ref]',
  briefUsage: () => 'usage: node --import tsx pipeline/brief.ts <records.json> <charts/charts.json> <out.pdf>',
  siteUsage: () => 'usage: node --import tsx pipeline/site.ts [--sources=<articles dir>] <records.json> <out-dir>',
  siteOverviewUsage: () => 'usage: node --import tsx pipeline/site-overview.ts <records.json> <charts/charts.json> <out-dir> [download files...]',
  siteSourceChanged: (file: string, source: string) =>
    `${file}: the text of source ${source} is not the one the records were built from (its SHA-256 differs); rebuild records.json (make all) before the site.`,
  siteQuoteMismatch: (ids: string[]) =>
    `mention(s) ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}: the quote is not the source text at [char_start, char_end); the site would highlight the wrong words. Rebuild records.json (make all).`,
  siteDownloadOutside: (file: string, root: string) => `${file}: a download must be inside ${root}, the folder the site is built in.`,
};
