/**
 * Scores the pipeline on a folder of annotations (<dir>/annotations/<id>.json) of articles in <dir>/articles/ or, for the
 * real corpus, in sources/articles/, as the quality test does, and prints the table, the misses and the false positives.
 * Usage: node --import tsx test/lib/score-folder.ts <dir> [<dir> ...]   (builds into a temporary folder)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overallScore, quoteProblems, scoreArticle, scoreTable, type Annotation, type ArticleScore } from './score.ts';
import type { RecordsFile } from '../../pipeline/lib/records.ts';

const all: ArticleScore[] = [];
for (const dir of process.argv.slice(2)) {
  const tmp = mkdtempSync(join(tmpdir(), 'score-'));
  const records = join(tmp, 'build', 'records.json');
  const ids = readdirSync(join(dir, 'annotations')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  const articles = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : join(tmp, 'articles');
  if (articles !== join(dir, 'articles')) {
    mkdirSync(articles);
    for (const id of ids) for (const ext of ['txt', 'json']) copyFileSync(join('sources/articles', `${id}.${ext}`), join(articles, `${id}.${ext}`));
  }
  const run = spawnSync('make', ['--no-print-directory', '-s', '-o', 'node_modules/.installed', records, `SOURCES=${articles}`, `OUT=${join(tmp, 'out')}`, `BUILD=${join(tmp, 'build')}`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`make failed:\n${run.stdout}\n${run.stderr}`);
  const { tables } = JSON.parse(readFileSync(records, 'utf8')) as RecordsFile;
  const annotations = readdirSync(join(dir, 'annotations')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, 'annotations', f), 'utf8')) as Annotation);
  const scores = annotations.map((a) => {
    const text = readFileSync(join(articles, `${a.source_id}.txt`), 'utf8');
    const problems = quoteProblems(text, tables.events.filter((e) => e.source_id === a.source_id));
    if (problems.length) console.log(problems.join('\n'));
    return scoreArticle(text, a, tables as never);
  });
  console.log(`\n== ${dir}\n${scoreTable(scores)}`);
  if (!process.env.QUIET) {
    for (const s of scores) {
      for (const m of s.misses) console.log(`  miss   ${s.source_id}: ${m}`);
      for (const m of s.falsePositives) console.log(`  extra  ${s.source_id}: ${m}`);
      // DETAILS=1: also each annotated detail the matched record disagrees with (a value, a unit, a direction).
      if (process.env.DETAILS) for (const m of s.detailMismatches) console.log(`  detail ${s.source_id}: ${m}`);
    }
  }
  all.push(...scores);
  rmSync(tmp, { recursive: true, force: true });
}
const t = overallScore(all);
console.log(`\nALL  tp ${t.tp} fp ${t.fp} fn ${t.fn}  P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)}`);
console.log(`DETAILS  ${t.detailAgreed} of ${t.detailFields} annotated details agree`);
