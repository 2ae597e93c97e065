/**
 * Page layout inside a paragraph: archived pages wrap lines inside sentences, while chronologies, bullet lists,
 * page chrome ("Print | E-mail | Share") and headings sit one to a line with no blank line between them. A paragraph
 * is cut before a line that starts a list item or a dated entry ("March 2013 — …", "• 2015: …"), and after a line
 * that is short and ends without punctuation (a heading, a caption, a menu). A wrapped line (long, or ending
 * mid-sentence before a long line) stays joined to the next, so a sentence is never split at a line break.
 */

/** A line that starts its own item: a bullet, a number, or a date at its head followed by a dash or colon. */
const ITEM_START = /^(?:[•·▪●◦‣*]|[-–—](?=\s)|\d{1,2}[.)]\s|(?:(?:\d{1,2}\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?)?(?:1[89]|20)\d\d\s*(?:[-–—:|]|\.\s))/u;
/** A line ending a sentence: the break after it splits nothing. */
const SENTENCE_END = /[.!?]["”’)]?$/u;
/**
 * A line ending at a table cell's edge ("… [Photo provided to China Daily] |", a page's layout table kept as text): text
 * is never wrapped at a cell's edge, so the next line starts anew.
 */
const CELL_END = /\s\|$/u;

/** Whether a line is written in capitals (at least four in five of its letters): a heading. */
function isCapitals(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((c) => c !== c.toLowerCase()).length >= letters.length * 0.8;
}

/** Lines of text[start, end) as [start, end) offsets, trimmed, blank lines skipped. */
function linesOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(start, end).matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    if (!raw.trim()) continue;
    const s = start + m.index! + (raw.length - raw.trimStart().length);
    out.push([s, s + raw.trim().length]);
  }
  return out;
}

/** The paragraph cut into layout blocks: items, headings and chrome lines on their own, wrapped lines joined. */
export function layoutSpans(text: string, start: number, end: number, isFurniture: (line: string) => boolean = () => false): [number, number][] {
  const lines = linesOf(text, start, end);
  if (lines.length < 2) return [[start, end]];
  // The paragraph's longest line, not counting a heading in capitals ("PROTOCOL TO THE AGREEMENT BETWEEN …" above text
  // wrapped at 70 characters would make every wrapped line look short).
  const cased = lines.filter(([s, e]) => !isCapitals(text.slice(s, e)));
  const width = Math.max(...(cased.length ? cased : lines).map(([s, e]) => e - s));
  // Lines much shorter than the paragraph's longest are not wrapped: they end a heading, a caption or a menu.
  const short = (l: [number, number]) => width < 50 || l[1] - l[0] < width * 0.6;
  const out: [number, number][] = [];
  let from = lines[0][0];
  for (let i = 1; i < lines.length; i++) {
    const prev = text.slice(lines[i - 1][0], lines[i - 1][1]);
    const line = text.slice(lines[i][0], lines[i][1]);
    const startsAnew = /^[\p{Lu}\d"“'‘(•·▪*–—-]/u.test(line);
    // A heading in capitals over text in lower case ends where the text begins (not inside a text all in capitals).
    const heading = isCapitals(prev) && !isCapitals(line);
    const cut = ITEM_START.test(line) || isFurniture(line) || isFurniture(prev) || (startsAnew && ((short(lines[i - 1]) && !/[,;]$/.test(prev)) || SENTENCE_END.test(prev) || CELL_END.test(prev) || heading));
    if (cut) {
      out.push([from, lines[i - 1][1]]);
      from = lines[i][0];
    }
  }
  out.push([from, lines[lines.length - 1][1]]);
  return out;
}

/** Whether a block starts a list item or a dated entry (it is body text, however short). */
export const startsItem = (block: string) => ITEM_START.test(block);
