/**
 * Stage, brief: build/…/records.json + <out>/charts/charts.json → <out>/brief.pdf, the A4 briefing people
 * hand on. Every number in it comes from a record; every fact it prints has a note with its quote and
 * position. Byte-reproducible: dates and document id come from the data, fonts are bundled.
 * Usage: brief.ts <records.json> <charts/charts.json> <out.pdf>
 */
import { readJsonFile, writeFileAtomic } from './lib/io.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import type { RecordsFile } from './lib/records.ts';
import { loadCharts } from './brief/charts.ts';
import { buildBrief } from './brief/document.ts';

async function main(): Promise<void> {
  const [recordsPath, manifestPath, outPath] = process.argv.slice(2);
  if (!recordsPath || !manifestPath || !outPath) throw new PipelineError(messages.briefUsage());
  const records = readJsonFile<RecordsFile>(recordsPath, 'validated records from the normalise stage');
  const charts = loadCharts(manifestPath);
  const pdf = await buildBrief(records, charts);
  writeFileAtomic(outPath, pdf);
}

await runStage('brief', main);
