/** Finds mentions of countries, people, organisations and places from the reference lists. */
import type { Reference } from './reference.ts';
import { phraseRegex } from './reference.ts';

export type EntityKind = 'country' | 'person' | 'organisation' | 'place';
export type MentionForm = 'name' | 'adjective' | 'prefix' | 'metonym' | 'short';

export interface EntityMention {
  kind: EntityKind;
  id: string;
  /** The country the mention stands for or belongs to (ISO alpha-3), if any. */
  country: string | null;
  form: MentionForm;
  start: number;
  end: number;
  /** Place or organisation type (city, media, international...). */
  subtype?: string;
}

interface Entry {
  surface: string; kind: EntityKind; id: string; country: string | null; form: MentionForm; subtype?: string; rank: number;
  /** Whether the surface has a space or an apostrophe, so that another spelling can match it (see matchLength). */
  flexible: boolean;
  /**
   * What any match starts with: the surface up to its first space or apostrophe (all of it without one); and when a
   * space follows it, the code of the character after the space (-1 when that is a space or an apostrophe), which the
   * text must have after its spaces there.
   */
  head: string; afterSpace: number;
  /** The position of `head` in its bucket's list of heads. */
  headIndex: number;
}

/** The entries whose first word is one key, longest first, and the distinct heads they start with. */
interface Bucket { entries: Entry[]; heads: string[] }

/** Higher rank wins when two entries match the same span: organisations and places over countries. */
const kindRank: Record<EntityKind, number> = { organisation: 4, person: 3, place: 2, country: 1 };

export interface Gazetteer {
  index: Map<string, Bucket>; roleTitle: RegExp;
  /** Whether some key of `index` starts with a pair of ASCII characters, by their codes (a * 128 + b): most words need no lookup. */
  asciiPairs: Uint8Array;
  /**
   * A bit set at the hash (asciiHash) of each key of `index` written in ASCII: an ASCII word whose hash's bit is 0 is no
   * key. Bits, not bytes: 128 kB stay in the processor's cache, where a byte per hash (1 MB) did not.
   */
  asciiKeys: Uint8Array;
  /** Words after which "US" is the pronoun of a page's menu ("CONTACT US", "ABOUT US"), not the country (lexicon us_pronoun_before). */
  usPronounBefore: RegExp;
}

/** Bits of asciiHash: the size of Gazetteer.asciiKeys is 2 to this power. */
const KEY_HASH_BITS = 20;
/** FNV-1a of a word's character codes, lower-cased (ASCII letters only change), cut to KEY_HASH_BITS bits. */
function asciiHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  return h >>> (32 - KEY_HASH_BITS);
}

const wordChars = /[\p{L}\p{N}]+/uy;
/** The word starting at `at` (letters and digits), lower-cased: the index key. */
function firstWord(text: string, at: number): string {
  wordChars.lastIndex = at;
  return wordChars.exec(text)?.[0].toLowerCase() ?? '';
}

/** Whether the bit of hash h is set in a bit set (Gazetteer.asciiKeys). */
const hasKeyHash = (bits: Uint8Array, h: number) => ((bits[h >>> 3] >>> (h & 7)) & 1) === 1;

