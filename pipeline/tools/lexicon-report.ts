/**
 * Lexicon report: how broadly each trigger pattern (sources/reference/triggers.json) and each cue-list entry
 * (sources/reference/lexicon.json) fires across a corpus, counted in distinct articles and sentences.
 * A rule that fires on one sentence only is a defect unless it is a general phrase the corpus happens to hold once.
 *
 * Corpus: every folder of article pairs among the given paths (a folder holding <id>.txt files directly, and every
 * folder named `articles` below a given path). Each article is ingested in memory (nothing is written) and each rule
 * is compiled by the extractor's own code: triggers as loadReference() compiles them (keyword pre-check, then the
 * pattern), phrase lists with phraseRegex(). It measures where a rule's words occur in body sentences, not whether a
 * fact is kept: requirements, assertion and the two-country focus decide that later.
 *
 * Usage: node --import tsx pipeline/tools/lexicon-report.ts [--json] [path ...]   (default: sources/articles test/fixtures)
 * Exit 0 whatever the counts (it is a report); 1 only when no article can be read.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError, runStage } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { ingestArticle } from '../ingest.ts';
import { escapeRegex, loadReference, phraseRegex, type Trigger } from '../extract/reference.ts';

export interface CorpusArticle { path: string; sentences: string[] }
export interface Corpus { folders: string[]; articles: CorpusArticle[]; duplicates: string[]; skipped: { path: string; problem: string }[] }

/** One rule to count: a trigger pattern or one entry of a lexicon list. */
export interface Rule {
  kind: 'trigger' | 'cue';
  /** The trigger's category, or the lexicon list's name. */
  group: string;
  /** category/subtype (with #n when several triggers share it), or the list entry itself. */
  id: string;
  /** Where the rule first fires in a sentence (-1: it does not), tried as the extractor tries it. */
  firstMatch: (sentence: string) => number;
  /** Triggers only: the pattern matches although none of the keywords is present (keywords out of step with the pattern). */
  missedByKeywords?: (sentence: string) => boolean;
}

export interface RuleBreadth {
  kind: Rule['kind']; group: string; id: string; articles: number; sentences: number;
  /** Sentences where the trigger's pattern matches but its keyword pre-check stops it. */
  keyword_misses: number;
  /** The sentence a one-sentence rule fires on, and where in it. */
  only?: { article: string; sentence: string; at: number };
}

export interface Summary { rules: number; zero: number; one_sentence: number; two_or_more_articles: number }

/** Lexicon lists the extractor matches case-sensitively (phraseRegex with the 'u' flag only). */
const caseSensitiveLists = new Set(['role_titles']);
/** Closed-class English tables of the lexicon (words to numbers), not cues. */
const DICTIONARIES = new Set(['number_words', 'ordinal_words', 'scale_words', 'months', 'weekdays', 'seasons']);

/** Folders of article pairs among `paths`: a folder holding .txt files itself, and every folder named `articles` below it. */
export function corpusFolders(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (dir: string, top: boolean) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const holdsArticles = entries.some((e) => e.isFile() && e.name.endsWith('.txt'));
    if (holdsArticles && (top || dir.split('/').pop() === 'articles')) found.push(dir);
    for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) visit(join(dir, e.name), false);
  };
  for (const p of paths) {
    if (!existsSync(p) || !statSync(p).isDirectory()) throw new PipelineError(messages.lexiconReportNoFolder(p));
    visit(p.replace(/\/+$/, ''), true);
  }
  return [...new Set(found)];
}

/** Every article of the folders, ingested in memory, as its body sentences; a text seen before (same bytes) counts once. */
export function readCorpus(folders: string[]): Corpus {
  const corpus: Corpus = { folders, articles: [], duplicates: [], skipped: [] };
  const seen = new Set<string>();
  for (const folder of folders) {
    const ids = [...new Set(readdirSync(folder).filter((f) => /\.(?:txt|json)$/.test(f)).map((f) => f.replace(/\.(?:txt|json)$/, '')))].sort();
    for (const id of ids) {
      try {
        const article = ingestArticle(folder, id);
        if (seen.has(article.sha256)) { corpus.duplicates.push(article.path); continue; }
        seen.add(article.sha256);
        corpus.articles.push({ path: article.path, sentences: article.sentences.map((s) => article.text.slice(s.start, s.end)) });
      } catch (error) {
        if (!(error instanceof PipelineError)) throw error;
        corpus.skipped.push({ path: join(folder, id), problem: error.message });
      }
    }
  }
  return corpus;
}

/** Whether a compiled trigger's pattern matches a sentence, as assertedTriggers() in pipeline/extract/events.ts tries it. */
function patternMatch(t: Trigger, sentence: string, lower: string): number {
  return lower.length === sentence.length ? lower.search(t.lowerRegex) : sentence.search(t.regex);
}

