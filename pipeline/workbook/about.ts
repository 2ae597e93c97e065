/** The About sheet: what the data is, where it comes from, how it was made, how to cite it, what each sheet holds. */
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import type { RecordsFile, Row } from '../lib/records.ts';
import { loadSchema, tableNames } from '../lib/schema.ts';
import { wrappedLines, rowHeight } from './sizing.ts';
import { ooxmlText } from './xml-text.ts';
import { ABOUT_WIDTHS, FONT, FORMAT, HEADING_HEIGHT, SHEET } from './layout.ts';
import { coverageOf, coverageSentence, releaseOf } from '../lib/release.ts';
import { directionLegend, inferredLegend, rangeLegend } from '../lib/marks.ts';
import { csvReadingNotes } from '../lib/reading.ts';

/** One line of the About sheet: a label, a text or link, and an optional number in the third column. */
interface Line {
  label?: string;
  /** Where the label links to (a sheet of this workbook). */
  labelLink?: string;
  text?: string;
  /** Where the text links to (a URL). */
  link?: string;
  count?: number | string;
  /** title and heading put their text in the first column, in a larger bold font; columns is a bold header line. */
  style?: 'title' | 'heading' | 'columns';
}

const present = (...parts: (string | number | boolean | null | undefined)[]) => parts.filter((p) => p !== null && p !== undefined && p !== '').join(', ');

/** A citation of a source article: author, title, publisher, publication date (its URL follows on its own line). */
export function sourceCitation(source: Row): string {
  return `${present(source.author, `“${source.title}”`, source.publisher, source.published)}.`;
}

/** How to cite the dataset: the dataset's citation template with {version} and {sources} filled in. */
export function datasetCitation(records: RecordsFile): string {
  const all = records.tables.sources;
  const sources = all.length <= 3 ? all.map((s) => present(s.author, `“${s.title}”`, s.publisher, s.published)).join('; ') : `${all.length} source articles (listed in the sources sheet)`;
  return records.dataset.citation.replaceAll('{version}', releaseOf(records)).replaceAll('{sources}', sources);
}

/** The lines about the sources: a citation, a link and the file checked by its checksum, per source. */
function sourceLines(records: RecordsFile): Line[] {
  return records.tables.sources.flatMap((s): Line[] => [
    { label: String(s.source_id), text: sourceCitation(s) },
    ...(s.url ? [{ text: String(s.url), link: String(s.url) }] : []),
    { text: `Text file used: ${s.path} (${s.characters} characters, SHA-256 ${s.sha256}).` },
  ]);
}

/** The lines of the Contents section: each sheet, what it holds, and its number of rows. */
function contentLines(records: RecordsFile): Line[] {
  return [
    { label: 'Sheet', text: 'What it holds', count: 'Rows', style: 'columns' },
    { label: SHEET.about, text: 'This page.' },
    { label: SHEET.codebook, text: 'Every column of every table sheet: type, unit, allowed values, description; how dates, numbers and text are stored.', labelLink: `#'${SHEET.codebook}'!A1` },
    ...tableNames.map((t): Line => {
      const schema = loadSchema(t);
      return { label: t, text: `${schema.title}: ${schema.description} (${schema['x-table'].file})`, labelLink: `#'${t}'!A1`, count: records.tables[t].length };
    }),
  ];
}

