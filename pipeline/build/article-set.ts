/**
 * The article set: which <id>.txt + <id>.json pairs a SOURCES folder holds. Every entry of the folder is either a
 * member of a pair or refused with a message naming it (a space, '$', ':', an upper-case extension, a dotfile, a
 * folder or a FIFO named like an article are never skipped silently). Symbolic links are followed, and must lead
 * to a regular file.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { PipelineError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { articleIdPattern } from '../ingest/validate.ts';

/** The longest id: its cache and temporary files add up to 40 characters to it, and a file name holds 255 bytes. */
export const MAX_ID_LENGTH = 200;

/** Why a folder entry cannot be part of the article set, or null when it can. */
export function refusalOf(dir: string, name: string): string | null {
  const m = /^(.*)\.(txt|json)$/.exec(name);
  if (name.startsWith('.')) return messages.hiddenSourceFile(join(dir, name));
  if (!m) return messages.notAnArticleFile(join(dir, name));
  if (!articleIdPattern.test(m[1])) return messages.badSourceId(join(dir, name));
  if (m[1].length > MAX_ID_LENGTH) return messages.sourceIdTooLong(join(dir, name), m[1].length, MAX_ID_LENGTH);
  let kind: string;
  try {
    const s = statSync(join(dir, name));
    kind = s.isFile() ? 'file' : s.isDirectory() ? 'a folder' : s.isFIFO() ? 'a FIFO' : 'not a regular file';
  } catch (error) {
    return messages.unreadableSource(join(dir, name), (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return kind === 'file' ? null : messages.notARegularFile(join(dir, name), kind);
}

/** Whether `inner` is `outer` or lies inside it. */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The sorted ids of the articles in `dir`; throws one PipelineError listing every entry that cannot be used. */
export function articleIds(dir: string, outDir?: string): string[] {
  if (outDir !== undefined && isInside(outDir, dir)) throw new PipelineError(messages.outInsideSources(outDir, dir));
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new PipelineError(messages.noArticles(dir));
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    throw new PipelineError(messages.noArticles(dir));
  }
  const problems = names.sort().map((n) => refusalOf(dir, n)).filter((p): p is string => p !== null);
  if (problems.length) throw new PipelineError(problems.join('\n'));
  const ids = [...new Set(names.map((n) => n.replace(/\.(txt|json)$/, '')))].sort();
  if (!ids.length) throw new PipelineError(messages.noArticles(dir));
  return ids;
}
