/** The lexicon report (pipeline/tools/lexicon-report.ts) on a tiny synthetic lexicon and corpus. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuleBreadth } from '../pipeline/tools/lexicon-report.ts';

const trigger = (category: string, subtype: string, keywords: string[], pattern: string) =>
  ({ category, subtype, keywords, pattern, agent: 'subject', label: subtype });

/** A reference folder: the real tables, with a synthetic triggers.json and lexicon.json. */
function syntheticReference(root: string): string {
  const dir = join(root, 'reference');
  cpSync('sources/reference', dir, { recursive: true });
  writeFileSync(join(dir, 'triggers.json'), JSON.stringify({
    categories: { agreement: { cameo: '057', label: 'Agreements' }, investment: { cameo: '061', label: 'Investment' }, aid: { cameo: '071', label: 'Aid' }, visit: { cameo: '042', label: 'Visits' } },
    triggers: [
      trigger('agreement', 'signed', ['signed'], '\\bsigned\\b'),
      trigger('investment', 'plant', ['plant'], 'opened a (?:tractor )?plant'),
      trigger('aid', 'zebra', ['zebra'], 'zebra crossing'),
      trigger('visit', 'trip', ['journey'], '\\bvisit\\b'),
      trigger('agreement', 'signed', ['memorandum'], 'memorandum'),
    ],
  }));
  writeFileSync(join(dir, 'lexicon.json'), JSON.stringify({
    number_words: { one: 1 },
    forecast_cues: ['will', 'plans to'],
    role_titles: ['President'],
    relative_dates: [{ pattern: '(last|next) year', unit: 'year', offset: 0 }],
    delegation_patterns: ['(?<n>\\d+)-member delegation'],
  }));
  return dir;
}

const alpha = [
  'Belarus and China signed a trade agreement in Minsk on Monday, officials said.',
  'The two sides also signed a loan deal worth $1 billion last year.',
  'A Chinese company opened a tractor plant near Minsk.',
].join('\n\n') + '\n';
const beta = [
  'Serbia and China signed a memorandum on roads in Belgrade.',
  'The president will visit Beijing next year, the ministry said.',
].join('\n\n') + '\n';

function writeArticle(dir: string, id: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${id}.txt`), text);
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ title: `Article ${id}`, published: '2020-05-01' }));
}

/** Runs the report on the synthetic corpus: sources/articles, and a later batch and a copy of alpha under fixtures. */
function runReport(json: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'lexicon-report-'));
  try {
    const reference = syntheticReference(root);
    const sources = join(root, 'sources', 'articles');
    const fixtures = join(root, 'fixtures');
    writeArticle(sources, 'alpha', alpha);
    writeArticle(join(fixtures, 'corpus', 'batch-1', 'articles'), 'beta', beta);
    writeArticle(join(fixtures, 'corpus', 'batch-1', 'articles'), 'gamma', alpha); // same text as alpha: counted once
    writeArticle(join(fixtures, 'notes'), 'delta', 'A Chinese company opened a tractor plant in a folder that holds no articles.\n');
    const args = ['--import', 'tsx', 'pipeline/tools/lexicon-report.ts', ...(json ? ['--json'] : []), sources, fixtures];
    return spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, REFERENCE_DIR: reference } });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('lexicon report counts distinct articles and sentences per trigger and cue, lists one-sentence rules, counts silent rules as 0', () => {
  const run = runReport(true);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { corpus: { folders: string[]; articles: number; sentences: number; duplicates: string[] }; summary: Record<string, Record<string, number>>; rules: RuleBreadth[] };
  assert.equal(report.corpus.folders.length, 2, 'sources/articles and the batch folder; not fixtures/notes');
  assert.equal(report.corpus.articles, 2);
  assert.equal(report.corpus.sentences, 5);
  assert.equal(report.corpus.duplicates.length, 1);
  const rule = (id: string) => {
    const row = report.rules.find((r) => r.id === id);
    assert.ok(row, `no row for ${id}`);
    return row;
  };
  assert.deepEqual([rule('agreement/signed').articles, rule('agreement/signed').sentences], [2, 3]);
  assert.deepEqual([rule('agreement/signed #2').articles, rule('agreement/signed #2').sentences], [1, 1]);
  const plant = rule('investment/plant');
  assert.equal(plant.sentences, 1);
  assert.match(plant.only!.sentence, /opened a tractor plant near Minsk/);
  assert.equal(rule('aid/zebra').sentences, 0);
  assert.equal(rule('aid/zebra').articles, 0);
  // The pattern matches "visit", but the keyword pre-check (as in the extractor) stops it: 0, and one keyword miss.
  assert.deepEqual([rule('visit/trip').sentences, rule('visit/trip').keyword_misses], [0, 1]);
  assert.equal(rule('will').sentences, 1);
  assert.equal(rule('plans to').sentences, 0);
  assert.equal(rule('President').sentences, 0, 'role titles match case-sensitively, as in the extractor');
  assert.deepEqual([rule('(last|next) year').articles, rule('(last|next) year').sentences], [2, 2]);
  assert.equal(rule('(?<n>\\d+)-member delegation').sentences, 0);
  assert.ok(!report.rules.some((r) => r.id === 'one'), 'dictionaries are not cue lists');
  assert.deepEqual(report.summary.triggers, { rules: 5, zero: 2, one_sentence: 2, two_or_more_articles: 1 });
  assert.deepEqual(report.summary.cues, { rules: 5, zero: 3, one_sentence: 1, two_or_more_articles: 1 });
  const order = report.rules.map((r) => r.articles * 1000 + r.sentences);
  assert.deepEqual(order, [...order].sort((a, b) => b - a), 'broadest first');
});

test('lexicon report as text names each one-sentence rule with its sentence and the rules that fire nowhere', () => {
  const run = runReport(false);
  assert.equal(run.status, 0, run.stderr);
  const oneSentence = run.stdout.slice(run.stdout.indexOf('one sentence only ('), run.stdout.indexOf('fire nowhere'));
  assert.match(oneSentence, /investment\/plant\n\s+\S*alpha\.txt: "A Chinese company opened a tractor plant near Minsk\."/);
  assert.match(oneSentence, /forecast_cues will\n/);
  assert.doesNotMatch(oneSentence, /agreement\/signed\n/);
  assert.match(run.stdout, /Rules that fire nowhere \(5\):[\s\S]*trigger aid: aid\/zebra/);
  assert.match(run.stdout, /fire on 1 sentence only\s+2\s+1\n/);
});

test('lexicon report counts the lists nested in an object and the phrases of a phrase-to-number table, not dictionaries or notes', async () => {
  const { cueLists } = await import('../pipeline/tools/lexicon-report.ts');
  const lists = Object.fromEntries(cueLists({
    forecast_cues: ['will'],
    comparison_base_cues: { _note: 'x', cues: ['compared with'], fillers: ['the'] },
    person_anaphors: { note: 'y', pronouns: ['he'] },
    fraction_percents: { _note: 'z', 'a quarter': 25 },
    number_words: { one: 1 },
    months: { january: 1 },
    caption_marker: 'Photo',
  }));
  assert.deepEqual(lists, {
    forecast_cues: ['will'],
    'comparison_base_cues.cues': ['compared with'],
    'comparison_base_cues.fillers': ['the'],
    'person_anaphors.pronouns': ['he'],
    fraction_percents: ['a quarter'],
  });
});
