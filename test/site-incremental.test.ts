/**
 * The site changes only where the records do (issue 10, a touched article among 2,000): a page per fact or per source
 * carries no release-wide value, so another fact, the version or the date of the data leave its bytes as they were;
 * and the stages write only the files whose bytes changed, leaving the others (and their inodes, which the release
 * links) as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRecords } from './helpers.ts';
import { syntheticCorpus } from './lib/synthetic-site.ts';
import { sitePageFiles, overviewEntries, type SiteData } from '../pipeline/site/build.ts';
import { siteModel } from '../pipeline/site/model.ts';
import { writeChangedFiles } from '../pipeline/site/write.ts';
import type { RecordsFile } from '../pipeline/lib/records.ts';
import { releaseOf } from '../pipeline/lib/release.ts';

/** The pages stage's files as path → text. */
function pages(records: RecordsFile, texts: Map<string, string>): Map<string, string> {
  return new Map([...sitePageFiles(siteModel(records, texts))].map(([path, data]) => [path, Buffer.from(bytes(data)).toString('latin1')]));
}
const bytes = (data: SiteData): Uint8Array => {
  if (typeof data === 'string') return Buffer.from(data);
  if (data instanceof Uint8Array) return data;
  if ('linkTo' in data) return readFileSync(data.linkTo);
  return Buffer.concat([...data].map((d) => Buffer.from(d)));
};

test('a page per fact or per source depends only on its fact or source: another fact, the version and the date of the data leave it as it was', () => {
  const { records, texts } = syntheticCorpus(loadRecords(), 200);
  const gone = records.tables.events[5];
  const changed: RecordsFile = {
    ...records,
    version: 'another-version',
    data_as_of: '2030-01-01',
    tables: { ...records.tables, events: records.tables.events.filter((e) => e !== gone), mentions: records.tables.mentions.filter((m) => m.event_id !== gone.event_id) },
  };
  const [before, after] = [pages(records, texts), pages(changed, texts)];
  const differing = [...before.keys()].filter((path) => before.get(path) !== after.get(path)).sort();
  assert.deepEqual(differing, ['assets/facts-data.js', `fact/${gone.event_id}.html`, 'facts.html', `source/${gone.source_id}.html`],
    'only the table, the fact that went and its source page may change');
  assert.ok(!after.has(`fact/${gone.event_id}.html`));
  const [releaseBefore, releaseAfter] = [releaseOf(records), releaseOf(changed)];
  for (const [path, html] of after) {
    if (!/^(fact|source)\//.test(path)) continue;
    assert.ok(!html.includes(releaseBefore) && !html.includes(releaseAfter) && !html.includes('another-version'), `${path} prints the version`);
    assert.match(html, /See the <a href="[^"]*index.html">overview<\/a> for this release/, `${path} links to the overview for the version`);
  }
  assert.ok(after.get('facts.html')!.includes(releaseAfter), 'the facts table prints the release');
});

/** inode and modification time of a file. */
const identity = (path: string) => {
  const s = statSync(path);
  return `${s.ino}/${s.mtimeMs}`;
};

test('the site stages write only the files whose bytes changed, remove their own stale files, and leave the other stage\'s', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'site-write-')), 'site');
  try {
    const big = 'x'.repeat(200_000);
    const download = join(dir, '..', 'events.csv');
    writeFileSync(download, 'event_id\n');
    const first: [string, SiteData][] = [
      ['facts.html', 'table v1'],
      ['fact/a.html', 'page a'],
      ['fact/b.html', 'page b'],
      ['source/s.html', ['head ', big, ' tail']],
      ['assets/x.bin', new Uint8Array([1, 2, 3])],
    ];
    const pagesStage = (entry: string) => !overviewEntries.includes(entry);
    assert.deepEqual(writeChangedFiles(dir, first, pagesStage, 'facts.html'), { written: 5, kept: 0, removed: 0 });
    // the other stage's files, one of them half-written
    mkdirSync(join(dir, 'downloads'));
    writeFileSync(join(dir, 'index.html'), 'overview');
    writeFileSync(join(dir, '.index.html.99.tmp'), 'overview being written');
    const before = Object.fromEntries(['fact/a.html', 'fact/b.html', 'source/s.html', 'assets/x.bin', 'facts.html'].map((p) => [p, identity(join(dir, p))]));

    const second: [string, SiteData][] = [
      ['facts.html', 'table v1'],
      ['fact/a.html', 'page a'],
      ['source/s.html', ['head ', big, ' tail, longer']],
      ['assets/x.bin', new Uint8Array([1, 2, 3])],
      ['fact/c.html', 'page c'],
    ];
    assert.deepEqual(writeChangedFiles(dir, second, pagesStage, 'facts.html'), { written: 3, kept: 2, removed: 1 });
    assert.equal(identity(join(dir, 'fact/a.html')), before['fact/a.html'], 'an unchanged page is not rewritten');
    assert.equal(identity(join(dir, 'assets/x.bin')), before['assets/x.bin']);
    assert.notEqual(identity(join(dir, 'facts.html')), before['facts.html'], 'the target is written every time');
    assert.notEqual(identity(join(dir, 'source/s.html')), before['source/s.html']);
    assert.equal(readFileSync(join(dir, 'source/s.html'), 'utf8'), `head ${big} tail, longer`);
    assert.ok(!existsSync(join(dir, 'fact/b.html')), 'a page of a fact that went is removed');
    assert.deepEqual(readdirSync(dir).sort(), ['.index.html.99.tmp', 'assets', 'downloads', 'fact', 'facts.html', 'index.html', 'source'], 'the overview\'s files are left alone');

    // shorter, and a prefix of the old bytes; then a download linked, and linked again only when its file changed
    writeChangedFiles(dir, [['facts.html', 't'], ['source/s.html', ['head ', big]]], pagesStage, 'facts.html');
    assert.equal(readFileSync(join(dir, 'source/s.html'), 'utf8'), `head ${big}`);
    assert.ok(!existsSync(join(dir, 'fact')), 'stale pages removed, and their folder once empty');
    const overview = (entry: string) => overviewEntries.includes(entry);
    assert.deepEqual(writeChangedFiles(dir, [['index.html', 'o'], ['downloads/csv/events.csv', { linkTo: download }]], overview, 'index.html'), { written: 2, kept: 0, removed: 1 });
    assert.ok(!existsSync(join(dir, '.index.html.99.tmp')), 'the overview stage removes its own leftover temporary file');
    assert.equal(statSync(join(dir, 'downloads/csv/events.csv')).ino, statSync(download).ino, 'a download is a link to the published file');
    assert.deepEqual(writeChangedFiles(dir, [['index.html', 'o'], ['downloads/csv/events.csv', { linkTo: download }]], overview, 'index.html'), { written: 1, kept: 1, removed: 0 });
    assert.ok(existsSync(join(dir, 'source/s.html')), 'and leaves the pages stage\'s files');
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
});

test('the overview names one release: the footer\'s version is the citation\'s and the data package\'s', () => {
  const { records, texts } = syntheticCorpus(loadRecords(), 20);
  const html = pages(records, texts).get('facts.html')!;
  const versions = new Set([...html.matchAll(/version ([0-9a-f+-]{8,})/g)].map((m) => m[1]));
  assert.deepEqual([...versions], [releaseOf(records)], html.slice(-1500));
});
