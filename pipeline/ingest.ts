/**
 * Stage 1, ingest: one article's <id>.txt + <id>.json → build/…/ingest/<id>.json.
 * Checks the pair (UTF-8, not empty, metadata valid), separates title, headings, body, byline and
 * page boilerplate into blocks, and splits body blocks into sentences with tokens and numeric entities.
 * Usage: ingest.ts <sources-dir> <id> <out.json>
 */
import { createHash } from 'node:crypto';
import { basename, join, relative, resolve, isAbsolute } from 'node:path';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { readJsonFile, writeJsonAtomic } from './lib/io.ts';
import type { Sentence } from './lib/nlp.ts';
import { annotateText } from './ingest/annotate.ts';
import { codePointLength } from './lib/text.ts';
import { readCheckedPair, sentenceProblems, throwIfProblems } from './ingest/validate.ts';
import { layoutSpans, startsItem } from './lib/layout.ts';

export type BlockKind = 'title' | 'heading' | 'body' | 'byline' | 'boilerplate';
export interface Block { kind: BlockKind; start: number; end: number }

export interface ArticleMeta {
  title: string;
  published: string;
  author?: string;
  publisher?: string;
  url?: string;
  retrieved?: string;
  terms?: string;
  language?: string;
  genre?: string;
  [key: string]: unknown;
}

/** What the ingest stage writes for one article. Offsets are UTF-16 indices into `text`. */
export interface IngestedArticle {
  source_id: string;
  path: string;
  sha256: string;
  characters: number;
  meta: ArticleMeta;
  text: string;
  blocks: Block[];
  sentences: (Sentence & { block: number })[];
}

interface BoilerplateRules { boilerplate: RegExp[]; byline: RegExp[] }

const referenceDir = process.env.REFERENCE_DIR ?? new URL('../sources/reference/', import.meta.url).pathname;

let compiled: BoilerplateRules | undefined;
/** The boilerplate and byline patterns of sources/reference/boilerplate.json, compiled once. */
function boilerplateRules(): BoilerplateRules {
  if (!compiled) {
    const raw = readJsonFile<{ boilerplate: string[]; byline: string[] }>(join(referenceDir, 'boilerplate.json'), 'boilerplate rules');
    compiled = { boilerplate: raw.boilerplate.map((p) => new RegExp(p, 'iu')), byline: raw.byline.map((p) => new RegExp(p, 'u')) };
  }
  return compiled;
}

/** Paragraphs: maximal runs of text between blank lines, trimmed, as [start, end) offsets. */
export function paragraphSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /[^\r\n]+(?:\r?\n[ \t]*[^\s][^\r\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim()) spans.push([m.index! + lead, m.index! + raw.length - trail]);
  }
  return spans;
}

const normaliseTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** The normalised title of the last metadata asked for: each paragraph near the top is compared with the same title. */
let lastTitle: { title: string; normalised: string } | undefined;
function normalisedTitle(title: string): string {
  if (lastTitle?.title !== title) lastTitle = { title, normalised: normaliseTitle(title) };
  return lastTitle.normalised;
}

/**
 * Whether a paragraph, normalised as a title is, equals `normalised`: normaliseTitle(paragraph) === normalised. An
 * ASCII paragraph is compared as it is read and given up at the first difference (most paragraphs are not the title).
 */
function isTitleText(paragraph: string, normalised: string): boolean {
  if (!/^[\x00-\x7f]*$/.test(paragraph)) return normaliseTitle(paragraph) === normalised;
  let at = 0; // how much of `normalised` the paragraph has matched
  let gap = false; // a run of characters other than letters and digits since the last letter or digit
  for (let i = 0; i < paragraph.length; i++) {
    let c = paragraph.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!(upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) { gap = true; continue; }
    if (gap && at > 0 && normalised.charCodeAt(at++) !== 32) return false;
    gap = false;
    if (upper) c += 32;
    if (normalised.charCodeAt(at++) !== c) return false;
  }
  return at === normalised.length;
}

