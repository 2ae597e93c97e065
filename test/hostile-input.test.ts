/**
 * Hostile and broken input (issue 12): every class of bad input is refused at the door with one message per
 * problem naming the file, the field, what was found and an example of what is expected, all problems listed
 * together, nothing written and no stack trace. The README's table "Bad input" points at these tests by name.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messages } from '../pipeline/lib/messages.ts';
import { ingestArticle } from '../pipeline/ingest.ts';
import { checkArticlePair, formatProblem, MAX_CELL, urlProblem, type Problem } from '../pipeline/ingest/validate.ts';
import { calendarDateProblem } from '../pipeline/ingest/dates.ts';
import { firstInvalidUtf8Byte } from '../pipeline/ingest/encoding.ts';
import { sourcesProblems } from '../pipeline/ingest/check-sources.ts';
import { PipelineError } from '../pipeline/lib/errors.ts';

const GOOD = 'Chinese Premier Wen Jiabao visited Belarus in November 2007. Belarus and China signed 5 agreements worth $1bn in 2008.';
const META = { title: 'Good', published: '2011-03-01' };

const roots: string[] = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A fresh folder holding the given files (a string or object body is written as text or JSON). */
function folder(files: Record<string, string | Buffer | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  roots.push(dir);
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  }
  return dir;
}

/** The problems of article `a` in a folder of the given files. */
function problemsOf(files: Record<string, string | Buffer | object>, id = 'a'): { dir: string; problems: Problem[] } {
  const dir = folder(files);
  return { dir, problems: checkArticlePair(dir, id).problems };
}

/** Runs a pipeline script as the Makefile does, with a time limit so a hang fails the test. */
function run(script: string, args: string[]) {
  return spawnSync('node', ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 20_000 });
}

test('impossible dates are refused with an example, not a regular expression', () => {
  for (const bad of ['2011-13-01', '2011-02-30', '2016-13', '2099-99-99', '0000-00-00', '2011-2-3', '11-03-2011', '2011-02-29', '1899-12-31']) {
    assert.notEqual(calendarDateProblem(bad), null, bad);
  }
  for (const good of ['2011', '2011-03', '2011-03-26', '2012-02-29', '2000-02-29', '1992-01-20']) assert.equal(calendarDateProblem(good), null, good);
  const { dir, problems } = problemsOf({ 'a.txt': GOOD, 'a.json': { title: 'T', published: '2099-99-99' } });
  assert.equal(problems.length, 1);
  const message = formatProblem(problems[0]);
  assert.ok(message.startsWith(`${join(dir, 'a.json')}: published: found "2099-99-99"`), message);
  assert.ok(message.includes('2019-04-30'), message);
  assert.doesNotMatch(message, /\^|\[0-9\]|\\d/);
});

test('a title with no visible text is refused: whitespace only, zero-width only, empty, not text', () => {
  for (const title of ['   ', '\u200b\u200d', '', 42]) {
    const { problems } = problemsOf({ 'a.txt': GOOD, 'a.json': { title, published: '2011' } });
    assert.deepEqual(problems.map((p) => p.field), ['title'], String(title));
  }
  assert.match(formatProblem(problemsOf({ 'a.txt': GOOD, 'a.json': { title: ' \u200b ', published: '2011' } }).problems[0]), /found " \\u\{200B\} " \(no visible character\)/);
});

test('metadata urls are limited to http(s): javascript:, file:, UNC, data:, mailto:, credentials and bare words are refused', () => {
  for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', '\\\\server\\share\\a.txt', 'data:text/html,<b>x</b>', 'mailto:a@b.c', 'https://user:pw@example.com/', 'www.example.com', 'https://exa mple.com', 'http://']) {
    assert.notEqual(urlProblem(bad), null, bad);
  }
  for (const good of ['https://belarusdigest.com/', 'http://data.minsk.by/belarusnews/032011/377.html']) assert.equal(urlProblem(good), null, good);
  const { problems } = problemsOf({ 'a.txt': GOOD, 'a.json': { ...META, url: 'javascript:alert(1)' } });
  assert.deepEqual(problems.map((p) => p.field), ['url']);
  assert.match(formatProblem(problems[0]), /expected an http or https address such as https:\/\//);
});

