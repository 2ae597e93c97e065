/**
 * Seeded fuzzing of ingest → extract → normalise: random Unicode, huge tokens, deep punctuation, mixed scripts,
 * controls and mutated real sentences. A case passes when ingest either accepts the text or refuses it with a
 * PipelineError, extraction and normalisation never throw, and every quote equals its source slice.
 * Run as a script (test/fuzz.test.ts does, with a time limit so a hang fails): fuzz.ts <seed> <cases>
 * prints one JSON line {cases, accepted, refused, candidates, quotes, failures}.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticle } from '../../pipeline/ingest.ts';
import { buildExtractor, extractArticle, type Extractor } from '../../pipeline/extract.ts';
import { normaliseArticles } from '../../pipeline/normalise.ts';
import { PipelineError } from '../../pipeline/lib/errors.ts';
import { sliceCodePoints } from '../../pipeline/lib/text.ts';

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Chinese Premier Wen Jiabao visited Belarus in November 2007.',
  'Belarus and China signed 12 agreements worth $3.5 billion in March 2010.',
  'In 2010, China extended a loan of US$1 billion to Belarus, and trade reached $2.1bn.',
  'President Lukashenka made a visit to Beijing in 2008, where he met Hu Jintao.',
  'China voted against the UN resolution on Belarus on 21 December 2010.',
  'The National Bank of Belarus and the People’s Bank of China agreed a RMB 20 billion currency swap.',
];

/** Code-point ranges to draw random characters from: scripts, marks, emoji, bidi and zero-width, punctuation. */
const RANGES: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0xff], [0x400, 0x4ff], [0x4e00, 0x9fff], [0x600, 0x6ff], [0x5d0, 0x5ea], [0x900, 0x97f],
  [0x300, 0x36f], [0x1f300, 0x1faff], [0x1f1e6, 0x1f1ff], [0x200b, 0x200f], [0x202a, 0x202e], [0x2000, 0x206f],
  [0xfe00, 0xfe0f], [0x10000, 0x1007f], [0xe000, 0xe0ff], [0x3000, 0x303f], [0xff01, 0xff5e],
];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\ufffe', '\uffff', '\ufdd0'];
const PUNCTUATION = ['(', ')', '[', ']', '"', '“', '”', '‘', '’', '«', '»', '.', '…', '-', '–', '—', ',', ';', ':', '!', '?', '$', '%', '/', '\\', '\n', '\n\n', '\r\n', '\t'];

/** One random case: the text of an article (the metadata is always valid). */
export function fuzzText(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const int = (n: number) => Math.floor(random() * n);
  const randomChar = () => { const [lo, hi] = pick(RANGES); return String.fromCodePoint(lo + int(hi - lo + 1)); };
  const randomString = (n: number) => Array.from({ length: n }, randomChar).join('');
  const mutate = (s: string, n: number, insert: () => string) => {
    const cps = [...s];
    for (let i = 0; i < n; i++) cps.splice(int(cps.length + 1), random() < 0.2 ? 1 : 0, insert());
    return cps.join('');
  };
  const kind = int(7);
  switch (kind) {
    case 0: return randomString(1 + int(400));
    case 1: return `${pick(SENTENCES)} ${pick(['a', '9', '$', 'Belarus', '中', '😀']).repeat(300 + int(2500))} ${pick(SENTENCES)}`;
    case 2: return `${pick(PUNCTUATION).repeat(200 + int(1500))}${pick(SENTENCES)}${pick(['(', '"', '“', '[']).repeat(200 + int(800))}`;
    case 3: return Array.from({ length: 2 + int(6) }, () => mutate(pick(SENTENCES), 1 + int(6), randomChar)).join(pick([' ', '\n\n', ' 明斯克。 ', ' Минск. ']));
    case 4: return mutate(SENTENCES.join(' '), 1 + int(4), () => pick(CONTROLS));
    case 5: return Array.from({ length: 3 + int(8) }, () => mutate(pick(SENTENCES), int(4), () => pick(PUNCTUATION))).join(pick(['\n\n', '\r\n\r\n', ' ']));
    default: return Array.from({ length: 20 + int(200) }, () => pick([randomString(1 + int(8)), pick(SENTENCES), `${int(100000)}`, `$${int(999)}.${int(99)} billion`, `${1990 + int(40)}`, pick(PUNCTUATION)])).join(' ');
  }
}

export interface FuzzSummary { cases: number; accepted: number; refused: number; candidates: number; quotes: number; failures: string[] }

const DATASET = { name: 'fuzz', title: 'Fuzz', description: '', licence: { name: 'CC-BY-4.0', title: '', path: '' }, publisher: '', citation: '' };

/** Runs `count` cases from `seed` and says what happened; a failure names its case and seed. */
export function runFuzz(seed: number, count: number): FuzzSummary {
  const random = seededRandom(seed);
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
  const extractor: Extractor = buildExtractor();
  const summary: FuzzSummary = { cases: 0, accepted: 0, refused: 0, candidates: 0, quotes: 0, failures: [] };
  try {
    for (let n = 0; n < count; n++) {
      const text = fuzzText(random);
      const id = `case-${n}`;
      writeFileSync(join(dir, `${id}.txt`), text);
      writeFileSync(join(dir, `${id}.json`), JSON.stringify({ title: `Case ${n}`, published: '2011-03-15' }));
      summary.cases++;
      try {
        let article;
        try { article = ingestArticle(dir, id); } catch (error) {
          if (error instanceof PipelineError) { summary.refused++; continue; }
          throw error;
        }
        summary.accepted++;
        const extracted = extractArticle(article, extractor);
        for (const c of extracted.candidates) {
          const [start, end] = c.quote;
          if (!(start >= 0 && start <= end && end <= text.length)) throw new Error(`quote [${start}, ${end}) outside the text`);
          summary.candidates++;
        }
        const records = normaliseArticles([extracted], DATASET); // validates every quote against the text itself
        for (const row of [...records.tables.events, ...records.tables.mentions]) {
          if (sliceCodePoints(text, Number(row.char_start), Number(row.char_end)) !== row.quote) throw new Error(`quote ${JSON.stringify(row.quote)} is not the source slice`);
          summary.quotes++;
        }
      } catch (error) {
        summary.failures.push(`seed ${seed}, case ${n} (${JSON.stringify(text.slice(0, 80))}…, ${text.length} units): ${(error as Error).stack ?? error}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [seed, count] = process.argv.slice(2).map(Number);
  process.stdout.write(`${JSON.stringify(runFuzz(seed || 12, count || 60))}\n`);
}
