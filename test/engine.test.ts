/**
 * The build engine (issue 10): the article set is an input, and the output set is published all at once.
 * Each test builds a tiny corpus of two articles with `make` into its own temporary SOURCES, OUT and BUILD.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messages } from '../pipeline/lib/messages.ts';

const META = (title: string) => JSON.stringify({ title, published: '2011-03-01' });
const TEXT = (year: number) => `Chinese Premier Wen Jiabao visited Belarus in November ${year}. Belarus and China signed 5 agreements worth US$1.2 billion in March ${year + 1}.\n`;

interface Corpus { root: string; src: string; out: string; build: string }

/** A temporary corpus of articles `one` and `two`, with an OUT and a BUILD beside it. */
function corpus(t: import('node:test').TestContext, name = 'engine-'): Corpus {
  const root = mkdtempSync(join(tmpdir(), name));
  t.after(() => { spawnSync('umount', [join(root, 'disk')]); spawnSync('chmod', ['-R', 'u+w', root]); rmSync(root, { recursive: true, force: true }); });
  const src = join(root, 'articles');
  mkdirSync(src);
  writeArticle(src, 'one', 2007);
  writeArticle(src, 'two', 2008);
  return { root, src, out: join(root, 'out'), build: join(root, 'build') };
}

function writeArticle(dir: string, id: string, year: number): void {
  writeFileSync(join(dir, `${id}.txt`), TEXT(year));
  writeFileSync(join(dir, `${id}.json`), META(id));
}

/** Runs make with the corpus's folders (and any extra variables or environment); never reinstalls packages. */
function make(c: Corpus, vars: Record<string, string> = {}, env: Record<string, string> = {}) {
  const args = ['--no-print-directory', '-o', 'node_modules/.installed', 'all', ...Object.entries({ SOURCES: c.src, OUT: c.out, BUILD: c.build, ...vars }).map(([k, v]) => `${k}=${v}`)];
  return spawnSync('make', args, { encoding: 'utf8', env: { ...process.env, ...env } });
}

function ok(r: ReturnType<typeof make>): void {
  assert.equal(r.status, 0, `make failed:\n${r.stdout}\n${r.stderr}`);
}

/** Every file under `dir` (relative path → base64 bytes); {} when the folder does not exist. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
    .map((d) => [join(d.parentPath, d.name).slice(dir.length), readFileSync(join(d.parentPath, d.name)).toString('base64')]));
}

/** The source ids and checksums listed in the published sources.csv. */
function publishedSources(out: string): string[] {
  return readFileSync(join(out, 'csv', 'sources.csv'), 'utf8').trim().split('\r\n').slice(1).map((l) => l.split(',')[0]).sort();
}

test('the article set is an input: added, removed, renamed, older timestamp and another SOURCES all change the published tables', (t) => {
  const c = corpus(t);
  ok(make(c));
  assert.deepEqual(publishedSources(c.out), ['one', 'two']);
  assert.match(make(c).stdout, /Nothing to be done for 'all'/, 'a second make has work to do');

  // added, with a timestamp older than the last build (as cp -p, unzip or a checkout leave it)
  writeArticle(c.src, 'three', 2009);
  const old = new Date('2001-01-01T00:00:00Z');
  for (const f of ['three.txt', 'three.json']) utimesSync(join(c.src, f), old, old);
  let r = make(c);
  ok(r);
  assert.match(r.stdout, /extract +1 of 3 article/);
  assert.deepEqual(publishedSources(c.out), ['one', 'three', 'two']);

  // removed
  rmSync(join(c.src, 'two.txt'));
  rmSync(join(c.src, 'two.json'));
  ok(make(c));
  assert.deepEqual(publishedSources(c.out), ['one', 'three']);

  // renamed: the article keeps its text under a new id
  renameSync(join(c.src, 'three.txt'), join(c.src, 'four.txt'));
  renameSync(join(c.src, 'three.json'), join(c.src, 'four.json'));
  ok(make(c));
  assert.deepEqual(publishedSources(c.out), ['four', 'one']);

  // replaced by a different text carrying an older timestamp than the build
  const before = readFileSync(join(c.out, 'csv', 'events.csv'), 'utf8');
  writeFileSync(join(c.src, 'one.txt'), TEXT(2003));
  utimesSync(join(c.src, 'one.txt'), old, old);
  r = make(c);
  ok(r);
  assert.match(r.stdout, /extract +1 of 2 article/);
  assert.notEqual(readFileSync(join(c.out, 'csv', 'events.csv'), 'utf8'), before);
  assert.match(readFileSync(join(c.out, 'csv', 'events.csv'), 'utf8'), /November 2003/);

  // another SOURCES into the same OUT, even through the same build folder
  const other = join(c.root, 'other');
  mkdirSync(other);
  writeArticle(other, 'five', 2010);
  ok(make(c, { SOURCES: other }));
  assert.deepEqual(publishedSources(c.out), ['five']);
});

