/**
 * build/…/records.json written and read a row at a time. The file is ordinary JSON (any JSON reader reads it), laid
 * out with one table row per line:
 *   {"dataset":{…},"data_as_of":"…","version":"…","tables":{
 *   "events":[
 *   {…row…},
 *   …
 *   ],
 *   "visits":[
 *   …
 *   ]}}
 * so a stage can read it without holding the whole file as one string (hundreds of MB at corpus scale, twice that
 * as JavaScript text) beside the records parsed from it. JSON never holds a raw line break inside a value, so every
 * line break in the file is one of these.
 */
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, writeSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PipelineError } from './errors.ts';
import { messages } from './messages.ts';
import { readJsonFile, tempPathFor } from './io.ts';
import type { RecordsFile, Row } from './records.ts';

/** Writes the records in the one-row-per-line layout, through a temporary file and a rename. */
export function writeRecordsAtomic(path: string, records: RecordsFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  const fd = openSync(tmp, 'w');
  try {
    const { tables, ...meta } = records;
    let pending = `${JSON.stringify(meta).slice(0, -1)},"tables":{`;
    const flush = () => {
      writeSync(fd, pending);
      pending = '';
    };
    Object.entries(tables).forEach(([name, rows], t) => {
      pending += `${t ? '\n],' : ''}\n${JSON.stringify(name)}:[`;
      rows.forEach((row, i) => {
        pending += `${i ? ',' : ''}\n${JSON.stringify(row)}`;
        if (pending.length >= 1 << 20) flush();
      });
    });
    pending += `${Object.keys(tables).length ? '\n]' : ''}}}\n`;
    flush();
    closeSync(fd);
    renameSync(tmp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    if (existsSync(tmp)) rmSync(tmp);
    throw error;
  }
}

/** The lines of a file, read in blocks (a line may be longer than a block). */
function* linesOf(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const block = Buffer.alloc(1 << 22);
    let rest: Buffer[] = [];
    for (let n; (n = readSync(fd, block, 0, block.length, null)) > 0; ) {
      let start = 0;
      for (let end = block.indexOf(10, start); end !== -1 && end < n; end = block.indexOf(10, start)) {
        yield Buffer.concat([...rest, block.subarray(start, end)]).toString('utf8');
        rest = [];
        start = end + 1;
      }
      rest.push(Buffer.from(block.subarray(start, n)));
    }
    const last = Buffer.concat(rest).toString('utf8');
    if (last) yield last;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads records.json a row at a time when it has the one-row-per-line layout (normalise writes it so), else as one
 * JSON document (a file written otherwise, e.g. a test's). A file that is not valid JSON fails with the same message
 * either way.
 */
export function readRecordsFile(path: string, what = 'records'): RecordsFile {
  if (!existsSync(path)) throw new PipelineError(messages.fileMissing(path, what));
  const lines = linesOf(path);
  const first = lines.next();
  const head = first.done ? '' : first.value;
  if (!head.endsWith(',"tables":{')) {
    lines.return(undefined);
    return readJsonFile<RecordsFile>(path, what);
  }
  try {
    const records = JSON.parse(`${head}}}`) as RecordsFile;
    let rows: Row[] | null = null;
    for (const line of lines) {
      const table = /^"([^"]+)":\[$/.exec(line);
      if (table) records.tables[table[1] as keyof RecordsFile['tables']] = rows = [];
      else if (line.startsWith('{')) rows!.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Row);
      else if (!/^(\],?|\]?\}\}|)$/.test(line)) throw new SyntaxError(`unexpected line: ${line.slice(0, 40)}`);
    }
    return records;
  } catch (error) {
    throw new PipelineError(messages.malformedJson(path, (error as Error).message));
  }
}
