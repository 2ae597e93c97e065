/**
 * The .xlsx bytes, made byte-identical and with working links between sheets:
 * - exceljs stamps the clock into docProps/core.xml and jszip into every zip entry: both get a date from the data;
 * - exceljs writes a link to another sheet (#'events'!A5) as an external relationship plus a location starting
 *   with '#', which spreadsheets may not follow (exceljs issue #3027): such links are rewritten as plain
 *   in-document locations (<hyperlink ref=… location="'events'!A5"/>), as Excel itself writes them.
 */
import { createRequire } from 'node:module';
import type { Workbook } from 'exceljs';

/** The parts of jszip used here. */
interface ZipEntry {
  async(type: 'string'): Promise<string>;
}
interface Zip {
  files: Record<string, unknown>;
  file(path: string): ZipEntry | null;
  file(path: string, data: string): Zip;
  generateAsync(options: { type: 'uint8array'; compression: 'DEFLATE' }): Promise<Uint8Array>;
}
interface JSZipModule {
  defaults: { date: Date | null };
  loadAsync(data: Uint8Array): Promise<Zip>;
}
/** The jszip exceljs itself zips with (resolved from exceljs, so it is the same module and the same defaults). */
const JSZip = createRequire(createRequire(import.meta.url).resolve('exceljs'))('jszip') as JSZipModule;

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

/** Rewrites the in-document links of every worksheet in the zip. */
async function fixInternalLinks(zip: Zip): Promise<void> {
  for (const relsPath of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/.test(p))) {
    const sheetPath = relsPath.replace('_rels/', '').replace(/\.rels$/, '');
    const [sheet, rels] = internalLinksFixed(await zip.file(sheetPath)!.async('string'), await zip.file(relsPath)!.async('string'));
    zip.file(sheetPath, sheet);
    zip.file(relsPath, rels);
  }
}

/** The workbook as .xlsx bytes, dated `date` in its properties and zip entries, never by the clock. */
export async function deterministicBytes(workbook: Workbook, date: Date): Promise<Uint8Array> {
  workbook.created = date;
  workbook.modified = date;
  const previous = JSZip.defaults.date;
  JSZip.defaults.date = new Date(Math.max(date.getTime(), ZIP_EPOCH));
  try {
    // exceljs zips without compressing (STORE): the archive is read straight back and compressed once, below
    const zip = await JSZip.loadAsync(new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<Workbook['xlsx']['writeBuffer']>[0])));
    await fixInternalLinks(zip);
    return await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  } finally {
    JSZip.defaults.date = previous;
  }
}
