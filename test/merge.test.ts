/**
 * Merging candidates into facts (pipeline/normalise/merge.ts): the date index inside a bucket must find exactly the
 * draft a scan of the bucket in creation order would find, also after absorbing a mention refines a draft's date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeCandidates } from '../pipeline/normalise/merge.ts';
import type { Candidate } from '../pipeline/extract/events.ts';

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