/** The lookup index: entries keyed by their first word, lower-cased, longest first. */
export function buildGazetteer(ref: Reference): Gazetteer {
  const entries: Entry[] = [];
  const add = (surface: string, e: Omit<Entry, 'surface' | 'rank' | 'flexible' | 'head' | 'afterSpace' | 'headIndex'>) => {
    if (surface && surface.trim().length >= 2) entries.push({ surface: surface.trim(), ...e, rank: kindRank[e.kind], flexible: FLEXIBLE.test(surface.trim()), ...headOf(surface.trim()), headIndex: -1 });
  };
  for (const c of ref.countries) {
    for (const n of new Set([c.name, ...c.names])) add(n, { kind: 'country', id: c.code, country: c.code, form: 'name' });
    for (const a of c.adjectives) add(a, { kind: 'country', id: c.code, country: c.code, form: 'adjective' });
    for (const p of c.prefixes) add(p, { kind: 'country', id: c.code, country: c.code, form: 'prefix' });
    for (const m of c.metonyms) add(m, { kind: 'country', id: c.code, country: c.code, form: 'metonym' });
  }
  for (const p of ref.places) for (const v of new Set([p.name, ...p.variants])) add(v, { kind: 'place', id: p.id, country: p.country, form: 'name', subtype: p.type });
  // "the Chinese capital", "the Belarusian capital": "the", a country's adjective and "capital" name its capital city
  // (without "the" it is money: "companies with Chinese capital").
  for (const c of ref.countries) {
    const capital = ref.places.find((p) => p.country === c.code && p.name === c.capital);
    if (capital) for (const a of c.adjectives.filter((x) => !/^the\s/i.test(x))) add(`the ${a} capital`, { kind: 'place', id: capital.id, country: c.code, form: 'name', subtype: capital.type });
  }
  for (const o of ref.organisations) for (const v of new Set([o.name, ...o.variants])) add(v, { kind: 'organisation', id: o.id, country: o.country, form: 'name', subtype: o.type });
  for (const p of ref.people) {
    for (const v of new Set([p.name, ...p.variants])) add(v, { kind: 'person', id: p.id, country: p.country, form: 'name' });
    for (const s of p.short) add(s, { kind: 'person', id: p.id, country: p.country, form: 'short' });
  }
  const index = new Map<string, Bucket>();
  for (const e of entries) {
    const key = firstWord(e.surface, 0);
    const bucket = index.get(key) ?? { entries: [], heads: [] };
    bucket.entries.push(e);
    index.set(key, bucket);
  }
  for (const bucket of index.values()) {
    bucket.entries.sort((a, b) => b.surface.length - a.surface.length || b.rank - a.rank);
    for (const e of bucket.entries) {
      if (!bucket.heads.includes(e.head)) bucket.heads.push(e.head);
      e.headIndex = bucket.heads.indexOf(e.head);
    }
  }
  const roleTitle = new RegExp(`${phraseRegex(ref.lexicon.role_titles, 'u').source}\\s*$`, 'u');
  const asciiPairs = new Uint8Array(128 * 128);
  for (const key of index.keys()) if (key.length >= 2 && key.charCodeAt(0) < 128 && key.charCodeAt(1) < 128) asciiPairs[key.charCodeAt(0) * 128 + key.charCodeAt(1)] = 1;
  const asciiKeys = new Uint8Array((1 << KEY_HASH_BITS) >>> 3);
  for (const key of index.keys()) {
    if (!/^[\x00-\x7f]*$/.test(key)) continue;
    const h = asciiHash(key, 0, key.length);
    asciiKeys[h >>> 3] |= 1 << (h & 7);
  }
  const usPronounBefore = new RegExp(`${phraseRegex(ref.lexicon.us_pronoun_before, 'iu').source}\\s+$`, 'iu');
  return { index, roleTitle, asciiPairs, asciiKeys, usPronounBefore };
}

/** Whether an ASCII character code is a letter or a digit. */
const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => !!ch && (ch.charCodeAt(0) < 128 ? isAsciiWordCode(ch.charCodeAt(0)) : WORD_CHAR.test(ch));

/** A letter or digit code point at `at` (sticky: only there), for characters outside ASCII. */
const WORD_CODE_POINT = /[\p{L}\p{N}]/uy;
/** How many code units the letter or digit at `at` takes (2 for one outside the BMP), or 0 when there is none there. */
function wordCharLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiWordCode(c) ? 1 : 0;
  WORD_CODE_POINT.lastIndex = at;
  return WORD_CODE_POINT.test(text) ? WORD_CODE_POINT.lastIndex - at : 0;
}

/** The index after the last character (code point) of a code point is `at`: where the next one starts. */
function nextCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length) {
    const d = text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return at + 2;
  }
  return at + 1;
}

