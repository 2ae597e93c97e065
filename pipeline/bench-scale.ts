/**
 * make bench-scale: how the pipeline scales. For generated text and for real text (the repository's articles,
 * repeated) at each size in SIZES (MB; default 1,10,100), and for SMALL small generated articles (default 2000),
 * it runs every stage as the Makefile does, each in its own process, and prints per stage the wall time, the
 * CPU time (user + system: what moves least with the load of a shared machine), the throughput in MB of article text
 * per second and the peak resident memory; then the articles stage's time
 * against the bare NLP library's (sentences and entities only) on the same text.
 * A size up to 10 MB is one article; larger sizes are articles of 10 MB each.
 * For the small articles it also times one cold `make all` (skip with COLD_MAKE=0), the figure issue 10 sets a target for.
 * The stages run as make runs them: their JavaScript bundles (build/js/, rebuilt here from the current sources).
 * Usage: bench-scale.ts   (environment: SIZES=1,10 SMALL=2000 KINDS=generated,real COLD_MAKE=0)
 */
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './bench.ts';
import { countSentencesAndEntities } from './lib/nlp.ts';
import { tableNames as tables } from './lib/schema.ts';

const root = new URL('..', import.meta.url).pathname;
const MB = 1e6;

interface Article { id: string; text: string }

/** `bytes` of real article text: every article of the repository (sources/ and test/fixtures/), repeated. */
function realText(bytes: number): string {
  const dirs = [join(root, 'sources/articles'), ...readdirSync(join(root, 'test/fixtures'), { recursive: true, encoding: 'utf8' })
    .filter((d) => d.endsWith('articles')).map((d) => join(root, 'test/fixtures', d))];
  const texts = dirs.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8')));
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) { const t = texts[i % texts.length]; parts.push(t); n += Buffer.byteLength(t) + 2; }
  return parts.join('\n\n');
}

/** `bytes` of generated article text (seeded, as make bench). */
function generatedText(bytes: number, seed: number): string {
  return generateCorpus(bytes, seed).map((a) => a.text).join('\n');
}

/** Articles for one scenario: up to 10 MB in one article, beyond that articles of 10 MB. */
function bigArticles(kind: string, sizeMb: number): Article[] {
  const per = Math.min(sizeMb, 10);
  return Array.from({ length: Math.ceil(sizeMb / per) }, (_, i) => ({ id: `${kind}-${i + 1}`, text: kind === 'real' ? realText(per * MB) : generatedText(per * MB, 42 + i) }));
}

function smallArticles(n: number): Article[] {
  return generateCorpus(n * 4600).slice(0, n);
}

interface StageResult { stage: string; seconds: number; cpuSeconds: number; rssMb: number }

