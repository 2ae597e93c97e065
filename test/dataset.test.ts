/**
 * One fact, many sources: merging across articles, conflicts between sources, sum-safe money, mutual acts and
 * event ids that survive the arrival of another source. Runs ingest → extract → normalise in-process on small texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestArticle } from '../pipeline/ingest.ts';
import { buildExtractor, extractArticle, type ExtractedArticle } from '../pipeline/extract.ts';
import { normaliseArticles } from '../pipeline/normalise.ts';
import type { RecordsFile, Row } from '../pipeline/lib/records.ts';
import { writeArticle } from './lib/article.ts';
import { loadRecords } from './helpers.ts';
import { isSumSafe } from '../pipeline/normalise/tables.ts';

const extractor = buildExtractor();
const dataset = { name: 'test', title: 'Test', description: '', licence: { name: 'CC-BY-4.0', title: '', path: '' }, publisher: '', citation: '' };

/** Extracts one article (id, published date, text). */
function extracted(id: string, published: string, text: string): ExtractedArticle {
  return extractArticle(ingestArticle(writeArticle(id, text, { title: id, published }), id), extractor);
}
const recordsOf = (...articles: ExtractedArticle[]): RecordsFile => normaliseArticles(articles, dataset);
const ofCategory = (r: RecordsFile, category: string): Row[] => r.tables.events.filter((e) => e.category === category);

const visitA = extracted('agency-a', '2015-05-11', 'MINSK. Chinese President Xi Jinping arrived in Minsk on 10 May 2015 for a state visit to Belarus.\n');
const visitB = extracted('paper-b', '2015-05-20', 'Chinese President Xi Jinping paid a state visit to Belarus on 10 May 2015, his first since 2010.\n');
const visitC = extracted('weekly-c', '2015-05-25', 'Chinese President Xi Jinping arrived in Minsk on 11 May 2015 for a state visit to Belarus.\n');

test('the same visit stated by two sources is one event with both passages, a source count and the first report date', () => {
  const r = recordsOf(visitA, visitB);
  const visits = ofCategory(r, 'visit').filter((e) => e.date === '2015-05-10');
  assert.equal(visits.length, 1, JSON.stringify(ofCategory(r, 'visit').map((e) => [e.source_id, e.date, e.quote])));
  const [v] = visits;
  assert.equal(v.source_count, 2);
  assert.equal(v.first_reported, '2015-05-11');
  assert.equal(v.source_id, 'agency-a', 'quoted from the first source to report it');
  assert.deepEqual(r.tables.mentions.filter((m) => m.event_id === v.event_id).map((m) => m.source_id).sort(), ['agency-a', 'paper-b']);
});

test('an event keeps its id when another source about it arrives, whatever that source is called or when it was published', () => {
  const alone = ofCategory(recordsOf(visitB), 'visit').find((e) => e.date === '2015-05-10')!;
  const withEarlier = ofCategory(recordsOf(visitA, visitB), 'visit').find((e) => e.date === '2015-05-10')!;
  assert.equal(withEarlier.event_id, alone.event_id);
});

test('sources a day apart on the same visit: one event, both values in the conflicts table with their passages', () => {
  const r = recordsOf(visitA, visitC);
  const visits = ofCategory(r, 'visit').filter((e) => String(e.date).startsWith('2015-05-1'));
  assert.equal(visits.length, 1);
  const conflicts = r.tables.conflicts.filter((c) => c.event_id === visits[0].event_id);
  assert.deepEqual(conflicts.map((c) => [c.field, c.value, c.source_id, c.is_published_value]), [
    ['date', '2015-05-10', 'agency-a', true],
    ['date', '2015-05-11', 'weekly-c', false],
  ]);
  for (const c of conflicts) assert.match(String(c.quote), /arrived in Minsk/);
});

test('two different loans on the same day stay two facts', () => {
  const text = 'On 5 March 2012 China lent Belarus $300 million for a power plant. '
    + 'On 5 March 2012 China also lent Belarus $700 million for a cement factory.\n';
  const r = recordsOf(extracted('loans', '2012-03-20', text));
  assert.deepEqual(r.tables.finance.map((f) => f.amount).sort((a, b) => Number(a) - Number(b)), [300e6, 700e6]);
});