test('controls and non-characters in the text are refused with their position (tab, CR and LF allowed)', () => {
  for (const [bad, shown] of [['\u0000', 'U+0000'], ['\u0007', 'U+0007'], ['\u000b', 'U+000B'], ['\u007f', 'U+007F'], ['\u0085', 'U+0085'], ['\ufffe', 'U+FFFE'], ['\uffff', 'U+FFFF'], ['\ufdd0', 'U+FDD0'], ['\u{10ffff}', 'U+10FFFF']]) {
    const { problems } = problemsOf({ 'a.txt': `First line.\nBelarus and${bad} China.`, 'a.json': META });
    assert.equal(problems.length, 1, shown);
    assert.ok(formatProblem(problems[0]).includes(`found ${shown}`) && formatProblem(problems[0]).includes('line 2, column 12'), formatProblem(problems[0]));
  }
  assert.deepEqual(problemsOf({ 'a.txt': `\uFEFF${GOOD}\r\n\tIndented.\r\n`, 'a.json': META }).problems, []);
  const many = problemsOf({ 'a.txt': `${GOOD}${'\u0000'.repeat(50)}`, 'a.json': META }).problems;
  assert.match(formatProblem(many[0]), /and 47 more/);
});

test('controls, non-characters and lone surrogates in metadata are refused, naming the field', () => {
  const { problems } = problemsOf({ 'a.txt': GOOD, 'a.json': '{"title": "A\\u0000B", "published": "2011", "author": "X\\uffffY", "notes": {"where": "\\ud800"}}' });
  assert.deepEqual(problems.map((p) => p.field), ['title', 'author', 'notes.where']);
});

test('UTF-16 with or without a byte-order mark is refused as not UTF-8', () => {
  const le = Buffer.from(GOOD, 'utf16le');
  for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le, Buffer.from(GOOD, 'utf16le').swap16()]) {
    const { problems } = problemsOf({ 'a.txt': bytes, 'a.json': META });
    assert.equal(problems.length, 1);
    assert.match(formatProblem(problems[0]), /a\.txt: encoding: found UTF-16 text .*; expected UTF-8 text/);
  }
});

test('a text of only invisible characters is refused like an empty one', () => {
  for (const text of ['', '  \n\n ', '\u200b\u200c\u200d\u2060\ufeff', '\u00a0\u3000']) {
    const { problems } = problemsOf({ 'a.txt': text, 'a.json': META });
    assert.deepEqual(problems.map((p) => p.field), ['text'], JSON.stringify(text));
    assert.match(formatProblem(problems[0]), /expected the article's text/);
  }
});

test('Latin-1 metadata is refused, not turned into U+FFFD', () => {
  const { dir, problems } = problemsOf({ 'a.txt': GOOD, 'a.json': Buffer.from('{"title": "Caf\xe9 diplomacy", "published": "2011"}', 'latin1') });
  assert.equal(problems.length, 1);
  assert.equal(formatProblem(problems[0]), messages.inputProblem(join(dir, 'a.json'), 'encoding', 'bytes that are not UTF-8 (first bad byte: 0xE9 at byte 14, line 1, which looks like Latin-1 or Windows-1252)', messages.expectedUtf8()));
});

test('the invalid-UTF-8 position is exact in non-ASCII text and agrees with TextDecoder', () => {
  const good = Buffer.from('Минск и Пекин — 明斯克. '.repeat(1700)); // ~50 kB of 2- and 3-byte characters
  const bytes = Buffer.concat([good, Buffer.from([0xc3, 0x28]), Buffer.from(' tail')]);
  assert.equal(firstInvalidUtf8Byte(bytes), good.length);
  const { problems } = problemsOf({ 'a.txt': bytes, 'a.json': META });
  assert.ok(formatProblem(problems[0]).includes(`at byte ${good.length},`), formatProblem(problems[0]));
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pieces = [[0x41], [0xc3, 0xa9], [0xe6, 0x98, 0x8e], [0xf0, 0x9f, 0x98, 0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe6, 0x98], [0x80], [0xff]];
  for (let n = 0; n < 400; n++) {
    const sample = Buffer.from(Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).flat());
    const bad = firstInvalidUtf8Byte(sample);
    let decodes = true;
    try { new TextDecoder('utf-8', { fatal: true }).decode(sample); } catch { decodes = false; }
    assert.equal(bad === -1, decodes, sample.toString('hex'));
    if (bad > 0) new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, bad)); // the prefix before it is UTF-8
  }
});

test('a JSON file with a byte-order mark is read (the mark is dropped), and its fields still checked', () => {
  assert.deepEqual(problemsOf({ 'a.txt': GOOD, 'a.json': `\uFEFF${JSON.stringify(META)}` }).problems, []);
  const { problems } = problemsOf({ 'a.txt': GOOD, 'a.json': `\uFEFF{"title": "T", "published": "2011-13"}` });
  assert.deepEqual(problems.map((p) => p.field), ['published']);
});

