/**
 * The brief, section by section: title block, key findings, timeline (and any other charts), one section
 * per theme with facts, about the data, notes. Returns the PDF's bytes.
 * Its length is bounded whatever the number of facts: the main text cites bounded selections (citations.ts), the
 * tables summarise, and Annex B has a note for each fact cited only. The content is made twice: once to learn which
 * facts are cited, then with their note numbers.
 */
import { PipelineError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import type { RecordsFile, Row } from '../lib/records.ts';
import { indexFacts, type Facts, nameOf, dateRange, sourceCitation, releaseOfFacts } from './facts.ts';
import { keyFindings, findingText } from './findings.ts';
import { themeSections, type Section, type Table } from './sections.ts';
import { NoteRegister } from './citations.ts';
import { aboutTheData, notes, sourceKeyLines, sourceKeys } from './about.ts';
import { dateOf, formatDate, formatPeriod, plural } from './format.ts';
import { sectionTitles, text, categories, chartPlacement } from './labels.ts';
import { fonts } from './fonts.ts';
import { BriefLayout, typeSizes } from './layout.ts';
import type { Chart } from './charts.ts';
import { periodTable, lendingTable, tradeTable, periodYears, conflictsTable } from './trends.ts';
import { coverageOf, coverageSentence } from '../lib/release.ts';
import { inferredLegend, directionLegend, rangeLegend } from '../lib/marks.ts';

/** The PDF's metadata, from the dataset description and the records (the date from data_as_of). */
function documentInfo(facts: Facts) {
  const { dataset, data_as_of } = facts.records;
  const version = releaseOfFacts(facts);
  const cats = [...new Set(facts.noted.map((e) => categories[String(e.category)]?.label ?? String(e.category)))];
  return {
    title: `${dataset.title}: brief`,
    author: dataset.publisher,
    subject: `${dataset.description} Data as of ${data_as_of}, version ${version}.`,
    keywords: [...facts.focus.map((c) => nameOf(facts, c)), ...cats, 'international relations', `version ${version}`].join(', '),
    date: dateOf(data_as_of),
  };
}

/** The title block's label/value lines: coverage, what is not covered, how to read the signs, the release. */
function titleFacts(facts: Facts, content: Content): [string, string][] {
  const { dataset, data_as_of } = facts.records;
  const [first, last] = dateRange(facts.noted);
  const coverage = coverageOf(facts.records);
  const sources = [...facts.sources.values()];
  const listed = content.sourcesListed.size;
  const where = listed === sources.length ? ' The sources are listed in Annex B.' : ` The ${plural(listed, ['source', 'sources'])} of the facts cited are listed in Annex B; all ${sources.length} are in csv/sources.csv.`;
  return [
    ['Period covered', first ? formatPeriod(first, last) : 'No dated facts'],
    ['Coverage', `${coverageSentence(coverage)}${sources.length === 1 ? ` Source: ${sourceCitation(sources[0])}.` : where}`],
    ['Not covered', coverage.notCovered.join(' ')],
    ['How to read', `${inferredLegend} ${directionLegend} ${rangeLegend}`],
    ['Data as of', `${formatDate(data_as_of)} (the latest publication date of the sources)`],
    ['Version', `${dataset.name}, release ${releaseOfFacts(facts)} (the date of the latest source and a hash of the published rows)`],
    ['Published by', `${dataset.publisher}; licence ${dataset.licence.title}`],
  ];
}

/** Everything the brief prints that cites facts, made with the note numbers of `notes`. */
export interface Content {
  findings: string[];
  periods: Table | null;
  lending: ReturnType<typeof lendingTable>;
  trade: ReturnType<typeof tradeTable>;
  sections: Section[];
  conflicts: ReturnType<typeof conflictsTable>;
  /** The facts with a note, in note order. */
  annexed: Row[];
  /** The sources Annex B keys: those of the facts cited and of the conflicts listed. */
  sourcesListed: Set<string>;
}

function contentOf(facts: Facts, notes: NoteRegister): Content {
  const content = {
    findings: keyFindings(facts).map((f) => findingText(f, notes)),
    periods: periodTable(facts, notes),
    lending: lendingTable(facts, notes),
    trade: tradeTable(facts, notes),
    sections: themeSections(facts, notes),
    conflicts: conflictsTable(facts, sourceKeys(facts), notes),
  };
  const annexed = notes.annexed();
  const sourcesListed = new Set([...annexed, ...(content.conflicts?.listed ?? [])].map((r) => String(r.source_id)));
  return { ...content, annexed, sourcesListed };
}

/** The content twice: first to learn which facts are cited, then with their note numbers (1…N in print order). */
export function briefContent(facts: Facts): Content {
  const notes = new NoteRegister(facts);
  contentOf(facts, notes);
  notes.number();
  return contentOf(facts, notes);
}

/** Trends by period: visits, signings and money per period; sum-safe money by year and provider; the trade series. */
function writeTrends(layout: BriefLayout, content: Content): void {
  const { periods, lending, trade } = content;
  if (!periods && !lending && !trade) return;
  const intro = text.trendsIntro(periodYears);
  layout.heading1(sectionTitles.trends, layout.smallHeight(intro, 4) + (periods ? layout.tableStart(periods) : 40));
  layout.small(intro, 4);
  if (periods) layout.table(periods);
  if (lending) {
    layout.heading2(text.lendingTitle, layout.smallHeight(lending.leftOut, 4) + layout.tableStart(lending.table));
    layout.small(lending.leftOut, 4);
    layout.table(lending.table);
  }
  if (trade) {
    const lead = text.tradeLead(trade.shown, trade.all);
    layout.heading2(text.tradeTitle, layout.smallHeight(lead, 4) + layout.tableStart(trade.table));
    layout.small(lead, 4);
    layout.table(trade.table);
  }
}

function writeFindings(layout: BriefLayout, content: Content): void {
  const items = content.findings;
  layout.heading1(sectionTitles.findings, layout.smallHeight(text.findingsIntro, 6) + layout.firstLines(items[0] ?? '', 2));
  layout.small(text.findingsIntro, 6);
  layout.list(items, (i) => `${i + 1}`, { gap: 5 });
}

/** The charts by the section they are printed in (see chartPlacement); the timeline section gets the rest. */
function placeCharts(charts: Chart[], sections: Set<string>): Map<string, Chart[]> {
  const placed = new Map<string, Chart[]>();
  for (const chart of charts) {
    const wanted = chartPlacement[chart.name];
    if (wanted === 'none') continue;
    const where = wanted && (wanted === 'about' || sections.has(wanted)) ? wanted : 'timeline';
    placed.set(where, [...(placed.get(where) ?? []), chart]);
  }
  return placed;
}

/** Whether the SVG carries the chart's title itself (then the brief prints no caption above it). */
function titledInSvg(chart: Chart): boolean {
  return chart.svg.includes(escapeXml(chart.title));
}

/** The height a chart takes with its caption: what a heading before it must keep with it. */
function figureHeight(layout: BriefLayout, chart: Chart): number {
  const captions = titledInSvg(chart) ? 0 : layout.captionHeight(chart.title) + (chart.subtitle ? layout.smallHeight(chart.subtitle, 4) : 0);
  return 8 + captions + layout.chartHeight(chart.width, chart.height);
}

/** Prints charts; one whose SVG does not carry its own title gets the manifest's title and subtitle above it. */
function writeFigures(layout: BriefLayout, charts: Chart[]): void {
  for (const chart of charts) {
    const titled = titledInSvg(chart);
    layout.caption(titled ? null : chart.title, figureHeight(layout, chart) - 8 - (titled ? 0 : layout.captionHeight(chart.title)));
    if (!titled && chart.subtitle) layout.small(chart.subtitle, 4);
    layout.chart(chart.svg, chart.width, chart.height, (warning) => {
      if (/font/i.test(warning)) throw new PipelineError(messages.chartDrawFailed(chart.svgPath, warning));
    });
  }
}

/** Text as it appears escaped in SVG. */
function escapeXml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function writeTimeline(layout: BriefLayout, charts: Chart[]): void {
  layout.heading1(sectionTitles.timeline, layout.smallHeight(text.chartsIntro, 4) + figureHeight(layout, charts[0]));
  layout.small(text.chartsIntro, 4);
  writeFigures(layout, charts);
}

function writeThemes(layout: BriefLayout, sections: Section[], charts: Map<string, Chart[]>): void {
  for (const section of sections) {
    layout.heading1(section.title, layout.smallHeight(section.lead, 4) + layout.tableStart(section.table));
    layout.small(section.lead, 4);
    layout.table(section.table);
    writeFigures(layout, charts.get(section.id) ?? []);
  }
}

function writeAbout(layout: BriefLayout, facts: Facts, content: Content, charts: Chart[]): void {
  const about = aboutTheData(facts);
  layout.heading1(sectionTitles.about, 20 + layout.firstLines(about.method[0]));
  layout.heading2('How the facts were extracted and normalised', layout.firstLines(about.method[0]));
  for (const p of about.method) layout.paragraph(p);
  layout.heading2('What the categories mean', layout.tableStart(about.categoriesTable));
  layout.table(about.categoriesTable);
  const conflicts = content.conflicts;
  if (conflicts) {
    const lead = text.conflictsLead(conflicts.listed.length, conflicts.all);
    layout.heading2(text.conflictsTitle, layout.smallHeight(lead, 4) + layout.tableStart(conflicts.table));
    layout.small(lead, 4);
    layout.table(conflicts.table);
  }
  writeFigures(layout, charts);
  layout.heading2('Limitations', layout.firstLines(about.limitations[0]));
  layout.list(about.limitations, () => '•');
  layout.heading2('How to cite', layout.firstLines(about.citation));
  layout.paragraph(about.citation);
  layout.paragraph(about.licence);
  layout.heading2('Where the data are', layout.firstLines(about.where));
  layout.paragraph(about.where);
  layout.list(about.files, () => '•');
}

function writeNotes(layout: BriefLayout, facts: Facts, content: Content): void {
  const intro = text.notesIntro(content.annexed.length, facts.noted.length);
  layout.heading1(sectionTitles.notes, layout.smallHeight(intro, 4) + 40);
  layout.small(intro, 4);
  layout.small(`${inferredLegend} ${directionLegend} ${rangeLegend}`, 4);
  layout.heading2('Sources', 40);
  const sourcesLead = text.sourcesLead(content.sourcesListed.size, facts.sources.size);
  if (sourcesLead) layout.small(sourcesLead, 4);
  for (const { text: line, url } of sourceKeyLines(facts, content.sourcesListed)) layout.small(line, 2, url);
  layout.space(6);
  layout.heading2('Notes', 40);
  for (const note of notes(facts, content.annexed)) {
    layout.note(note.number, [
      { text: `${note.heading} · ${note.position}`, font: fonts.tableBold, size: typeSizes.small },
      { text: note.quote, font: fonts.body, size: typeSizes.table + 0.6 },
      ...(note.extra.length ? [{ text: note.extra.join(' '), font: fonts.sans, size: typeSizes.small, colour: '#5a5a5a' }] : []),
    ]);
  }
}

/** The running footer: dataset title and release (which starts with the data date). */
function footerOf(facts: Facts): string {
  return `${facts.records.dataset.title} · release ${releaseOfFacts(facts)}`;
}

/** Builds the whole brief; the same records and charts give the same bytes. `warn` hears of characters no bundled font draws. */
export async function buildBrief(records: RecordsFile, charts: Chart[], warn = (message: string) => { process.stderr.write(`warning [brief]: ${message}\n`); }, release?: string): Promise<Buffer> {
  const facts = indexFacts(records, release);
  const content = briefContent(facts);
  const layout = new BriefLayout(documentInfo(facts));
  layout.titleBlock(records.dataset.title, text.subtitle(facts.sources.size), titleFacts(facts, content));
  const placed = placeCharts(charts, new Set(content.sections.map((s) => s.id)));
  writeFindings(layout, content);
  writeTrends(layout, content);
  writeTimeline(layout, placed.get('timeline') ?? []);
  writeThemes(layout, content.sections, placed);
  writeAbout(layout, facts, content, placed.get('about') ?? []);
  writeNotes(layout, facts, content);
  for (const [codePoint, context] of layout.glyphs.missing) warn(messages.missingGlyph(codePoint, context));
  return layout.finish(footerOf(facts));
}
