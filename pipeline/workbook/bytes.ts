/**
 * The .xlsx file, byte-identical for the same records, with working links between sheets, written as a stream:
 * - exceljs writes the frame (About, Codebook, each table sheet's header, table, styles) into a small archive;
 *   the table sheets' rows, links and shared strings are then written into the final archive from generators
 *   (sheet-xml.ts), a row at a time, and the archive is deflated as it is written to the file;
 * - exceljs stamps the clock into docProps/core.xml and jszip into every zip entry: both get a date from the data;
 * - exceljs writes a link to another sheet (#'events'!A5) as an external relationship plus a location starting
 *   with '#', which spreadsheets may not follow (exceljs issue #3027): such links are rewritten as plain
 *   in-document locations (<hyperlink ref=… location="'events'!A5"/>), as Excel itself writes them.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Workbook } from 'exceljs';
import JSZipPackage from 'jszip';
import type { TablePlan } from './table-sheet.ts';
import { chunked, lastRelId, sharedStringCount, sharedStringsXml, sheetFrame, sheetRelsXml, sheetXml } from './sheet-xml.ts';

/** The parts of jszip used here. */
interface ZipEntry {
  async(type: 'string'): Promise<string>;
}
interface Zip {
  files: Record<string, unknown>;
  file(path: string): ZipEntry | null;
  file(path: string, data: string | NodeJS.ReadableStream): Zip;
  generateNodeStream(options: { type: 'nodebuffer'; compression: 'DEFLATE'; streamFiles: boolean }): NodeJS.ReadableStream;
}
interface JSZipModule {
  defaults: { date: Date | null };
  loadAsync(data: Uint8Array): Promise<Zip>;
}
/**
 * The jszip exceljs itself zips with, so that the defaults set here are the ones it uses: exceljs's require('jszip')
 * finds this same package (there is one jszip in node_modules), and in the stage's bundle, which copies both in, the
 * same single copy. test/workbook*.test.ts and `make test`'s comparison with output/ would see the dates change if not.
 */
const JSZip = JSZipPackage as unknown as JSZipModule;

/** Zip entries cannot hold dates before 1980 (MS-DOS time). */
const ZIP_EPOCH = Date.UTC(1980, 0, 1);

/** The first moment of an ISO date at year, month or day precision (UTC), or undefined if it is not one. */
export function dateOf(iso: string): Date | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const INTERNAL_LINK_REL = /<Relationship Id="(rId\d+)" Type="[^"]*\/hyperlink" Target="#[^"]*" TargetMode="External"\/>/g;

/** A worksheet and its relationships with every in-document link turned into a plain location. */
export function internalLinksFixed(sheetXml: string, relsXml: string): [string, string] {
  const internal = new Set<string>();
  const rels = relsXml.replace(INTERNAL_LINK_REL, (_, id: string) => {
    internal.add(id);
    return '';
  });
  const sheet = sheetXml.replace(/<hyperlink ref="([^"]+)" r:id="(rId\d+)"([^>]*?) location="#([^"]*)"\/>/g, (all, ref: string, id: string, rest: string, location: string) =>
    internal.has(id) ? `<hyperlink ref="${ref}"${rest} location="${location}"/>` : all,
  );
  return [sheet, rels];
}

/** Rewrites the in-document links of every worksheet exceljs wrote (the About sheet's). */
async function fixInternalLinks(zip: Zip): Promise<void> {
  for (const relsPath of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/.test(p))) {
    const sheetPath = relsPath.replace('_rels/', '').replace(/\.rels$/, '');
    const [sheet, rels] = internalLinksFixed(await zip.file(sheetPath)!.async('string'), await zip.file(relsPath)!.async('string'));
    zip.file(sheetPath, sheet);
    zip.file(relsPath, rels);
  }
}

/** A stream of Buffers read from a generator of text, one chunk at a time, only as the zip asks for them. */
const streamOf = (parts: () => Iterable<string>): Readable => Readable.from(chunked(parts()), { objectMode: false });

/** Puts the rows, links and shared strings of the planned sheets into the frame's archive, as streams. */
async function addPlannedSheets(zip: Zip, workbook: Workbook, plans: TablePlan[]): Promise<void> {
  const sstPath = 'xl/sharedStrings.xml';
  const sst = await zip.file(sstPath)!.async('string');
  let firstString = sharedStringCount(sst);
  const withRows = plans.filter((p) => p.rows.length > 0);
  for (const plan of withRows) {
    const id = workbook.getWorksheet(plan.table)!.id;
    const sheetPath = `xl/worksheets/sheet${id}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${id}.xml.rels`;
    const frame = sheetFrame(await zip.file(sheetPath)!.async('string'), plan);
    const rels = await zip.file(relsPath)!.async('string');
    const relBase = lastRelId(rels);
    const table = /Target="\.\.\/tables\/([^"]+)"/.exec(rels)![1];
    const tableXml = await zip.file(`xl/tables/${table}`)!.async('string');
    const last = frame.head.match(/<dimension ref="A1:([A-Z]+\d+)"\/>/)![1];
    zip.file(`xl/tables/${table}`, tableXml.replace(/ ref="A1:[A-Z]+2"/g, ` ref="A1:${last}"`));
    const first = firstString;
    zip.file(sheetPath, streamOf(() => sheetXml(plan, frame, first, relBase)));
    zip.file(relsPath, streamOf(() => sheetRelsXml(plan, rels, relBase)));
    firstString += plan.strings;
  }
  zip.file(sstPath, streamOf(() => sharedStringsXml(sst, withRows)));
}

/** Writes a stream to `path` through a temporary file and a rename: a failure leaves no file and any old one as it was. */
async function writeStreamAtomic(path: string, stream: NodeJS.ReadableStream): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await pipeline(stream, createWriteStream(tmp));
    renameSync(tmp, path);
  } catch (error) {
    if (existsSync(tmp)) rmSync(tmp);
    throw error;
  }
}

/** Writes the workbook (its frame from exceljs and the planned table sheets) to `out`, dated `date`, never by the clock. */
export async function writeWorkbook(workbook: Workbook, plans: TablePlan[], date: Date, out: string): Promise<void> {
  workbook.created = date;
  workbook.modified = date;
  const previous = JSZip.defaults.date;
  JSZip.defaults.date = new Date(Math.max(date.getTime(), ZIP_EPOCH));
  try {
    // exceljs zips its frame without compressing (STORE): the archive is read back, completed and compressed once
    const frame = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<Workbook['xlsx']['writeBuffer']>[0]);
    const zip = await JSZip.loadAsync(new Uint8Array(frame));
    await fixInternalLinks(zip);
    await addPlannedSheets(zip, workbook, plans);
    await writeStreamAtomic(out, zip.generateNodeStream({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true }));
  } finally {
    JSZip.defaults.date = previous;
  }
}
