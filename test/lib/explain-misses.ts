/**
 * Why the pipeline missed what it missed: reads the printouts of score-folder.ts, runs the extractor with --explain on
 * each article that has misses, and files every miss under the reason its sentence gives (no trigger of the category,
 * a trigger dropped and why, a candidate kept but lost later or with a wrong detail, or "sentence not found" when the
 * quote is not in the text).
 * Prints the reasons with their counts, most first, on stdout; one line per miss (reason, article, quote) on stderr.
 * Usage: node --import tsx test/lib/explain-misses.ts [--articles <dir>] <score-folder printout> [...]
 *   (the articles default to sources/articles; make a printout with: node --import tsx test/lib/score-folder.ts <dirs> > out.txt)
 */
import { readFileSync } from 'node:fs';
import { ingestArticle } from '../../pipeline/ingest.ts';
import { buildExtractor, extractArticle } from '../../pipeline/extract.ts';

interface Miss { id: string; category: string; quote: string }

/** The misses a score-folder.ts printout lists: "  miss   <id>: <category> <date> <actors>: "<quote>…"" (near misses, which name the nearest candidate, left out). */
export function missesOf(printout: string): Miss[] {
  const out: Miss[] = [];
  for (const line of printout.split('\n')) {
    const m = /^ {2}miss {3}([^:]+): ([a-z_]+) \S+ \S+: "(.*)$/.exec(line);
    if (m && !line.includes('(nearest')) out.push({ id: m[1], category: m[2], quote: m[3].replace(/…"$|"$/, '').slice(0, 40) });
  }
  return out;
}

/** Runs of white space as one space (quotes and --explain's lines keep none of the text's line breaks). */
const oneSpaced = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The --explain block of the sentence that holds the quote: of the blocks, in the order of the text, the last one whose
 * sentence starts at or before the quote's first words (a block prints its sentence clipped at 160 characters, so a
 * quote further into a long sentence is found by where the sentence starts, not by its printed words).
 */
export function blockHolding(blocks: string[], text: string, quote: string): string | undefined {
  const flat = oneSpaced(text);
  const at = flat.indexOf(oneSpaced(quote).slice(0, 30));
  if (at < 0) return undefined;
  let holding: string | undefined;
  let cursor = 0;
  for (const block of blocks) {
    const printed = /^\s*\[\d+\] block \d+: (.*)$/m.exec(block)?.[1];
    if (!printed || printed.endsWith('skipped')) continue;
    const from = flat.indexOf(printed.replace(/…$/, '').slice(0, 60), cursor);
    if (from < 0) continue;
    if (from > at) break;
    cursor = from;
    holding = block;
  }
  return holding;
}

/** The reason an --explain block gives for a miss of the category: kept, dropped (with the reasons), or no trigger. */
export function reasonIn(block: string | undefined, category: string): string {
  if (!block) return 'sentence not found';
  const lines = block.split('\n');
  if (lines.some((l) => l.startsWith('  kept') && l.includes(` ${category}/`))) return 'kept in sentence (lost later or wrong detail)';
  const dropped = lines.filter((l) => l.startsWith('  dropped') && l.includes(` ${category}/`)).map((l) => l.replace(/^.*?": /, ''));
  return dropped.length ? dropped.join(' | ') : 'no trigger of the category';
}

function main(args: string[]): void {
  let articles = 'sources/articles';
  if (args[0] === '--articles') { articles = args[1]; args = args.slice(2); }
  if (!args.length) { console.error('usage: explain-misses.ts [--articles <dir>] <score-folder printout> [...]'); process.exit(2); }
  const byId = new Map<string, Miss[]>();
  for (const m of args.flatMap((f) => missesOf(readFileSync(f, 'utf8')))) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  const x = buildExtractor();
  const counts = new Map<string, number>();
  const lines: string[] = [];
  for (const [id, misses] of byId) {
    const trace: string[] = [];
    const article = ingestArticle(articles, id);
    extractArticle(article, x, (l) => trace.push(l));
    const blocks = trace.join('\n').split(/\n(?=\n\[\d+\] )/);
    for (const m of misses) {
      const reason = `${m.category}: ${reasonIn(blockHolding(blocks, article.text, m.quote), m.category)}`;
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
      lines.push(`${reason}\t${m.id}\t${m.quote}`);
    }
  }
  for (const [reason, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(n, reason);
  console.error(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
