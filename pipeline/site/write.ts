/**
 * Writes the site's files into a folder, changing only what changed: a file whose bytes are already there is left as
 * it is (same inode, same time), a changed or new one is written to a temporary file and renamed over the old one (never
 * written in place: the release links the published set to these files), and a file of the stage's entries that the
 * build no longer makes is removed. So one changed fact rewrites its own page and the release-wide pages, not the
 * ≈ 2,800 files of the site, and the release links the same files again.
 * A run that fails part way leaves a mix of new and old files in the staging folder: the stage's target is written
 * last, so make runs the stage again, and nothing is published until every stage succeeded.
 */
import { closeSync, copyFileSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hardLinked, isTempName, tempPathFor } from '../lib/io.ts';
import type { SiteData } from './build.ts';

/** How many files a run wrote, left as they were, and removed. */
export interface WriteCounts { written: number; kept: number; removed: number }

/**
 * Places every file of `files` under `dir`, changed ones only, then removes the files under the top-level entries
 * `owns(entry)` accepts that were not placed (the other stage's entries are never looked at). The file named `last`
 * is written after all others and always anew, so its time says when the stage last completed (make's target).
 */
export function writeChangedFiles(dir: string, files: Iterable<[string, SiteData]>, owns: (entry: string) => boolean, last: string): WriteCounts {
  const counts: WriteCounts = { written: 0, kept: 0, removed: 0 };
  const placed = new Set<string>([last]);
  const folders = new Set<string>();
  let lastData: SiteData | undefined;
  for (const [path, data] of files) {
    placed.add(path);
    if (path === last) {
      lastData = data;
      continue;
    }
    const target = join(dir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    if (placeFile(target, data)) counts.written++;
    else counts.kept++;
  }
  if (lastData === undefined) throw new Error(`the site's files did not include ${last}`);
  counts.removed = removeUnplaced(dir, '', placed, owns);
  mkdirSync(dir, { recursive: true });
  replaceFile(join(dir, last), (tmp) => writeFileSync(tmp, bytesToWrite(lastData!)));
  counts.written++;
  return counts;
}

/** The bytes of a file given as bytes or text (a piece-wise file is joined: only for the small target files). */
function bytesToWrite(data: SiteData): string | Uint8Array {
  if (typeof data === 'string' || data instanceof Uint8Array) return data;
  if ('linkTo' in data) return readFileSync(data.linkTo);
  return Buffer.concat([...data].map((d) => Buffer.from(d)));
}

/** Puts one file at `target` unless it already holds those bytes (or is that link); true when it wrote. */
function placeFile(target: string, data: SiteData): boolean {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    if (sameBytes(target, bytes)) return false;
    replaceFile(target, (tmp) => writeFileSync(tmp, bytes));
    return true;
  }
  if ('linkTo' in data) return placeLink(target, data.linkTo);
  return placePieces(target, data);
}

/** Whether `target` is a regular file with exactly these bytes. */
function sameBytes(target: string, bytes: Uint8Array): boolean {
  const s = lstatSync(target, { throwIfNoEntry: false });
  return !!s?.isFile() && s.size === bytes.byteLength && readFileSync(target).equals(bytes);
}

/** Makes `target` a hard link to `source` (a copy where links are not possible) unless it is one already. */
function placeLink(target: string, source: string): boolean {
  const s = statSync(source);
  const t = lstatSync(target, { throwIfNoEntry: false });
  if (t && t.ino === s.ino && t.dev === s.dev) return false;
  replaceFile(target, (tmp) => {
    if (!hardLinked(source, tmp)) copyFileSync(source, tmp);
  });
  return true;
}

/** Writes a new file through a temporary one beside it and a rename (anything at `target` is replaced). */
function replaceFile(target: string, write: (tmp: string) => void): void {
  const tmp = tempPathFor(target);
  try {
    write(tmp);
    if (lstatSync(target, { throwIfNoEntry: false })?.isDirectory()) rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Pieces of text or bytes gathered into blocks of about 64 kB, as bytes. */
function* blocksOf(pieces: Iterable<string | Uint8Array>): Generator<Buffer> {
  let text = '';
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (text) yield Buffer.from(text);
      text = '';
      yield Buffer.from(piece);
      continue;
    }
    text += piece;
    if (text.length >= 1 << 16) {
      yield Buffer.from(text);
      text = '';
    }
  }
  if (text) yield Buffer.from(text);
}

/**
 * A file given in pieces (a source page around its text, the facts table's data): compared with the file there as the
 * pieces come, and written only from the first difference on, with the bytes before it copied from the old file, so
 * neither the page nor the old file is ever held whole.
 */
function placePieces(target: string, pieces: Iterable<string | Uint8Array>): boolean {
  const old = lstatSync(target, { throwIfNoEntry: false })?.isFile() ? openSync(target, 'r') : null;
  const blocks = blocksOf(pieces)[Symbol.iterator]();
  try {
    let offset = 0;
    let differing: Buffer | null = null;
    if (old !== null) {
      const size = fstatSync(old).size;
      for (let next = blocks.next(); !next.done; next = blocks.next()) {
        const block = next.value;
        if (offset + block.length > size || !readAt(old, block.length, offset).equals(block)) {
          differing = block;
          break;
        }
        offset += block.length;
      }
      if (!differing && offset === size) return false;
    } else {
      const first = blocks.next();
      differing = first.done ? Buffer.alloc(0) : first.value;
    }
    replaceFile(target, (tmp) => {
      const fd = openSync(tmp, 'w');
      try {
        for (let at = 0; at < offset; at += 1 << 20) writeSync(fd, readAt(old!, Math.min(1 << 20, offset - at), at));
        if (differing) writeSync(fd, differing);
        for (let next = blocks.next(); !next.done; next = blocks.next()) writeSync(fd, next.value);
      } finally {
        closeSync(fd);
      }
    });
    return true;
  } finally {
    if (old !== null) closeSync(old);
  }
}

/** `length` bytes of an open file from `position` (fewer at its end). */
function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let n = 0;
  while (n < length) {
    const got = readSync(fd, buffer, n, length - n, position + n);
    if (got === 0) break;
    n += got;
  }
  return n === length ? buffer : buffer.subarray(0, n);
}

/**
 * Removes what lies under `dir`/`rel` and was not placed, in the entries `owns` accepts (at the top level, a temporary
 * file counts as its file's: the other stage may be writing it right now); folders left empty go too. The count removed.
 */
function removeUnplaced(dir: string, rel: string, placed: Set<string>, owns: (entry: string) => boolean): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  for (const entry of entries) {
    if (!rel && !owns(isTempName(entry.name) ? entry.name.replace(/^\.(.+)\.\d+\.tmp$/, '$1') : entry.name)) continue;
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      removed += removeUnplaced(dir, path, placed, () => true);
      if (!readdirSync(join(dir, path)).length) rmdirSync(join(dir, path));
    } else if (!placed.has(path)) {
      rmSync(join(dir, path), { force: true });
      removed++;
    }
  }
  return removed;
}