test('a symbolic link leading outside SOURCES is refused; one inside is followed', () => {
  const dir = folder({ 'a.json': META, 'b.json': META, 'real.txt': GOOD });
  const outside = folder({ 'secret.txt': GOOD });
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'a.txt'));
  symlinkSync(join(dir, 'real.txt'), join(dir, 'b.txt'));
  const problems = checkArticlePair(dir, 'a').problems;
  assert.equal(problems.length, 1);
  assert.match(formatProblem(problems[0]), /a\.txt: file: found a symbolic link to .*secret\.txt, outside the sources folder; expected a file inside/);
  assert.deepEqual(checkArticlePair(dir, 'b').problems, []);
});

test('a source outside the repository is published by its file name, never its absolute path', () => {
  const dir = folder({ 'a.txt': GOOD, 'a.json': META });
  assert.equal(ingestArticle(dir, 'a').path, 'a.txt');
});

test('a field longer than a spreadsheet cell is caught at the door, naming the article', () => {
  const { dir, problems } = problemsOf({ 'a.txt': GOOD, 'a.json': { title: 'T'.repeat(MAX_CELL + 1), published: '2011', publisher: 'P' } });
  assert.deepEqual(problems.map((p) => [p.file, p.field]), [[join(dir, 'a.json'), 'title']]);
  assert.match(formatProblem(problems[0]), /found 32768 characters; expected at most 32,767 characters/);
});

test('a sentence longer than a spreadsheet cell stops ingest before anything is written, naming the article', () => {
  const list = Array.from({ length: 3500 }, (_, i) => `Minsk${i}`).join(', ');
  const dir = folder({ 'a.txt': `Belarus and China signed agreements with ${list}. Then it ended.`, 'a.json': META });
  const expected = new RegExp(`${join(dir, 'a.txt')}: text: found a sentence of \\d+ characters at line 1, column 1; expected sentences of at most 32,767`);
  assert.throws(() => ingestArticle(dir, 'a'), (e: unknown) => e instanceof PipelineError && expected.test(e.message));
});

test('all problems of an article are listed together, one a line, with no stack trace', () => {
  const dir = folder({ 'a.txt': `${GOOD}\u0000`, 'a.json': { title: ' ', published: '2011-02-30', url: 'file:///etc/passwd' } });
  const r = run('pipeline/ingest.ts', [dir, 'a', join(dir, 'out.json')]);
  assert.equal(r.status, 1);
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('  - '));
  assert.equal(lines.length, 4, r.stderr);
  assert.ok(r.stderr.startsWith('error [ingest]: 4 problems in the input; nothing was written.'), r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.equal(existsSync(join(dir, 'out.json')), false);
});

test('a FIFO, a folder or an over-long id given to ingest is refused at once, never opened or hung on', () => {
  const dir = folder({ 'f.json': META, 'd.json': META });
  assert.equal(spawnSync('mkfifo', [join(dir, 'f.txt')]).status, 0);
  mkdirSync(join(dir, 'd.txt'));
  const r = run('pipeline/ingest.ts', [dir, 'f', join(dir, 'out.json')]);
  assert.equal(r.status, 1, `${r.stderr}${r.error ?? ''}`);
  assert.ok(r.stderr.includes(`${join(dir, 'f.txt')}: file: found a named pipe (FIFO); expected a regular file`), r.stderr);
  assert.match(formatProblem(checkArticlePair(dir, 'd').problems[0]), /d\.txt: file: found a folder; expected a regular file/);
  const long = 'x'.repeat(238);
  const { problems } = problemsOf({ [`${long}.txt`]: GOOD, [`${long}.json`]: META }, long);
  assert.deepEqual(problems.map((p) => p.field), ['file name']);
});

test('an unreadable file is refused with a message (skipped when running as root, who reads anything)', { skip: process.getuid?.() === 0 }, () => {
  const dir = folder({ 'a.txt': GOOD, 'a.json': META });
  chmodSync(join(dir, 'a.txt'), 0);
  assert.match(formatProblem(checkArticlePair(dir, 'a').problems[0]), /no permission to read/);
});

test('a missing half of a pair, malformed JSON and a list instead of an object are problems of the pair', () => {
  assert.deepEqual(problemsOf({ 'a.txt': GOOD }).problems.map((p) => [p.field, p.found.startsWith('no ')]), [['file', true]]);
  assert.deepEqual(problemsOf({ 'a.json': META }).problems.map((p) => [p.field, p.found.startsWith('no ')]), [['file', true]]);
  assert.deepEqual(problemsOf({ 'a.txt': GOOD, 'a.json': '{"title": ' }).problems.map((p) => p.field), ['JSON syntax']);
  assert.deepEqual(problemsOf({ 'a.txt': GOOD, 'a.json': '[1]' }).problems.map((p) => p.field), ['(whole file)']);
  assert.deepEqual(problemsOf({ 'a.txt': GOOD, 'a.json': { published: '2011', language: 'english!!' } }).problems.map((p) => p.field), ['title', 'language']);
});

