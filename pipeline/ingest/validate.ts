/**
 * Validation at the door: every check of one article's <id>.txt + <id>.json pair, made before anything is
 * written. Problems are records {file, field, found, expected}; all of them are collected and shown together,
 * one a line, each naming the file, the field, what was found and an example of what is expected.
 */
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { PipelineError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { loadSchema, validatorFor, type TableSchema } from '../lib/schema.ts';
import type { ErrorObject } from 'ajv';
import { decodeWellFormedUtf8, firstInvalidUtf8Byte, lineOfByte, looksLikeLatin1, utf16Kind } from './encoding.ts';
import { describeRefused, hasVisibleText, lineAndColumn, refusedCharacters } from './characters.ts';
import { calendarDateProblem } from './dates.ts';

export interface Problem { file: string; field: string; found: string; expected: string }

/** The longest text a spreadsheet cell holds (Excel counts UTF-16 units). */
export const MAX_CELL = 32767;
/** The longest source id: its temporary file (".<id>.json.<pid>.tmp") must fit the 255-byte name limit with room to spare. */
export const MAX_ID = 120;
/** An article id: the file name without extension, lower-case letters, digits, '.', '_' or '-' (make and URLs carry it). */
export const articleIdPattern = /^[a-z0-9][a-z0-9._-]*$/;

/** The message a person reads for one problem. */
export function formatProblem(p: Problem): string {
  return messages.inputProblem(p.file, p.field, p.found, p.expected);
}

/** The error for problems in the input: one message listing them all, and the list itself (to join several articles' lists). */
export class InputProblems extends PipelineError {
  constructor(readonly problems: string[]) {
    super(messages.inputProblems(problems));
  }
}

/** Throws one InputProblems listing every problem, when there is any. */
export function throwIfProblems(problems: Problem[]): void {
  if (problems.length) throw new InputProblems(problems.map(formatProblem));
}

/** Problems with a source id (the file name without .txt / .json). */
export function idProblems(id: string, file: string): Problem[] {
  if (!articleIdPattern.test(id)) return [{ file, field: 'file name', found: JSON.stringify(id), expected: messages.expectedIdName() }];
  if (id.length > MAX_ID) return [{ file, field: 'file name', found: `an id of ${id.length} characters`, expected: messages.expectedShortId(MAX_ID) }];
  return [];
}

/** What a non-regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Whether `path` lies inside folder `dir` (both already resolved). */
function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The bytes of a source file, or the problems that stop it being read: a symbolic link leading outside the
 * sources folder, a folder, FIFO or device (never opened, so a FIFO cannot hang the run), or no permission.
 */
export function readSourceFile(file: string, sourcesDir: string): { bytes?: Buffer; problems: Problem[] } {
  const problem = (found: string, expected: string) => ({ problems: [{ file, field: 'file', found, expected }] });
  try {
    if (lstatSync(file).isSymbolicLink()) {
      const target = realpathSync(file);
      if (!isInside(target, realpathSync(sourcesDir))) return problem(`a symbolic link to ${target}, outside the sources folder`, messages.expectedInsideSources(sourcesDir));
    }
    const stats = statSync(file);
    if (!stats.isFile()) return problem(kindOf(stats), messages.expectedRegularFile());
    return { bytes: readFileSync(file), problems: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return problem('a file the pipeline has no permission to read', messages.expectedReadable());
    if (code === 'ENOENT') return problem('a symbolic link to a file that does not exist', messages.expectedRegularFile());
    if (code === 'ELOOP') return problem('a symbolic link that loops', messages.expectedRegularFile());
    throw error;
  }
}

/** The decoded text of a UTF-8 file, or what is wrong with its bytes. */
export function decodeSourceBytes(bytes: Uint8Array, file: string, field: string): { text?: string; problems: Problem[] } {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { problems: [{ file, field, found: utf16, expected: messages.expectedUtf8() }] };
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad === -1) return { text: decodeWellFormedUtf8(bytes), problems: [] };
  const hint = looksLikeLatin1(bytes, bad) ? ', which looks like Latin-1 or Windows-1252' : '';
  const found = `bytes that are not UTF-8 (first bad byte: 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')} at byte ${bad}, line ${lineOfByte(bytes, bad)}${hint})`;
  return { problems: [{ file, field, found, expected: messages.expectedUtf8() }] };
}

/** Problems of an article's text: no visible character, or characters no output can carry. */
export function textProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  if (!hasVisibleText(text)) {
    problems.push({ file, field: 'text', found: text.trim() ? 'only invisible characters (such as zero-width spaces)' : 'no text at all', expected: messages.expectedVisibleText() });
  }
  const refused = refusedCharacters(text, true);
  if (refused.count) problems.push({ file, field: 'text', found: describeRefused(text, refused, true), expected: messages.expectedCleanText(true) });
  return problems;
}