const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ']);
/** A surface that another spelling can match: it has a space (a line break in the text) or an apostrophe. */
const FLEXIBLE = /[ '’‘ʼ]/;
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u00a0';

/**
 * How many characters of text at `at` spell `surface`, or -1: the same letters (the case as written), any apostrophe
 * for an apostrophe ("People’s Republic"), any run of spaces and line breaks for a space (a wrapped line), and a word
 * boundary after.
 */
function matchLength(text: string, at: number, entry: Entry): number {
  const surface = entry.surface;
  // Most entries match as written; only one with a space or an apostrophe may be spelled otherwise.
  if (text.startsWith(surface, at)) {
    const last = surface[surface.length - 1];
    return last === '-' || !isWordChar(text[at + surface.length]) ? surface.length : -1;
  }
  return entry.flexible ? spelledLength(text, at, surface, 'written') : -1;
}

/**
 * How many characters of text at `at` spell `surface` letter by letter, or -1: each letter as written, upper-cased
 * (`capitals`) or either of the two (`either`); any apostrophe for an apostrophe, any run of spaces and line breaks
 * for a space, and a word boundary after.
 */
function spelledLength(text: string, at: number, surface: string, letters: 'written' | 'capitals' | 'either'): number {
  let i = at;
  for (let k = 0; k < surface.length; k++) {
    const want = surface[k];
    const got = text[i];
    if (want === ' ' && isSpace(got)) {
      while (isSpace(text[i])) i++;
      continue;
    }
    const upper = letters === 'written' ? want : want.toUpperCase();
    const shown = upper.length === 1 ? upper : want;
    if (got !== shown && !(letters === 'either' && got === want) && !(APOSTROPHES.has(want) && APOSTROPHES.has(got!))) return -1;
    i++;
  }
  const last = surface[surface.length - 1];
  return last === '-' || !isWordChar(text[i]) ? i - at : -1;
}

/** The fewest letters a name must have to match in capitals: shorter ones ("US", "UN", "MAY") are acronyms or words. */
const CAPITALS_MIN_LENGTH = 4;

/** Whether text[at, end) is a word of at least `min` characters written in capitals: a letter, and none in lower case ("CHINA"; not "1992"). */
function isCapitalsWord(text: string, at: number, end: number, min = CAPITALS_MIN_LENGTH): boolean {
  if (end - at < min) return false;
  const word = text.slice(at, end);
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * How many characters of text at `at` spell the entry in capitals ("CHINA", "ALEXANDER LUKASHENKO"), or -1. A surname
 * alone (a short form) does not match this way.
 */
function capitalsMatchLength(text: string, at: number, entry: Entry): number {
  return entry.form === 'short' || entry.surface.length < CAPITALS_MIN_LENGTH ? -1 : spelledLength(text, at, entry.surface, 'capitals');
}

/**
 * How many characters of text at `at` spell a person's full name with some of its words in capitals, as protocol lists
 * and some agencies write a family name ("XI Jinping", "Alexander LUKASHENKO"), or -1.
 */
function familyCapitalsMatchLength(text: string, at: number, entry: Entry): number {
  return entry.kind === 'person' && entry.form === 'name' && entry.flexible ? spelledLength(text, at, entry.surface, 'either') : -1;
}

/** An entry's head and the character after a space that follows it (see Entry). */
function headOf(surface: string): { head: string; afterSpace: number } {
  const cut = surface.search(FLEXIBLE);
  if (cut < 0) return { head: surface, afterSpace: -1 };
  const next = surface[cut + 1];
  const usable = surface[cut] === ' ' && next !== undefined && !isSpace(next) && !APOSTROPHES.has(next);
  return { head: surface.slice(0, cut), afterSpace: usable ? next.charCodeAt(0) : -1 };
}

/**
 * Where the text at `at` stands with a head (see Entry): NO_HEAD when it does not start with it, NO_SPACE when no space
 * follows it there, else the code of the first character after the spaces that follow it.
 */
const NO_HEAD = -1;
const NO_SPACE = -2;
function headState(text: string, at: number, head: string): number {
  if (!text.startsWith(head, at)) return NO_HEAD;
  let j = at + head.length;
  if (!isSpace(text[j])) return NO_SPACE;
  while (isSpace(text[j])) j++;
  return text.charCodeAt(j);
}

/**
 * Whether the text can spell the entry at all, as written or otherwise (matchLength), from the state of its head there:
 * it starts with the head and, where a space follows the head, has spaces there and then the character after the
 * space. A quick test that spares most entries of a long list ("the …", "Republic of …") the full comparison.
 */
const mayMatch = (e: Entry, state: number) => state !== NO_HEAD && (e.afterSpace < 0 || state === e.afterSpace);

/** Scratch space for findMentions: the head states of the bucket at hand. */
const headStates: number[] = [];

/**
 * False when no key of the index can be the word text[at, end) lower-cased: it starts with two ASCII characters that no key
 * starts with (lower-casing changes no ASCII character into another's place). True otherwise.
 */
function mayBeKey(text: string, at: number, end: number, gaz: Gazetteer): boolean {
  if (end - at < 2) return true;
  let a = text.charCodeAt(at);
  let b = text.charCodeAt(at + 1);
  if (a >= 128 || b >= 128) return true;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return gaz.asciiPairs[a * 128 + b] === 1;
}

/** A capitalised word right after a surname, as a given name follows it ("Jiang Shusheng"), not a headline's verb ("Xi Visits"). */
const nextIsGivenName = /^ (?!(?:Visits?|Meets?|Says?|Arrives?|Calls?|Holds?|Signs?|Urges?|Hails?|Talks?|Pledges?|Backs?|Receives?|And|In|On|At|To|Of|For|With)\b)\p{Lu}\p{Ll}+\b/u;

/**
 * Every entity mention in text[start, end). A short form (a surname such as "Xi") counts only after the
 * person's full name appeared earlier in the article (`seenPeople`) or right after a role title ("Premier Wen").
 */
export function findMentions(text: string, start: number, end: number, gaz: Gazetteer, seenPeople: Set<string>): EntityMention[] {
  const found: EntityMention[] = [];
  // Each word (a run of letters and digits, as /[\p{L}\p{N}]+/gu finds them) starting before `end`, read by character
  // codes: only a word that may be a key is cut out of the text.
  let next = start;
  while (next < end) {
    const at = next;
    const first = text.charCodeAt(at);
    if (first < 128 && !isAsciiWordCode(first)) { next = at + 1; continue; }
    let n = wordCharLength(text, at);
    if (n === 0) { next = nextCodePoint(text, at); continue; }
    let wordEnd = at;
    let ascii = true;
    while (n > 0) {
      if (n > 1 || text.charCodeAt(wordEnd) >= 128) ascii = false;
      wordEnd += n;
      const c = text.charCodeAt(wordEnd);
      n = c < 128 ? (isAsciiWordCode(c) ? 1 : 0) : wordCharLength(text, wordEnd);
    }
    next = wordEnd;
    if (!mayBeKey(text, at, wordEnd, gaz)) continue;
    // Most words are no key: an ASCII word is looked up only when its hash is a key's.
    if (ascii && !hasKeyHash(gaz.asciiKeys, asciiHash(text, at, wordEnd))) continue;
    const bucket = gaz.index.get(text.slice(at, wordEnd).toLowerCase());
    if (!bucket) continue;
    // "CHINA", "MINSK", "ALEXANDER LUKASHENKO": a word in capitals may spell a name written in capitals.
    const capitals = isCapitalsWord(text, at, wordEnd);
    // "XI Jinping": a short word in capitals may open a person's name whose family name is written so.
    const capitalsShort = !capitals && isCapitalsWord(text, at, wordEnd, 2);
    for (let h = 0; h < bucket.heads.length; h++) headStates[h] = headState(text, at, bucket.heads[h]);
    for (const e of bucket.entries) {
      const asWritten = mayMatch(e, headStates[e.headIndex]);
      if (!asWritten && !capitals && !(capitalsShort && e.kind === 'person')) continue;
      // An entry whose head is itself in capitals ("CITIC Group") may match its head as written and the rest in capitals ("CITIC GROUP").
      let length = asWritten ? matchLength(text, at, e) : -1;
      if (length < 0 && capitals) length = capitalsMatchLength(text, at, e);
      if (length < 0 && e.kind === 'person') length = familyCapitalsMatchLength(text, at, e);
      if (length < 0 || at + length > end) continue;
      if (e.form === 'short' && !seenPeople.has(e.id) && !gaz.roleTitle.test(text.slice(Math.max(start, at - 60), at))) continue;
      // A surname followed by another name is someone else ("Jiang Shusheng" is not Jiang Zemin).
      if (e.form === 'short' && nextIsGivenName.test(text.slice(at + length, at + length + 24))) continue;
      if (length === 2 && e.kind === 'country' && text.charCodeAt(at) === 85 /* U */ && text.charCodeAt(at + 1) === 83 /* S */ && gaz.usPronounBefore.test(text.slice(Math.max(start, at - 16), at))) continue;
      if (e.kind === 'person' && e.form === 'name') seenPeople.add(e.id);
      found.push({ kind: e.kind, id: e.id, country: e.country, form: e.form, start: at, end: at + length, subtype: e.subtype });
      next = at + length;
      break;
    }
  }
  return found;
}
