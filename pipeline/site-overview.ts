/**
 * Stage, site (its overview): build/…/records.json + <out>/charts/charts.json + the published data files →
 * <out>/site/index.html (coverage, key findings, live charts, sources, downloads, and the release's version in its
 * footer), site/charts/ (copies of the charts' files) and site/downloads/ (hard links to the published files: a staged
 * file is never written in place, so a link always has its file's bytes). Runs after every other stage, as it shows
 * the downloads' sizes; the facts table and the pages per fact and per source are site.ts's. Only the files that
 * changed are written (site/write.ts); index.html, make's target, is written last, every time.
 * Usage: site-overview.ts <records.json> <charts/charts.json> <out-dir> [download files...]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readJsonFile } from './lib/io.ts';
import { readRecordsFile } from './lib/records-file.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { loadCharts } from './brief/charts.ts';
import { siteOverviewFiles, overviewEntries, type Download, type SiteChart } from './site/build.ts';
import { writeChangedFiles } from './site/write.ts';

interface ManifestEntry { name: string; spec: string; svg: string; png: string }

/** The charts of the manifest with their specs and files. */
function readCharts(manifestPath: string): SiteChart[] {
  const dir = dirname(manifestPath);
  const entries = new Map(readJsonFile<{ charts: ManifestEntry[] }>(manifestPath, 'charts manifest').charts.map((e) => [e.name, e]));
  return loadCharts(manifestPath).map((chart) => {
    const entry = entries.get(chart.name)!;
    const files = { svg: entry.svg, png: entry.png, spec: entry.spec };
    const bytes = new Map(Object.values(files).map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))] as [string, Uint8Array]));
    return { name: chart.name, title: chart.title, width: chart.width, height: chart.height, files, bytes, spec: JSON.parse(readFileSync(join(dir, entry.spec), 'utf8')) };
  });
}

/** Downloads keyed by their path inside the output folder (the site's parent). */
function readDownloads(outDir: string, files: string[]): Map<string, Download> {
  const root = dirname(resolve(outDir));
  const downloads = new Map<string, Download>();
  for (const file of files) {
    const rel = relative(root, resolve(file));
    if (rel.startsWith('..')) throw new PipelineError(messages.siteDownloadOutside(file, root));
    if (!existsSync(file)) throw new PipelineError(messages.fileMissing(file, 'file to offer as a download'));
    downloads.set(rel.split('\\').join('/'), { file, size: statSync(file).size });
  }
  return downloads;
}

async function main(): Promise<void> {
  const [recordsPath, manifestPath, outDir, ...downloadFiles] = process.argv.slice(2);
  if (!recordsPath || !manifestPath || !outDir) throw new PipelineError(messages.siteOverviewUsage());
  const records = readRecordsFile(recordsPath, 'validated records from the normalise stage');
  const input = { records, charts: readCharts(manifestPath), downloads: readDownloads(outDir, downloadFiles) };
  writeChangedFiles(outDir, siteOverviewFiles(input), (entry) => overviewEntries.includes(entry), 'index.html');
}

await runStage('site-overview', main);