/** Fields shown on one line (title, author, …): no tabs or line breaks either. */
const ONE_LINE_FIELDS = new Set(['title', 'published', 'author', 'publisher', 'url', 'language']);

/** Problems of every string in the metadata: refused characters and cells too long, with the field's path. */
function stringProblems(value: unknown, path: string, file: string, out: Problem[]): void {
  if (typeof value === 'string') {
    const refused = refusedCharacters(value, !ONE_LINE_FIELDS.has(path));
    if (refused.count) out.push({ file, field: path, found: describeRefused(value, refused, false), expected: messages.expectedCleanText(!ONE_LINE_FIELDS.has(path)) });
    if (value.length > MAX_CELL) out.push({ file, field: path, found: `${value.length} characters`, expected: messages.expectedShortField() });
  } else if (Array.isArray(value)) value.forEach((v, i) => stringProblems(v, `${path}[${i}]`, file, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringProblems(v, path ? `${path}.${k}` : k, file, out);
}

/** A metadata value as the message shows it: text in quotes, anything else as JSON marked "not text". */
const shown = (v: unknown) => (typeof v === 'string' ? quoteVisibly(v) : `${JSON.stringify(v)} (not text)`);

/** Problems of the fields the outputs use: title, published, retrieved, url, author, publisher, terms, language. */
function fieldProblems(meta: Record<string, unknown>, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, found: string, expected: string) => problems.push({ file, field, found, expected });
  if (!('title' in meta)) add('title', 'no title', messages.expectedTitle());
  else if (typeof meta.title !== 'string' || !hasVisibleText(meta.title)) add('title', typeof meta.title === 'string' && meta.title ? `${shown(meta.title)} (no visible character)` : shown(meta.title), messages.expectedTitle());
  if (!('published' in meta)) add('published', 'no publication date', messages.expectedDate());
  else {
    const problem = typeof meta.published === 'string' ? calendarDateProblem(meta.published) : 'not text';
    if (problem) add('published', `${shown(meta.published)}${problem === 'not text' ? '' : ` (${problem})`}`, messages.expectedDate());
  }
  if ('retrieved' in meta) {
    const problem = typeof meta.retrieved === 'string' ? calendarDateProblem(meta.retrieved) : 'not text';
    if (problem) add('retrieved', `${shown(meta.retrieved)}${problem === 'not text' ? '' : ` (${problem})`}`, messages.expectedRetrieved());
  }
  if ('url' in meta && meta.url !== null) {
    const problem = typeof meta.url === 'string' ? urlProblem(meta.url) : 'not text';
    if (problem) add('url', `${shown(meta.url)}${problem === 'not text' ? '' : ` (${problem})`}`, messages.expectedUrl());
  }
  for (const field of ['author', 'publisher', 'terms'] as const) {
    if (field in meta && typeof meta[field] !== 'string') add(field, shown(meta[field]), messages.expectedString());
  }
  if ('language' in meta && (typeof meta.language !== 'string' || !isLanguageTag(meta.language))) add('language', shown(meta.language), messages.expectedLanguage());
  return problems;
}

/** A value in quotes as a reader can check it: invisible characters written as \u{200B}, long values cut. */
export function quoteVisibly(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return `"${cut.replace(/(?! )[\p{Cc}\p{Cf}\p{Z}\p{Cs}\p{Noncharacter_Code_Point}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`)}"`;
}

/** Why a metadata URL cannot be published as a link, or null when it is an http(s) address. */
export function urlProblem(value: string): string | null {
  if (/\s/.test(value)) return 'it contains spaces or line breaks';
  let url: URL;
  try { url = new URL(value); } catch { return value.startsWith('\\\\') ? 'a Windows network (UNC) path' : 'not an absolute web address'; }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `a ${url.protocol.replace(/:$/, '')}: link, which the workbook would make clickable`;
  if (!url.hostname) return 'no host name';
  if (url.username || url.password) return 'a user name or password in the address';
  return null;
}

/** Whether a string is a well-formed BCP 47 language tag. */
function isLanguageTag(value: string): boolean {
  try { return Intl.getCanonicalLocales(value).length === 1; } catch { return false; }
}