test('the sources check lists every name make cannot carry, and every pair problem, in one run', () => {
  const dir = folder({
    'good.txt': GOOD, 'good.json': META,
    'my article.txt': GOOD, 'a$b.txt': GOOD, 'a:b.json': META, 'X.TXT': GOOD, 'Upper.txt': GOOD, '.hidden.txt': GOOD,
    'lonely.txt': GOOD, 'README.md': '# notes', '.DS_Store': '',
    'bad-date.txt': GOOD, 'bad-date.json': { title: 'T', published: '2011-02-30' },
  });
  mkdirSync(join(dir, 'x.txt'));
  writeFileSync(join(dir, 'x.json'), JSON.stringify(META));
  const files = sourcesProblems(dir).map((p) => `${p.file.slice(dir.length + 1)} ${p.field}`);
  assert.deepEqual(files, [
    '.hidden.txt file name', 'Upper.txt file name', 'X.TXT file name', 'a$b.txt file name', 'a:b.json file name', 'my article.txt file name',
    'bad-date.json published', 'lonely.txt file', 'x.txt file',
  ]);
  assert.deepEqual(sourcesProblems(folder({ 'good.txt': GOOD, 'good.json': META })), []);
  const r = run('pipeline/ingest/check-sources.ts', [dir]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error \[check\]: 9 problems in the input/);
});

test('ingest of a well-formed article is not affected by the checks', () => {
  const dir = folder({ 'a.txt': `\uFEFF${GOOD}\r\n\r\nWen said: «明斯克 👍».`, 'a.json': { ...META, url: 'https://example.org/a', language: 'en' } });
  const article = ingestArticle(dir, 'a');
  assert.equal(article.text, readFileSync(join(dir, 'a.txt'), 'utf8'));
  assert.ok(article.sentences.length >= 2);
  assert.throws(() => ingestArticle(folder({ 'a.txt': GOOD, 'a.json': { title: 'T' } }), 'a'), (e: unknown) => e instanceof PipelineError && /published: found no publication date/.test(e.message));
});

test("the README's table of bad input names only tests that exist", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Bad input'), readme.indexOf('## How it works'));
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Bad input') && !l.startsWith('|---'));
  assert.ok(rows.length >= 20, `the table should list the classes of bad input (found ${rows.length} rows)`);
  for (const row of rows) {
    const cell = row.split(' | ').at(-1)!.replace(/ \|$/, '');
    const file = /`(test\/[\w.-]+\.ts)`/.exec(cell)?.[1] ?? 'test/hostile-input.test.ts';
    const name = cell.replace(/^`[^`]+`(: )?/, '').replace(/ \(.*\)$/, '');
    const source = readFileSync(file, 'utf8');
    if (name) assert.ok(source.includes(`test('${name}`) || source.includes(`test("${name}`), `${file} has no test named "${name}…"`);
  }
});

test('every metadata field of the schema, given a number or text of the wrong form, is refused by name with an example, never a regular expression', () => {
  const schema = JSON.parse(readFileSync('schemas/article-metadata.schema.json', 'utf8')) as { properties: Record<string, { pattern?: string }> };
  const regex = /\^|\[0-9\]|\\d|\$"|must match/;
  for (const [field, spec] of Object.entries(schema.properties)) {
    const bad: unknown[] = [5, ...(spec.pattern ? ['April 30, 2019'] : [])];
    for (const value of bad) {
      const { problems } = problemsOf({ 'a.txt': GOOD, 'a.json': { ...META, [field]: value } });
      assert.deepEqual(problems.map((p) => p.field), [field], `${field}: ${JSON.stringify(value)}`);
      const message = formatProblem(problems[0]);
      assert.doesNotMatch(message, regex, message);
      assert.match(message, /such as|written|e\.g\.|: [0-9]{4}/, `no example in: ${message}`);
    }
  }
  const retrieved = formatProblem(problemsOf({ 'a.txt': GOOD, 'a.json': { ...META, retrieved: '2026-11-30T10:00:00Z' } }).problems[0]);
  assert.match(retrieved, /retrieved: found "2026-11-30T10:00:00Z" .*expected .*written 2026-11-30/);
});
