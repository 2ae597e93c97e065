/**
 * The parts of a table sheet exceljs does not write: its rows, its links and their shared strings, as XML made one
 * row at a time from a TablePlan, so memory does not grow with the rows. Each part is a generator: it can be read
 * again and gives the same text, which is how the shared strings (a separate part) agree with the cells' indices.
 * The XML is what exceljs itself writes for the same cells (SpreadsheetML, the same style ids, attributes and
 * escaping); strings are not deduplicated (every string cell has its own shared string).
 */
import { columnLetter, plannedHeight, STYLE_KEYS, type PlannedCell, type TablePlan } from './table-sheet.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text or an attribute value escaped for XML, as exceljs escapes it. */
export const xmlEscape = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** Pieces of text joined into Buffers of about `size` bytes: what the zip reads from a stream. */
export function* chunked(parts: Iterable<string>, size = 1 << 16): Generator<Buffer> {
  let pending: string[] = [];
  let length = 0;
  for (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length >= size) {
      yield Buffer.from(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  if (pending.length) yield Buffer.from(pending.join(''));
}

/** What exceljs wrote for a table sheet's frame, cut where the rows and links go, and the id of each cell style. */
export interface SheetFrame {
  /** From the start to the end of the header row, with the dimension covering every row. */
  head: string;
  /** From the end of the rows to where the links go. */
  middle: string;
  /** From where the links go to the end. */
  tail: string;
  /** Cell style (STYLE_KEYS) → its id in styles.xml. */
  styleIds: Map<string, number>;
}

/** The frame of a table sheet from exceljs's XML of it: header row, then the row of style samples (row 2). */
export function sheetFrame(xml: string, plan: TablePlan): SheetFrame {
  const rowsAt = xml.indexOf('<row r="2"');
  const rowsEnd = xml.indexOf('</sheetData>');
  if (rowsAt < 0 || rowsEnd < 0) throw new Error(`the frame of sheet ${plan.table} has no sample row`);
  const styleIds = new Map<string, number>();
  for (const m of xml.slice(rowsAt, rowsEnd).matchAll(/<c r="([A-Z]+)2"(?: s="(\d+)")?/g)) {
    const k = columnIndex(m[1]);
    if (k < STYLE_KEYS.length) styleIds.set(STYLE_KEYS[k], Number(m[2] ?? 0));
  }
  const last = `${columnLetter(plan.columns.length)}${plan.rows.length + 1}`;
  const head = xml.slice(0, rowsAt).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${last}"/>`);
  const rest = xml.slice(rowsEnd);
  const linksAt = rest.search(/<(printOptions|pageMargins|pageSetup|headerFooter|tableParts)\b/);
  return { head, middle: rest.slice(0, linksAt), tail: rest.slice(linksAt), styleIds };
}

/** 0-based column index of column letters (A → 0). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + c.charCodeAt(0) - 64;
  return n - 1;
}

/** One cell's XML; string cells take the next shared string index. */
function cellXml(ref: string, cell: PlannedCell, styleIds: Map<string, number>, nextString: () => number): string {
  const id = styleIds.get(cell.style) ?? 0;
  const s = id ? ` s="${id}"` : '';
  switch (cell.type) {
    case 'empty':
      return id ? `<c r="${ref}"${s}/>` : '';
    case 'boolean':
      return `<c r="${ref}"${s} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
    case 'number':
      return `<c r="${ref}"${s}><v>${cell.value}</v></c>`;
    case 'string':
      return `<c r="${ref}"${s} t="s"><v>${nextString()}</v></c>`;
  }
}

/** The relationship id of the k-th link to a URL in a sheet whose other relationships end at rId`base`. */
export const urlRelId = (base: number, k: number): string => `rId${base + k + 1}`;

/**
 * The whole sheet: frame, one row per record (heights for wrapped text), then the links: a location inside the
 * workbook, or a relationship to a URL. `firstString` is the shared string index of the sheet's first string cell.
 */
export function* sheetXml(plan: TablePlan, frame: SheetFrame, firstString: number, relBase: number): Generator<string> {
  yield frame.head;
  let next = firstString;
  const nextString = () => next++;
  const letters = plan.columns.map((_, j) => columnLetter(j + 1));
  const spans = `1:${plan.columns.length}`;
  for (let i = 0; i < plan.rows.length; i++) {
    const row = plan.rows[i];
    const r = i + 2;
    const height = plannedHeight(plan, row);
    let xml = `<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''} spans="${spans}" x14ac:dyDescent="0.25">`;
    for (let j = 0; j < letters.length; j++) xml += cellXml(`${letters[j]}${r}`, plan.cell(row, j), frame.styleIds, nextString);
    yield `${xml}</row>`;
  }
  yield frame.middle;
  let opened = false;
  let urls = 0;
  for (let i = 0; i < plan.rows.length; i++) {
    for (let j = 0; j < letters.length; j++) {
      const cell = plan.cell(plan.rows[i], j);
      if (cell.type !== 'string' || !cell.link) continue;
      if (!opened) yield '<hyperlinks>';
      opened = true;
      const rel = cell.link.url !== undefined ? ` r:id="${urlRelId(relBase, urls++)}"` : '';
      const location = cell.link.location !== undefined ? ` location="${xmlEscape(cell.link.location)}"` : '';
      yield `<hyperlink ref="${letters[j]}${i + 2}"${rel} tooltip="${xmlEscape(cell.link.tooltip)}"${location}/>`;
    }
  }
  if (opened) yield '</hyperlinks>';
  yield frame.tail;
}

/** The sheet's relationships: exceljs's (its table) and one per link to a URL, in the order of the links. */
export function* sheetRelsXml(plan: TablePlan, rels: string, relBase: number): Generator<string> {
  const end = rels.lastIndexOf('</Relationships>');
  yield rels.slice(0, end);
  let urls = 0;
  for (const row of plan.rows) {
    for (let j = 0; j < plan.columns.length; j++) {
      const cell = plan.cell(row, j);
      if (cell.type === 'string' && cell.link?.url !== undefined) {
        yield `<Relationship Id="${urlRelId(relBase, urls++)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlEscape(cell.link.url)}" TargetMode="External"/>`;
      }
    }
  }
  yield rels.slice(end);
}

/** The highest rId number among a relationships part's ids (0 when there are none). */
export function lastRelId(rels: string): number {
  return Math.max(0, ...[...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1])));
}

/** The shared strings: exceljs's (About, Codebook, headers), then every string cell of the planned sheets in order. */
export function* sharedStringsXml(sst: string, plans: TablePlan[]): Generator<string> {
  const open = /<sst [^>]*>/.exec(sst);
  if (!open) throw new Error('the workbook frame has no shared strings');
  const added = plans.reduce((n, p) => n + p.strings, 0);
  const count = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(open[0])?.[1] ?? 0) + added;
  yield sst.slice(0, open.index) + open[0].replace(/ count="\d+"/, ` count="${count('count')}"`).replace(/ uniqueCount="\d+"/, ` uniqueCount="${count('uniqueCount')}"`);
  yield sst.slice(open.index + open[0].length, sst.lastIndexOf('</sst>'));
  for (const plan of plans) {
    for (const row of plan.rows) {
      for (let j = 0; j < plan.columns.length; j++) {
        const cell = plan.cell(row, j);
        if (cell.type === 'string') yield `<si><t${/^\s|\n|\s$/.test(cell.text) ? ' xml:space="preserve"' : ''}>${xmlEscape(cell.text)}</t></si>`;
      }
    }
  }
  yield '</sst>';
}

/** The number of shared strings exceljs wrote (the index of the first string cell of the first planned sheet). */
export function sharedStringCount(sst: string): number {
  return Number(/<sst [^>]*uniqueCount="(\d+)"/.exec(sst)?.[1] ?? 0);
}
