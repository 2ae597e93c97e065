/**
 * make bench: extraction throughput (ingest + extract) on a generated corpus of at least 1 MB of varied
 * article text, next to the bare NLP library's throughput on the same text (sentences and entities only).
 * The corpus is generated from sentence templates with a seeded generator, so every run measures the same text;
 * about half its sentences state facts, as in the first article (37 facts in 71 sentences).
 */
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestArticle } from './ingest.ts';
import { buildExtractor, extractArticle } from './extract.ts';
import { countSentencesAndEntities } from './lib/nlp.ts';

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people = ['Premier Wen Jiabao', 'Vice-President Xi Jinping', 'President Alexander Lukashenko', 'Prime Minister Mikhail Myasnikovich', 'Foreign Minister Vladimir Makei', 'Foreign Minister Wang Yi', 'President Vladimir Putin', 'Premier Li Keqiang'];
const places = ['Minsk', 'Beijing', 'Shanghai', 'Moscow', 'Belarus', 'China', 'Russia', 'Kazakhstan', 'Serbia', 'Harbin'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const templates = [
  (p: string, q: string, y: number, m: string, n: number) => `${p} paid a ${n % 4 + 2}-day visit to ${q} in ${m} ${y}, accompanied by a delegation of ${n + 20} officials.`,
  (p: string, q: string, y: number, m: string, n: number) => `On ${n % 27 + 1} ${m} ${y}, ${p} and his hosts in ${q} signed ${n % 20 + 2} agreements worth US$${(n % 9) + 1}.${n % 10} billion.`,
  (_p: string, q: string, y: number, _m: string, n: number) => `Trade between China and ${q} grew by ${n % 80 + 3} percent in ${y}, officials said.`,
  (_p: string, q: string, y: number, m: string, n: number) => `In ${m} ${y}, China extended a loan of RMB ${n % 50 + 5} bn to ${q} for a new power plant.`,
  (_p: string, q: string, y: number, _m: string, n: number) => `Analysts in ${q} argue that the partnership, which began in ${y}, is driven by ${n % 2 ? 'economics' : 'politics'} rather than ideology.`,
  (p: string, q: string, y: number, _m: string) => `${p} is expected to travel to ${q} in ${y + 20}, although no date has been set.`,
  (_p: string, q: string, y: number, m: string) => `A Chinese troupe gave three concerts in ${q} in ${m} ${y}, and the embassy held an exhibition of Chinese painting.`,
  (_p: string, q: string) => `Critics note that ${q} has few resources and a small market, which makes the attention it receives somewhat puzzling.`,
  (_p: string, q: string) => `One might argue, of course, that the economic and political motives of ${q}'s diplomacy go hand-in-hand.`,
  (_p: string, q: string, _y: number, _m: string, n: number) => `The asymmetry in the relationship gives ${q} leeway to pursue its own aims, and ${n % 2 ? 'officials' : 'observers'} tend to think long-term.`,
  (_p: string, q: string) => `How does ${q} fit into this strategy? The most likely answer is that it offers an opportunity rather than a model.`,
  (p: string, q: string) => `In conclusion, the author argued that ${p} could only stay in office in ${q} if employment remained high and public services stayed good.`,
];

/** About `bytes` of generated articles, as {id, text} pairs. */
export function generateCorpus(bytes: number, seed = 42): { id: string; text: string }[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const articles: { id: string; text: string }[] = [];
  let total = 0;
  while (total < bytes) {
    const paragraphs: string[] = [`Relations report ${articles.length + 1}`];
    for (let p = 0; p < 8; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 5; s++) sentences.push(pick(templates)(pick(people), pick(places), 1995 + Math.floor(rnd() * 16), pick(months), Math.floor(rnd() * 1000)));
      paragraphs.push(sentences.join(' '));
    }
    const text = paragraphs.join('\n\n') + '\n';
    articles.push({ id: `bench-${String(articles.length + 1).padStart(4, '0')}`, text });
    total += Buffer.byteLength(text);
  }
  return articles;
}

function main(): void {
  const corpus = generateCorpus(1_100_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  for (const a of corpus) {
    writeFileSync(join(dir, `${a.id}.txt`), a.text);
    writeFileSync(join(dir, `${a.id}.json`), JSON.stringify({ title: `Relations report ${a.id.slice(6)}`, published: '2011-06-30' }));
  }
  const seed = readFileSync(new URL('../sources/articles/what-drives-china-belarus-relations.txt', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'seed.txt'), seed);
  writeFileSync(join(dir, 'seed.json'), JSON.stringify({ title: 'What Drives China-Belarus Relations', published: '2011-03' }));
  const ids = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const texts = ids.map((id) => readFileSync(join(dir, `${id}.txt`), 'utf8'));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const extractor = buildExtractor();
  countSentencesAndEntities('Warm-up sentence in March 2010.');
  extractArticle(ingestArticle(dir, ids[0]), extractor);

  // Each run's CPU time (user + system) is noted beside its wall time: on a shared machine it moves less with the load.
  const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const cpu: Record<string, number> = {};
  const best = (name: string, fn: () => number, runs = 3) => Math.min(...Array.from({ length: runs }, () => {
    const t = performance.now();
    const c = cpuSeconds();
    fn();
    cpu[name] = Math.min(cpu[name] ?? Infinity, cpuSeconds() - c);
    return (performance.now() - t) / 1000;
  }));
  let facts = 0;
  const bare = best('bare', () => texts.reduce((n, t) => n + countSentencesAndEntities(t).entities, 0));
  const ours = best('ours', () => (facts = ids.reduce((n, id) => n + extractArticle(ingestArticle(dir, id), extractor).candidates.length, 0)));
  rmSync(dir, { recursive: true, force: true });
  console.log(`corpus: ${ids.length} articles, ${mb.toFixed(2)} MB (generated, seed 42, plus the first article)`);
  console.log(`bare wink-nlp (sentences + entities): ${(mb / bare).toFixed(2)} MB/s (${bare.toFixed(2)} s)`);
  console.log(`our extraction (ingest + extract):    ${(mb / ours).toFixed(2)} MB/s (${ours.toFixed(2)} s), ${facts} candidate facts`);
  console.log(`ratio: ${(bare / ours).toFixed(2)}x the library's time (${((100 * bare) / ours).toFixed(0)}% of its speed; target >= 50%)`);
  console.log(`CPU time, best of 3: bare ${cpu.bare.toFixed(2)} s, ours ${cpu.ours.toFixed(2)} s (${((100 * cpu.bare) / cpu.ours).toFixed(0)}% by CPU time)`);
  // Both figures move with the machine's load (the ratio less so): say what it was.
  console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min) on ${cpus().length} cores`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
