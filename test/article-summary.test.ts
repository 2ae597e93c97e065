/**
 * The articles stage's line per article it (re)extracts (issue 9, item 7): the facts found, and the sentences with a
 * number or a date that gave none, with the code-point offsets of the first two so a reader can look.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messages } from '../pipeline/lib/messages.ts';
import { isNumberOrDate } from '../pipeline/build/article-summary.ts';

// Two facts (a visit, agreements); two sentences with a number or date that give none; "two countries" is no number.
const ONE = 'Chinese Premier Wen Jiabao visited Belarus in November 2007. The new stadium in Minsk seats 25,000 people. '
  + 'The two countries are old friends. Belarus and China signed 5 agreements worth US$1.2 billion in March 2008. It rained on 3 May 2009.\n';
// One fact, then three silent sentences after a character outside the BMP (two UTF-16 units, one code point).
const TWO = 'Chinese Premier Wen Jiabao visited Belarus in November 2007 \u{1F1E8}\u{1F1F3}. The new stadium in Minsk seats 25,000 people. '
  + 'It rained on 3 May 2009. The 5th floor of the hotel was closed.\n';
const TWO_CHANGED = 'Chinese Premier Wen Jiabao visited Belarus in November 2008.\n';

/** The code-point offset of `part` in `text`. */
const at = (text: string, part: string) => [...text.slice(0, text.indexOf(part))].length;

function write(dir: string, id: string, text: string): void {
  writeFileSync(join(dir, `${id}.txt`), text);
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ title: id, published: '2011-03-01' }));
}

/** Runs the articles stage (ingest + extract of the set, with its cache). */
function runArticlesStage(root: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/articles.ts', join(root, 'articles'), join(root, 'out'), join(root, 'cache'), join(root, 'articles.json')], { encoding: 'utf8' });
}

/** What the articles stage printed, asserting it succeeded. */
function articlesStage(root: string): string {
  const r = runArticlesStage(root);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** The per-article lines of the stage's output (indented under its "extract" line). */
const articleLines = (stdout: string) => stdout.split('\n').filter((l) => /^ +\S/.test(l)).map((l) => l.trim());

test('the articles stage prints one line per article it extracted, and none for an article its cache already holds', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'summary-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const src = join(root, 'articles');
  mkdirSync(src);
  write(src, 'one', ONE);
  write(src, 'two', TWO);

  assert.deepEqual(articleLines(articlesStage(root)), [
    messages.articleSummary('one', 2, 4, [at(ONE, 'The new stadium'), at(ONE, 'It rained')]),
    messages.articleSummary('two', 1, 4, [at(TWO, 'The new stadium'), at(TWO, 'It rained'), at(TWO, 'The 5th')]),
  ]);
  assert.equal(articleLines(articlesStage(root)).length, 0, 'nothing re-extracted, nothing to say');

  write(src, 'two', TWO_CHANGED);
  assert.deepEqual(articleLines(articlesStage(root)), [messages.articleSummary('two', 1, 1, [])]);
});

test('the line gives the first two offsets, then an ellipsis, and counts in words that agree with the numbers', () => {
  assert.equal(messages.articleSummary('a', 7, 9, [412, 1033, 1500]), 'a: 7 facts; 3 of 9 sentences with a number or date gave none (at 412, 1033, …)');
  assert.equal(messages.articleSummary('a', 1, 1, [5]), 'a: 1 fact; 1 of 1 sentence with a number or date gave none (at 5)');
  assert.equal(messages.articleSummary('a', 0, 0, []), 'a: 0 facts; 0 of 0 sentences with a number or date gave none');
});

test('a number is a date or amount in any words, other numbers only in digits', () => {
  const entity = (type: string, text: string) => ({ type, text, start: 0, end: text.length });
  assert.ok(isNumberOrDate(entity('DATE', 'last year')));
  assert.ok(isNumberOrDate(entity('MONEY', 'one billion dollars')));
  assert.ok(isNumberOrDate(entity('CARDINAL', '25,000')));
  assert.ok(isNumberOrDate(entity('ORDINAL', '66th')));
  assert.ok(!isNumberOrDate(entity('CARDINAL', 'two')));
  assert.ok(!isNumberOrDate(entity('ORDINAL', 'first')));
  assert.ok(!isNumberOrDate(entity('URL', 'https://doi.org/10.15804')));
});

test('several broken articles give one list of problems; the good ones still get their line', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'summary-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const src = join(root, 'articles');
  mkdirSync(src);
  write(src, 'good', TWO_CHANGED);
  write(src, 'bad-date', TWO_CHANGED);
  writeFileSync(join(src, 'bad-date.json'), JSON.stringify({ title: 'x', published: 'April 2019' }));
  write(src, 'bad-retrieved', TWO_CHANGED);
  writeFileSync(join(src, 'bad-retrieved.json'), JSON.stringify({ title: 'x', published: '2019', retrieved: '2019-04-31' }));
  const r = runArticlesStage(root);
  assert.equal(r.status, 1);
  assert.deepEqual(articleLines(r.stdout), [messages.articleSummary('good', 1, 1, [])]);
  assert.equal(r.stderr.match(/problems? in the input/g)?.length, 1, r.stderr);
  assert.match(r.stderr, /^error \[articles\]: 2 problems in the input; nothing was written\./);
  assert.match(r.stderr, /bad-date\.json: published: found "April 2019" .*2019-04-30/);
  assert.match(r.stderr, /bad-retrieved\.json: retrieved: found "2019-04-31" \(2019-04 has no day 31\)/);
  assert.doesNotMatch(r.stderr, /unexpected/);
});
