/**
 * The consensus key of two blind readings: node --import tsx test/lib/merge-readers.ts <batch dir> reads <dir>/annotations-a and
 * <dir>/annotations-b (each reader's annotations of <dir>/articles) and writes <dir>/annotations. Facts are paired as the
 * scorer pairs a fact with a record (test/lib/agreement.ts): a fact both readers annotated as required is required (the
 * second reader's date, categories and passages added as alternatives); a fact one reader marked optional, or only one
 * reader annotated, is optional. not_facts: both readers', less any that overlaps a required fact's passage.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { scoreArticle, spansOf, type AnnotatedFact, type Annotation } from './score.ts';
import { tablesOfAnnotation } from './agreement.ts';
const dir = process.argv[2];
mkdirSync(join(dir, 'annotations'), { recursive: true });
const list = (x: unknown) => (Array.isArray(x) ? x : x == null ? [] : [x]);
const stats = { both: 0, bothRequired: 0, onlyA: 0, onlyB: 0 };
for (const file of readdirSync(join(dir, 'annotations-a')).filter((f) => f.endsWith('.json')).sort()) {
  const A: Annotation = JSON.parse(readFileSync(join(dir, 'annotations-a', file), 'utf8'));
  const B: Annotation = JSON.parse(readFileSync(join(dir, 'annotations-b', file), 'utf8'));
  const text = readFileSync(join(dir, 'articles', file.replace(/\.json$/, '.txt')), 'utf8');
  const Ball = { ...B, facts: B.facts.map((f) => ({ ...f, optional: false })) };
  const s = scoreArticle(text, A, tablesOfAnnotation(text, Ball));
  const pairOf = new Map(s.matches.map((m) => [m.fact, Number(m.event_id.split('#').pop())]));
  const usedB = new Set(pairOf.values());
  const facts: AnnotatedFact[] = [];
  A.facts.forEach((a, i) => {
    const j = pairOf.get(i);
    if (j === undefined) { stats.onlyA++; facts.push({ ...a, optional: true, note: `${a.note ? a.note + ' ' : ''}(One of two readers annotated this fact: optional in the consensus key.)` }); return; }
    const b = B.facts[j];
    stats.both++;
    const required = !a.optional && !b.optional;
    if (required) stats.bothRequired++;
    const evidence = [...new Set([...list(a.evidence), ...list(b.evidence)])];
    const dates = [...new Set([b.date, ...(a.also_dates ?? []), ...(b.also_dates ?? [])].filter((d) => d !== a.date))];
    const cats = [...new Set([b.category, ...(a.also_categories ?? []), ...(b.also_categories ?? [])].filter((c) => c !== a.category))];
    const merged: AnnotatedFact = { ...a, evidence: evidence.length === 1 ? evidence[0] : evidence };
    if (dates.length) merged.also_dates = dates as AnnotatedFact['also_dates']; else delete merged.also_dates;
    if (cats.length) merged.also_categories = cats; else delete merged.also_categories;
    if (required) delete merged.optional; else { merged.optional = true; merged.note = `${a.note ? a.note + ' ' : ''}(Optional for ${a.optional && b.optional ? 'both readers' : a.optional ? 'the first reader' : 'the second reader'}.)`; }
    facts.push(merged);
  });
  B.facts.forEach((b, j) => { if (!usedB.has(j)) { stats.onlyB++; facts.push({ ...b, optional: true, note: `${b.note ? b.note + ' ' : ''}(One of two readers annotated this fact: optional in the consensus key.)` }); } });
  const required = facts.filter((f) => !f.optional).flatMap((f) => spansOf(text, list(f.evidence)));
  const notFacts = [...new Set([...(A.not_facts ?? []), ...(B.not_facts ?? [])])].filter((n) => {
    const [sp] = spansOf(text, [n]);
    return sp && !required.some((r) => r.start < sp.end && sp.start < r.end);
  });
  writeFileSync(join(dir, 'annotations', file), JSON.stringify({ source_id: A.source_id, facts, not_facts: notFacts }, null, 1) + '\n');
}
console.log(dir, JSON.stringify(stats));
