/**
 * Breadth of the rules, measured: for every trigger of sources/reference/triggers.json and every cue of
 * sources/reference/lexicon.json, how many distinct articles and sentences it fires on across the articles
 * (sources/articles) and the test fixtures (written-for-rules, blind sets, the real corpus); then the triggers and cues
 * that fire on one sentence only (a one-sentence rule is a defect unless it is a general phrase the texts hold once)
 * and those that never fire. Usage: lexicon-report.ts [<folder of <id>.txt + <id>.json> ...]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../ingest.ts';
import { buildExtractor, extractArticle } from '../extract.ts';
import { ruleName } from '../extract/events.ts';
import { phraseRegex } from '../extract/reference.ts';

const DEFAULT_FOLDERS = ['sources/articles', 'test/fixtures/articles', 'test/fixtures/heldout/articles', 'test/fixtures/heldout-b/articles'];
const corpusFolders = () => (existsSync('test/fixtures/corpus') ? readdirSync('test/fixtures/corpus').sort().map((b) => join('test/fixtures/corpus', b, 'articles')) : []);
/** Cue lists of the lexicon that are phrases matched in text (the others are tables or patterns). */
const CUE_LISTS = ['forecast_cues', 'intention_cues', 'reporting_verbs', 'negations', 'topic_markers', 'continuation_cues', 'habitual_cues', 'anaphoric_event_nouns', 'stative_verbs', 'third_party_bodies'] as const;

interface Tally { articles: Set<string>; sentences: Set<string> }
const tally = (m: Map<string, Tally>, key: string, article: string, sentence: string) => {
  const t = m.get(key) ?? { articles: new Set(), sentences: new Set() };
  t.articles.add(article);
  t.sentences.add(sentence);
  m.set(key, t);
};

/** The report's lines. */
export function lexiconReport(folders: string[]): string[] {
  const x = buildExtractor();
  const triggers = new Map<string, Tally>();
  const cues = new Map<string, Tally>();
  const cueRegexes = CUE_LISTS.flatMap((list) => ((x.ref.lexicon[list] as string[] | undefined) ?? []).map((cue) => ({ key: `${list}: ${cue}`, re: phraseRegex([cue], 'iu') })));
  let articles = 0;
  for (const dir of folders.filter((d) => existsSync(d))) {
    for (const id of readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()) {
      const article = ingestArticle(dir, id);
      const extracted = extractArticle(article, x);
      const name = `${dir}/${id}`;
      articles++;
      for (const c of extracted.candidates) tally(triggers, c.rule ?? '?', name, `${name}#${c.sentence}`);
      article.sentences.forEach((s, i) => {
        const sentence = article.text.slice(s.start, s.end);
        for (const { key, re } of cueRegexes) if (re.test(sentence)) tally(cues, key, name, `${name}#${i}`);
      });
    }
  }
  const allRules = x.ref.triggers.map((t) => ruleName(t, x.events));
  const row = (key: string, t: Tally | undefined) => `${String(t?.articles.size ?? 0).padStart(4)} ${String(t?.sentences.size ?? 0).padStart(5)}  ${key}`;
  const lines = [`${articles} articles from ${folders.length} folders`, '', 'triggers (articles, sentences where a fact was kept):', ...allRules.map((r) => row(r, triggers.get(r)))];
  lines.push('', 'cues (articles, sentences containing the cue):', ...cueRegexes.map(({ key }) => row(key, cues.get(key))));
  const once = [...triggers, ...cues].filter(([, t]) => t.sentences.size === 1).map(([k]) => k);
  lines.push('', `fire on one sentence only (${once.length}):`, ...once.map((k) => `  ${k}`));
  const never = [...allRules.filter((r) => !triggers.has(r)), ...cueRegexes.map((c) => c.key).filter((k) => !cues.has(k))];
  lines.push('', `never fire (${never.length}):`, ...never.map((k) => `  ${k}`));
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folders = process.argv.slice(2);
  console.log(lexiconReport(folders.length ? folders : [...DEFAULT_FOLDERS, ...corpusFolders()]).join('\n'));
}
