/**
 * The brief prints every character a quote holds (issue 12): Chinese and emoji through the bundled fallback
 * fonts (Noto Sans SC, Noto Emoji, from npm), so each quote in the notes reads back from the PDF exactly;
 * fonts stay embedded subsets (the PDF stays small); a character no bundled font draws is named in a warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { recordsOf } from './lib/article.ts';
import { buildBrief } from '../pipeline/brief/document.ts';
import { loadCharts } from '../pipeline/brief/charts.ts';
import { messages } from '../pipeline/lib/messages.ts';

const charts = () => loadCharts('test/fixtures/brief/charts.json');

/** The text of a PDF as pdf.js reads it, without white space (pdf.js splits runs of different fonts). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, disableFontFace: true }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
  }
  return text.replace(/\s+/g, '');
}

const ARTICLE = [
  'Chinese Premier Wen Jiabao (温家宝) visited Belarus in November 2007, and Minsk (明斯克) welcomed him 🇧🇾🤝🇨🇳.',
  'Belarus and China signed 12 agreements worth $3.5 billion in March 2010 in Пекин 😀.',
].join('\n\n');

test('quotes with Chinese characters and emoji print exactly in the brief, with no warning', async () => {
  const records = recordsOf(ARTICLE);
  const quotes = records.tables.events.map((e) => String(e.quote)).filter((q) => /[\u4e00-\u9fff]|\p{Extended_Pictographic}/u.test(q));
  assert.ok(quotes.length >= 1, 'the article should give facts whose quotes hold Chinese or emoji');
  const warnings: string[] = [];
  const pdf = await buildBrief(records, charts(), (m) => warnings.push(m));
  assert.deepEqual(warnings, []);
  const text = await pdfText(pdf);
  for (const quote of quotes) assert.ok(text.includes(quote.replace(/\s+/g, '')), `the PDF text should include ${quote}`);
  const fonts = pdf.toString('latin1').match(/\/BaseFont \/[A-Z]{6}\+[\w-]+/g) ?? [];
  assert.ok(fonts.some((f) => /NotoSansSC/.test(f)) && fonts.some((f) => /NotoEmoji/.test(f)), fonts.join(' '));
  assert.ok(pdf.length < 600_000, `the fallback fonts should be embedded as subsets (PDF is ${pdf.length} bytes)`);
});

test('a character no bundled font draws is named in a build-time warning', async () => {
  const records = recordsOf('Chinese Premier Wen Jiabao visited Belarus in November 2007 \u{e000}.');
  const warnings: string[] = [];
  await buildBrief(records, charts(), (m) => warnings.push(m));
  assert.equal(warnings.length, 1);
  assert.ok(warnings[0].startsWith(messages.missingGlyph(0xe000, '').split(', met in')[0]), warnings[0]);
  assert.match(warnings[0], /U\+E000/);
});
