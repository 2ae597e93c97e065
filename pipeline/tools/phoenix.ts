/**
 * Readers for the Phoenix (PETRARCH2) dictionaries vendored in sources/reference/upstream/phoenix/
 * (format: dictionaries-format.rst of openeventdata/petrarch2): actor records and agent (title) entries.
 */
import { readFileSync, existsSync } from 'node:fs';
import { PipelineError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';

export const phoenixDir = new URL('../../sources/reference/upstream/phoenix/', import.meta.url).pathname;
export const phoenixCitation = {
  name: 'Phoenix (PETRARCH2) dictionaries, Open Event Data Alliance',
  url: 'https://github.com/openeventdata/petrarch2/tree/676801cd9cb2924bbbad09f86d15c9323e7097bf/petrarch2/data/dictionaries',
  version: 'openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf (2019-03-18)',
  licence: 'MIT (sources/reference/upstream/phoenix/LICENSE)',
};

/** One dated CAMEO code of an actor: `from`/`to` as YYYY-MM-DD, absent when open. */
export interface ActorCode { code: string; from?: string; to?: string }
/** One actor record: its phrases (primary first, then the `+` synonyms) and its codes. */
export interface ActorRecord { line: number; phrases: string[]; codes: ActorCode[] }
/** One agent entry: the phrase (with ' ' where words may intervene, '_' between consecutive words), its plural forms and code. */
export interface AgentEntry { line: number; phrase: string; plurals: string[]; code: string }

function readDictionary(file: string): string[] {
  const path = phoenixDir + file;
  if (!existsSync(path)) throw new PipelineError(messages.fileMissing(path, 'Phoenix dictionary'));
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

/** Upstream lines whose date is malformed ("9008223"): the code on that line is skipped and listed in the generated notes. */
export const malformedDates: string[] = [];

/** A two-digit year YY is 20YY for 00–30 and 19YY otherwise (PETRARCH's dstr_to_ordate rule); null if malformed. */
export function phoenixDate(s: string, file: string, line: number): string | null {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) { malformedDates.push(`${file} line ${line}: "${s}"`); return null; }
  const year = m[1].length === 4 ? m[1] : `${Number(m[1]) <= 30 ? '20' : '19'}${m[1]}`;
  return `${year}-${m[2]}-${m[3]}`;
}

/** `[CODE]`, `[CODE <d]`, `[CODE >d]` or `[CODE d-d]` as a dated code. */
function parseCode(text: string, file: string, line: number): ActorCode | null {
  const m = /^\[(\S+?)(?:\s+([<>]?)(\d+)(?:-(\d+))?)?\s*\]/.exec(text.trim());
  if (!m) return null;
  if (!m[3]) return { code: m[1] };
  const from = phoenixDate(m[3], file, line);
  const to = m[4] ? phoenixDate(m[4], file, line) : from;
  if (!from || !to) return null;
  if (m[2] === '<') return { code: m[1], to: from };
  if (m[2] === '>') return { code: m[1], from };
  return { code: m[1], from, to };
}

/** The phrase of an actor or agent line without comments, the trailing `_` and any inline default code. */
const phraseOf = (line: string) => line.replace(/#.*$/, '').replace(/;.*$/, '').replace(/\[[^\]]*\]/g, '').trim();

/** Every record of an actors file, in file order. */
export function readActors(file: string): ActorRecord[] {
  const records: ActorRecord[] = [];
  let current: ActorRecord | undefined;
  readDictionary(file).forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/#.*$/, '');
    if (text.trim() === '' || text.trim().startsWith('<')) return;
    if (/^\s/.test(text)) {
      const code = parseCode(text, file, line);
      if (code && current) current.codes.push(code);
      return;
    }
    if (text.startsWith('+')) {
      if (current) current.phrases.push(phraseOf(text.slice(1)));
      return;
    }
    // A new primary phrase; a phrase right after another record's codes starts a new record.
    current = { line, phrases: [phraseOf(text)], codes: [] };
    const inline = /\[([^\]]+)\]/.exec(text.replace(/#.*$/, ''));
    if (inline) { const c = parseCode(`[${inline[1]}]`, file, line); if (c) current.codes.push(c); }
    records.push(current);
  });
  return records.filter((r) => r.phrases[0] !== '');
}

/** Regular plural of a noun phrase's last word (PETRARCH: +S, Y → IES, SS → ES). */
function regularPlural(phrase: string): string {
  if (/[^AEIOU]Y$/.test(phrase)) return phrase.slice(0, -1) + 'IES';
  if (/(SS|SH|CH|X)$/.test(phrase)) return phrase + 'ES';
  return phrase + 'S';
}

/** Every entry of the agents file with substitution sets (`!MINIST!`) expanded and plurals resolved. */
export function readAgents(file: string): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const entries: AgentEntry[] = [];
  readDictionary(file).forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/#.*$/, '').trim();
    if (text === '' || text.startsWith('<')) return;
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(text);
    if (set) { sets.set(set[1], set[2].split(',').map((x) => x.trim())); return; }
    const m = /^(.+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]+)\]/.exec(text);
    if (!m) return;
    const code = m[3].trim().replace(/^~|~$/g, '');
    const phrase = m[1].trim();
    const marker = /![A-Z]+!/.exec(phrase)?.[0];
    const expansions = marker && sets.has(marker) ? sets.get(marker)!.map((x) => phrase.replace(marker, x)) : [phrase];
    // A phrase ending in the stem MINIST ("DEFENSE_MINIST") stands for the minister and the ministry.
    for (const p of expansions.flatMap((x) => (/MINIST_?$/.test(x) ? [x.replace(/MINIST_?$/, 'MINISTER'), x.replace(/MINIST_?$/, 'MINISTRY')] : [x]))) {
      const base = p.replace(/_$/, '');
      const plurals = marker ? [] : m[2] !== undefined ? m[2].split(/\s+/).filter(Boolean).map((x) => x.replace(/_$/, '')) : [regularPlural(base)];
      entries.push({ line, phrase: base, plurals, code });
    }
  });
  return entries;
}