/** One rule per trigger, compiled by loadReference(): fires when a keyword is present and the pattern matches. */
export function triggerRules(triggers: Trigger[]): Rule[] {
  const seen = new Map<string, number>();
  return triggers.map((t) => {
    const name = [t.category, t.subtype, (t as { id?: string }).id].filter(Boolean).join('/');
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const keywordsPresent = (lower: string) => !t.keywords?.length || t.keywords.some((k) => lower.includes(k));
    return {
      kind: 'trigger' as const, group: t.category, id: n > 1 ? `${name} #${n}` : name,
      firstMatch: (s: string) => { const lower = s.toLowerCase(); return keywordsPresent(lower) ? patternMatch(t, s, lower) : -1; },
      missedByKeywords: (s: string) => { const lower = s.toLowerCase(); return !keywordsPresent(lower) && patternMatch(t, s, lower) >= 0; },
    };
  });
}

/**
 * One rule per entry of each list in the lexicon: phrases as the extractor compiles its cue lists (phraseRegex),
 * regular expressions for `*_patterns` lists and for entries with a `pattern` (relative_dates).
 * Dictionaries (number words, months, weekdays) and single values are closed-class English, not cues: left out.
 */
export function cueRules(lexicon: Record<string, unknown>): Rule[] {
  const rules: Rule[] = [];
  for (const [list, value] of cueLists(lexicon)) {
    for (const entry of value) {
      const pattern = typeof entry === 'object' && entry && 'pattern' in entry ? String((entry as { pattern: unknown }).pattern) : null;
      const text = pattern ?? String(entry);
      // A suffix ("-made", "-built") is joined to the word before it, as the extractor reads it after a country's name.
      const regex = pattern !== null ? new RegExp(`\\b(?:${pattern})\\b`, 'iu')
        : list.endsWith('_patterns') ? new RegExp(text, 'iu')
        : text.startsWith('-') ? new RegExp(`(?<=[\\p{L}\\p{N}])${escapeRegex(text)}(?![\\p{L}\\p{N}])`, 'iu')
        : phraseRegex([text], caseSensitiveLists.has(list) ? 'u' : 'iu');
      rules.push({ kind: 'cue', group: list, id: text, firstMatch: (s) => s.search(regex) });
    }
  }
  return rules;
}

/**
 * The lexicon's cue lists by name: each top-level list, each list nested one level in an object
 * (`comparison_base_cues.cues`, `person_anaphors.titles`), and the phrases of a phrase-to-number table
 * (`fraction_percents`: "a quarter" → 25, `multiple_verbs`). Keys starting with "_" and notes are not cues, nor the
 * closed-class dictionaries (number words, months, weekdays …).
 */
export function cueLists(lexicon: Record<string, unknown>): [string, unknown[]][] {
  const lists: [string, unknown[]][] = [];
  for (const [name, value] of Object.entries(lexicon)) {
    if (Array.isArray(value)) { lists.push([name, value]); continue; }
    if (!value || typeof value !== 'object') continue;
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => !key.startsWith('_') && key !== 'note');
    for (const [key, inner] of entries) if (Array.isArray(inner)) lists.push([`${name}.${key}`, inner]);
    const phrases = entries.filter(([, inner]) => typeof inner === 'number').map(([key]) => key);
    if (phrases.length && !DICTIONARIES.has(name)) lists.push([name, phrases]);
  }
  return lists;
}

/** Distinct articles and sentences each rule fires on, broadest first. */
export function measureBreadth(articles: CorpusArticle[], rules: Rule[]): RuleBreadth[] {
  const rows = rules.map((rule) => {
    let sentences = 0;
    let keyword_misses = 0;
    const inArticles = new Set<string>();
    let only: RuleBreadth['only'];
    for (const a of articles) {
      for (const s of a.sentences) {
        const at = rule.firstMatch(s);
        if (at >= 0) {
          sentences++;
          inArticles.add(a.path);
          only ??= { article: a.path, sentence: s, at };
        } else if (rule.missedByKeywords?.(s)) keyword_misses++;
      }
    }
    const row: RuleBreadth = { kind: rule.kind, group: rule.group, id: rule.id, articles: inArticles.size, sentences, keyword_misses };
    if (sentences === 1) row.only = only;
    return row;
  });
  return rows.sort((a, b) => b.articles - a.articles || b.sentences - a.sentences || a.kind.localeCompare(b.kind) || a.group.localeCompare(b.group) || a.id.localeCompare(b.id));
}

/** Counts of rules that fire nowhere, on one sentence only, and on two or more articles. */
export function summarise(rows: RuleBreadth[]): Summary {
  return {
    rules: rows.length,
    zero: rows.filter((r) => r.sentences === 0).length,
    one_sentence: rows.filter((r) => r.sentences === 1).length,
    two_or_more_articles: rows.filter((r) => r.articles >= 2).length,
  };
}