/** The stages' JavaScript bundles, built from the current sources as the Makefile builds them (build/js/). */
function bundleStages(entries: string[]): void {
  for (const entry of entries) {
    const r = spawnSync('node', ['pipeline/build/bundle.mjs', entry, bundleOf(entry)], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bundling ${entry} failed:\n${r.stderr}`);
  }
}

/** build/js/<stage>.mjs for pipeline/<stage>.ts. */
function bundleOf(entry: string): string {
  return entry.replace(/^pipeline\//, 'build/js/').replace(/\.ts$/, '.mjs');
}

/** Runs one stage (its bundle, as make does) under /usr/bin/time; its wall time, CPU time (user + system) and peak RSS. */
function runStage(stage: string, [entry, ...args]: string[], env: NodeJS.ProcessEnv): StageResult {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', 'node', bundleOf(entry), ...args], { cwd: root, encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${stage} failed:\n${r.stdout}\n${r.stderr}`);
  const [rssKb, user, system] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { stage, seconds, cpuSeconds: user + system, rssMb: rssKb / 1024 };
}

/** Every stage of the pipeline on `articles`, in Makefile order, in a temporary folder; `done` is told of each stage as it ends. */
function runPipeline(articles: Article[], done: (r: StageResult) => void = () => {}): StageResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  try {
    const src = join(dir, 'articles');
    const build = join(dir, 'build');
    const stage = join(build, 'out');
    mkdirSync(src);
    for (const a of articles) {
      writeFileSync(join(src, `${a.id}.txt`), a.text);
      writeFileSync(join(src, `${a.id}.json`), JSON.stringify({ title: `Benchmark ${a.id}`, published: '2011-06-30' }));
    }
    const env = { ...process.env, TZ: 'UTC', LC_ALL: 'C', REFERENCE_DIR: join(root, 'sources/reference') };
    const records = join(build, 'records.json');
    const name = JSON.parse(readFileSync(join(root, 'sources/dataset.json'), 'utf8')).name;
    const run = (stage: string, args: string[]) => {
      const r = runStage(stage, args, env);
      done(r);
      return r;
    };
    return [
      run('articles (ingest + extract)', ['pipeline/articles.ts', src, join(dir, 'out'), join(build, 'extract'), join(build, 'articles.json')]),
      run('normalise', ['pipeline/normalise.ts', 'sources/dataset.json', records, join(build, 'articles.json')]),
      run('publish (csv)', ['pipeline/publish.ts', records, stage]),
      run('workbook', ['pipeline/workbook.ts', records, join(stage, `${name}.xlsx`)]),
      run('charts', ['pipeline/charts.ts', records, join(stage, 'charts')]),
      run('chart images', ['pipeline/chart-images.ts', join(stage, 'charts', 'charts.json')]),
      run('brief', ['pipeline/brief.ts', records, join(stage, 'charts', 'charts.json'), join(stage, 'brief.pdf')]),
      run('site (pages)', ['pipeline/site.ts', `--sources=${src}`, records, join(stage, 'site')]),
      run('site (overview)', ['pipeline/site-overview.ts', records, join(stage, 'charts', 'charts.json'), join(stage, 'site'), ...tables.map((t) => join(stage, 'csv', `${t}.csv`)), join(stage, 'datapackage.json'), join(stage, `${name}.xlsx`), join(stage, 'brief.pdf')]),
      run('release', ['pipeline/build/release.ts', stage, join(dir, 'out'), 'csv', 'datapackage.json', `${name}.xlsx`, 'charts', 'brief.pdf', 'site']),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seconds the bare library takes for sentences and entities of the same texts. */
function bareSeconds(articles: Article[]): number {
  countSentencesAndEntities('Warm-up sentence in March 2010.');
  const t = performance.now();
  for (const a of articles) countSentencesAndEntities(a.text);
  return (performance.now() - t) / 1000;
}

/** Wall time of one cold `make all` of `articles` (as a user runs it: two jobs), in a temporary folder. */
function coldMakeSeconds(articles: Article[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-make-'));
  try {
    const src = join(dir, 'articles');
    mkdirSync(src);
    for (const a of articles) {
      writeFileSync(join(src, `${a.id}.txt`), a.text);
      writeFileSync(join(src, `${a.id}.json`), JSON.stringify({ title: `Benchmark ${a.id}`, published: '2011-06-30' }));
    }
    const t = performance.now();
    const r = spawnSync('make', ['--no-print-directory', 'all', `SOURCES=${src}`, `OUT=${join(dir, 'out')}`, `BUILD=${join(dir, 'build')}`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`make all failed:\n${r.stdout}\n${r.stderr}`);
    return (performance.now() - t) / 1000;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(label: string, articles: Article[]): void {
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / MB;
  console.log(`\n${label}: ${articles.length} article(s), ${mb.toFixed(1)} MB`);
  console.log(`  ${'stage'.padEnd(28)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'MB/s'.padStart(8)} ${'peak RSS MB'.padStart(12)}  load average`);
  const line = (stage: string, r: Omit<StageResult, 'stage'>, load = '') => `  ${stage.padEnd(28)} ${r.seconds.toFixed(1).padStart(8)} ${r.cpuSeconds.toFixed(1).padStart(8)} ${(mb / r.seconds).toFixed(2).padStart(8)} ${r.rssMb.toFixed(0).padStart(12)}  ${load}`;
  const results = runPipeline(articles, (r) => console.log(line(r.stage, r, loadavg()[0].toFixed(1))));
  const sum = (f: (r: StageResult) => number) => results.reduce((n, r) => n + f(r), 0);
  console.log(line('all stages, one after another', { seconds: sum((r) => r.seconds), cpuSeconds: sum((r) => r.cpuSeconds), rssMb: Math.max(...results.map((r) => r.rssMb)) }));
  const bare = bareSeconds(articles);
  console.log(`  bare wink-nlp on the same text: ${bare.toFixed(1)} s (${(mb / bare).toFixed(2)} MB/s, one thread); articles stage / bare = ${(results[0].seconds / bare).toFixed(2)}x`);
}

function main(): void {
  const sizes = (process.env.SIZES ?? '1,10,100').split(',').filter(Boolean).map(Number);
  const kinds = (process.env.KINDS ?? 'generated,real').split(',').filter(Boolean);
  const small = Number(process.env.SMALL ?? 2000);
  console.log(`bench-scale on ${process.arch}, Node ${process.version}; each stage is one process, as make runs it`);
  bundleStages(['articles', 'normalise', 'publish', 'workbook', 'charts', 'chart-images', 'brief', 'site', 'site-overview', 'build/release'].map((s) => `pipeline/${s}.ts`));
  if (small) {
    const articles = smallArticles(small);
    report(`${small} small generated articles`, articles);
    if (process.env.COLD_MAKE !== '0') console.log(`  cold make all (two jobs, the stages in parallel where they can be): ${coldMakeSeconds(articles).toFixed(1)} s`);
  }
  for (const size of sizes) for (const kind of kinds) report(`${kind} text, ${size} MB`, bigArticles(kind, size));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
