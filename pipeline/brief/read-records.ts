/**
 * records.json read row by row, for a stage that needs some of its tables: the brief reads every table but
 * `mentions`. The file is read in chunks; a byte scanner finds each row of `tables.<name>` (an object inside an
 * array inside the top-level "tables" object) and JSON.parse reads that row alone, so memory holds the rows kept,
 * never the file or its text (a 100 MB corpus gives a records.json of about 330 MB, whose text alone is 650 MB in
 * memory). Everything outside the rows (dataset, data_as_of, version, the table names) is parsed as one small JSON
 * text. The release hash (lib/release.ts: SHA-256 of JSON.stringify(records.tables)) is computed on the way, over
 * every row, kept or not, to the same bytes.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { PipelineError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import type { RecordsFile, Row } from '../lib/records.ts';

export interface StreamedRecords {
  /** The records, with only the kept tables' rows (the others empty). */
  records: RecordsFile;
  /** releaseOf(records) of the whole file: "<data_as_of>+<8 hex>". */
  release: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Reads `path` keeping the rows of the tables `keep` accepts, in chunks of 1 MB unless told. One buffer serves every
 * chunk: what a chunk leaves unfinished (a row or a string) is moved to its start and the next chunk read after it.
 */
export function readRecordsStreaming(path: string, keep: (table: string) => boolean, chunkBytes = 1 << 20): StreamedRecords {
  if (!existsSync(path)) throw new PipelineError(messages.fileMissing(path, 'validated records from the normalise stage'));
  const scanner = new RecordsScanner(keep);
  const fd = openSync(path, 'r');
  try {
    let buf = Buffer.alloc(2 * chunkBytes);
    let held = 0;
    for (;;) {
      if (held + chunkBytes > buf.length) buf = Buffer.concat([buf.subarray(0, held)], 2 * (held + chunkBytes));
      const n = readSync(fd, buf, held, chunkBytes, null);
      if (n === 0) break;
      const cut = scanner.scan(buf, held, held + n);
      buf.copyWithin(0, cut, held + n);
      held = held + n - cut;
    }
  } finally {
    closeSync(fd);
  }
  return scanner.finish(path);
}

/** The scanner's state between chunks: positions are in the buffer being scanned, whose start is what the last chunk left unfinished. */
class RecordsScanner {
  private buf: Buffer = Buffer.alloc(0);
  private depth = 0;
  private inString = false;
  private stringStart = -1;
  /** The last string that ended at depth 1 and 2: a key, when a container opens as its value. */
  private readonly lastString: (string | null)[] = [null, null, null];
  private inTables = false;
  /** The table whose rows array the scanner is in, or null. */
  private table: string | null = null;
  private rowStart = -1;
  private rowsInTable = 0;
  private tablesSeen = 0;
  /** Where the bytes not yet copied to the skeleton start (-1 inside a rows array, whose content is left out). */
  private segmentStart = 0;
  private readonly skeleton: Buffer[] = [];
  private readonly tables: Record<string, Row[]> = {};
  private readonly hash = createHash('sha256');

  constructor(private readonly keep: (table: string) => boolean) {}

  /**
   * Scans buf[from, end) (buf[0, from) being what the last call left unfinished); returns where the unfinished part
   * of this one starts (a row or a string), which the caller moves to the buffer's start before the next chunk.
   */
  scan(buf: Buffer, from: number, end: number): number {
    this.buf = buf;
    this.scanBytes(from, end);
    const starts = [this.rowStart, this.inString ? this.stringStart : -1].filter((p) => p >= 0);
    const cut = starts.length ? Math.min(...starts) : end;
    if (this.segmentStart >= 0) {
      this.skeleton.push(Buffer.from(buf.subarray(this.segmentStart, cut)));
      this.segmentStart = 0;
    }
    if (this.rowStart >= 0) this.rowStart -= cut;
    if (this.inString) this.stringStart -= cut;
    return cut;
  }

  private scanBytes(from: number, end: number): void {
    const buf = this.buf;
    for (let i = from; i < end; i++) {
      if (this.inString) {
        const q = buf.indexOf(QUOTE, i);
        if (q < 0 || q >= end) return;
        i = q;
        let slashes = 0;
        for (let k = q - 1; k > this.stringStart && buf[k] === BACKSLASH; k--) slashes++;
        if (slashes % 2 === 1) continue;
        this.inString = false;
        if (this.depth <= 2 && this.table === null) this.lastString[this.depth] = JSON.parse(buf.toString('utf8', this.stringStart, q + 1)) as string;
        continue;
      }
      const b = buf[i];
      if (b === QUOTE) {
        this.inString = true;
        this.stringStart = i;
      } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        this.depth++;
        this.open(b, i);
      } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        this.close(b, i);
        this.depth--;
      }
    }
  }

  private open(b: number, i: number): void {
    if (this.depth === 2 && b === OPEN_OBJECT && this.lastString[1] === 'tables') {
      this.inTables = true;
      this.hash.update('{');
    } else if (this.inTables && this.depth === 3 && b === OPEN_ARRAY) {
      this.table = this.lastString[2] ?? '';
      this.tables[this.table] = [];
      this.hash.update(`${this.tablesSeen++ ? ',' : ''}${JSON.stringify(this.table)}:[`);
      this.rowsInTable = 0;
      this.skeleton.push(Buffer.from(this.buf.subarray(this.segmentStart, i + 1)));
      this.segmentStart = -1;
    } else if (this.table !== null && this.depth === 4 && b === OPEN_OBJECT) {
      this.rowStart = i;
    }
  }

  private close(b: number, i: number): void {
    if (this.table !== null && this.depth === 4 && b === CLOSE_OBJECT) {
      const row = JSON.parse(this.buf.toString('utf8', this.rowStart, i + 1)) as Row;
      this.hash.update(`${this.rowsInTable++ ? ',' : ''}${JSON.stringify(row)}`);
      if (this.keep(this.table)) this.tables[this.table].push(row);
      this.rowStart = -1;
    } else if (this.table !== null && this.depth === 3 && b === CLOSE_ARRAY) {
      this.hash.update(']');
      this.table = null;
      this.segmentStart = i;
    } else if (this.inTables && this.depth === 2 && b === CLOSE_OBJECT) {
      this.hash.update('}');
      this.inTables = false;
    }
  }

  finish(path: string): StreamedRecords {
    if (this.depth !== 0 || this.inString || this.tablesSeen === 0) throw new PipelineError(messages.malformedJson(path, 'the file ends early or has no "tables"'));
    let records: RecordsFile;
    try {
      records = JSON.parse(Buffer.concat(this.skeleton).toString('utf8')) as RecordsFile;
    } catch (error) {
      throw new PipelineError(messages.malformedJson(path, (error as Error).message));
    }
    for (const [name, rows] of Object.entries(this.tables)) records.tables[name as keyof RecordsFile['tables']] = rows;
    return { records, release: `${records.data_as_of}+${this.hash.digest('hex').slice(0, 8)}` };
  }
}