/** Text on one line, at most `max` characters, starting a little before offset `at` (where the rule fires). */
export function clip(s: string, max = 110, at = 0): string {
  const from = at > max / 3 ? at - Math.floor(max / 3) : 0;
  const flat = s.slice(from).replace(/\s+/g, ' ').trim();
  const lead = from > 0 ? '…' : '';
  return flat.length + lead.length <= max ? lead + flat : `${lead}${flat.slice(0, max - 1 - lead.length)}…`;
}

/** The report as text: corpus, table, summary, one-sentence rules, rules that fire nowhere, keyword misses. */
export function formatReport(corpus: Corpus, rows: RuleBreadth[]): string {
  const sentences = corpus.articles.reduce((n, a) => n + a.sentences.length, 0);
  const lines: string[] = [];
  lines.push(`Lexicon report: ${corpus.articles.length} articles, ${sentences} body sentences, from ${corpus.folders.length} folder(s): ${corpus.folders.join(', ')}`);
  if (corpus.duplicates.length) lines.push(`  counted once (same text as an article read before): ${corpus.duplicates.join(', ')}`);
  for (const s of corpus.skipped) lines.push(`  skipped ${s.path}: ${s.problem}`);
  lines.push('', `${'articles'.padStart(8)} ${'sentences'.padStart(9)}  ${'kind'.padEnd(7)} ${'category / list'.padEnd(24)} rule`);
  for (const r of rows) lines.push(`${String(r.articles).padStart(8)} ${String(r.sentences).padStart(9)}  ${r.kind.padEnd(7)} ${r.group.padEnd(24)} ${clip(r.id, 90)}`);
  lines.push('', 'Summary          triggers   cues');
  const part = (kind: Rule['kind']) => summarise(rows.filter((r) => r.kind === kind));
  const [t, c] = [part('trigger'), part('cue')];
  const line = (label: string, a: number, b: number) => `  ${label.padEnd(24)}${String(a).padStart(4)} ${String(b).padStart(6)}`;
  lines.push(line('rules', t.rules, c.rules), line('fire on 0 sentences', t.zero, c.zero), line('fire on 1 sentence only', t.one_sentence, c.one_sentence), line('fire on >= 2 articles', t.two_or_more_articles, c.two_or_more_articles));
  const ones = rows.filter((r) => r.only);
  lines.push('', `Rules that fire on one sentence only (${ones.length}): a defect unless a general phrase the corpus holds once`);
  for (const r of ones) lines.push(`  ${r.kind} ${r.group} ${clip(r.id, 60)}`, `      ${r.only!.article}: "${clip(r.only!.sentence, 110, r.only!.at)}"`);
  const zero = rows.filter((r) => r.sentences === 0);
  lines.push('', `Rules that fire nowhere (${zero.length}):`);
  for (const group of [...new Set(zero.map((r) => `${r.kind} ${r.group}`))]) {
    lines.push(`  ${group}: ${zero.filter((r) => `${r.kind} ${r.group}` === group).map((r) => clip(r.id, 60)).join(' | ')}`);
  }
  const missed = rows.filter((r) => r.keyword_misses > 0);
  if (missed.length) {
    lines.push('', 'Triggers whose pattern matches where none of their keywords occurs (add the keyword):');
    for (const r of missed) lines.push(`  ${r.id}: ${r.keyword_misses} sentence(s)`);
  }
  return lines.join('\n') + '\n';
}

/** The report as JSON, for machines. */
export function reportJson(corpus: Corpus, rows: RuleBreadth[]): string {
  const sentences = corpus.articles.reduce((n, a) => n + a.sentences.length, 0);
  return JSON.stringify({
    corpus: { folders: corpus.folders, articles: corpus.articles.length, sentences, duplicates: corpus.duplicates, skipped: corpus.skipped },
    summary: { triggers: summarise(rows.filter((r) => r.kind === 'trigger')), cues: summarise(rows.filter((r) => r.kind === 'cue')) },
    rules: rows,
  }, null, 2) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('lexicon-report', () => {
    const args = process.argv.slice(2);
    const json = args.includes('--json');
    const paths = args.filter((a) => a !== '--json');
    const folders = corpusFolders(paths.length ? paths : ['sources/articles', 'test/fixtures']);
    const corpus = readCorpus(folders);
    if (!corpus.articles.length) throw new PipelineError(messages.noArticles(folders.join(', ') || paths.join(', ')));
    const ref = loadReference();
    const rows = measureBreadth(corpus.articles, [...triggerRules(ref.triggers), ...cueRules(ref.lexicon as unknown as Record<string, unknown>)]);
    process.stdout.write(json ? reportJson(corpus, rows) : formatReport(corpus, rows));
  });
}