test('money is sum-safe only with a USD amount that is not a total shared by several recipient countries', () => {
  assert.equal(isSumSafe(300e6, ['BLR']), true);
  assert.equal(isSumSafe(300e6, undefined), true);
  assert.equal(isSumSafe(null, ['BLR']), false);
  assert.equal(isSumSafe(9.5e9, ['BLR', 'ARG', 'IDN']), false);
});

test('in the published records, every finance row shared by several countries is marked not sum-safe', () => {
  const finance = loadRecords().tables.finance;
  // Not sum-safe by itself implies not sum-safe published (packages, repeats and running totals are left out too: test/finance.test.ts).
  for (const f of finance) if (!isSumSafe(f.amount_usd as number | null, f.recipients ? String(f.recipients).split('; ') : undefined)) assert.equal(f.sum_safe, false, String(f.event_id));
  for (const f of finance) assert.equal(f.sum_safe, f.sum_safe_reason === null, String(f.event_id));
  assert.ok(finance.some((f) => String(f.recipients ?? '').includes(';') && f.sum_safe === false), 'the seed article states a multi-country swap');
});

test('two-way acts are mutual with their actors in alphabetical order; one-way acts keep their direction', () => {
  const r = recordsOf(visitA, extracted('deal', '2015-05-11', 'On 10 May 2015 China and Belarus signed 17 agreements worth $16 billion.\n'));
  for (const e of r.tables.events) {
    if (['agreement', 'diplomatic_relations', 'trade', 'cultural', 'technology', 'media'].includes(String(e.category))) {
      assert.equal(e.direction, 'mutual');
      assert.ok(!e.actor_2 || String(e.actor_1) < String(e.actor_2), `${e.actor_1} before ${e.actor_2}`);
    } else assert.equal(e.direction, 'one_way');
  }
  assert.ok(ofCategory(r, 'agreement').length >= 1 && ofCategory(r, 'visit').length >= 1);
});

test('a dataset with a pair publishes only the pair\'s facts: a Belarus–Russia fact in an article about China and Belarus is left out', () => {
  const article = extracted('three-countries', '2015-04-20', 'MINSK. Chinese President Xi Jinping will come to Belarus in May. On 10 April 2015 Belarusian President Alexander Lukashenko visited Moscow and met Russian President Vladimir Putin. On 12 April 2015 Chinese Vice Premier Wang Yang visited Minsk.\n');
  const all = normaliseArticles([article], dataset).tables.events;
  assert.ok(all.some((e) => [e.actor_1, e.actor_2].includes('RUS')), `without a pair the third country's fact is kept: ${JSON.stringify(all)}`);
  const paired = normaliseArticles([article], { ...dataset, pair: ['CHN', 'BLR'] }).tables.events;
  assert.ok(paired.length && paired.every((e) => ['CHN', 'BLR'].includes(String(e.actor_1)) && (e.actor_2 === null || ['CHN', 'BLR'].includes(String(e.actor_2)))), JSON.stringify(paired));
});

test('an amount in a currency the rates table has no rate for in its year is published unconverted, counted in no total, and named', async () => {
  const { unconvertedAmounts } = await import('../pipeline/normalise/tables.ts');
  // FRED's annual series has no pound sterling: before, one such amount stopped normalise and with it the whole build.
  const r = recordsOf(extracted('pounds', '2023-12-08', 'On 4 December 2023 China lent Belarus £500 million for a power plant. '
    + 'On 4 December 2023 China also lent Belarus 2 billion yuan for a cement factory.\n'));
  const loan = (currency: string) => r.tables.finance.find((f) => f.currency === currency);
  assert.ok(loan('GBP'), JSON.stringify(r.tables.finance));
  assert.equal(loan('GBP')!.amount, 500_000_000);
  assert.equal(loan('GBP')!.amount_usd, null);
  assert.equal(loan('GBP')!.usd_rate, null);
  assert.equal(loan('GBP')!.sum_safe, false);
  assert.equal(loan('GBP')!.sum_safe_reason, 'no_usd_amount');
  assert.ok(Number(loan('CNY')?.amount_usd) > 0, 'an amount with a rate is still converted');
  assert.deepEqual(unconvertedAmounts(r.tables as never), ['GBP in 2023: 1 row']);
});
