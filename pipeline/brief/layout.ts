/**
 * A small page-layout layer over pdfkit for the brief: A4 pages, a type hierarchy, headings kept with
 * what follows, tables that break across pages with their header repeated, vector charts, and a running
 * footer with page numbers. Everything is measured before it is drawn, so nothing crosses the margins.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { fonts, registerFonts, fontForSvg } from './fonts.ts';
import { GlyphCoverage, fallbackFontFiles } from './glyphs.ts';
import type { Table } from './sections.ts';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** Fixed creation and modification date (from the data, never the clock). */
  date: Date;
}

const colours = { ink: '#1a1a1a', muted: '#5a5a5a', accent: '#1f4e79', rule: '#b8c4d0', shade: '#eef2f6', headerFill: '#dde5ee' };
const size = { title: 21, subtitle: 11.5, h1: 14.5, h2: 11, body: 9.6, table: 8.2, small: 7.6, footer: 7.4 };
const margin = { top: 62, bottom: 66, left: 62, right: 62 };
const cellPad = { x: 4, y: 3.2 };
/** Distinct words a font's layout cache may hold before it is emptied (see boundLayoutCaches). */
const layoutCacheLimit = 20000;

export class BriefLayout {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<void>;
  /** Which bundled font draws which character; the characters none draws (see glyphs.ts). */
  readonly glyphs = new GlyphCoverage();

