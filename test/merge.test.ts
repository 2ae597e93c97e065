/**
 * Merging candidates into facts (pipeline/normalise/merge.ts): the date index inside a bucket must find exactly the
 * draft a scan of the bucket in creation order would find, also after absorbing a mention refines a draft's date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeCandidates, yearlyKinds } from '../pipeline/normalise/merge.ts';
import type { Candidate } from '../pipeline/extract/events.ts';
import { loadReference } from '../pipeline/extract/reference.ts';

/** The merge as normalise runs it: the yearly kinds of fact (joined across sources by their period) from triggers.json. */
const isYearly = yearlyKinds(loadReference().categories);
const merge = (articles: { source_id: string; candidates: Candidate[] }[]) => mergeCandidates(articles, { isYearly });

let at = 0;
function candidate(date: string | null, extra: Partial<Candidate> = {}): Candidate {
  at += 100;
  const precision = date === null ? null : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    category: 'agreement', subtype: 'agreements_signed', cameo: '057', actor_1: 'BLR', actor_2: 'CHN',
    date: date === null ? null : { text: date, value: date, precision, basis: 'explicit' },
    quote: [at, at + 50], trigger: [at, at + 5], details: {}, sentence: at / 100, ...extra,
  } as Candidate;
}

test('a month joins the first fact of that month in creation order; a day never joins another day', () => {
  const drafts = mergeCandidates([{ source_id: 'a', candidates: [candidate('2019-05-12'), candidate('2019-05-20'), candidate('2019-05'), candidate('2019-06-01')] }]);
  assert.deepEqual(drafts.map((d) => [d.date?.value, d.mentions.length]), [['2019-05-12', 2], ['2019-05-20', 1], ['2019-06-01', 1]]);
});

test('a fact whose date a mention made more precise is found under its new date', () => {
  const drafts = mergeCandidates([{ source_id: 'a', candidates: [candidate('2019'), candidate('2019-05-12'), candidate('2019-05-12'), candidate('2019-06-01'), candidate('2019-05')] }]);
  assert.deepEqual(drafts.map((d) => [d.date?.value, d.mentions.length]), [['2019-05-12', 4], ['2019-06-01', 1]]);
});

test('undated facts join only undated facts; years join the first dated fact of their year', () => {
  const drafts = mergeCandidates([{ source_id: 'a', candidates: [candidate('2018-03-01'), candidate(null), candidate('2018'), candidate(null)] }]);
  // an undated agreement is no visit: undated candidates stay apart (sameFact), a year joins 2018-03-01
  assert.deepEqual(drafts.map((d) => [d.date?.value ?? null, d.mentions.length]), [['2018-03-01', 2], [null, 1], [null, 1]]);
});

test('a visit another source dates a day or two apart is one visit with a date conflict; three days apart is another visit', () => {
  const visit = (date: string) => candidate(date, { category: 'visit', subtype: 'official_visit', cameo: '042', details: { visitor_id: 'person:x', visitor: 'X' } });
  const one = mergeCandidates([{ source_id: 'a', candidates: [visit('2019-05-12')] }, { source_id: 'b', candidates: [visit('2019-05-14')] }]);
  assert.equal(one.length, 1);
  assert.deepEqual(one[0].conflicts.map((c) => c.value), ['2019-05-12', '2019-05-14']);
  const two = mergeCandidates([{ source_id: 'a', candidates: [visit('2019-05-12')] }, { source_id: 'b', candidates: [visit('2019-05-15')] }]);
  assert.equal(two.length, 2);
  const acrossMonths = mergeCandidates([{ source_id: 'a', candidates: [visit('2019-04-30')] }, { source_id: 'b', candidates: [visit('2019-05-01')] }]);
  assert.equal(acrossMonths.length, 1, 'two days apart across a month end');
});

test('a year joins the first fact of its year whose amount is the same or not stated, never one with another amount', () => {
  const money = (date: string, amount: number | null) => candidate(date, { category: 'finance', subtype: 'loan', cameo: '0712', actor_1: 'CHN', actor_2: 'BLR', details: amount === null ? {} : { amount, currency: 'USD' } });
  const drafts = mergeCandidates([{ source_id: 'a', candidates: [money('2019-05-12', 5), money('2019', 7), money('2019', 5), money('2019', null), money('2019', 7), money('2019-02', 7)] }]);
  assert.deepEqual(drafts.map((d) => [d.date?.value, d.details.amount, d.mentions.length]), [['2019-05-12', 5, 3], ['2019-02', 7, 3]]);
});

