/**
 * The brief's length at corpus scale: what it cites is bounded whatever the number of facts; every note cited exists
 * in the annex and every note is cited; each "N more" is the number of facts (or rows) counted but not cited; and the
 * records are read row by row to the same records and release as a whole-file parse.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRecords, recordsPath, scaledRecords } from './helpers.ts';
import { syntheticCorpus } from './lib/synthetic-site.ts';
import type { RecordsFile, Row } from '../pipeline/lib/records.ts';
import { briefContent, type Content } from '../pipeline/brief/document.ts';
import { indexFacts } from '../pipeline/brief/facts.ts';
import { keyFindings } from '../pipeline/brief/findings.ts';
import { maxFindingNotes, maxRowNotes } from '../pipeline/brief/citations.ts';
import { maxConflictRows, maxLenders, maxLendingRows, maxTradeRows } from '../pipeline/brief/trends.ts';
import { maxThemeRows } from '../pipeline/brief/sections.ts';
import { themes } from '../pipeline/brief/labels.ts';
import { readRecordsStreaming } from '../pipeline/brief/read-records.ts';
import { releaseOf } from '../pipeline/lib/release.ts';
import { PipelineError } from '../pipeline/lib/errors.ts';

const records = loadRecords();
const work = mkdtempSync(join(tmpdir(), 'brief-citations-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** "6–9, 17" → [6, 7, 8, 9, 17]. */
function expand(refs: string): number[] {
  return refs.split(',').map((p) => p.trim()).filter((p) => /^\d/.test(p)).flatMap((p) => {
    const [a, b = a] = p.split('–').map(Number);
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

/** The note numbers in a finding's brackets or a table's note cell ("[6–9, 17; 43 more: …]", "[4, 9] and 5 more", "58"). */
function numbersIn(text: string): number[] {
  const bracket = /\[(\d[^;\]]*)[;\]]/.exec(text);
  if (bracket) return expand(bracket[1]);
  return /^\d+$/.test(text.trim()) ? [Number(text)] : [];
}

/** Every note number the content cites, where it is cited. */
function citedNumbers(content: Content): { where: string; numbers: number[] }[] {
  const cells = (name: string, table: { columns: { header: string }[]; rows: string[][] } | null | undefined) => {
    if (!table) return [];
    const columns = table.columns.map((c, i) => (/^Notes?$/.test(c.header) ? i : -1)).filter((i) => i >= 0);
    return table.rows.flatMap((row, r) => columns.map((i) => ({ where: `${name} row ${r + 1}`, numbers: numbersIn(row[i]) })));
  };
  return [
    ...content.findings.map((f, i) => ({ where: `finding ${i + 1}`, numbers: numbersIn(f.slice(f.lastIndexOf('['))) })),
    ...cells('periods', content.periods),
    ...cells('lending', content.lending?.table),
    ...cells('trade', content.trade?.table),
    ...content.sections.flatMap((s) => cells(s.title, s.table)),
    ...cells('conflicts', content.conflicts?.table),
  ];
}

/** Checks that the notes cited are exactly 1…N, N the facts with a note; returns N. */
function assertNotesMatch(content: Content): number {
  const cited = new Set(citedNumbers(content).flatMap((c) => c.numbers));
  const n = content.annexed.length;
  assert.deepEqual([...cited].sort((a, b) => a - b), Array.from({ length: n }, (_, i) => i + 1), 'the notes cited are not exactly the notes of the annex');
  return n;
}

/** The most notes the brief can cite: per finding, per row of the summary tables, per theme table, per listed conflict. */
function noteBound(content: Content): number {
  return 8 * maxFindingNotes + (content.periods?.rows.length ?? 0) * maxRowNotes + (maxLendingRows + 1) * maxRowNotes + maxTradeRows + themes.length * maxThemeRows + maxConflictRows;
}

test('every note the brief cites is in the annex and every note of the annex is cited', () => {
  const content = briefContent(indexFacts(records));
  const n = assertNotesMatch(content);
  assert.ok(n > 0 && n < records.tables.events.length, `${n} notes for ${records.tables.events.length} facts`);
  // the annex is in print order: theme by theme, as the facts are indexed
  const order = indexFacts(records).noted.map((e) => String(e.event_id));
  const positions = content.annexed.map((e) => order.indexOf(String(e.event_id)));
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
});

test('each "N more" of a finding is the number of facts or rows counted and not cited', () => {
  const facts = indexFacts(records);
  const content = briefContent(facts);
  const events = records.tables.events;
  let checked = 0;
  for (const text of content.findings) {
    const m = /\[([^\]]*); (\d+) more: csv\/events\.csv, category = ([^\]]+)\]/.exec(text);
    if (m) {
      const cats = m[3].split(/, | or /);
      const total = events.filter((e) => cats.includes(String(e.category))).length;
      assert.equal(expand(m[1]).length + Number(m[2]), total, text);
      assert.equal(expand(m[1]).length, Math.min(maxFindingNotes, total), text);
      checked++;
    }
    const safe = /\[([^\]]*); (\d+) more: csv\/finance\.csv, sum_safe = true\]/.exec(text);
    if (safe) {
      const total = records.tables.finance.filter((f) => f.sum_safe === true && typeof f.amount_usd === 'number').length;
      assert.equal(Number(safe[2]), total - maxFindingNotes, text);
      checked++;
    }
    const all = /\[all (\d+): csv\/events\.csv\]/.exec(text);
    if (all) {
      assert.equal(Number(all[1]), events.length, text);
      checked++;
    }
  }
  assert.ok(checked >= 3, `only ${checked} findings with a count of the rest`);
  // the structure behind the sentences: cited + more = everything the finding counts
  const visits = keyFindings(facts).find((f) => f.citation.filter.endsWith('category = visit'))!;
  assert.equal(visits.citation.events.length + visits.citation.more, events.filter((e) => e.category === 'visit').length);
  assert.equal(visits.notes.length, events.filter((e) => e.category === 'visit').length, 'the site still gets every fact');
  // a theme section's lead counts its facts
  for (const section of content.sections) {
    const m = /all (\d+) are rows of csv\/events\.csv, category = ([^.]+)\./.exec(section.lead);
    if (!m) continue;
    const cats = m[2].split(/, | or /);
    assert.equal(Number(m[1]), events.filter((e) => cats.includes(String(e.category))).length, section.lead);
  }
});

