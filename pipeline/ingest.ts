/**
 * Stage 1, ingest: one article's <id>.txt + <id>.json → build/…/ingest/<id>.json.
 * Checks the pair (UTF-8, not empty, metadata valid), separates title, headings, body, byline and
 * page boilerplate into blocks, and splits body blocks into sentences with tokens and numeric entities.
 * Usage: ingest.ts <sources-dir> <id> <out.json>
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { readJsonFile, writeJsonAtomic } from './lib/io.ts';
import { validatorFor, describeErrors } from './lib/schema.ts';
import { annotateBlock, type Sentence } from './lib/nlp.ts';
import { codePointLength } from './lib/text.ts';
import { layoutSpans, startsItem } from './lib/layout.ts';

export type BlockKind = 'title' | 'heading' | 'body' | 'byline' | 'boilerplate';
export interface Block { kind: BlockKind; start: number; end: number }

export interface ArticleMeta {
  title: string;
  published: string;
  author?: string;
  publisher?: string;
  url?: string;
  language?: string;
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

/** Decodes bytes as UTF-8, or throws naming the file and the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes); // keep a BOM: offsets count every code point of the file
  } catch {
    let good = bytes.length;
    for (let lo = 0, hi = bytes.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      try { new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid)); lo = mid + 1; }
      catch { hi = mid; good = mid; }
    }
    throw new PipelineError(messages.invalidUtf8(file, Math.max(0, good - 1)));
  }
}

/** Reads and validates the metadata sidecar. */
export function readArticleMeta(jsonPath: string): ArticleMeta {
  const meta = readJsonFile<ArticleMeta>(jsonPath, 'article metadata');
  const validate = validatorFor('article-metadata');
  if (!validate(meta)) throw new PipelineError(messages.invalidMetadata(jsonPath, describeErrors(validate.errors)));
  return meta;
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

/** What kind of block a paragraph is: title, heading, byline, boilerplate or body. */
export function classifyBlock(paragraph: string, index: number, meta: ArticleMeta, rules: BoilerplateRules): BlockKind {
  if (index === 0 && normaliseTitle(paragraph) === normaliseTitle(meta.title)) return 'title';
  if (rules.boilerplate.some((re) => re.test(paragraph))) return 'boilerplate';
  const byAuthor = meta.author && new RegExp(`^by\\s+${meta.author.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(paragraph);
  if (byAuthor || rules.byline.some((re) => re.test(paragraph) && paragraph.length < 300)) return 'byline';
  const words = paragraph.split(/\s+/).length;
  if (words <= 8 && !/[.!?:;,"”]$/.test(paragraph) && !/\n/.test(paragraph) && !startsItem(paragraph)) return 'heading';
  return 'body';
}

/** The path to show for a source: relative to the repository root when inside it, else absolute. */
export function displayPath(file: string): string {
  const root = resolve(new URL('..', import.meta.url).pathname);
  const abs = resolve(file);
  const rel = relative(root, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

/**
 * Sentences of body blocks, each tagged with its block. A sentence the model ran across a block boundary
 * (a heading or a title with no full stop, or "\r\n\r\n" it did not take for a paragraph break) is cut there.
 */
export function sentencesInBlocks(sentences: Sentence[], blocks: Block[]): (Sentence & { block: number })[] {
  const out: (Sentence & { block: number })[] = [];
  for (const s of sentences) {
    blocks.forEach((b, index) => {
      if (b.kind !== 'body' || b.end <= s.start || b.start >= s.end) return;
      const start = Math.max(s.start, b.start);
      const end = Math.min(s.end, b.end);
      out.push({ start, end, entities: s.entities.filter((e) => e.start >= start && e.end <= end), block: index });
    });
  }
  return out;
}

/** Reads, checks and segments one article. */
export function ingestArticle(sourcesDir: string, id: string): IngestedArticle {
  const txtPath = join(sourcesDir, `${id}.txt`);
  const jsonPath = join(sourcesDir, `${id}.json`);
  if (!existsSync(txtPath)) throw new PipelineError(messages.textMissingForJson(jsonPath, txtPath));
  if (!existsSync(jsonPath)) throw new PipelineError(messages.jsonMissingForText(txtPath, jsonPath));
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) throw new PipelineError(messages.badSourceId(txtPath));
  const bytes = readFileSync(txtPath);
  const text = decodeUtf8(bytes, txtPath);
  if (!text.trim()) throw new PipelineError(messages.emptyText(txtPath));
  const meta = readArticleMeta(jsonPath);
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
  const sentences = sentencesInBlocks(annotateBlock(text, 0, text.length), blocks);
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