test('a fact whose amount a mention filled in no longer takes a year with another amount', () => {
  const money = (date: string, amount: number | null) => candidate(date, { category: 'finance', subtype: 'loan', cameo: '0712', actor_1: 'CHN', actor_2: 'BLR', details: amount === null ? {} : { amount, currency: 'USD' } });
  const drafts = mergeCandidates([{ source_id: 'a', candidates: [money('2019', null), money('2019', 5), money('2019', 6), money('2019-03', 6), money('2019-03', 5)] }]);
  assert.deepEqual(drafts.map((d) => [d.date?.value, d.details.amount, d.mentions.length]), [['2019-03', 5, 3], ['2019-03', 6, 2]]);
});

/** A seeded stream of numbers in [0, 1) (a linear congruential generator), so the random cases are the same each run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

test('the index finds what comparing each candidate with every draft finds: many random candidates of few kinds', () => {
  const random = seeded(10);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const dates = [null, '2018', '2019', '2019-05', '2019-06', '2019-05-12', '2019-05-13', '2019-05-14', '2019-05-16', '2019-06-01', '2018-12-31'];
  const kinds: (() => Partial<Candidate>)[] = [
    () => ({ category: 'agreement', subtype: 'agreements_signed', details: random() < 0.5 ? {} : { count: pick([2, 3, 5]) } }),
    () => ({ category: 'finance', subtype: 'loan', actor_1: 'CHN', actor_2: 'BLR', details: { ...(random() < 0.3 ? {} : { amount: pick([1, 2, 3]), currency: pick(['USD', 'CNY']) }), ...(random() < 0.4 ? { project: pick(['plant', 'road']) } : {}) } }),
    () => ({ category: 'visit', subtype: 'official_visit', actor_1: pick(['CHN', 'BLR']), actor_2: 'BLR', details: random() < 0.2 ? {} : { visitor_id: pick(['person:x', 'person:y']) } }),
    () => ({ category: 'trade', subtype: 'trade_volume', details: { indicator: 'trade_volume', ...(random() < 0.3 ? {} : { value: pick([10, 20]) }) } }),
    // a yearly kind, so the joining of lone periods after the merge is compared too
    () => ({ category: 'finance', subtype: 'currency_swap', actor_1: 'CHN', actor_2: 'BLR', details: random() < 0.5 ? {} : { amount: pick([1, 2]), currency: 'CNY' } }),
  ];
  for (let round = 0; round < 20; round++) {
    const articles = ['a', 'b', 'c'].map((source_id) => ({ source_id, candidates: Array.from({ length: 60 }, () => candidate(pick(dates), pick(kinds)())) }));
    const indexed = JSON.stringify(mergeCandidates(articles, { isYearly }));
    assert.equal(indexed, JSON.stringify(mergeCandidates(articles, { scan: true, isYearly })), `round ${round}`);
  }
});

test('a fact with nothing naming it joins another source\'s more precise fact only when that is the one fact of its period it can be', () => {
  const mergeCandidates = (articles: { source_id: string; candidates: Candidate[] }[]) => merge(articles);
  const support = (date: string) => candidate(date, { category: 'diplomatic_relations', subtype: 'partnership', cameo: '054', details: {} });
  const ambiguous = mergeCandidates([{ source_id: 'a', candidates: [support('2020')] }, { source_id: 'b', candidates: [support('2020-08-15'), support('2020-03-02')] }]);
  assert.deepEqual(ambiguous.map((d) => [d.date?.value, d.mentions.map((m) => m.source_id).join()]), [['2020', 'a'], ['2020-08-15', 'b'], ['2020-03-02', 'b']]);
  const lone = mergeCandidates([{ source_id: 'a', candidates: [support('2020')] }, { source_id: 'b', candidates: [support('2020-08-15')] }]);
  assert.deepEqual(lone.map((d) => [d.date?.value, d.mentions.map((m) => m.source_id).join()]), [['2020-08-15', 'b,a']]);
  // the month joins its day first; then the year has one fact left to be
  const chain = mergeCandidates([{ source_id: 'a', candidates: [support('2020')] }, { source_id: 'b', candidates: [support('2020-08')] }, { source_id: 'c', candidates: [support('2020-08-15')] }]);
  assert.deepEqual(chain.map((d) => [d.date?.value, d.mentions.map((m) => m.source_id).join()]), [['2020-08-15', 'c,b,a']]);
  const within = mergeCandidates([{ source_id: 'a', candidates: [support('2020'), support('2020-08-15'), support('2020-03-02')] }]);
  assert.deepEqual(within.map((d) => [d.date?.value, d.mentions.length]), [['2020-08-15', 2], ['2020-03-02', 1]], 'within a source a year joins the first day, as before');
  // two months that disagree on the amount both fit one day: neither joins it, in either order
  const money = (date: string, amount?: number) => candidate(date, { category: 'finance', subtype: 'currency_swap', cameo: '061', actor_1: 'CHN', actor_2: 'BLR', details: amount === undefined ? {} : { amount, currency: 'USD' } });
  for (const order of [['a', 'b'], ['b', 'a']]) {
    const by: Record<string, Candidate> = { a: money('2020-08', 5), b: money('2020-08', 7) };
    const drafts = mergeCandidates([...order.map((id) => ({ source_id: id, candidates: [by[id]] })), { source_id: 'c', candidates: [money('2020-08-15')] }]);
    assert.deepEqual(drafts.map((d) => [d.date?.value, d.mentions.length]).sort(), [['2020-08', 1], ['2020-08', 1], ['2020-08-15', 1]], order.join());
  }
  // a range or a recurrence is no lone period
  const since = candidate('2018', { category: 'diplomatic_relations', subtype: 'partnership', cameo: '054', details: {} });
  since.date = { ...since.date!, recurrence: 'recurring' };
  assert.equal(mergeCandidates([{ source_id: 'a', candidates: [since] }, { source_id: 'b', candidates: [support('2018-01-01')] }]).length, 2);
  const named = (date: string) => candidate(date, { category: 'finance', subtype: 'loan', cameo: '0712', actor_1: 'CHN', actor_2: 'BLR', details: { project: 'plant' } });
  assert.equal(mergeCandidates([{ source_id: 'a', candidates: [named('2020')] }, { source_id: 'b', candidates: [named('2020-08-15'), named('2020-03-02')] }]).length, 2, 'a named project joins across sources as before');
});

test('a kind of fact a pair has many of in a year never joins another source\'s fact by its period alone', () => {
  // "agreements were signed in 2008" in four texts is not the one agreement a fifth dates to September 2008, nor is a
  // loan, talks or a cultural event of a month the one another source dates to a day of it
  const kinds = [['agreement', 'agreements_signed'], ['finance', 'loan'], ['diplomatic_relations', 'talks'], ['cultural', 'exhibition'], ['political_support', 'statement_of_support']];
  for (const [category, subtype] of kinds) {
    const fact = (date: string) => candidate(date, { category, subtype, details: {} });
    const drafts = merge([...['a', 'b', 'c', 'd'].map((id) => ({ source_id: id, candidates: [fact('2008')] })), { source_id: 'e', candidates: [fact('2008-09')] }, { source_id: 'f', candidates: [fact('2008-09-15')] }]);
    assert.deepEqual(drafts.map((d) => [d.date?.value, d.mentions.map((m) => m.source_id).join()]), [['2008', 'a,b,c,d'], ['2008-09', 'e'], ['2008-09-15', 'f']], subtype);
  }
  // the kinds a pair has once a year or less do join: the one currency swap, the one partnership of the year
  for (const [category, subtype] of [['finance', 'currency_swap'], ['diplomatic_relations', 'partnership'], ['diplomatic_relations', 'relations_established']]) {
    const fact = (date: string) => candidate(date, { category, subtype, details: {} });
    assert.equal(merge([{ source_id: 'a', candidates: [fact('2008')] }, { source_id: 'b', candidates: [fact('2008-09-15')] }]).length, 1, subtype);
  }
});

test('a period joins the fact other sources corroborate when a misread day stands beside it; a delegation is no name', () => {
  const mergeCandidates = (articles: { source_id: string; candidates: Candidate[] }[]) => merge(articles);
  const est = (date: string) => candidate(date, { category: 'diplomatic_relations', subtype: 'relations_established', cameo: '064', details: {} });
  const sources = (n: number, date: string) => Array.from({ length: n }, (_, i) => ({ source_id: `${date}-${i}`, candidates: [est(date)] }));
  const drafts = mergeCandidates([...sources(3, '1992-01-20'), ...sources(1, '1992-01-27'), ...sources(4, '1992')]);
  assert.deepEqual(drafts.map((d) => [d.date?.value, d.mentions.length]), [['1992-01-20', 7], ['1992-01-27', 1]]);
  // two days each stated once: no fact stands out, the year stays apart
  assert.equal(mergeCandidates([...sources(1, '1992-01-20'), ...sources(1, '1992-01-27'), ...sources(1, '1992')]).length, 3);
  // "a Chinese delegation" of one article is not another article's delegation, dated or not
  const delegation = (date: string | null) => candidate(date, { category: 'visit', subtype: 'official_visit', cameo: '042', actor_1: 'CHN', actor_2: 'BLR', details: { visitor_id: 'delegation:chn', visitor: 'delegation' } });
  assert.equal(mergeCandidates([{ source_id: 'a', candidates: [delegation('2013')] }, { source_id: 'b', candidates: [delegation('2013-05-27')] }]).length, 2);
  assert.equal(mergeCandidates([{ source_id: 'a', candidates: [delegation(null)] }, { source_id: 'b', candidates: [delegation(null)] }]).length, 2);
  assert.equal(mergeCandidates([{ source_id: 'a', candidates: [delegation('2013-05-27')] }, { source_id: 'b', candidates: [delegation('2013-05-27')] }]).length, 1, 'the same day is one visit');
});

test('a period of a kind a pair has many of joins the one fact of it that states the same sum', () => {
  // "China extended $3 billion credit … in May" is the $3 billion another source dates 11 May; "$4 billion" is not
  const loan = (date: string, amount: number | null) => candidate(date, { category: 'finance', subtype: 'loan', cameo: '0712', actor_1: 'CHN', actor_2: 'BLR', details: amount === null ? {} : { amount, currency: 'USD' } });
  const joined = merge([{ source_id: 'a', candidates: [loan('2015-05', 3e9)] }, { source_id: 'b', candidates: [loan('2015-05-11', 3e9), loan('2015-05-11', 4e9), loan('2015-05-20', null)] }]);
  assert.deepEqual(joined.map((d) => [d.date?.value, d.details.amount ?? null, d.mentions.map((m) => m.source_id).join()]), [['2015-05-11', 3e9, 'b,a'], ['2015-05-11', 4e9, 'b'], ['2015-05-20', null, 'b']]);
  // two facts of the month with that sum: either can be it, so neither takes it
  const two = merge([{ source_id: 'a', candidates: [loan('2015-05', 3e9)] }, { source_id: 'b', candidates: [loan('2015-05-11', 3e9)] }, { source_id: 'c', candidates: [loan('2015-05-20', 3e9)] }]);
  assert.equal(two.length, 3);
  // no sum, no name: it stays apart (a year has many loans)
  assert.equal(merge([{ source_id: 'a', candidates: [loan('2015-05', null)] }, { source_id: 'b', candidates: [loan('2015-05-11', null)] }]).length, 2);
});

test('a period of a kind a pair has many of joins the one fact of it whose passage shares a naming word', () => {
  // "the two leaders last met in September at the summit … in Samarkand" is the talks another source dates 15
  // September in Samarkand, not the talks of 2 September in Beijing; the words come from the passages (normalise.ts)
  const words = new Map<number, string[]>();
  const talks = (date: string, names: string[], subtype = 'talks') => {
    const c = candidate(date, { category: 'diplomatic_relations', subtype, cameo: '040', details: {} });
    words.set(c.quote[0], names);
    return c;
  };
  const namesOf = (d: { mentions: { start: number }[] }) => new Set(d.mentions.flatMap((m) => words.get(m.start) ?? []));
  const run = (articles: { source_id: string; candidates: Candidate[] }[]) => mergeCandidates(articles, { isYearly, namesOf }).map((d) => [d.date?.value, d.mentions.map((m) => m.source_id).join()]);
  assert.deepEqual(run([{ source_id: 'a', candidates: [talks('2022-09', ['samarkand', 'sco'])] }, { source_id: 'b', candidates: [talks('2022-09-02', ['beijing']), talks('2022-09-15', ['samarkand'])] }]), [['2022-09-02', 'b'], ['2022-09-15', 'b,a']]);
  // the name fits two of the month's talks: neither
  assert.deepEqual(run([{ source_id: 'a', candidates: [talks('2022-09', ['samarkand'])] }, { source_id: 'b', candidates: [talks('2022-09-14', ['samarkand']), talks('2022-09-15', ['samarkand'])] }]).length, 3);
  // no shared name: apart, even when the month has one fact only
  assert.deepEqual(run([{ source_id: 'a', candidates: [talks('2022-09', ['astana'])] }, { source_id: 'b', candidates: [talks('2022-09-15', ['samarkand'])] }]).length, 2);
  // an unclassified fact is no kind a name can pick out
  assert.deepEqual(run([{ source_id: 'a', candidates: [talks('2022-09', ['samarkand'], 'unclassified')] }, { source_id: 'b', candidates: [talks('2022-09-15', ['samarkand'], 'unclassified')] }]).length, 2);
});

test('a trade flow one way is the country\'s whose flow it is: China\'s exports to Belarus never join Belarus\'s exports to China', () => {
  const flow = (exporter: string, value: number | null) => candidate('2024', { category: 'trade', subtype: 'exports', cameo: '061', actor_1: exporter, actor_2: exporter === 'CHN' ? 'BLR' : 'CHN', details: { indicator: 'exports', value, unit: 'USD', subject_country: exporter } });
  const drafts = merge([{ source_id: 'a', candidates: [flow('CHN', 6.6e9)] }, { source_id: 'b', candidates: [flow('BLR', null)] }]);
  assert.deepEqual(drafts.map((d) => d.details.subject_country).sort(), ['BLR', 'CHN']);
  // The same flow told by two sources is one fact.
  assert.equal(merge([{ source_id: 'a', candidates: [flow('CHN', 6.6e9)] }, { source_id: 'b', candidates: [flow('CHN', 6.6e9)] }]).length, 1);
});
