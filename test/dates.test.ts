/** Dates as the records keep them: ranges with their end, recurring facts, bounded counts, and which date a fact takes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordsOf } from './lib/article.ts';
import { parseDateExpression, recurringDate } from '../pipeline/extract/dates.ts';
import { loadReference } from '../pipeline/extract/reference.ts';
import { countQualifierBefore } from '../pipeline/extract/qualifiers.ts';

const lex = loadReference().lexicon;
const events = (text: string, published: string) => recordsOf(text, published).tables.events;
const dateOf = (text: string, published: string, category: string) => events(text, published).find((e) => e.category === category);

test('a stated range keeps its end: day, month and year ranges, at the precision the text gives', () => {
  const days = dateOf('Belarus and China are close. From 16 to 19 November 2016, Chinese Vice Premier Ma Kai visited Minsk.', '2017-01-10', 'visit');
  assert.deepEqual([days?.date, days?.end_date, days?.date_precision], ['2016-11-16', '2016-11-19', 'day']);
  const noYear = dateOf('Belarus and China are close. Belarusian Prime Minister Sergei Rumas visited Beijing on 8–9 October.', '2019-11-10', 'visit');
  assert.deepEqual([noYear?.date, noYear?.end_date], ['2019-10-08', '2019-10-09']);
  const years = dateOf('China and Belarus are partners. In 2016–2018 China lent Belarus $1bn.', '2019-07-10', 'finance');
  assert.deepEqual([years?.date, years?.end_date, years?.date_precision], ['2016', '2018', 'year']);
  assert.deepEqual(parseDateExpression('April–May 2015', '2016-01-01', lex), { value: '2015-04', precision: 'month', basis: 'explicit', endValue: '2015-05' });
  assert.deepEqual(parseDateExpression('2014-15', '2016-01-01', lex), { value: '2014', precision: 'year', basis: 'explicit', endValue: '2015' });
  // "January–May" of the publication year: a period of months, not the year.
  assert.deepEqual(parseDateExpression('January–May', '2023-07-01', lex), { value: '2023-01', precision: 'month', basis: 'relative_to_publication', endValue: '2023-05' });
  // A single date has no end.
  assert.equal(dateOf('Belarus and China are close. Chinese Vice Premier Ma Kai visited Minsk on 3 June 2013.', '2014-01-10', 'visit')?.end_date, null);
});

test('a day range across the turn of the year ends in the next year', () => {
  const v = dateOf('Belarus and China are close. From 30 December to 2 January, Chinese Vice Premier Ma Kai visited Minsk.', '2015-03-10', 'visit');
  assert.deepEqual([v?.date, v?.end_date], ['2014-12-30', '2015-01-02']);
});

test('a recurring fact is recorded once, from its first year, and marked recurring', () => {
  const annual = dateOf('Belarus and China are close. China has staged a festival of Chinese films in Minsk every year since 2004.', '2011-03-10', 'cultural');
  assert.deepEqual([annual?.date, annual?.recurrence, annual?.date_basis], ['2004', 'annual', 'explicit']);
  const tech = events('Belarus and China are close. Belarus has hosted an annual "China Technology Day" since 1998.', '2011-03-10');
  assert.deepEqual(tech.map((e) => [e.date, e.recurrence]), [['1998', 'annual']]);
  // A one-off fact has no recurrence; "for the first time" is not a repetition.
  const once = events('Belarus and China are close. China staged a festival of Chinese films in Minsk for the first time in May 2012.', '2012-09-01');
  assert.ok(once.length > 0 && once.every((e) => e.recurrence === null));
});

test('an edition number dates an annual fact from its first year; without a frequency the fact keeps its date', () => {
  const in2016 = { text: 'in 2016', value: '2016', precision: 'year' as const, basis: 'explicit' as const };
  assert.deepEqual(recurringDate('the annual forum was held for the tenth time in 2016', 'cultural', in2016, lex), { text: 'for the tenth time', value: '2007', precision: 'year', basis: 'inferred_from_context', recurrence: 'annual' });
  assert.deepEqual(recurringDate('the forum was held for the 10th time in 2016', 'cultural', in2016, lex), { ...in2016, recurrence: 'recurring' });
  // Amounts and indicators are per period, not recurring events.
  assert.equal(recurringDate('China lends Belarus $1bn every year since 2010', 'finance', in2016, lex), null);
  assert.equal(recurringDate('the forum was held in 2016', 'cultural', in2016, lex), null);
});

test('"at least", "more than" and "over" counts keep their qualifier; an exact count has none', () => {
  const agreements = (text: string) => recordsOf(text, '2016-07-10').tables.agreements;
  assert.deepEqual(agreements('China and Belarus are partners. The two sides signed at least 16 documents in Beijing on 5 June 2016.').map((a) => [a.count, a.count_qualifier]), [[16, 'at_least']]);
  assert.deepEqual(agreements('China and Belarus are partners. China and Belarus signed more than 20 agreements in Minsk in May 2016.').map((a) => [a.count, a.count_qualifier]), [[20, 'more_than']]);
  assert.deepEqual(agreements('China and Belarus are partners. China and Belarus signed 12 agreements in Minsk in May 2016.').map((a) => [a.count, a.count_qualifier]), [[12, null]]);
  assert.deepEqual(agreements('China and Belarus are partners. In Beijing on 1 March 2016 Belarus and China signed almost four dozen agreements and contracts.').map((a) => [a.count, a.count_qualifier]), [[48, 'about']]);
  const at = (s: string) => countQualifierBefore(s, s.length, lex);
  assert.equal(at('the sides signed over '), 'more_than');
  assert.equal(at('the sides signed no more than '), 'at_most');
  assert.equal(at('the sides signed some '), 'about');
  assert.equal(at('the sides signed '), null);
  assert.equal(at('the moreover '), null);
});

test('a visit that arrived on a written day and returned on a weekday starts on the written day and ends on the weekday', () => {
  const text = 'Belarus and China are close. On 25 April Belarusian President Alexander Lukashenko arrived in Beijing for a state visit and on Sunday he returned to Minsk.';
  const v = dateOf(text, '2019-04-30', 'visit');
  assert.deepEqual([v?.date, v?.end_date], ['2019-04-25', '2019-04-28']);
  const later = dateOf('Belarus and China are close. Belarusian President Alexander Lukashenko returned to Minsk on Sunday after a visit to Beijing that began on 25 April.', '2019-04-30', 'visit');
  assert.deepEqual([later?.date, later?.end_date], ['2019-04-25', '2019-04-28']);
  // Leaving for the visit starts it.
  const leaving = dateOf('Belarus and China are close. On 25 April Belarusian President Alexander Lukashenko left for Beijing on a state visit, which ended on 28 April.', '2019-04-30', 'visit');
  assert.deepEqual([leaving?.date, leaving?.end_date], ['2019-04-25', '2019-04-28']);
  // With no other date, the weekday still dates the fact.
  assert.equal(dateOf('Belarus and China are close. Belarusian President Alexander Lukashenko arrived in Beijing on Sunday.', '2019-04-30', 'visit')?.date, '2019-04-28');
});

test('each fact takes the date nearest its own trigger, also when another clause writes a calendar date', () => {
  const e = events('Belarus and China are close. Belarus and China signed 12 agreements on Monday, when Premier Li Keqiang was in Minsk on a visit that began on 10 June.', '2016-06-14');
  assert.deepEqual(e.map((x) => [x.category, x.date]).sort(), [['agreement', '2016-06-13'], ['visit', '2016-06-10']]);
  const v = events('Belarus and China are close. Lukashenko visited China yesterday, three weeks after Chinese Defence Minister Wei Fenghe toured Minsk on 2 May.', '2019-05-30');
  assert.deepEqual(v.map((x) => x.date).sort(), ['2019-05-02', '2019-05-29']);
});

test('a past the text recalls without a date stays undated; "the day before" counts from the date before', () => {
  const past = events('China and Belarus are partners. The Belarusian power company received USD 3 billion of Chinese loans in the past.', '2016-04-22');
  assert.ok(past.length > 0 && past.every((x) => x.date === null), JSON.stringify(past.map((x) => x.date)));
  const before = events('China and Belarus are partners. On 2 March 2023 Belarusian President Alexander Lukashenko concluded his state visit to China. The day before, Lukashenko held official talks with Chinese President Xi Jinping.', '2023-03-02');
  assert.equal(before.find((x) => x.category === 'diplomatic_relations')?.date, '2023-03-01');
});

test('an anniversary dates the event it counts from only when that event is its object', () => {
  const founding = dateOf('China and Belarus are partners. Monday marks the 22nd anniversary of the two countries establishing diplomatic relations on 20 January.', '2014-01-21', 'diplomatic_relations');
  assert.equal(founding?.date, '1992-01-20');
  const concert = events('China and Belarus are partners. On the 25th anniversary of diplomatic ties, the two sides held a gala concert of Chinese music in Minsk in 2017.', '2018-01-10');
  assert.deepEqual(concert.filter((e) => e.category === 'cultural').map((e) => e.date), ['2017']);
});

test('a month and its year joined by a comma are one date', () => {
  const e = dateOf('Belarus and China are close. In November, 2006, the Belarusian ambassador signed a cooperation agreement with China.', '2017-01-21', 'agreement');
  assert.deepEqual([e?.date, e?.date_precision], ['2006-11', 'month']);
});

test('a visit concluded on a day, with its length stated, began that many days before', () => {
  const v = dateOf('Belarus and China are close. On 16 May 2017, Alexander Lukashenko concluded a three-day visit to Beijing.', '2017-05-20', 'visit');
  assert.deepEqual([v?.date, v?.end_date, v?.date_basis], ['2017-05-14', '2017-05-16', 'inferred_from_context']);
});

test('a present perfect with an irregular participle is a state, which takes no date from the news of the day', () => {
  const e = events('China and Belarus are partners. On 22 August Li Qiang met Belarusian Prime Minister Roman Golovchenko in Minsk. Li Qiang praised the contribution the two heads of state have made to establish a comprehensive strategic partnership.', '2024-08-22');
  // An infinitive ("have made to establish") may also drop the candidate; what must not happen is the news day.
  const partnership = e.find((x) => x.subtype === 'partnership');
  assert.equal(partnership?.date ?? null, null);
  assert.ok(e.some((x) => x.date === '2024-08-22'), 'the meeting of the day is still found');
});

test('a statement quoted in a news report is dated the day the report is about, not the last event before it', () => {
  const e = events('China and Belarus are partners. Chinese President Xi Jinping welcomed Belarusian President Alexander Lukashenko in Beijing on Wednesday. Lukashenko flew into Beijing on Tuesday for a three-day state visit. "China firmly supports Belarus in following its own path," Xi told his guest.', '2023-03-01');
  assert.equal(e.find((x) => x.category === 'political_support')?.date, '2023-03-01');
});

test('an ordinal day written before "of" and its month is the date\'s day', () => {
  const v = dateOf('Belarus and China are close. On the 16th of February 2017 Chinese Vice Premier Ma Kai visited Minsk.', '2017-03-01', 'visit');
  assert.deepEqual([v?.date, v?.date_precision], ['2017-02-16', 'day']);
  const lead = dateOf('Belarus and China are close. 3rd of May 2015 the Minsk tractor plant was visited by Chinese Vice Premier Ma Kai.', '2015-06-01', 'visit');
  assert.equal(lead?.date, '2015-05-03');
  // An ordinal of something a month owns is no day: "the 2nd of September's foreign visits".
  const owned = dateOf("Belarus and China are close. Chinese Vice Premier Ma Kai visited Minsk, the 2nd of September's visits of 2017.", '2017-11-01', 'visit');
  assert.notEqual(owned?.date, '2017-09-02');
});