test('a row of the trends table cites its first visit, first signing and largest amount, and counts the rest', () => {
  const content = briefContent(indexFacts(records));
  assert.ok(content.periods);
  const header = content.periods.columns.map((c) => c.header);
  for (const row of content.periods.rows) {
    const cell = row[header.indexOf('Notes')];
    const cited = numbersIn(cell).length;
    assert.ok(cited >= 1 && cited <= maxRowNotes, cell);
    const counted = Number(row[1]) + Number(row[2]) + Number(row[3]) + Number(row[4]) + Number(/\((\d+)\)/.exec(row[5])?.[1] ?? 0);
    const more = Number(/and (\d+) more/.exec(cell)?.[1] ?? 0);
    // a fact counted twice in a row (a signing with an amount) is one fact
    assert.ok(cited + more <= counted && cited + more > 0, `${row[0]}: ${cell} for ${counted} counted`);
  }
});

/** The records scaled up `times` times, each copy's finance rows lent by a lender of its own: many lenders and years. */
function manyLenders(base: RecordsFile, times: number): RecordsFile {
  const scaled = scaledRecords(base, times);
  for (const f of scaled.tables.finance) {
    const copy = /-(\d+)$/.exec(String(f.event_id))?.[1] ?? '0';
    if (f.lender) f.lender = `${f.lender} ${copy}`;
  }
  return scaled;
}

test('with 30 times the facts and many lenders, the brief cites no more than the bound, and the lending table is by lender', () => {
  const scaled = manyLenders(records, 30);
  const content = briefContent(indexFacts(scaled));
  const n = assertNotesMatch(content);
  assert.ok(n <= noteBound(content), `${n} notes`);
  assert.ok(n <= 250, `${n} notes for ${scaled.tables.events.length} facts`);
  for (const { where, numbers } of citedNumbers(content)) assert.ok(numbers.length <= maxFindingNotes, `${where} cites ${numbers.length} notes`);
  const lending = content.lending!;
  assert.equal(lending.table.columns[0].header, 'Years');
  assert.ok(lending.table.rows.length <= maxLenders + 1, `${lending.table.rows.length} rows`);
  assert.match(lending.table.rows.at(-2)![1], /^\d+ other lenders or providers$/);
  // the amounts still add up to the total of every sum-safe row
  const total = scaled.tables.finance.filter((f) => f.sum_safe === true && typeof f.amount_usd === 'number').length;
  assert.equal(lending.table.rows.at(-1)![2], `${total} amounts`);
});

test('a made-up corpus of 20,000 facts gets a brief of bounded notes whose sources are those of the notes', () => {
  const { records: big } = syntheticCorpus(records, 20000);
  const content = briefContent(indexFacts(big));
  const n = assertNotesMatch(content);
  assert.ok(n <= noteBound(content) && n <= 150, `${n} notes for 20,000 facts`);
  assert.ok(content.findings[0].endsWith('[all 20000: csv/events.csv].'), content.findings[0]);
  const keyed = [...content.annexed, ...(content.conflicts?.listed ?? [])].map((r) => String(r.source_id));
  assert.deepEqual([...content.sourcesListed].sort(), [...new Set(keyed)].sort());
});

test('the records read row by row are the records and the release of a whole-file parse, in any chunk size', () => {
  const whole = JSON.parse(readFileSync(recordsPath(), 'utf8')) as RecordsFile;
  for (const chunk of [7, 4096]) {
    const { records: read, release } = readRecordsStreaming(recordsPath(), () => true, chunk);
    assert.equal(release, releaseOf(whole));
    assert.deepEqual(read, whole);
  }
  // strings with escaped quotes, backslashes and brackets, split anywhere
  const few = Object.fromEntries(Object.entries(whole.tables).map(([name, rows]) => [name, rows.slice(0, 3)])) as RecordsFile['tables'];
  const tricky: RecordsFile = { ...whole, tables: { ...few, events: few.events.map((e, i) => ({ ...e, quote: `a "quoted" \\ back\\\\slash {[${i}]} “curly” 𝔘` })) as Row[] } };
  const path = join(work, 'tricky.json');
  writeFileSync(path, JSON.stringify(tricky, null, 2));
  for (const chunk of [1, 3, 64]) {
    const { records: read, release } = readRecordsStreaming(path, (t) => t !== 'mentions', chunk);
    assert.equal(release, releaseOf(tricky));
    assert.deepEqual(read.tables.events, tricky.tables.events);
    assert.deepEqual(read.tables.mentions, [], 'a table not kept is read but not held');
    assert.deepEqual(read.dataset, tricky.dataset);
  }
});

test('a records file cut short is refused with a message naming it', () => {
  const path = join(work, 'cut.json');
  writeFileSync(path, readFileSync(recordsPath(), 'utf8').slice(0, 5000));
  assert.throws(() => readRecordsStreaming(path, () => true), (e: unknown) => e instanceof PipelineError && e.message.includes(path));
  assert.throws(() => readRecordsStreaming(join(work, 'none.json'), () => true), (e: unknown) => e instanceof PipelineError && e.message.includes('none.json'));
});
