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

/** The text of a PDF as pdf.js reads it, without white space (pdf.js splits runs of different fonts), and the right-most text edge's distance from the page's right edge. */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; rightGap: number }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, disableFontFace: true }).promise;
  let text = '';
  let rightGap = Infinity;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const i of content.items) {
      if (!('str' in i)) continue;
      text += i.str;
      if (i.str.trim()) rightGap = Math.min(rightGap, page.view[2] - (i.transform[4] + i.width));
    }
  }
  return { text: text.replace(/\s+/g, ''), rightGap };
}

const ARTICLE = [
  'Chinese Premier Wen Jiabao (温家宝) visited Belarus in November 2007, and Minsk (明斯克) welcomed him 🇧🇾🤝🇨🇳.',
  'Belarus and China signed 12 agreements worth $3.5 billion in March 2010 in Пекин 😀 — 中国与白俄罗斯签署了十二项协议，总价值三十五亿美元，这是两国关系史上的重要里程碑，双方同意继续扩大贸易与投资合作。',
].join('\n\n');

test('quotes with Chinese characters and emoji print exactly in the brief, with no warning', async () => {
  const records = recordsOf(ARTICLE);
  const quotes = records.tables.events.map((e) => String(e.quote)).filter((q) => /[\u4e00-\u9fff]|\p{Extended_Pictographic}/u.test(q));
  assert.ok(quotes.length >= 1, 'the article should give facts whose quotes hold Chinese or emoji');
  const warnings: string[] = [];
  const pdf = await buildBrief(records, charts(), (m) => warnings.push(m));
  assert.deepEqual(warnings, []);
  const { text, rightGap } = await pdfText(pdf);
  assert.ok(rightGap >= 60, `text in fallback fonts should wrap inside the right margin (62 pt); closest: ${rightGap.toFixed(1)} pt`);
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