/** What kind of block a paragraph is: title, heading, byline, boilerplate or body. */
export function classifyBlock(paragraph: string, index: number, meta: ArticleMeta, rules: BoilerplateRules): BlockKind {
  // The headline: the article's title as a block of its own near the top (after a dateline, a menu or a date line).
  if (index < 12 && isTitleText(paragraph, normalisedTitle(meta.title))) return 'title';
  if (rules.boilerplate.some((re) => re.test(paragraph))) return 'boilerplate';
  const byAuthor = meta.author && new RegExp(`^by\\s+${meta.author.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(paragraph);
  if (byAuthor || rules.byline.some((re) => re.test(paragraph) && paragraph.length < 300)) return 'byline';
  const words = paragraph.split(/\s+/, 9).length; // up to 9: only whether there are more than 8 matters
  if (words <= 8 && !/[.!?:;,"”]$/.test(paragraph) && !/\n/.test(paragraph) && !startsItem(paragraph)) return 'heading';
  return 'body';
}

const repositoryRoot = resolve(new URL('..', import.meta.url).pathname);

/**
 * The path to publish for a source: relative to the repository root when inside it, else the file name only
 * (an absolute path would publish the layout of someone's disk in sources.csv, the workbook and the brief).
 */
export function displayPath(file: string): string {
  const root = repositoryRoot;
  const abs = resolve(file);
  const rel = relative(root, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? basename(abs) : rel;
}

/**
 * Sentences of body blocks and of the headline (it states the news of the report's day), each tagged with its block. A sentence the model ran across a block boundary
 * (a heading or a title with no full stop, or "\r\n\r\n" it did not take for a paragraph break) is cut there.
 */
export function sentencesInBlocks(sentences: Sentence[], blocks: Block[]): (Sentence & { block: number })[] {
  const out: (Sentence & { block: number })[] = [];
  let first = 0; // blocks and sentences both run in text order: skip the blocks that end before this sentence
  for (const s of sentences) {
    while (first < blocks.length && blocks[first].end <= s.start) first++;
    for (let index = first; index < blocks.length && blocks[index].start < s.end; index++) {
      const b = blocks[index];
      if ((b.kind !== 'body' && b.kind !== 'title') || b.end <= s.start) continue;
      const start = Math.max(s.start, b.start);
      const end = Math.min(s.end, b.end);
      out.push({ start, end, entities: s.entities.filter((e) => e.start >= start && e.end <= end), block: index });
    }
  }
  return out;
}

/** Reads, checks and segments one article. */
export function ingestArticle(sourcesDir: string, id: string): IngestedArticle {
  const txtPath = join(sourcesDir, `${id}.txt`);
  const checked = readCheckedPair(sourcesDir, id); // every check at the door: see pipeline/ingest/validate.ts
  const { bytes, text } = checked;
  const meta = checked.meta as ArticleMeta;
  const rules = boilerplateRules();
  const blocks: Block[] = [];
  let afterByline = false;
  const isFurniture = (line: string) => rules.boilerplate.some((re) => re.test(line));
  paragraphSpans(text).flatMap(([start, end]) => layoutSpans(text, start, end, isFurniture)).forEach(([start, end], i) => {
    let kind = classifyBlock(text.slice(start, end), i, meta, rules);
    if (kind === 'byline') afterByline = true;
    else if (afterByline && kind !== 'body') kind = 'boilerplate';
    blocks.push({ kind, start, end });
  });
  const sentences = sentencesInBlocks(annotateText(text), blocks);
  throwIfProblems(sentenceProblems(text, sentences, txtPath));
  return {
    source_id: id,
    path: displayPath(txtPath),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    characters: codePointLength(text),
    meta,
    text,
    blocks,
    sentences,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('ingest', () => {
    const [sourcesDir, id, out] = process.argv.slice(2);
    writeJsonAtomic(out, ingestArticle(sourcesDir, id));
  });
}