/** The parsed metadata of an <id>.json, or its problems (bytes, JSON syntax, fields, schema). */
export function checkMetadata(bytes: Uint8Array, file: string): { meta?: Record<string, unknown>; problems: Problem[] } {
  const decoded = decodeSourceBytes(bytes, file, 'encoding');
  if (decoded.text === undefined) return { problems: decoded.problems };
  const json = decoded.text.replace(/^\uFEFF/, ''); // a byte-order mark before JSON is allowed and dropped
  let meta: unknown;
  try { meta = JSON.parse(json); } catch (error) {
    return { problems: [{ file, field: 'JSON syntax', found: `invalid JSON (${(error as Error).message})`, expected: messages.expectedJsonObject() }] };
  }
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return { problems: [{ file, field: '(whole file)', found: Array.isArray(meta) ? 'a list' : JSON.stringify(meta), expected: messages.expectedJsonObject() }] };
  const record = meta as Record<string, unknown>;
  const problems = fieldProblems(record, file);
  stringProblems(record, '', file, problems);
  const validate = validatorFor('article-metadata');
  if (!validate(record)) {
    const reported = new Set(problems.map((p) => p.field.split(/[.[]/)[0]));
    const fieldOf = (e: ErrorObject) => e.instancePath.split('/')[1] ?? String(e.params?.missingProperty ?? '');
    // One problem per field: a number given for an enum of words fails both "type" and "enum".
    const rest = (validate.errors ?? []).filter((e, i, all) => !reported.has(fieldOf(e)) && all.findIndex((x) => fieldOf(x) === fieldOf(e)) === i);
    problems.push(...rest.map((e) => schemaProblem(e, record, file)));
  }
  return { meta: record, problems };
}

/**
 * A schema error the checks above did not catch, in words: the field, its value, and what the schema's description
 * says of it (with its example), never the schema's regular expression.
 */
function schemaProblem(error: ErrorObject, meta: Record<string, unknown>, file: string): Problem {
  const field = error.instancePath.split('/')[1] ?? String(error.params?.missingProperty ?? '');
  if (!field) return { file, field: '(whole file)', found: error.message ?? error.keyword, expected: messages.expectedJsonObject() };
  const value = field in meta ? shown(meta[field]) : 'no value';
  if (error.keyword === 'type' && error.params?.type === 'string') return { file, field, found: value, expected: messages.expectedString() };
  const found = error.keyword === 'pattern' ? value : `${value} (${error.message})`;
  const description = loadSchema<TableSchema>('article-metadata').properties[field]?.description;
  return { file, field, found, expected: description ? messages.expectedAsDescribed(description) : messages.expectedPerSchema(field) };
}

export interface CheckedPair { bytes: Buffer; text: string; meta: Record<string, unknown>; txtPath: string; jsonPath: string }

/** Every problem of one article's pair, and its bytes, text and metadata when it has none. */
export function checkArticlePair(sourcesDir: string, id: string): { pair?: CheckedPair; problems: Problem[] } {
  const txtPath = join(sourcesDir, `${id}.txt`);
  const jsonPath = join(sourcesDir, `${id}.json`);
  const exists = (p: string) => { try { lstatSync(p); return true; } catch { return false; } };
  const hasTxt = exists(txtPath);
  const hasJson = exists(jsonPath);
  const problems: Problem[] = [...idProblems(id, hasTxt ? txtPath : jsonPath)];
  if (!hasTxt) problems.push({ file: jsonPath, field: 'file', found: `no ${txtPath} beside it`, expected: messages.expectedPair(txtPath) });
  if (!hasJson) problems.push({ file: txtPath, field: 'file', found: `no ${jsonPath} beside it`, expected: messages.expectedPair(jsonPath) });
  const txt = hasTxt ? readSourceFile(txtPath, sourcesDir) : { problems: [] };
  const json = hasJson ? readSourceFile(jsonPath, sourcesDir) : { problems: [] };
  problems.push(...txt.problems, ...json.problems);
  const decoded = txt.bytes ? decodeSourceBytes(txt.bytes, txtPath, 'encoding') : { problems: [] };
  problems.push(...decoded.problems);
  if (decoded.text !== undefined) problems.push(...textProblems(decoded.text, txtPath));
  const meta = json.bytes ? checkMetadata(json.bytes, jsonPath) : { problems: [] };
  problems.push(...meta.problems);
  if (problems.length || !txt.bytes || decoded.text === undefined || !meta.meta) return { problems };
  return { pair: { bytes: txt.bytes, text: decoded.text, meta: meta.meta, txtPath, jsonPath }, problems };
}

/** The checked pair of one article, or a PipelineError listing all of its problems. */
export function readCheckedPair(sourcesDir: string, id: string): CheckedPair {
  const { pair, problems } = checkArticlePair(sourcesDir, id);
  throwIfProblems(problems);
  return pair!;
}

/** Sentences longer than a spreadsheet cell: their quotes could not be published. */
export function sentenceProblems(text: string, sentences: { start: number; end: number }[], file: string): Problem[] {
  return sentences
    .filter((s) => s.end - s.start > MAX_CELL)
    .map((s) => ({ file, field: 'text', found: `a sentence of ${s.end - s.start} characters at ${lineAndColumn(text, s.start)}`, expected: messages.expectedShortSentence() }));
}
