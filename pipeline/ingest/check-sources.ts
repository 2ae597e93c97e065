/**
 * Checks a whole sources folder before any article is ingested, and lists every problem of the run together:
 * names make cannot carry or would skip (spaces, '$', ':', upper case, X.TXT, hidden .txt/.json files),
 * folders, pipes and devices named like articles, missing halves of pairs, and every content check of
 * validate.ts for each pair. Files that are neither .txt nor .json (README.md, .DS_Store) are left alone.
 * Usage: check-sources.ts <sources-dir>   (prints nothing and exits 0 when every article is fine)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError, runStage } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { checkArticlePair, formatProblem, idProblems, type Problem } from './validate.ts';

const ARTICLE_FILE = /^(.*)\.(txt|json)$/i;

/** Problems with the names in a folder, and the ids of the well-named article files. */
export function nameProblems(sourcesDir: string, names: string[]): { ids: string[]; problems: Problem[] } {
  const ids = new Set<string>();
  const problems: Problem[] = [];
  for (const name of [...names].sort()) {
    const m = ARTICLE_FILE.exec(name);
    if (!m) continue;
    const file = join(sourcesDir, name);
    if (m[2] !== m[2].toLowerCase()) {
      problems.push({ file, field: 'file name', found: `the extension .${m[2]}`, expected: `a lower-case name: rename it ${name.toLowerCase()}` });
      continue;
    }
    const bad = name.startsWith('.')
      ? [{ file, field: 'file name', found: 'a hidden file (its name starts with a dot)', expected: messages.expectedIdName() }]
      : idProblems(m[1], file);
    if (bad.length) problems.push(...bad);
    else ids.add(m[1]);
  }
  return { ids: [...ids], problems };
}

/** Every problem of every article in a sources folder. */
export function sourcesProblems(sourcesDir: string): Problem[] {
  let names: string[];
  try { names = readdirSync(sourcesDir); } catch {
    return [{ file: sourcesDir, field: 'folder', found: 'no folder that can be read', expected: 'a folder of <id>.txt and <id>.json pairs, such as sources/articles' }];
  }
  const { ids, problems } = nameProblems(sourcesDir, names);
  for (const id of ids) problems.push(...checkArticlePair(sourcesDir, id).problems);
  if (!ids.length && !problems.length) problems.push({ file: sourcesDir, field: 'folder', found: 'no articles', expected: 'at least one pair such as wen-jiabao-visit-2007.txt and wen-jiabao-visit-2007.json' });
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('check', () => {
    const problems = sourcesProblems(process.argv[2] ?? 'sources/articles');
    if (problems.length) throw new PipelineError(messages.inputProblems(problems.map(formatProblem)));
  });
}