  constructor(info: DocumentInfo) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: margin,
      bufferPages: true,
      autoFirstPage: true,
      lang: 'en-GB',
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Subject: info.subject, Keywords: info.keywords, Creator: 'relations-facts brief stage', Producer: 'PDFKit', CreationDate: info.date, ModDate: info.date },
    } as PDFKit.PDFDocumentOptions);
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.doc.on('pageAdded', () => {
      this.compactPreviousPage();
      this.boundLayoutCaches();
    });
    this.ended = new Promise((resolve) => this.doc.on('end', () => resolve()));
    registerFonts(this.doc, fallbackFontFiles);
    this.doc.font(fonts.body).fontSize(size.body).fillColor(colours.ink);
  }

  /**
   * Joins the drawing operations of the page before the current one into one block of bytes. pdfkit keeps every
   * page until the end (the footers need the page count) with each operation as a small array of its own, which
   * at a thousand pages is most of the stage's memory; joined, a page holds its bytes and little else. pdfkit joins
   * them itself when it writes the page, so the PDF is the same byte for byte. (pdfkit 0.20 internals: a page's
   * `content` reference and its `buffer` of chunks; if they are not there, nothing is done.)
   */
  private compactPreviousPage(): void {
    const pages = (this.doc as unknown as { _pageBuffer?: { content?: { buffer?: unknown } }[] })._pageBuffer;
    const content = pages && pages.length > 1 ? pages[pages.length - 2].content : undefined;
    if (content && Array.isArray(content.buffer) && content.buffer.length > 1 && content.buffer.every((c) => c instanceof Uint8Array)) {
      content.buffer = [Buffer.concat(content.buffer as Uint8Array[])];
    }
  }

  /**
   * pdfkit keeps the shaped glyphs of every distinct word it has set, per font, for the whole document: at
   * thousands of notes (ids, positions, figures: words met once) that cache is most of what grows. Every few
   * pages, a font's cache with more than layoutCacheLimit words is emptied; words are shaped again when next
   * met, to the same glyphs, so the PDF is the same. (pdfkit 0.20 internals: `_fontFamilies`, `layoutCache`.)
   */
  private boundLayoutCaches(): void {
    if (++this.pagesSinceCacheCheck < 8) return;
    this.pagesSinceCacheCheck = 0;
    const families = (this.doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: Record<string, unknown> }> })._fontFamilies ?? {};
    for (const font of new Set(Object.values(families))) {
      if (font.layoutCache && Object.keys(font.layoutCache).length > layoutCacheLimit) font.layoutCache = Object.create(null) as Record<string, unknown>;
    }
  }
  private pagesSinceCacheCheck = 0;

  get left(): number { return margin.left; }
  get width(): number { return this.doc.page.width - margin.left - margin.right; }
  private get bottom(): number { return this.doc.page.height - margin.bottom; }
  private get y(): number { return this.doc.y; }

  /** Starts a new page when less than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = margin.top;
  }

  /** Vertical space, dropped at the top of a page. */
  space(points: number): void {
    if (this.y > margin.top + 0.5) this.doc.y = Math.min(this.y + points, this.bottom);
  }

  private style(font: string, fontSize: number, colour = colours.ink): PDFKit.PDFDocument {
    return this.doc.font(font).fontSize(fontSize).fillColor(colour);
  }

  /** Sets a style and returns a writer of text in it that prints each character in a font that has its glyph. */
  private pen(font: string, fontSize: number, colour = colours.ink): { text: (text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions) => void } {
    this.style(font, fontSize, colour);
    return {
      text: (text, x, y, options) => {
        const runs = this.glyphs.runs(text, font);
        runs.forEach((run, i) => {
          this.doc.font(run.font);
          const continued = i < runs.length - 1 || Boolean(options.continued);
          if (i === 0) this.doc.text(run.text, x, y, { ...options, continued });
          else this.doc.text(run.text, { ...options, continued });
        });
      },
    };
  }

  /** Height of a text block in a font, at a width (characters of a fallback font measured as wide Latin letters). */
  measure(text: string, font: string, fontSize: number, width = this.width, lineGap = 1.5): number {
    this.style(font, fontSize);
    return this.doc.heightOfString(this.glyphs.standIn(text, font), { width, lineGap });
  }

  /** The title block: title, subtitle, then label/value lines. */
  titleBlock(title: string, subtitle: string, facts: [string, string][]): void {
    this.pen(fonts.sansBold, size.title, colours.accent).text(title, this.left, margin.top, { width: this.width, lineGap: 2 });
    this.doc.moveDown(0.25);
    this.pen(fonts.bodyItalic, size.subtitle, colours.muted).text(subtitle, this.left, this.y, { width: this.width, lineGap: 2 });
    this.space(10);
    const top = this.y;
    this.doc.save().moveTo(this.left, top).lineTo(this.left + this.width, top).lineWidth(1.2).strokeColor(colours.accent).stroke().restore();
    this.doc.y = top + 8;
    const labelWidth = 96;
    for (const [label, value] of facts) {
      const h = Math.max(this.measure(value, fonts.body, size.body, this.width - labelWidth), this.measure(label, fonts.sansBold, size.small, labelWidth));
      this.ensureSpace(h + 3);
      const y = this.y;
      this.pen(fonts.sansBold, size.small, colours.muted).text(label.toUpperCase(), this.left, y + 1.5, { width: labelWidth - 8, lineGap: 1.5 });
      this.pen(fonts.body, size.body).text(value, this.left + labelWidth, y, { width: this.width - labelWidth, lineGap: 1.5 });
      this.doc.y = y + h + 4;
    }
    const end = this.y + 2;
    this.doc.save().moveTo(this.left, end).lineTo(this.left + this.width, end).lineWidth(0.5).strokeColor(colours.rule).stroke().restore();
    this.doc.y = end + 14;
  }

  /** A section heading (in the PDF outline too), kept on the page with `keepWith` points of what follows. */
  heading1(text: string, keepWith: number): void {
    const h = this.measure(text, fonts.sansBold, size.h1) + 10;
    this.space(14);
    // keep-with-next: the heading moves to the next page unless what follows it fits too
    this.ensureSpace(h + keepWith);
    this.doc.outline.addItem(text);
    const y = this.y;
    this.pen(fonts.sansBold, size.h1, colours.accent).text(text, this.left, y, { width: this.width });
    const ruleY = this.y + 2;
    this.doc.save().moveTo(this.left, ruleY).lineTo(this.left + this.width, ruleY).lineWidth(0.6).strokeColor(colours.rule).stroke().restore();
    this.doc.y = ruleY + 7;
  }

  /** A subheading, kept with `keepWith` points of what follows. */
  heading2(text: string, keepWith: number): void {
    const h = this.measure(text, fonts.sansBold, size.h2) + 4;
    this.space(6);
    this.ensureSpace(h + keepWith);
    this.pen(fonts.sansBold, size.h2, colours.ink).text(text, this.left, this.y, { width: this.width });
    this.doc.y += 4;
  }

  /** Height of the first lines of a paragraph: what a heading must keep with it. */
  firstLines(text: string, lines = 3, font: string = fonts.body, fontSize: number = size.body): number {
    const full = this.measure(text, font, fontSize);
    return Math.min(full, lines * (fontSize * 1.17 + 1.5));
  }

  /** A paragraph of body text; long ones flow onto the next page. */
  paragraph(text: string, options: { font?: string; size?: number; colour?: string; gap?: number; indent?: number; link?: string | null } = {}): void {
    const font = options.font ?? fonts.body;
    const fontSize = options.size ?? size.body;
    const indent = options.indent ?? 0;
    this.ensureSpace(this.firstLines(text, 2, font, fontSize));
    this.pen(font, fontSize, options.colour).text(text, this.left + indent, this.y, { width: this.width - indent, lineGap: 1.5, align: 'left', ...(options.link ? { link: options.link } : {}) });
    this.doc.y += options.gap ?? 5;
  }

  /** The exact height `small(text, gap)` takes. */
  smallHeight(text: string, gap = 5): number {
    return this.measure(text, fonts.sans, size.small) + gap;
  }

  /** A small, muted paragraph (captions, leads); with a URL, the paragraph is a link to it. */
  small(text: string, gap = 5, url: string | null = null): void {
    this.paragraph(text, { font: fonts.sans, size: size.small, colour: colours.muted, gap, link: url });
  }

  /** Items with a hanging marker ("1.", "•"), each kept whole on a page when it fits. */
  list(items: string[], marker: (i: number) => string, options: { font?: string; size?: number; gap?: number } = {}): void {
    const font = options.font ?? fonts.body;
    const fontSize = options.size ?? size.body;
    const hang = 16;
    items.forEach((item, i) => {
      const h = this.measure(item, font, fontSize, this.width - hang);
      this.ensureSpace(Math.min(h, this.bottom - margin.top));
      const y = this.y;
      this.pen(fonts.sansBold, fontSize - 1, colours.accent).text(marker(i), this.left, y + 0.8, { width: hang - 3, lineBreak: false });
      const refs = /^(.*?)(\[\d[^\]]*\])(\.?)$/s.exec(item);
      if (refs) {
        // the note references link to the first note they name
        const target = `note-${/\d+/.exec(refs[2])![0]}`;
        this.pen(font, fontSize).text(refs[1], this.left + hang, y, { width: this.width - hang, lineGap: 1.5, continued: true });
        this.doc.fillColor(colours.accent).text(refs[2], { goTo: target, continued: true } as PDFKit.Mixins.TextOptions);
        this.doc.fillColor(colours.ink).text(refs[3] || ' ', { goTo: null } as unknown as PDFKit.Mixins.TextOptions);
      } else this.pen(font, fontSize).text(item, this.left + hang, y, { width: this.width - hang, lineGap: 1.5 });
      this.doc.y += options.gap ?? 4;
    });
  }

  /** Column widths in points. */
  private columnWidths(table: Table): number[] {
    const total = table.columns.reduce((s, c) => s + c.width, 0);
    return table.columns.map((c) => (c.width / total) * this.width);
  }

  /** Height of a table row, from its tallest cell. */
  private rowHeight(cells: string[], widths: number[], font: string): number {
    const heights = cells.map((cell, i) => (cell ? this.measure(cell, font, size.table, widths[i] - 2 * cellPad.x, 0.8) : 0));
    return Math.max(size.table * 1.2, ...heights) + 2 * cellPad.y;
  }

  private drawRow(cells: string[], widths: number[], table: Table, font: string, fill: string | null): number {
    const height = this.rowHeight(cells, widths, font);
    const y = this.y;
    if (fill) this.doc.save().rect(this.left, y, this.width, height).fill(fill).restore();
    let x = this.left;
    cells.forEach((cell, i) => {
      const note = /^Notes?$/.test(table.columns[i].header) ? /\d+/.exec(cell)?.[0] : undefined;
      const link = note && font !== fonts.tableBold ? { goTo: `note-${note}` } : {};
      if (cell) this.pen(font, size.table, note ? colours.accent : colours.ink).text(cell, x + cellPad.x, y + cellPad.y, { width: widths[i] - 2 * cellPad.x, align: table.columns[i].align ?? 'left', lineGap: 0.8, ...link });
      x += widths[i];
    });
    this.doc.x = this.left;
    this.doc.y = y + height;
    return height;
  }

  private drawHeader(table: Table, widths: number[]): void {
    this.drawRow(table.columns.map((c) => c.header), widths, table, fonts.tableBold, colours.headerFill);
    this.doc.save().moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).lineWidth(0.8).strokeColor(colours.accent).stroke().restore();
  }

  /** What a heading must keep with a table: its header and first row. */
  tableStart(table: Table): number {
    const widths = this.columnWidths(table);
    const first = table.rows.slice(0, 2).reduce((s, r) => s + this.rowHeight(r, widths, fonts.tableBold), 0);
    return this.rowHeight(table.columns.map((c) => c.header), widths, fonts.tableBold) + first;
  }

  /** A table; rows never split, and a page break repeats the header. */
  table(table: Table): void {
    const widths = this.columnWidths(table);
    this.ensureSpace(this.tableStart(table));
    this.drawHeader(table, widths);
    table.rows.forEach((row, i) => {
      const h = this.rowHeight(row, widths, table.total && i === table.rows.length - 1 ? fonts.tableBold : fonts.table);
      // never leave the last row alone on a new page: break before the last two rows instead
      const lastTwo = i === table.rows.length - 2 ? h + this.rowHeight(table.rows[i + 1], widths, fonts.tableBold) : h;
      if (this.y + lastTwo > this.bottom && i > 1) {
        this.newPage();
        this.drawHeader(table, widths);
      } else if (this.y + h > this.bottom) {
        this.newPage();
        this.drawHeader(table, widths);
      }
      const total = table.total && i === table.rows.length - 1;
      this.drawRow(row, widths, table, total ? fonts.tableBold : fonts.table, i % 2 === 1 ? colours.shade : null);
      this.doc.save().moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).lineWidth(0.3).strokeColor(colours.rule).stroke().restore();
    });
    this.doc.y += 8;
  }

  private chartScale(width: number, height: number): number {
    return Math.min(1, this.width / width, (this.bottom - margin.top - 30) / height);
  }

  /** The height a chart is drawn at. */
  chartHeight(width: number, height: number): number {
    return height * this.chartScale(width, height);
  }

  /** The height of a figure caption. */
  captionHeight(text: string): number {
    return this.measure(text, fonts.sansBold, size.h2 - 1) + 3;
  }

  /** Space before a figure, and its caption when it has one, kept with `keepWith` points (the figure). */
  caption(text: string | null, keepWith: number): void {
    const h = text ? this.captionHeight(text) : 0;
    this.space(8);
    this.ensureSpace(h + keepWith);
    if (!text) return;
    this.pen(fonts.sansBold, size.h2 - 1, colours.ink).text(text, this.left, this.y, { width: this.width });
    this.doc.y += 3;
  }

  /** An SVG chart drawn as vectors, scaled to the text width (and to the page height if taller). */
  chart(svg: string, width: number, height: number, onWarning: (w: string) => void): void {
    const scale = this.chartScale(width, height);
    const w = width * scale;
    const h = height * scale;
    this.ensureSpace(h);
    SVGtoPDF(this.doc as unknown as Parameters<typeof SVGtoPDF>[0], svg, this.left, this.y, {
      width: w,
      height: h,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (family, bold, italic) => fontForSvg(family, bold, italic),
      warningCallback: onWarning,
    });
    this.doc.x = this.left;
    this.doc.y += h + 6;
  }

  /** A note: number hanging in the margin column, then its lines, kept together on a page. */
  note(number: number, parts: { text: string; font: string; size: number; colour?: string }[]): void {
    const hang = 24;
    const width = this.width - hang;
    const heights = parts.map((p) => this.measure(p.text, p.font, p.size, width, 1.2) + 1.5);
    this.ensureSpace(Math.min(heights.reduce((a, b) => a + b, 0), this.bottom - margin.top));
    const y = this.y;
    this.doc.addNamedDestination(`note-${number}`, 'XYZ', null, y, null);
    this.pen(fonts.sansBold, size.small + 0.4, colours.accent).text(`${number}.`, this.left, y + 0.5, { width: hang - 4, lineBreak: false });
    this.doc.y = y;
    for (const p of parts) {
      this.pen(p.font, p.size, p.colour ?? colours.ink).text(p.text, this.left + hang, this.y, { width, lineGap: 1.2 });
      this.doc.y += 1.5;
    }
    this.doc.y += 5;
  }

  /** Writes the running footer and page numbers on every page, then returns the finished PDF. */
  async finish(footer: string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      page.margins.bottom = 0;
      const y = page.height - margin.bottom + 24;
      this.doc.save().moveTo(this.left, y - 6).lineTo(this.left + this.width, y - 6).lineWidth(0.4).strokeColor(colours.rule).stroke().restore();
      const pageText = `Page ${i + 1 - range.start} of ${range.count}`;
      const pageWidth = this.style(fonts.sans, size.footer, colours.muted).widthOfString(pageText);
      this.doc.text(footer, this.left, y, { width: this.width - pageWidth - 12, lineBreak: false, ellipsis: true });
      this.doc.text(pageText, this.left + this.width - pageWidth, y, { width: pageWidth, lineBreak: false });
      page.margins.bottom = margin.bottom;
    }
    this.doc.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}

export const typeSizes = size;
