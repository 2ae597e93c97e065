/**
 * Stage, site: build/…/records.json + <out>/charts/charts.json (+ the published data files) → <out>/site/,
 * a static data site that opens from the file system: overview, facts table, a page per fact and per source.
 * Every script, style and font is copied from node_modules; nothing is loaded from the network.
 * The folder is built beside the old one and swapped in by renames, so a failure leaves the old site.
 * Usage: site.ts <records.json> <charts/charts.json> <out-dir> [download files...]
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, basename } from 'node:path';
import { readJsonFile } from './lib/io.ts';
import { readRecordsFile } from './lib/records-file.ts';
import { keepHeapNearLive } from './lib/heap.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import type { RecordsFile } from './lib/records.ts';
import { loadCharts } from './brief/charts.ts';
import { SourceText } from './site/source-text.ts';
import { siteFiles, mismatchedQuotes, type Download, type SiteChart, type SiteFile, type SiteInput } from './site/build.ts';

/**
 * source_id → text, read from the sources folder (or, without one, each source's published path) when a page needs it,
 * and checked now against the checksum the records carry. The published path is only a file name for sources outside
 * the repository.
 */
function openSourceTexts(records: RecordsFile, sourcesDir: string | undefined): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  for (const s of records.tables.sources ?? []) {
    const path = sourcesDir ? join(sourcesDir, `${s.source_id}.txt`) : String(s.path);
    if (!existsSync(path)) throw new PipelineError(messages.fileMissing(path, `text of source ${s.source_id}`));
    const { text, sha256 } = SourceText.open(path, String(s.source_id));
    if (sha256 !== s.sha256) throw new PipelineError(messages.siteSourceChanged(path, String(s.source_id)));
    texts.set(String(s.source_id), text);
  }
  return texts;
}

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

/** Writes the site into a fresh folder beside outDir, file by file as they come, then swaps it in; the old site survives any failure before the swap. */
function publishFolder(outDir: string, files: Iterable<SiteFile>): void {
  const parent = dirname(resolve(outDir));
  const staging = join(parent, `.${basename(outDir)}.${process.pid}.new`);
  const old = join(parent, `.${basename(outDir)}.${process.pid}.old`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const made = new Set<string>();
    for (const [path, data] of files) {
      const folder = dirname(join(staging, path));
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeSiteFile(join(staging, path), data);
    }
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

/** Writes one file: its bytes, or its pieces (text or bytes) one after another. */
function writeSiteFile(path: string, data: SiteFile[1]): void {
  if (typeof data === 'string' || data instanceof Uint8Array) return writeFileSync(path, data);
  const fd = openSync(path, 'w');
  try {
    let pending = '';
    for (const part of data) {
      if (typeof part !== 'string') {
        writeSync(fd, pending);
        pending = '';
        writeSync(fd, part);
        continue;
      }
      pending += part;
      if (pending.length >= 1 << 16) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

async function main(): Promise<void> {
  keepHeapNearLive();
  const args = process.argv.slice(2);
  const sourcesDir = args.find((a) => a.startsWith('--sources='))?.slice('--sources='.length);
  const [recordsPath, manifestPath, outDir, ...downloadFiles] = args.filter((a) => !a.startsWith('--sources='));
  if (!recordsPath || !manifestPath || !outDir) throw new PipelineError(messages.siteUsage());
  const records = readRecordsFile(recordsPath, 'validated records from the normalise stage');
  const input: SiteInput = { records, texts: openSourceTexts(records, sourcesDir), charts: readCharts(manifestPath), downloads: readDownloads(outDir, downloadFiles) };
  const wrong = mismatchedQuotes(input);
  if (wrong.length) throw new PipelineError(messages.siteQuoteMismatch(wrong));
  try {
    publishFolder(outDir, siteFiles(input));
  } finally {
    SourceText.closeAll();
  }
}

await runStage('site', main);
