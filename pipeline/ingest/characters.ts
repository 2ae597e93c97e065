/**
 * The one rule for characters no output can carry safely: control characters (C0, DEL, C1) other than tab,
 * line feed and carriage return, Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …) and halves of
 * surrogate pairs are refused at the door, never cleaned, so every offset stays exact against the file as stored.
 */

/** Characters refused in article text (tab, LF and CR are allowed). */
const refusedInText = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;
/** Characters refused in one-line metadata fields (no tabs or line breaks either). */
const refusedInLine = /[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;
/** A character a reader can see: a letter, digit, punctuation mark or symbol (emoji included). */
const visible = /[\p{L}\p{N}\p{P}\p{S}]/u;

export interface RefusedCharacter { index: number; codePoint: number }

/** The refused characters of a string (at most `limit`), with their UTF-16 index, and how many there are in all. */
export function refusedCharacters(text: string, lineBreaksAllowed: boolean, limit = 3): { first: RefusedCharacter[]; count: number } {
  const re = lineBreaksAllowed ? refusedInText : refusedInLine;
  const first: RefusedCharacter[] = [];
  let count = 0;
  for (const m of text.matchAll(re)) {
    if (count++ < limit) first.push({ index: m.index!, codePoint: m[0].codePointAt(0)! });
  }
  return { first, count };
}

/** Whether a string holds at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return visible.test(text);
}

/** "U+0000 (a control character)", "U+FFFE (a non-character)" or "U+D800 (half of a surrogate pair)". */
export function describeCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `${hex} (half of a surrogate pair)`;
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return `${hex} (a control character)`;
  return `${hex} (a non-character)`;
}

/** "line 3, column 7" of a UTF-16 index (columns in code points, both 1-based). */
export function lineAndColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return `line ${line}, column ${[...before.slice(lineStart)].length + 1}`;
}

/** What a refused-characters finding reads as: "U+0000 (a control character) at line 1, column 4, and 12 more". */
export function describeRefused(text: string, found: { first: RefusedCharacter[]; count: number }, withPosition: boolean): string {
  const listed = found.first.map((r) => `${describeCodePoint(r.codePoint)}${withPosition ? ` at ${lineAndColumn(text, r.index)}` : ''}`);
  const more = found.count - found.first.length;
  return `${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
