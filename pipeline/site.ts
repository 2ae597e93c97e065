/**
 * Stage, site (its pages): build/…/records.json + the source texts → <out>/site/: the facts table (facts.html and its
 * data), a page per fact and per source, and the assets (every script, style and font copied from node_modules;
 * nothing is loaded from the network). It needs neither the charts nor the published files, so make runs it beside
 * the charts, the brief and the workbook; the overview, the charts' and the downloads' copies are the overview stage's
 * (site-overview.ts). Only the files whose bytes changed are written (site/write.ts); facts.html, make's target, is
 * written last, every time.
 * Usage: site.ts [--sources=<articles dir>] <records.json> <out-dir>
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readRecordsFile } from './lib/records-file.ts';
import { keepHeapNearLive } from './lib/heap.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import type { RecordsFile } from './lib/records.ts';
import { SourceText } from './site/source-text.ts';
import { sitePageFiles, mismatchedQuotes, overviewEntries } from './site/build.ts';
import { siteModel } from './site/model.ts';
import { writeChangedFiles } from './site/write.ts';

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

async function main(): Promise<void> {
  keepHeapNearLive();
  const args = process.argv.slice(2);
  const sourcesDir = args.find((a) => a.startsWith('--sources='))?.slice('--sources='.length);
  const [recordsPath, outDir, ...rest] = args.filter((a) => !a.startsWith('--sources='));
  if (!recordsPath || !outDir || rest.length) throw new PipelineError(messages.siteUsage());
  const records = readRecordsFile(recordsPath, 'validated records from the normalise stage');
  const texts = openSourceTexts(records, sourcesDir);
  const wrong = mismatchedQuotes({ records, texts });
  if (wrong.length) throw new PipelineError(messages.siteQuoteMismatch(wrong));
  try {
    writeChangedFiles(outDir, sitePageFiles(siteModel(records, texts)), (entry) => !overviewEntries.includes(entry), 'facts.html');
  } finally {
    SourceText.closeAll();
  }
}

await runStage('site', main);
