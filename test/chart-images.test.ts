/**
 * The chart images stage: the PNG of each chart the manifest lists, the same bytes with or without its cache; the
 * cache is keyed by the SVG (and what else the PNG depends on), used when the key matches, and keeps only this run's PNGs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pngKey, renderPng } from '../pipeline/charts/png.ts';
import { outputDir } from './helpers.ts';

const built = join(outputDir(), 'charts');
const manifest = JSON.parse(readFileSync(join(built, 'charts.json'), 'utf8')) as { charts: { name: string; svg: string; png: string }[] };

/** A copy of the built charts folder without its PNGs. */
function chartsWithoutPngs(root: string): string {
  const dir = join(root, 'charts');
  cpSync(built, dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.png')) rmSync(join(dir, f));
  return dir;
}

function runStage(dir: string, cache?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/chart-images.ts', join(dir, 'charts.json'), ...(cache ? [cache] : [])], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  assert.equal(r.status, 0, r.stderr);
}

test('each chart\'s PNG is the built one, with the cache empty, filled, or not used', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'chart-images-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const dir = chartsWithoutPngs(root);
  const cache = join(root, 'cache');
  for (const use of ['empty cache', 'filled cache', 'no cache']) {
    runStage(dir, use === 'no cache' ? undefined : cache);
    for (const c of manifest.charts) assert.ok(readFileSync(join(dir, c.png)).equals(readFileSync(join(built, c.png))), `${c.png} differs (${use})`);
    for (const f of readdirSync(dir)) if (f.endsWith('.png')) rmSync(join(dir, f));
  }
  const keys = manifest.charts.map((c) => `${pngKey(readFileSync(join(built, c.svg), 'utf8'))}.png`).sort();
  assert.deepEqual(readdirSync(cache).sort(), keys, 'the cache holds one PNG per chart, named by its key');
});

test('a cached PNG is used only under its SVG\'s key, and the cache keeps only the PNGs of the last run', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'chart-images-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const dir = chartsWithoutPngs(root);
  const cache = join(root, 'cache');
  runStage(dir, cache);
  const [first] = manifest.charts;
  const svg = readFileSync(join(dir, first.svg), 'utf8');
  const key = `${pngKey(svg)}.png`;
  // an SVG one byte different has another key: its PNG is rendered, not taken from the cache
  const changed = svg.replace('</svg>', '<!-- changed --></svg>');
  assert.notEqual(pngKey(changed), pngKey(svg));
  writeFileSync(join(dir, first.svg), changed);
  writeFileSync(join(cache, 'stray.png'), 'not a chart of this run');
  runStage(dir, cache);
  assert.ok(readFileSync(join(dir, first.png)).equals(Buffer.from(renderPng(changed))), 'the changed SVG was not rendered');
  assert.ok(!existsSync(join(cache, key)), 'the PNG of the old SVG stayed in the cache');
  assert.ok(!existsSync(join(cache, 'stray.png')), 'a file of no chart of this run stayed in the cache');
  assert.ok(existsSync(join(cache, `${pngKey(changed)}.png`)));
});