test('touching an article without changing it re-extracts nothing; a rule change re-extracts every article', (t) => {
  const c = corpus(t);
  ok(make(c));
  const later = new Date(Date.now() + 5000);
  utimesSync(join(c.src, 'two.txt'), later, later);
  const r = make(c);
  ok(r);
  assert.match(r.stdout, /extract +0 of 2 article/);
  assert.doesNotMatch(r.stdout, /normalise/, 'an unchanged set must not rebuild the tables');
  const ref = join(c.root, 'reference');
  cpSync('sources/reference', ref, { recursive: true });
  const r2 = make(c, { REFERENCE: ref });
  ok(r2);
  assert.match(r2.stdout, /extract +0 of 2 article/, 'a copy of the same rules is the same rules');
  const lexicon = JSON.parse(readFileSync(join(ref, 'lexicon.json'), 'utf8'));
  writeFileSync(join(ref, 'lexicon.json'), JSON.stringify({ ...lexicon }, null, 1));
  const r3 = make(c, { REFERENCE: ref });
  ok(r3);
  assert.match(r3.stdout, /extract +2 of 2 article/);
});

test('a missing or empty SOURCES, and an OUT inside SOURCES, are refused with a message saying so', (t) => {
  const c = corpus(t);
  const missing = join(c.root, 'nowhere');
  let r = make(c, { SOURCES: missing });
  assert.notEqual(r.status, 0);
  assert.ok(r.stderr.includes(messages.noArticles(missing)), r.stderr);
  const empty = join(c.root, 'empty');
  mkdirSync(empty);
  r = make(c, { SOURCES: empty });
  assert.notEqual(r.status, 0);
  assert.ok(r.stderr.includes(messages.noArticles(empty)), r.stderr);
  for (const out of [c.src, join(c.src, 'out')]) {
    r = make(c, { OUT: out });
    assert.notEqual(r.status, 0);
    assert.ok(r.stderr.includes(messages.outInsideSources(out, c.src)), r.stderr);
  }
  assert.deepEqual(readdirSync(c.src).sort(), ['one.json', 'one.txt', 'two.json', 'two.txt']);
});

test('every file name make cannot carry is refused with one message naming it, never skipped', (t) => {
  const c = corpus(t);
  const bad = ['my article.txt', 'a$b.txt', 'a:b.txt', 'X.TXT', '.hidden.txt', 'notes.md', `${'a'.repeat(238)}.txt`];
  for (const f of bad) writeFileSync(join(c.src, f), 'text');
  mkdirSync(join(c.src, 'x.txt'));
  spawnSync('mkfifo', [join(c.src, 'f.txt')]);
  const r = make(c);
  assert.notEqual(r.status, 0);
  for (const f of [...bad, 'x.txt', 'f.txt']) assert.ok(r.stderr.includes(join(c.src, f)), `${f} not named in:\n${r.stderr}`);
  assert.ok(r.stderr.includes(messages.notARegularFile(join(c.src, 'f.txt'), 'a FIFO')));
  assert.ok(!existsSync(c.out), 'nothing may be published');
});

test('SOURCES and OUT paths with spaces work', (t) => {
  const c = corpus(t, 'engine space ');
  const build = mkdtempSync(join(tmpdir(), 'engine-build-')); // the build folder itself is a make target: no spaces there
  t.after(() => rmSync(build, { recursive: true, force: true }));
  const spaced = { ...c, out: join(c.root, 'my output'), build };
  ok(make(spaced));
  assert.deepEqual(publishedSources(spaced.out), ['one', 'two']);
});

test('a failure injected in each stage in turn leaves the previous set byte-identical, and a rerun recovers', (t) => {
  const c = corpus(t);
  ok(make(c));
  const before = snapshot(c.out);
  const stages = ['articles', 'normalise', 'publish', 'workbook', 'charts', 'chart-images', 'brief', 'site', 'site-overview'];
  stages.forEach((stage, i) => {
    writeArticle(c.src, 'two', 2000 + i); // a new text each time, so every stage has work to do
    const r = make(c, {}, { PIPELINE_FAIL_AFTER: stage });
    assert.notEqual(r.status, 0, stage);
    assert.ok(r.stderr.includes(messages.failureInjected(stage)), `${stage}: ${r.stderr}`);
    assert.deepEqual(snapshot(c.out), before, `a failure in ${stage} changed the published set`);
  });
  writeArticle(c.src, 'two', 2005);
  ok(make(c));
  assert.notDeepEqual(snapshot(c.out), before);
  assert.match(readFileSync(join(c.out, 'csv', 'events.csv'), 'utf8'), /November 2005/);
  assert.deepEqual(readdirSync(c.root).filter((f) => f.startsWith('.out.')), [], 'no temporary set left beside OUT');
});