/** Every line of the About sheet, in order. */
export function aboutLines(records: RecordsFile): Line[] {
  const { dataset } = records;
  const n = records.tables.sources.length;
  const coverage = coverageOf(records);
  return [
    { text: dataset.title, style: 'title' },
    { label: 'What this is', text: dataset.description },
    { label: 'Getting started', text: 'The Codebook sheet explains every column. In a table sheet, use the filter buttons in the header row: e.g. in events, filter category and year. Click an event_id in a detail sheet to jump to its event.' },
    { label: 'Publisher', text: dataset.publisher },
    { label: 'Release', text: `${releaseOf(records)}: the latest publication date among the sources and a hash of the published rows (CHANGELOG.md lists what each release added, changed and removed).` },
    { label: 'Data as of', text: `${records.data_as_of}: the latest publication date among the sources.` },
    { label: 'Coverage', text: coverageSentence(coverage) },
    ...coverage.notCovered.map((text, i): Line => ({ label: i === 0 ? 'Not covered' : undefined, text })),
    { label: 'How to read', text: `${inferredLegend} The events sheet shows it in date_shown.` },
    { label: '', text: `${directionLegend} The events sheet names them in countries.` },
    { label: '', text: `${rangeLegend} The events sheet shows ranges and recurrence in date_shown, the agreements sheet the bound in count_shown.` },
    { label: '', text: 'Money: add up only finance rows whose sum_safe is true; sum_safe_reason says why a row is left out (a total shared with other countries, a package total whose parts are rows, a repeated statement, a running total, no US dollar amount) and part_of names the package a row belongs to. lender names the bank, fund or ministry when the text does; provider is always the country.' },
    { label: 'Rows', text: 'Every table sheet is sorted by date (undated rows last). In events, the details column links to the event’s row in visits, agreements, finance or indicators; their event_id links back. Columns ending in _name give the names beside ISO codes.' },
    ...csvReadingNotes.lines.map((text, i): Line => ({ label: i === 0 ? 'Reading the CSV files' : undefined, text })),
    {
      label: 'How it was made',
      text:
        `Generated by the relations-facts pipeline (make all) from the ${n} source article${n === 1 ? '' : 's'} below: every fact the text states was ` +
        `extracted as a typed record that quotes its passage with character offsets, and checked against the JSON Schemas in schemas/. ` +
        `The workbook holds the same validated records as the CSV files (csv/<table>.csv) and datapackage.json of the same build. ` +
        `It records no build time: the same inputs give a byte-identical file, and the release is derived from the data.`,
    },
    {},
    { text: 'Sources', style: 'heading' },
    ...sourceLines(records),
    {},
    { text: 'How to cite', style: 'heading' },
    { text: datasetCitation(records) },
    {},
    { text: 'Licence', style: 'heading' },
    { text: `${dataset.licence.title} (${dataset.licence.name}): ${dataset.licence.path}`, link: dataset.licence.path },
    ...(dataset.licence_note ? [{ text: dataset.licence_note }] : []),
    {},
    { text: 'Contents', style: 'heading' },
    ...contentLines(records),
  ];
}

/** Writes a text, as a Text cell, and makes it a link when it has one. */
function setText(cell: Cell, text: string, link?: string): void {
  const shown = ooxmlText(text);
  const value: CellValue = link ? { text: shown, hyperlink: link, tooltip: link.startsWith('#') ? 'Go to this sheet' : 'Open in a browser' } : shown;
  cell.value = value;
  cell.numFmt = FORMAT.text;
  cell.alignment = { vertical: 'top', wrapText: true };
  if (link) cell.font = FONT.link;
}

/** Adds the About sheet. */
export function addAboutSheet(workbook: Workbook, records: RecordsFile): Worksheet {
  const sheet = workbook.addWorksheet(SHEET.about, { pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ABOUT_WIDTHS.forEach((w, j) => (sheet.getColumn(j + 1).width = w));
  aboutLines(records).forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    if (line.style === 'title' || line.style === 'heading') {
      row.getCell(1).value = line.text ?? '';
      row.getCell(1).font = line.style === 'title' ? FONT.title : FONT.heading;
      row.height = HEADING_HEIGHT[line.style];
      return;
    }
    if (line.label) {
      setText(row.getCell(1), line.label, line.labelLink);
      if (!line.labelLink) row.getCell(1).font = FONT.label;
    }
    if (line.text) setText(row.getCell(2), line.text, line.link);
    if (typeof line.count === 'number') {
      row.getCell(3).value = line.count;
      row.getCell(3).numFmt = '#,##0';
      row.getCell(3).alignment = { vertical: 'top' };
    } else if (line.count) {
      setText(row.getCell(3), line.count);
      row.getCell(3).alignment = { vertical: 'top', horizontal: 'right' };
    }
    if (line.style === 'columns') row.font = FONT.header;
    const height = rowHeight(Math.max(wrappedLines(line.label ?? '', ABOUT_WIDTHS[0]), wrappedLines(line.text ?? '', ABOUT_WIDTHS[1])));
    if (height) row.height = height;
  });
  return sheet;
}
