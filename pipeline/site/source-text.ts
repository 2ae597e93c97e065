/**
 * A source text read from its file when a page needs it, by Unicode code points, so the site stage does not hold
 * every source text at once (100 MB of text at 100 MB of articles). Opening it reads the file once, in pieces, to
 * check its checksum and to note where every BLOCK-th code point starts; a page then reads only the blocks it shows
 * (a passage: one or two; a source page: each block in turn). Recently read blocks of all texts are kept, up to
 * CACHED_BLOCKS of them.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { PipelineError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { CodePoints, type TextByCodePoints } from './passages.ts';

/** Code points in a block. */
export const BLOCK = 4096;
/** Blocks kept in memory, over all texts (≈ 4 MB of text at most, in UTF-16: ≈ 8 MB). */
const CACHED_BLOCKS = 1024;

/** Files kept open, over all texts. */
const OPEN_FILES = 32;

/** The blocks read last, across all texts, oldest first (a Map keeps insertion order). */
const cache = new Map<string, CodePoints>();
/** The texts whose files are open, read last last. */
const openFiles = new Map<SourceText, number>();

/** The buffer every text is read through when opened (one for all: a fresh 1 MB buffer per text cost more than reading 2,000 small texts). */
const chunk = Buffer.allocUnsafe(1 << 20);

/** The start of each UTF-8 character: every byte but a continuation byte (10xxxxxx). */
const startsCharacter = (byte: number) => (byte & 0xc0) !== 0x80;

export class SourceText implements TextByCodePoints {
  /** Length in code points. */
  readonly length: number;
  private last: { k: number; block: CodePoints } | null = null;

  private constructor(
    private readonly path: string,
    private readonly key: string,
    /** Byte offset of code point k × BLOCK, for every k, and the file's size last. */
    private readonly starts: number[],
    private readonly size: number,
    private readonly mtimeMs: number,
    length: number,
  ) {
    this.length = length;
  }

  /** Opens the text of `path` (one read of the whole file, in pieces) and returns it with the SHA-256 of its bytes. */
  static open(path: string, key = path): { text: SourceText; sha256: string } {
    const fd = openSync(path, 'r');
    try {
      const { size, mtimeMs } = fstatSync(fd);
      const hash = createHash('sha256');
      const starts: number[] = [];
      let cp = 0;
      let offset = 0;
      for (let n; (n = readSync(fd, chunk, 0, chunk.length, offset)) > 0; offset += n) {
        hash.update(chunk.subarray(0, n));
        for (let i = 0; i < n; i++) {
          if (!startsCharacter(chunk[i])) continue;
          if (cp % BLOCK === 0) starts.push(offset + i);
          cp++;
        }
      }
      starts.push(offset);
      return { text: new SourceText(path, key, starts, size, mtimeMs, cp), sha256: hash.digest('hex') };
    } finally {
      closeSync(fd);
    }
  }

  /** Block k (code points [k × BLOCK, (k + 1) × BLOCK)), from the cache or the file. */
  private block(k: number): CodePoints {
    if (this.last?.k === k) return this.last.block;
    const id = `${this.key}\u0000${k}`;
    let block = cache.get(id);
    if (block) cache.delete(id);
    else block = this.readBlock(k);
    cache.set(id, block);
    if (cache.size > CACHED_BLOCKS) cache.delete(cache.keys().next().value!);
    this.last = { k, block };
    return block;
  }

  private readBlock(k: number): CodePoints {
    const fd = this.descriptor();
    const bytes = Buffer.allocUnsafe(this.starts[k + 1] - this.starts[k]);
    for (let at = 0, n; at < bytes.length; at += n) {
      n = readSync(fd, bytes, at, bytes.length - at, this.starts[k] + at);
      if (n === 0) throw new PipelineError(messages.siteSourceChanged(this.path, this.key));
    }
    return new CodePoints(bytes.toString('utf8'));
  }

  /** The file, open: kept open while among the OPEN_FILES texts read last, checked unchanged each time it is opened. */
  private descriptor(): number {
    let fd = openFiles.get(this);
    if (fd !== undefined) {
      openFiles.delete(this);
    } else {
      fd = openSync(this.path, 'r');
      const { size, mtimeMs } = fstatSync(fd);
      if (size !== this.size || mtimeMs !== this.mtimeMs) {
        closeSync(fd);
        throw new PipelineError(messages.siteSourceChanged(this.path, this.key));
      }
    }
    openFiles.set(this, fd);
    if (openFiles.size > OPEN_FILES) {
      const [oldest, oldFd] = openFiles.entries().next().value!;
      openFiles.delete(oldest);
      closeSync(oldFd);
    }
    return fd;
  }

  /** Closes every file a text keeps open. */
  static closeAll(): void {
    for (const fd of openFiles.values()) closeSync(fd);
    openFiles.clear();
  }

  at(cp: number): string | undefined {
    if (!(cp >= 0 && cp < this.length)) return undefined;
    const k = Math.floor(cp / BLOCK);
    return this.block(k).at(cp - k * BLOCK);
  }

  slice(start: number, end: number): string {
    const clamp = (i: number) => (i < 0 ? Math.max(0, this.length + i) : Math.min(i, this.length));
    const [a, b] = [clamp(start), clamp(end)];
    if (a >= b) return '';
    const [first, lastBlock] = [Math.floor(a / BLOCK), Math.floor((b - 1) / BLOCK)];
    if (first === lastBlock) return this.block(first).slice(a - first * BLOCK, b - first * BLOCK);
    const parts: string[] = [];
    for (let k = first; k <= lastBlock; k++) parts.push(this.block(k).slice(Math.max(a, k * BLOCK) - k * BLOCK, Math.min(b, (k + 1) * BLOCK) - k * BLOCK));
    return parts.join('');
  }
}