test('an incremental run publishes the same bytes as a clean build, and leaves the pages that did not change as they were', (t) => {
  const c = corpus(t);
  writeArticle(c.src, 'three', 2009);
  ok(make(c));
  const page = (out: string, id: string) => join(out, 'site', 'source', `${id}.html`);
  const inode = (file: string) => statSync(file).ino;
  const [kept, changed] = [inode(page(c.out, 'one')), inode(page(c.out, 'two'))];
  const factPages = readdirSync(join(c.out, 'site', 'fact')).map((f): [string, number] => [join(c.out, 'site', 'fact', f), inode(join(c.out, 'site', 'fact', f))]);
  writeArticle(c.src, 'two', 2004); // one article's text changes
  ok(make(c));
  const clean = { ...c, out: join(c.root, 'clean-out'), build: join(c.root, 'clean-build') };
  ok(make(clean));
  const diff = spawnSync('diff', ['-r', c.out, clean.out], { encoding: 'utf8' });
  assert.equal(diff.status, 0, `the incremental run's set differs from a clean build's:\n${diff.stdout}${diff.stderr}`);
  assert.equal(inode(page(c.out, 'one')), kept, 'the page of an untouched source was written again');
  assert.notEqual(inode(page(c.out, 'two')), changed, 'the page of the changed source was not written');
  const untouched = factPages.filter(([file, ino]) => existsSync(file) && inode(file) === ino).length;
  assert.ok(untouched >= 4, `only ${untouched} of the untouched articles' fact pages kept their files`);
});

test('a run killed at any moment leaves either the previous set or the complete new one, and the next run completes it', async (t) => {
  const c = corpus(t);
  ok(make(c));
  const a = snapshot(c.out);
  writeArticle(c.src, 'two', 2005);
  ok(make(c));
  const b = snapshot(c.out);
  const sets = [a, b];
  let current = 1;
  for (const delay of [400, 1500, 3000, 5000]) {
    const next = 1 - current;
    writeArticle(c.src, 'two', next === 0 ? 2008 : 2005);
    const child = spawn('make', ['--no-print-directory', '-o', 'node_modules/.installed', 'all', `SOURCES=${c.src}`, `OUT=${c.out}`, `BUILD=${c.build}`], { detached: true, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, delay));
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already finished */ }
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the killed group's processes go
    const after = snapshot(c.out);
    assert.ok([sets[current], sets[next]].some((s) => JSON.stringify(s) === JSON.stringify(after)) || (Object.keys(after).length === 0 && existsSync(join(c.root, '.out.old'))),
      `killed after ${delay} ms: the output folder is neither the previous nor the new set`);
    ok(make(c));
    assert.deepEqual(snapshot(c.out), sets[next], `after a kill at ${delay} ms the rerun did not publish the new set`);
    current = next;
  }
});

test('a read-only OUT is refused and left as it was', (t) => {
  const c = corpus(t);
  ok(make(c));
  const before = snapshot(c.out);
  writeArticle(c.src, 'two', 2005);
  chmodSync(c.out, 0o555);
  const r = make(c);
  assert.notEqual(r.status, 0);
  assert.ok(r.stderr.includes(messages.outReadOnly(c.out)), r.stderr);
  assert.deepEqual(snapshot(c.out), before);
  chmodSync(c.out, 0o755);
  ok(make(c));
  assert.match(readFileSync(join(c.out, 'csv', 'events.csv'), 'utf8'), /November 2005/);
});

test('a full disk while publishing leaves the previous set byte-identical', (t) => {
  const c = corpus(t);
  ok(make(c));
  const size = Number(spawnSync('du', ['-sk', c.out], { encoding: 'utf8' }).stdout.split('\t')[0]);
  const disk = join(c.root, 'disk');
  mkdirSync(disk);
  // OUT on a small tmpfs: room for one output set and a tenth more, not for the new set's changed files beside it
  // (the release links the files that did not change instead of copying them, so a second set needs only those)
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(size * 1.1)}k`, 'tmpfs', disk], { encoding: 'utf8' });
  if (mount.status !== 0) return t.skip(`cannot mount a tmpfs here (${mount.stderr.trim()})`);
  const out = join(disk, 'out');
  cpSync(c.out, out, { recursive: true });
  ok(make(c, { OUT: out }));
  const before = snapshot(out);
  writeArticle(c.src, 'two', 2005);
  const r = make(c, { OUT: out });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /ENOSPC/);
  assert.ok(r.stderr.includes(messages.publishFailed(out, '').slice(0, 30)), r.stderr);
  assert.deepEqual(snapshot(out), before);
  assert.deepEqual(readdirSync(disk), ['out'], 'the partial copy was removed');
});
