/**
 * Stage, brief: build/…/records.json + <out>/charts/charts.json → <out>/brief.pdf, the A4 briefing people
 * hand on. Every number in it comes from a record; every fact it prints has a note with its quote and
 * position. Byte-reproducible: dates and document id come from the data, fonts are bundled. Its length and memory are
 * bounded whatever the corpus size (a note for each fact cited only; records read row by row, without mentions).
 * Usage: brief.ts <records.json> <charts/charts.json> <out.pdf>
 */
import { writeFileAtomic } from './lib/io.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { loadCharts } from './brief/charts.ts';
import { buildBrief } from './brief/document.ts';
import { readRecordsStreaming } from './brief/read-records.ts';

async function main(): Promise<void> {
  const [recordsPath, manifestPath, outPath] = process.argv.slice(2);
  if (!recordsPath || !manifestPath || !outPath) throw new PipelineError(messages.briefUsage());
  // every table but mentions, which the brief does not print (it is the largest)
  const { records, release } = readRecordsStreaming(recordsPath, (table) => table !== 'mentions');
  const charts = loadCharts(manifestPath);
  const pdf = await buildBrief(records, charts, undefined, release);
  writeFileAtomic(outPath, pdf);
}

await runStage('brief', main);
