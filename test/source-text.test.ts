/**
 * The site reads source texts from their files when a page needs them (pipeline/site/source-text.ts): every code
 * point, every slice and every page must be what the text held in memory gives, across block boundaries and with
 * characters of two UTF-16 units; a file changed after it was opened stops the stage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { BLOCK, SourceText } from '../pipeline/site/source-text.ts';
import { highlightedTextHtml, passageHtml, toCodePoints } from '../pipeline/site/passages.ts';
import { renderPage, renderPageAround } from '../pipeline/site/pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'source-text-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** A text of about n code points mixing ASCII, Cyrillic, Chinese and astral characters, with line breaks. */
function mixedText(n: number): string {
  const words = ['Minsk', 'Пекин', '中白工业园', '😀', 'loan\n', '𝐁old', 'and', '🇧🇾🇨🇳', 'visit.'];
  const out: string[] = [];
  for (let i = 0, cps = 0; cps < n; i++) {
    const w = words[(i * 7 + (i >> 3)) % words.length];
    out.push(w, ' ');
    cps += Array.from(w).length + 1;
  }
  return out.join('');
}

test('code points and slices read from the file are those of the text in memory, across blocks', () => {
  const text = mixedText(3 * BLOCK + 123);
  const path = join(dir, 'mixed.txt');
  writeFileSync(path, text);
  const { text: fromFile, sha256 } = SourceText.open(path);
  const inMemory = toCodePoints(text);
  assert.equal(sha256, createHash('sha256').update(text).digest('hex'));
  assert.equal(fromFile.length, inMemory.length);
  for (let cp = -1; cp <= inMemory.length; cp += 37) assert.equal(fromFile.at(cp), inMemory.at(cp), `at ${cp}`);
  for (const [a, b] of [[0, 10], [BLOCK - 5, BLOCK + 5], [10, 3 * BLOCK + 50], [2 * BLOCK, 2 * BLOCK], [-20, -3], [inMemory.length - 3, inMemory.length + 9]]) assert.equal(fromFile.slice(a, b), inMemory.slice(a, b), `[${a}, ${b})`);
  for (const cp of [0, 500, BLOCK - 2, BLOCK + 1, 2 * BLOCK + 7, inMemory.length - 4]) assert.equal(passageHtml(fromFile, cp, cp + 3), passageHtml(inMemory, cp, cp + 3), `passage at ${cp}`);
  const spans = [[5, 40], [BLOCK - 10, BLOCK + 10], [BLOCK, BLOCK + 3], [3 * BLOCK, 3 * BLOCK + 100]].map(([start, end], i) => ({ start, end, href: `f${i}.html`, label: `fact ${i}` }));
  assert.equal(highlightedTextHtml(fromFile, spans), highlightedTextHtml(inMemory, spans));
});

test('a page written around its text in pieces is the page rendered whole', () => {
  const view = { site: { title: 'T <&> "q"' }, root: '../', scripts: [], nav: {}, pageTitle: 'A <source>', title: 'A <source>', fields: [], facts: [], factCount: 0 };
  const pieces = ['<a class="hl">first</a>', ' and ', 'second &amp; last'];
  assert.equal([...renderPageAround('source', view, 'textHtml', pieces)].join(''), renderPage('source', { ...view, textHtml: pieces.join('') }));
  assert.throws(() => [...renderPageAround('source', view, 'noSuchField', pieces)], /exactly once/);
});

test('a source file changed after it was opened stops the stage instead of showing other text', () => {
  const path = join(dir, 'changing.txt');
  writeFileSync(path, mixedText(2 * BLOCK));
  const { text } = SourceText.open(path, 'changing');
  writeFileSync(path, mixedText(2 * BLOCK + 10));
  assert.throws(() => text.at(BLOCK + 1), /changing/);
  SourceText.closeAll();
});
