/** The extraction rules on short texts written for these tests: each phrasing pattern, not one sentence. */
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { recordsFrom, recordsOf, rulesOnlyRecordsFrom, rulesOnlyRecordsOf, writeArticle } from './lib/article.ts';
import { isStampLine, visitsAsOneStay } from '../pipeline/extract.ts';
import { datelineOf } from '../pipeline/extract/frames.ts';
import { isNamed } from '../pipeline/normalise/merge.ts';
import { layoutSpans } from '../pipeline/lib/layout.ts';
import { buildMaskRules, maskedClause, foldedForMatching } from '../pipeline/extract/clauses.ts';
import { loadReference } from '../pipeline/extract/reference.ts';

const events = (text: string, published?: string) => recordsOf(text, published).tables.events;
const visits = (text: string, published?: string) => recordsOf(text, published).tables.visits;
/** The events the rules alone find (no learned model): for tests of what a rule finds. */
const rulesEvents = (text: string, published?: string) => rulesOnlyRecordsOf(text, published).tables.events;
/** As rulesEvents, for a text whose genre is news (a report: its undated statements take the report's day). */
const newsEvents = (text: string, published: string, genre = 'news') => rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Test article', published, genre }), 't').tables.events;

test('a list of years yields one visit per year', () => {
  const v = visits('Belarus and China have close ties. Chinese Vice-Premier Wang Qishan travelled to Minsk in 2011, 2013 and 2015 for talks.', '2016-01-10');
  assert.deepEqual(v.map((r) => r.date), ['2011', '2013', '2015']);
  assert.ok(v.every((r) => r.from_country === 'CHN' && r.to_country === 'BLR'));
});

test('a visit in the other direction, a day-month-year date and a city', () => {
  const v = visits('China welcomed Belarusian guests. Belarusian President Alexander Lukashenko paid a three-day state visit to Shanghai on 5 March 2010.');
  assert.equal(v.length, 1);
  assert.equal(v[0].date, '2010-03-05');
  assert.equal(v[0].from_country, 'BLR');
  assert.equal(v[0].to_country, 'CHN');
  assert.equal(v[0].duration_days, 3);
  assert.equal(v[0].visitor, 'Alexander Lukashenko');
});

test('a visit whose clause names no city takes the one city of its destination that the sentence names, never another country\'s or one of several', () => {
  const city = (text: string) => visits(text, '2015-06-01').map((r) => r.city);
  assert.deepEqual(city('China and Belarus are partners. Xi Jinping arrived in Belarus on 10 May 2015 for a state visit, and held talks with Lukashenko in Minsk.'), ['Minsk']);
  assert.deepEqual(city('China and Belarus are partners. Alexander Lukashenko arrived in China on 5 March 2015, having left Minsk in the morning.'), [null]);
  assert.deepEqual(city('China and Belarus are partners. Alexander Lukashenko arrived in China on 5 March 2015 and went on from Beijing to Shanghai.'), [null]);
});

test('a signing that names one document by a singular noun counts one ("the Memorandum of Cooperation … was signed"), not when another document joins it or the noun is plural', () => {
  const signed = (text: string) => recordsOf(text, '2018-12-01').tables.agreements.map((a) => a.count);
  assert.deepEqual(signed('Belarus and China are partners. The Memorandum of Cooperation between the State Control Committee of Belarus and the National Audit Office of China was signed in Minsk on 20 September 2018.'), [1]);
  assert.deepEqual(signed('On 20 September 2018 the relevant contract was signed by the Belarusian and Chinese ministers.'), [1]);
  assert.deepEqual(signed('Belarus and China signed the Agreement on Economic and Technical Cooperation and two memoranda on education on 20 September 2018.'), [null]);
  assert.deepEqual(signed('China and Belarus signed agreements on trade on 20 September 2018.'), [null]);
  const summary = recordsOf('Belarus and China signed the Agreement on Economic and Technical Cooperation on 20 September 2018.', '2018-12-01').tables.events.find((e) => e.category === 'agreement')?.summary;
  assert.equal(summary, 'Belarus and China signed an agreement (20 September 2018).');
});

test('a surname after the full name refers to the same person', () => {
  const r = recordsOf('Prime Minister Mikhail Myasnikovich of Belarus arrived in Beijing on March 5, 2012. China and Belarus talked. Myasnikovich and Wen Jiabao signed 12 agreements worth $1.5bn during the trip.');
  const a = r.tables.agreements[0];
  assert.equal(a.count, 12);
  assert.equal(a.value, 1500000000);
  assert.equal(a.currency, 'USD');
  assert.match(String(a.signatories), /Mikhail Myasnikovich/);
});

test('"last year" and "this year" resolve against the publication date', () => {
  const e = events('Trade between China and Belarus grew by 35 percent last year. In May this year, the Chinese embassy held an exhibition of Chinese painting in Minsk.', '2012-09-01');
  const growth = e.find((x) => x.category === 'trade');
  assert.equal(growth?.date, '2011');
  assert.equal(growth?.date_basis, 'relative_to_publication');
  const show = e.find((x) => x.category === 'cultural');
  assert.equal(show?.date, '2012-05');
});

test('"it" refers to the country the previous sentence was about', () => {
  const e = events('Belarus voted with China at the UN in 2005. In 2006 and 2007, it opposed resolutions against China in the UN General Assembly.');
  const votes = e.filter((x) => x.category === 'un_vote' && x.date !== '2005');
  assert.deepEqual(votes.map((x) => [x.actor_1, x.date]), [['BLR', '2006'], ['BLR', '2007']]);
});

test('a date after publication is a forecast, not a fact', () => {
  assert.equal(visits('Belarus and China are close. Premier Li Keqiang visited Minsk in 2014.', '2013-05-01').length, 0);
  assert.equal(visits('Belarus and China are close. Premier Li Keqiang visited Minsk in 2014.', '2014-05-01').length, 1);
});

test('forecasts are not facts', () => {
  const e = events('Belarus and China are close. Xi Jinping is expected to visit Minsk next year, and the two sides plan to sign a loan agreement worth EUR 300 mln.', '2011-03-01');
  assert.equal(e.length, 0);
});

test('facts about a third country only are not facts', () => {
  const e = events('China and Belarus cooperate closely, and China lent Belarus $1bn in 2010. China also signed a $2bn deal with Kazakhstan in 2010.');
  assert.ok(e.every((x) => [x.actor_1, x.actor_2].every((c) => c === 'CHN' || c === 'BLR')));
  assert.equal(e.filter((x) => x.category === 'agreement').length, 0);
});

test('money in bn/mln and currency words converts to USD at the year’s rate', () => {
  const r = recordsOf('In 2010 China extended a loan of RMB 10 bn to Belarus for the Minsk power plant. Belarus and China work together.');
  const f = r.tables.finance.find((x) => x.type === 'loan');
  assert.equal(f?.amount, 10000000000);
  assert.equal(f?.currency, 'CNY');
  assert.ok(typeof f?.amount_usd === 'number' && f.amount_usd > 1e9 && f.amount_usd < 2e9);
  assert.match(String(f?.usd_rate), /CNY per USD \(2010/);
});

test('every quote is the source text at its code-point offsets, also after astral characters', () => {
  const text = 'China 🇨🇳 and Belarus 🇧🇾 met. 😀 Chinese Premier Wen Jiabao visited Minsk in November 2007.';
  const r = recordsOf(text);
  const cps = Array.from(text);
  assert.ok(r.tables.events.length > 0);
  for (const e of r.tables.events) assert.equal(cps.slice(Number(e.char_start), Number(e.char_end)).join(''), e.quote);
});

test('the same fact mentioned twice is one event with two mentions', () => {
  const r = recordsOf('In June 2012, Belarus and China signed 8 agreements worth $2bn. China and Belarus are partners. The 8 agreements were signed in June 2012 in Beijing by both governments.', '2012-12-01');
  const agreements = r.tables.events.filter((e) => e.category === 'agreement');
  assert.equal(agreements.length, 1);
  assert.equal(agreements[0].mention_count, 2);
  assert.equal(r.tables.mentions.filter((m) => m.event_id === agreements[0].event_id).length, 2);
});

test('a byte-order mark and Windows line breaks: facts after the title are found and offsets count the BOM', () => {
  const text = '\ufeffA title without a full stop\r\n\r\nChinese Premier Wen Jiabao visited Minsk in November 2007.\r\nBelarus and China signed 3 agreements worth $1bn in 2008.\r\n';
  const r = recordsOf(text, '2011-03-01');
  assert.deepEqual(r.tables.events.map((e) => e.category).sort(), ['agreement', 'visit']);
  const cps = Array.from(text);
  for (const e of r.tables.events) assert.equal(cps.slice(Number(e.char_start), Number(e.char_end)).join(''), e.quote);
});

// ---------------------------------------------------------------- dates: ranges, frames, anaphora, relative days

test('a day range gives its first day, and its length as the visit’s duration', () => {
  const v = visits('Belarus and China are close. From 14 to 17 September 2012, Chinese Defence Minister Liang Guanglie toured Minsk.', '2013-01-10');
  assert.equal(v[0]?.date, '2012-09-14');
  assert.equal(v[0]?.duration_days, 4);
  const w = visits('Belarus and China are close. Chinese Vice Premier Hui Liangyu visited Minsk on 21–23 March 2011.', '2013-01-10');
  assert.equal(w[0]?.date, '2011-03-21');
});

test('a year given once by a heading or an opening frames the dates after it', () => {
  const text = 'Overview of contacts\n\n2013\n\nBelarus and China deepened their dialogue. From 3 to 6 June, Chinese Vice Premier Ma Kai visited Minsk.\n\nIn 2014, relations grew. Belarusian Prime Minister Mikhail Myasnikovich visited Beijing in July.';
  const v = visits(text, '2015-02-01');
  assert.deepEqual(v.map((r) => r.date), ['2013-06-03', '2014-07']);
});

test('"the next day" and "later that year" count from the date before, "yesterday" from publication', () => {
  const e = events('China and Belarus are partners. Chinese Vice Premier Ma Kai arrived in Minsk on 3 June 2013. The next day, the two sides signed 5 agreements. Later that year China lent Belarus $1bn.', '2014-01-10');
  assert.equal(e.find((x) => x.category === 'agreement')?.date, '2013-06-04');
  assert.equal(e.find((x) => x.category === 'finance')?.date, '2013');
  const y = visits('China and Belarus are partners. Yesterday Chinese State Councillor Wang Yong arrived in Minsk.', '2019-04-30');
  assert.equal(y[0]?.date, '2019-04-29');
});

// ---------------------------------------------------------------- names the tables do not list

test('a titled name not in the tables is a person, with the country of the title’s adjective', () => {
  const r = recordsOf('Belarus and China are close. Belarusian Deputy Foreign Minister Alena Kupchyna visited Beijing in April 2016. Kupchyna met Chinese officials there.', '2016-06-01');
  const v = r.tables.visits;
  assert.equal(v.length, 1);
  assert.equal(v[0].visitor, 'Alena Kupchyna');
  assert.equal(v[0].visitor_id, 'person:alena-kupchyna');
  assert.deepEqual([v[0].from_country, v[0].to_country], ['BLR', 'CHN']);
  const a = visits('Belarus and China are close. Wang Yong, a Chinese State Councillor, arrived in Minsk in May 2016.', '2016-06-01');
  assert.deepEqual(a.map((x) => [x.visitor, x.from_country]), [['Wang Yong', 'CHN']]);
});

// ---------------------------------------------------------------- layout

test('page chrome, captions and datelines yield nothing; chronology lines and bullets are facts of their own; wrapped lines stay one sentence', () => {
  const text = [
    'Minsk and Beijing mark a busy spring',
    'Print | E-mail | Share',
    'Font size: A A A',
    '',
    'MINSK, 22 March (BelTA) – Belarus and China signed four agreements on economic',
    'cooperation in Minsk on Friday, the Foreign Ministry said.',
    '',
    'March 2013 — Chinese Vice Premier Ma Kai visited Minsk',
    'June 2014 — Belarusian Prime Minister Mikhail Myasnikovich visited Beijing',
    '• 2015: China lent Belarus $1bn',
    '',
    'Photo: Chinese President visited Minsk in 2010. Photo by BelTA',
  ].join('\n');
  const e = events(text, '2019-03-25');
  assert.deepEqual(e.map((x) => `${x.category} ${x.date}`).sort(), ['agreement 2019-03-22', 'finance 2015', 'visit 2013-03', 'visit 2014-06']);
});

// ---------------------------------------------------------------- vocabulary families

test('a host receiving a guest is the guest’s visit; attending an event abroad is a visit', () => {
  const v = visits('Belarus and China are close. President Alexander Lukashenko received Chinese State Councillor Yang Jiechi in Minsk on 5 May 2016. Belarusian Prime Minister Andrei Kobyakov attended the Belt and Road forum in Beijing in March 2016.', '2016-06-01');
  assert.deepEqual(v.map((x) => [x.visitor, x.from_country, x.to_country, x.date]), [['Yang Jiechi', 'CHN', 'BLR', '2016-05-05'], ['Andrei Kobyakov', 'BLR', 'CHN', '2016-03']]);
  assert.equal(visits('Belarus and China are close. Belarus received a loan of $1bn from China in 2016.', '2016-06-01').length, 0);
});

test('one amount named by two triggers is one fact; a joint venture founded is an investment', () => {
  const e = events('Belarus and China are partners. In 2014 the China Development Bank disbursed a $300m loan to Belarus. In 2015 a Belarusian–Chinese joint venture was set up in Minsk by Geely and BelAZ.', '2016-01-01');
  assert.equal(e.filter((x) => x.category === 'finance').length, 1);
  assert.equal(e.find((x) => x.category === 'finance')?.subtype, 'loan');
  assert.equal(e.filter((x) => x.category === 'investment').length, 1);
});

// ---------------------------------------------------------------- classes the real corpus showed

test('an overview’s lead year frames the dates of the whole text; an anniversary dates the event it counts from', () => {
  const v = visits('In 2010, relations between China and Belarus developed steadily.\n\nThe two sides had many contacts. From 24 to 25 March, Chinese Vice President Xi Jinping visited Belarus.', '2011-09-14');
  assert.deepEqual(v.map((x) => [x.date, x.duration_days]), [['2010-03-24', 2]]);
  const e = events('China and Belarus are partners. Monday marks the 22nd anniversary of the two countries establishing diplomatic relations on 20 January.', '2014-01-21');
  assert.equal(e.find((x) => x.category === 'diplomatic_relations')?.date, '1992-01-20');
});

test('a news report’s undated events take the day the report is about; a visiting counterpart is the visitor', () => {
  const r = recordsOf('China and Belarus are partners. Chinese President Xi Jinping and his visiting Belarusian counterpart Alexander Lukashenko signed 26 agreements. The Belarusian president was in Beijing on Thursday.', '2016-09-30');
  assert.deepEqual(r.tables.events.map((e) => `${e.category} ${e.date}`).sort(), ['agreement 2016-09-29', 'visit 2016-09-29']);
  assert.deepEqual(r.tables.visits.map((x) => [x.from_country, x.to_country]), [['BLR', 'CHN']]);
});

test('a delegation is a visitor; third parties and a pair with a third country are not China–Belarus facts', () => {
  const v = visits('China and Belarus are partners. A delegation of the Communist Party of China visited Minsk in April 2024.', '2024-05-01');
  assert.deepEqual(v.map((x) => [x.from_country, x.to_country, x.date]), [['CHN', 'BLR', '2024-04']]);
  const e = events('China and Belarus are partners, and China lent Belarus $1bn in 2023. In 2024, trade turnover between Belarus and Russia reached $20 billion. Belarus received the first $788 million tranche of IMF funding in 2009.', '2024-06-01');
  assert.deepEqual(e.map((x) => x.date), ['2023']);
});

test('extract --explain says what each sentence held and why a trigger was kept or dropped', async () => {
  const { writeArticle } = await import('./lib/article.ts');
  const { ingestArticle } = await import('../pipeline/ingest.ts');
  const { buildExtractor, extractArticle } = await import('../pipeline/extract.ts');
  const dir = writeArticle('e', 'China and Belarus are partners. Chinese Premier Li Keqiang visited Minsk in 2014. China will lend Belarus $1bn next year.', { title: 'Explain', published: '2015-01-10' });
  const lines: string[] = [];
  extractArticle(ingestArticle(dir, 'e'), buildExtractor(), (l) => lines.push(l));
  const text = lines.join('\n');
  assert.match(text, /kept\s+visit\/official_visit#\d: CHN→BLR 2014/);
  assert.match(text, /dropped finance\/loan "lend": not asserted/);
  assert.match(text, /Li Keqiang=person:/);
});

test('a headline states the news of the report\'s day, one fact with the lead', () => {
  const title = 'China sets 20 bln yuan currency swap with Belarus';
  const r = recordsOf(`${title}\n\nChina's central bank said on Wednesday it has agreed a three-year currency swap with Belarus worth 20 billion yuan.`, '2009-03-12', title);
  const swaps = r.tables.events.filter((e) => e.category === 'finance');
  assert.equal(swaps.length, 1, 'the headline and the lead are one fact');
  assert.equal(swaps[0].date, '2009-03-11');
  assert.equal(swaps[0].mention_count, 2);
});

test('a headline with no news day to date it gives no undated fact', () => {
  const title = 'China donates vaccine to Belarus';
  const e = recordsOf(`${title}\n\nBelarus and China are close partners, the minister said.`, '2021', title).tables.events;
  assert.equal(e.filter((x) => x.category === 'aid').length, 0);
});

test('money goes from the provider to the recipient, whatever the order of mention', () => {
  const e = (s: string) => events(`Belarus and China are close partners. ${s}`, '2012-06-01').filter((x) => x.category === 'finance');
  // A recipient's verb after the recipient.
  assert.deepEqual(e('In September 2011 Minsk was allocated a loan of $1 billion by China.').map((x) => [x.actor_1, x.actor_2]), [['CHN', 'BLR']]);
  // A country adjective before the provider's noun.
  assert.deepEqual(e('Belarus signed Chinese loans worth $500 million in 2011.').map((x) => [x.actor_1, x.actor_2]), [['CHN', 'BLR']]);
  // The lender named in an earlier sentence.
  assert.deepEqual(e('In 2011 Belarus and the Export-Import Bank of China met. They signed an agreement to provide credit of USD 340 million in 2011.').map((x) => [x.actor_1, x.actor_2]), [['CHN', 'BLR']]);
  // And the other way round, by the same words.
  assert.deepEqual(e('In 2011 China received a loan of $20 million from Belarus.').map((x) => [x.actor_1, x.actor_2]), [['BLR', 'CHN']]);
});

test('a meeting between people of the two countries is talks', () => {
  const e = events('Belarus and China are close. Prime Minister of Belarus Sergei Sidorsky said on Monday as he met with Vice Premier Hui Liangyu that trade should grow.', '2009-08-31');
  const talks = e.filter((x) => x.category === 'diplomatic_relations');
  assert.equal(talks.length, 1);
  assert.deepEqual([talks[0].actor_1, talks[0].actor_2].sort(), ['BLR', 'CHN']);
  assert.equal(talks[0].date, '2009-08-31');
});

test('messages, thanks and honours are acts between the two countries', () => {
  const e = events('Belarus and China are close. On 24 December 2010, President Hu Jintao sent a message of congratulations to President Alexander Lukashenko. '
    + 'In 2011 Belarus thanked China for its support. Prime Minister Mikhail Myasnikovich was awarded the Friendship Award in 2012.', '2013-01-01');
  const kinds = e.map((x) => `${x.category}/${x.subtype} ${x.direction === 'mutual' ? 'mutual' : `${x.actor_1}→${x.actor_2}`} ${x.date}`).sort();
  assert.deepEqual(kinds, [
    'diplomatic_relations/message mutual 2010-12-24',
    'political_support/honour CHN→BLR 2012',
    'political_support/statement_of_support BLR→CHN 2011',
  ]);
});

test('a trade figure that names no country is the pair\'s; one that names a third country is not', () => {
  const e = (s: string) => events(`Belarus and China are close partners. Belarus and China cooperate. ${s}`, '2016-06-01').filter((x) => x.category === 'trade');
  assert.equal(e('Trade in goods was $2.5 billion in 2015.').length, 1);
  assert.equal(e('Trade with Russia was $25 billion in 2015.').length, 0);
});

test('a single occurrence with no date is a reference back, a standing practice is a fact', () => {
  const e = (s: string) => events(`Belarus and China are close partners. ${s}`, '2012-06');
  assert.equal(e('The two leaders signed a joint declaration on the strategic partnership.').length, 0);
  assert.equal(e('The Chinese commission for technology transfer with Belarus convenes on a regular basis.').length, 1);
  assert.equal(e('The Communist Party of Belarus and the Chinese Communist Party have conducted mutual visits.').length, 1);
});

test('in a news report a stated position takes the report\'s day; in analysis it stays undated', () => {
  const text = 'Belarus and China are close partners. On Monday the two leaders met in Minsk. China supports the efforts of Belarus to protect its independence.';
  const dir = writeArticle('r', text, { title: 'Talks', published: '2020-12-02', genre: 'news' });
  const report = recordsFrom(dir, 'r').tables.events.find((x) => x.category === 'political_support');
  assert.equal(report?.date, '2020-11-30');
  const opinion = recordsFrom(writeArticle('o', text, { title: 'Talks', published: '2020-12-02', genre: 'analysis' }), 'o').tables.events.find((x) => x.category === 'political_support');
  assert.equal(opinion?.date, null);
});

test('a fact with many countries is not one between the pair', () => {
  const e = events('Belarus and China are close partners. Belarus and China met. In 2006 China signed agreements with 51 countries to set up cultural centres, Belarus among them.', '2007-01-01');
  assert.equal(e.filter((x) => x.category === 'agreement').length, 0);
});

test('an investment goes to the country it is in', () => {
  const e = events('Belarus and China are close partners. China and Belarus met. In 2011 a Belarusian-Chinese joint venture was established in Belarus to assemble cars.', '2012-01-01');
  const jv = e.find((x) => x.category === 'investment');
  assert.deepEqual([jv?.actor_1, jv?.actor_2], ['CHN', 'BLR']);
});

test('satellites, sister cities, agreements in force and joint committees', () => {
  const e = events('Belarus and China are close partners. In January 2016 a Chinese satellite was launched for Belarus. '
    + 'Harbin and Vitebsk became sister cities on January 4, 2012. The visa agreement between Belarus and China entered into force on 10 August 2018. '
    + 'On 21 May 2025 the Chinese vice premier co-chaired the sixth meeting of the China-Belarus Intergovernmental Committee in Minsk.', '2025-06-01');
  assert.deepEqual(e.map((x) => `${x.category}/${x.subtype} ${x.date}`).sort(), [
    'agreement/entered_into_force 2018-08-10',
    'cultural/twinning 2012-01-04',
    'diplomatic_relations/committee_meeting 2025-05-21',
    'technology/space_launch 2016-01',
  ]);
});

test('a titled name written surname first, a place in the title, an unnamed official: each visitor has a country', () => {
  const e = (s: string) => visits(`Belarus and China are close partners. China and Belarus met. ${s}`, '2015-01-01').map((v) => `${v.from_country}→${v.to_country} ${v.date}`);
  assert.deepEqual(e('From 12 to 14 September 2010, NPC Vice Chairman Jiang Shusheng visited Belarus.'), ['CHN→BLR 2010-09-12']);
  assert.deepEqual(e('In January 2012 the Mayor of Vitebsk, Victor Pavlovich, led a delegation to Harbin.'), ['BLR→CHN 2012-01']);
  assert.deepEqual(e('In August 2014 a Chinese defence minister visited Minsk.'), ['CHN→BLR 2014-08']);
});

test('country names match across curly apostrophes and line breaks', () => {
  const e = events('Belarus and China are close partners. In 2015 the People’s Republic of\nChina and Belarus signed 17 agreements.', '2016-01-01');
  assert.deepEqual(e.filter((x) => x.category === 'agreement').map((x) => [x.actor_1, x.actor_2].sort().join()), ['BLR,CHN']);
});

test('trade ranks and a figure that continues the trade fact before it', () => {
  const e = events('Belarus and China are close partners. In 2009 the trade between Belarus and China amounted to $2 billion. In 2008 the figure was $2.2 billion. In 2009 China was 5th in the list of Belarus’ foreign trade partners.', '2010-09-13');
  assert.deepEqual(e.filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date}`).sort(), ['trade_partner_rank 2009', 'trade_volume 2008', 'trade_volume 2009']);
  assert.equal(events('Belarus and China are close partners. In 2008 the figure was $2.2 billion.', '2010-09-13').length, 0);
});

test('talks on a day of a visit are part of the visit; ventures keep the direction the article gave them', () => {
  const e = events('Belarus and China are close partners. On 26 September 2014 Chinese Vice Premier Zhang Gaoli arrived in Minsk for a three-day visit. On 27 September 2014 Zhang Gaoli held talks with Prime Minister Mikhail Myasnikovich.', '2014-10-01');
  assert.deepEqual(e.map((x) => x.category), ['visit']);
  const v = events('Belarus and China are close partners. The Belarusian-Chinese joint venture BelGee was established in 2011 to assemble cars in Belarus. The company assembled the first car in February 2013 with Belarus-made parts.', '2017-11-20')
    .filter((x) => x.category === 'investment');
  assert.deepEqual(v.map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`), ['CHN→BLR 2011', 'CHN→BLR 2013-02']);
});

test('wishes, infinitives, plans and earlier events are not the news of the day', () => {
  const e = (s: string) => events(`Belarus and China are close partners. China and Belarus met. ${s}`, '2017-09-29').map((x) => `${x.category} ${x.date ?? 'undated'}`);
  assert.deepEqual(e('He hoped that Hunan and Mogilev would further strengthen cooperation in trade, education and cultural performances.'), []);
  assert.deepEqual(e('Allow us to congratulate you on the visit.'), []);
  assert.deepEqual(e('Xi\'s trip to Minsk will bring fresh momentum to relations.'), []);
  assert.deepEqual(e('The two sides had earlier agreed on a credit line totalling $1 billion.'), ['finance undated']);
  assert.deepEqual(e('After the earthquake, Belarus was among the first to extend condolences and provided aid to China.'), ['aid 2017-09-29']);
});

test('a photo caption gives no fact; a meeting abroad is still a meeting', () => {
  const e = events('Belarus and China are close partners. Chinese President Xi Jinping (R) meets with Belarusian President Alexander Lukashenko in Beijing, April 25, 2019. [Photo/Xinhua]\n\nOn June 14, 2019, Chinese President Xi Jinping met with Belarusian President Alexander Lukashenko in Bishkek.', '2019-06-15');
  assert.deepEqual(e.map((x) => `${x.category}/${x.subtype} ${x.date}`), ['diplomatic_relations/talks 2019-06-14']);
});

test('the subject of a reported clause acts, not the speaker; growth so many times; a quarter is its months', () => {
  const e = events('Belarus and China are close partners. On 15 September 2022 Xi Jinping emphasized that Belarus has always given China firm support on issues concerning its core interests.', '2022-09-16');
  assert.deepEqual(e.filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`), ['BLR→CHN']);
  const t = events('Belarus and China are close partners. In Q1 2013 the exports of Belarus to China went up 11 times.', '2013-05-27');
  assert.deepEqual(t.filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date} ${x.end_date}`), ['export_growth 2013-01 2013-03']);
});

test('support for a country\'s efforts names the supported country inside the phrase', () => {
  const e = events('Belarus and China are close partners. On 15 April 2020 China firmly supported Belarus\'s efforts to beat the virus.', '2020-04-17');
  assert.deepEqual(e.filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`), ['CHN→BLR 2020-04-15']);
});

test('a line that is only a date and a clock time is a page stamp, not the day the news is about', () => {
  assert.equal(isStampLine('2020-04-17 22:10', ['2020-04-17']), true);
  assert.equal(isStampLine('Updated: 12 May 2019, 10:45 a.m.', ['12 May 2019']), false, 'a word other than the date');
  assert.equal(isStampLine('On 15 April, President Xi sent a message.', ['On 15 April']), false);
});

test('a person who is in a country abroad is visiting it; being "in" something else is no visit', () => {
  const v = visits('Belarus and China are close partners. On 4 December 2023 President of Belarus Alexander Lukashenko was in China on a working visit.', '2023-12-04');
  assert.deepEqual(v.map((r) => `${r.from_country}→${r.to_country} ${r.date}`), ['BLR→CHN 2023-12-04']);
  assert.equal(visits('Belarus and China are close partners. In 2010 Alexander Lukashenko was in power in Belarus, and China was in a hurry.', '2011-01-04').length, 0);
});

test('"the premier" or "he" as the subject of a visit stands for the person named before with that title', () => {
  const v = visits('Belarus and China held talks. Chinese Premier Wen Jiabao spoke at a forum in Beijing on Monday. On Wednesday, the premier arrived in Minsk for talks with Belarusian officials.', '2010-06-04');
  assert.equal(v.length, 1);
  assert.equal(v[0].visitor, 'Wen Jiabao');
  assert.equal(v[0].from_country, 'CHN');
  assert.equal(v[0].to_country, 'BLR');
  assert.equal(v[0].date, '2010-06-02');
  const he = visits('Belarus and China are partners. Belarusian Prime Minister Sergei Sidorsky opened a trade fair in Minsk on 3 May 2008. The next day he travelled to Beijing.', '2008-06-01');
  assert.ok(he.some((r) => r.visitor === 'Sergei Sidorsky' && r.from_country === 'BLR' && r.to_country === 'CHN'), JSON.stringify(he));
  // A title that fits no one named before is no visitor.
  assert.equal(visits('Belarus and China are partners. Chinese Premier Wen Jiabao met Belarusian officials. Later the ambassador arrived in Minsk.', '2010-06-04').filter((r) => r.visitor === 'Wen Jiabao').length, 0);
});

test('a country written as part of a currency ("US$", "U.S. dollars") is not a third country', () => {
  const e = events('China and Belarus are partners. Last year, bilateral trade was valued at US$870 million, with exports to China at 500 million U.S. dollars.', '2009-03-01');
  const trade = e.filter((x) => x.category === 'trade');
  assert.ok(trade.length >= 1, JSON.stringify(e));
  assert.ok(trade.every((x) => [x.actor_1, x.actor_2].sort().join() === 'BLR,CHN'), JSON.stringify(trade));
});

test('a year after "for" is a date; a year ends a date ("of 2014 last year" is two); "since" gives a span\'s start, not a figure\'s date', () => {
  const forYear = events('China and Belarus are partners. Bilateral trade for 2017 was $3.2 billion.', '2018-02-01').find((x) => x.category === 'trade');
  assert.equal(forYear?.date, '2017');
  const since = events('China and Belarus are partners. Bilateral trade has grown fivefold since 1995, with the trade volume standing at $700 million in 2006.', '2007-03-01').filter((x) => x.category === 'trade');
  assert.ok(since.length && since.every((x) => x.date === '2006'), JSON.stringify(since));
});

test('a span reaching past publication ("a plan from 2014 to 2018") is the object\'s period and does not leave the fact undated', () => {
  const a = events('MINSK, May 6 -- Belarus and China signed a roadmap for 2021 to 2025, officials said.', '2021-05-06').filter((x) => x.category === 'agreement');
  assert.ok(a.length && a.every((x) => x.date === '2021-05-06'), JSON.stringify(a));
});

test('a title "of the <country adjective> <body>" gives the named person that country', () => {
  const v = visits('China and Belarus are partners. Chairman of the Chinese Trade Council Li Bing visited Minsk on 4 June 2012.', '2012-06-10');
  assert.equal(v.length, 1);
  assert.equal(v[0].from_country, 'CHN');
  assert.equal(v[0].visitor, 'Li Bing');
});

test('meeting "a delegation from" a place or country is that country\'s visit to the host; the date after the reporting verb is the meeting\'s', () => {
  const v = visits('GRODNO, 14 June (BelTA) – Exports of Grodno Oblast to China doubled in January-April 2016, Governor Vladimir Kravtsov said as he met with a delegation from Hubei Province on 13 June.', '2016-06-14');
  assert.equal(v.length, 1, JSON.stringify(v));
  assert.equal(v[0].from_country, 'CHN');
  assert.equal(v[0].to_country, 'BLR');
  assert.equal(v[0].date, '2016-06-13');
  // Not a meeting: a delegation's plan is no visit.
  assert.equal(visits('China and Belarus are partners. The Chinese delegation of Hubei Province will include business leaders.', '2016-06-14').length, 0);
});

test('a year written as part of a name ("Summit 2025", "Expo 2010") is not the date; a visit told in the present is on the report\'s day', () => {
  const text = 'BEIJING, Sept 1 (Xinhua) -- Belarusian President Alexander Lukashenko is in China to attend the Global Trade Summit 2025.';
  const v = recordsFrom(writeArticle('t', text, { title: 'Lukashenko in China', published: '2025-09-01', genre: 'news' }), 't').tables.visits;
  assert.equal(v.length, 1, JSON.stringify(v));
  assert.equal(v[0].date, '2025-09-01');
  const inYear = events('China and Belarus are partners. In 2009, trade between China and Belarus reached $1.2 billion.', '2010-03-01').find((x) => x.category === 'trade');
  assert.equal(inYear?.date, '2009', 'a capitalised preposition before a year is not a name');
});

test('an aside with a trigger of its own states its own fact: the phrase it qualifies keeps the main clause\'s date', () => {
  const e = events('MINSK, 12 March 2012 -- Belarusian Prime Minister Mikhail Myasnikovich met Chinese Vice-President Xi Jinping, who visited Minsk in March 2010, in Beijing on Sunday.', '2012-03-12');
  // The meeting in Beijing is Myasnikovich's visit to China, on the Sunday; the aside's visit is Xi's of March 2010.
  const visitsOf = (country: string) => e.filter((x) => x.category === 'visit' && x.actor_1 === country).map((x) => x.date);
  assert.deepEqual(visitsOf('BLR'), ['2012-03-11']);
  assert.deepEqual(visitsOf('CHN'), ['2010-03']);
});

test('a trade figure is stated in its own phrase: "imports, Belarus was …" across a comma is not an import figure', () => {
  const e = events('When China offered $10 billion to developing countries in May 2011 to pay for Chinese imports, Belarus was the first to apply.', '2012-01-10');
  assert.equal(e.filter((x) => x.category === 'trade').length, 0, JSON.stringify(e));
});

test('a name written surname first is referred to by its first word; "the day before" counts from the report\'s day', () => {
  const v = visits('MINSK, May 22 (Xinhua) -- Cooperation is growing, said Chinese Vice Premier Zhang Guoqing. Zhang made the remarks while visiting Belarus on Wednesday.', '2025-05-22');
  assert.ok(v.some((r) => r.visitor_id === 'person:zhang-guoqing' && r.visitor === 'Zhang Guoqing' && r.from_country === 'CHN' && r.to_country === 'BLR'), JSON.stringify(v));
  const before = visits('Belarusian beef was certified for China, the ministry said on Tuesday. The day before a Belarusian delegation visited China.', '2017-10-24');
  assert.ok(before.some((r) => r.date === '2017-10-23' && r.from_country === 'BLR'), JSON.stringify(before));
});

test('"on Sunday" in a text published with a month only is that month; "the President thanked China" acts for the president named before', () => {
  const e = events('Belarus and China are partners. China on Sunday granted Belarus a loan of $1 billion.', '2011-09');
  const loan = e.find((x) => x.category === 'finance');
  assert.equal(loan?.date, '2011-09', JSON.stringify(e));
  const t = events('MINSK, 5 September (BelTA) – Belarusian President Alexander Lukashenko met the Chinese ambassador on Thursday. The President also thanked China for its technical assistance.', '2024-09-05');
  const thanks = t.filter((x) => /thank/i.test(String(x.summary ?? '')) || x.subtype === 'statement_of_support' || x.subtype === 'thanks');
  assert.ok(thanks.length && thanks.every((x) => x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(t));
});

test('a unit or team that "left for" the other country visits it; students studying abroad are a cultural fact; "the countries" are the pair', () => {
  const v = visits('BEIJING, June 15 (Xinhua) -- A Chinese army medical support team on Monday left for Belarus for a joint exercise.', '2015-06-15');
  assert.ok(v.some((r) => r.from_country === 'CHN' && r.to_country === 'BLR' && r.date === '2015-06-15'), JSON.stringify(v));
  const c = events('Belarus and China are partners. More than 3,000 students from China studied at Belarusian universities in 2017.', '2018-02-01');
  assert.ok(c.some((x) => x.category === 'cultural' && x.date === '2017'), JSON.stringify(c));
  const a = events('BEIJING, Jan 15 -- China and Belarus are friends. The countries signed a tourism memorandum in Beijing on Friday.', '2018-01-15');
  assert.ok(a.some((x) => x.category === 'agreement' && x.date === '2018-01-12' && [x.actor_1, x.actor_2].sort().join() === 'BLR,CHN'), JSON.stringify(a));
});

test('a lower-case title makes a name; a delegation named after "the visit of" or nearest before "delegation" is the visitor', () => {
  const z = visits('Earlier, from 24 to 26 April, head of the Belarusian Security Council Stanislav Zas visited China.', '2017-05-02');
  assert.ok(z.some((r) => r.visitor === 'Stanislav Zas' && r.from_country === 'BLR' && r.to_country === 'CHN' && r.date === '2017-04-24'), JSON.stringify(z));
  const g = visits('Gomel and Inner Mongolia are partners. The document was signed during the official visit of the Chinese delegation to Gomel.', '2011-07-21');
  assert.ok(g.some((r) => r.from_country === 'CHN' && r.to_country === 'BLR'), JSON.stringify(g));
  const s = visits('Speaking at a meeting with Ren Hongbin, chairman of the board of China National Machinery Industry Corporation (Sinomach), on the first day of a Belarusian delegation\'s visit to Beijing, Mr. Myasnikovich proposed a second plant.', '2014-01-21');
  assert.ok(s.some((r) => r.from_country === 'BLR' && r.to_country === 'CHN'), JSON.stringify(s));
});

test('a news agency "reported that" is a source, not a media fact; an interview with its own country\'s media is none either', () => {
  const e = events('Belarus and China agreed on visa-free travel for tourist groups, BelTA reported earlier. The Belarusian ambassador to China Anatoly Tozik said in the interview to BelTA news agency that ties grow.', '2016-04-10');
  assert.equal(e.filter((x) => x.category === 'media').length, 0, JSON.stringify(e));
  const i = events('Belarusian President Alexander Lukashenko said in an interview with Xinhua that China is a strategic partner.', '2015-05-09');
  assert.ok(i.some((x) => x.category === 'media'), JSON.stringify(i));
});

test('ranks in a list are facts each; a date after "compared with" or "from" is the base of a comparison; "times" needs trade', () => {
  const r = events('Belarus and China are partners. Last year China ranked 5th in Belarus\' trade, 11th in its export and 2nd in the non-CIS import.', '2010-02-01');
  assert.equal(r.filter((x) => x.subtype === 'trade_partner_rank').length, 3, JSON.stringify(r));
  const g = events('In January-March 2013 Minsk Oblast trade with China totaled $265.3 million, up 3.4 times as compared with the same period a year ago.', '2013-05-28');
  const growth = g.filter((x) => x.subtype === 'trade_growth');
  assert.ok(growth.length && growth.every((x) => x.date === '2013-01'), JSON.stringify(g));
  const t = events('Belarus and China are partners. In 2017, over 3,200 Chinese travelers bought package tours to Belarus, a nearly two-time increase.', '2018-02-01');
  assert.equal(t.filter((x) => x.category === 'trade').length, 0, JSON.stringify(t));
});

test('"unclear whether", "claims that" assert nothing; a visit "before" or "ahead of" which it is told is still to come; talks by video are no visit', () => {
  const u = events('Belarus and China trade potash. It remains unclear whether China and Belarus have reached an agreement on potash.', '2006-08-03');
  assert.equal(u.filter((x) => x.category === 'agreement').length, 0, JSON.stringify(u));
  const b = visits('The park is a hub for Chinese firms, Rudy said via email before Belarusian President Alexander Lukashenko\'s visit to China, which starts on Wednesday.', '2016-09-26');
  assert.equal(b.length, 0, JSON.stringify(b));
  const d = visits('Belarusian beef was certified for China, the ministry said on Tuesday. The day before a Belarusian delegation visited China.', '2017-10-24');
  assert.ok(d.length, 'the day before is a date, not an upcoming visit');
  const v = events('BEIJING, June 8 (Xinhua) -- China\'s top legislator Li Zhanshu held talks with Natalia Kochanova, chairwoman of the Council of the Republic of Belarus, via video link on Tuesday.', '2021-06-08');
  assert.ok(!v.some((x) => x.category === 'visit') && v.some((x) => x.subtype === 'talks'), JSON.stringify(v));
});

test('"Belarus\' support for China" is Belarus supporting China whoever speaks; an organisation before a title gives the person its country', () => {
  const s = events('BEIJING, May 13 (Xinhua) -- Chinese Defense Minister Liang Guanglie met Belarusian Defense Minister Yury Zhadobin on Thursday. He also appreciated Belarus\' support for China on the Taiwan issue.', '2010-05-13');
  assert.ok(s.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(s));
  assert.ok(!s.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN'), JSON.stringify(s));
  const k = events('Belarus is interested in the projects, said the Belarusian head of state as he met with CITIC CEO Kong Dan on August 7.', '2008-08-08');
  assert.ok(k.some((x) => x.subtype === 'talks' && x.date === '2008-08-07'), JSON.stringify(k));
});

test('"N years of diplomatic ties" dates their establishment; a forum "held" is a trade event; a standing trade rank is the publication year', () => {
  const r = events('After 17 years of diplomatic ties, China and Belarus enjoyed remarkable development of bilateral relations, Li said.', '2009-12-18');
  assert.ok(r.some((x) => x.subtype === 'relations_established' && x.date === '1992'), JSON.stringify(r));
  const f = events('Belarus and China are partners. During the Chinese-Belarusian trade and economic cooperation forum held on 18th November 2015 in Minsk, Li Haixin said the park is on schedule.', '2015-11-19');
  assert.ok(f.some((x) => x.subtype === 'trade_fair' && x.date === '2015-11-18'), JSON.stringify(f));
  const t = events('Belarus and China are partners. China is already Belarus’s second-largest trading partner after Russia, with the state-run China Daily saying that bilateral trade surpassed $8.4 billion in 2023.', '2024-08-23');
  assert.ok(t.some((x) => x.subtype === 'trade_partner_rank' && x.date === '2024'), JSON.stringify(t));
});

test('a day and month just before publication is the news day, not the year a sentence opened with; "from 2017" is a comparison\'s base', () => {
  const e = events('In 2018, the trade between Belarus’ Minsk Oblast and China increased by 17% from 2017, Vice Governor Nikolai Rogashchuk told the media ahead of the meeting with a delegation from China’s Yunfu, Guangdong Province on 17 May.', '2019-05-20');
  assert.ok(e.some((x) => x.subtype === 'trade_growth' && x.date === '2018'), JSON.stringify(e));
  assert.ok(e.some((x) => x.category === 'visit' && x.date === '2019-05-17'), JSON.stringify(e));
});

test('a title with bodies between it and its country names the person ("Chairman of the House … of Belarus Vladimir Andreichenko", "Ambassador of China to Belarus Cui Qiming")', () => {
  const v = visits('"We would work with Belarus," Li told Chairman of the House of Representatives of the National Assembly of Belarus Vladimir Andreichenko. Andreichenko was on an official goodwill visit to China from Dec. 14 to 17.', '2009-12-18');
  assert.ok(v.some((r) => r.visitor === 'Vladimir Andreichenko' && r.from_country === 'BLR' && r.date === '2009-12-14'), JSON.stringify(v));
  const h = events('MINSK, 24 September -- Belarus President Aleksandr Lukashenko presented the Order of Honor to outgoing Ambassador of China to Belarus Cui Qiming.', '2020-09-24');
  assert.ok(h.some((x) => x.subtype === 'honour' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(h));
});

test('standing with a country is support; hosting a joint exercise with a country is its forces\' visit; taking part in training abroad is a visit', () => {
  const s = events('Belarus and China held talks. Belarus stands firmly with China on issues concerning China\'s core interests, Makei said.', '2021-09-17');
  assert.ok(s.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(s));
  const x = visits('MINSK, July 20 -- Belarus hosted a joint counter-terrorism exercise with China called United Shield 2017, on 11-18 July.', '2017-07-20');
  assert.ok(x.some((r) => r.from_country === 'CHN' && r.to_country === 'BLR'), JSON.stringify(x));
  const t = visits('Belarus and China are partners. Belarusian special forces units participated in training in China in 2016.', '2017-07-20');
  assert.ok(t.some((r) => r.from_country === 'BLR' && r.to_country === 'CHN' && r.date === '2016'), JSON.stringify(t));
});

test('relations established: "twenty years ago", "in the 32 years since the establishment", "the 20th anniversary of", "established formal ties" date them with no country named', () => {
  const cases: [string, string, string][] = [
    ['China is a partner of Belarus. We have achieved a lot since the diplomatic relations were established twenty years ago.', '2011-09-10', '1991'],
    ['China is a partner of Belarus. "In the 32 years that have passed since the establishment of diplomatic relations between our countries, ties have grown," he said.', '2024-08-22', '1992'],
    ['Belarus and China. The 20th anniversary of the establishment of diplomatic relations inspired a press conference.', '2012-02-01', '1992'],
    ['Since the two nations established formal diplomatic ties in 1992, relations between China and Belarus have developed rapidly.', '2004-05-01', '1992'],
  ];
  for (const [text, published, year] of cases) {
    const e = events(text, published);
    assert.ok(e.some((x) => x.subtype === 'relations_established' && x.date === year), `${text}\n${JSON.stringify(e)}`);
  }
});

test('"can count on the support of Belarus" is Belarus supporting; "said as he met with" keeps the meeting whatever was said before', () => {
  const s = events('MINSK, 25 April -- China can always count on the support of Belarus in every area, Belarus President Aleksandr Lukashenko said on 25 April as he met with Chinese President Xi Jinping.', '2019-04-25');
  assert.ok(s.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(s));
  assert.ok(!s.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN'), JSON.stringify(s));
  const m = events('Belarus and China have a big potential for cooperation, Vice Premier of Belarus Vladimir Semashko said on 28 June as he met with Chinese Vice Premier Wang Qishan.', '2010-06-29');
  assert.ok(m.some((x) => x.subtype === 'talks' && x.date === '2010-06-28'), JSON.stringify(m));
});

test('growth "by a quarter" is 25 %; trade that "doubled" grew twofold', () => {
  const q = events('Belarus and China are partners. In 2018 Belarusian exports to China increased by a quarter.', '2019-02-20');
  assert.ok(q.some((x) => x.subtype === 'export_growth' && x.date === '2018' && /25%/.test(String(x.summary))), JSON.stringify(q));
  const d = events('Belarus and China are partners. In 2012 trade between Belarus and China doubled.', '2013-02-20');
  assert.ok(d.some((x) => x.subtype === 'trade_growth' && x.date === '2012' && /2-fold/.test(String(x.summary))), JSON.stringify(d));
});

test('the person right after "the visit by" is the visitor, whoever the sentence named before', () => {
  const e = events('Belarus and China held talks. Belarusian Foreign Minister Maxim Ryzhenkov described the June visit by Polish President Andrzej Duda to China as an attempt to mend ties.', '2024-07-24');
  assert.ok(!e.some((x) => x.category === 'visit' && x.actor_1 === 'BLR'), JSON.stringify(e));
  const v = visits('Belarus and China are partners. Belarusian Foreign Minister Maxim Ryzhenkov welcomed the visit by Chinese Foreign Minister Wang Yi to Minsk on 3 June 2024.', '2024-07-24');
  assert.ok(v.some((r) => r.from_country === 'CHN' && r.to_country === 'BLR'), JSON.stringify(v));
});

test('market access, shipments, visa-free travel, construction begun, joint laboratories, a shareholder, agreements a visit resulted in', () => {
  const cases: [string, string, (x: Record<string, unknown>) => boolean][] = [
    ['Belarus and China are partners. Belarus received the right to export beef to China on 10 July 2017.', '2017-07-20', (x) => x.subtype === 'market_access' && x.date === '2017-07-10'],
    ['Belarus and China are partners. In 2019 twelve Belarusian dairy plants were accredited for export to China.', '2020-01-20', (x) => x.subtype === 'market_access' && x.date === '2019'],
    ['Belarus and China are partners. In 2018 Belarus dispatched the first consignment of rapeseed oil to China.', '2019-01-20', (x) => x.subtype === 'shipment' && x.date === '2018'],
    ['Belarus and China signed an agreement on mutual visa-free travel on 10 June 2018.', '2018-07-20', (x) => x.subtype === 'visa_free' && x.date === '2018-06-10'],
    ['Chinese investors and Belarus agreed. The construction of the pulp mill in Svetlogorsk began in March 2012, financed by China.', '2013-07-20', (x) => x.subtype === 'construction_started' && x.date === '2012-03'],
    ['In 2015 the Belarusian Academy of Sciences and Chinese universities set up joint laboratories in Harbin and Minsk.', '2016-07-20', (x) => x.category === 'technology' && x.date === '2015'],
    ['In May 2015, China Merchants Group officially became a shareholder of the Great Stone Industrial Park in Belarus.', '2016-07-20', (x) => x.subtype === 'stake' && x.actor_1 === 'CHN' && x.date === '2015-05'],
    ['Belarus and China are partners. The visit of a Belarusian delegation to Beijing in May 2017 resulted in several significant agreements on the economy.', '2017-12-20', (x) => x.category === 'agreement' && x.date === '2017-05'],
    ['Belarus and China are partners. In 2024, 30 residents were registered in the Great Stone industrial park.', '2025-01-20', (x) => x.subtype === 'park_residents' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2024'],
  ];
  for (const [text, published, ok] of cases) {
    const e = events(text, published);
    assert.ok(e.some(ok), `${text}\n${JSON.stringify(e)}`);
  }
});

test('trade told as "commodity circulation … summed up to", "supplied … valuing at", and "it went up N%" after a trade figure', () => {
  const c = events('The commodity circulation between Belarus and China in January-February 2017 summed up to more than 430 million dollars.', '2017-04-05');
  assert.ok(c.some((x) => x.subtype === 'trade_volume' && x.date === '2017-01'), JSON.stringify(c));
  const s = events('Belarus and China are partners. In 2018 Belarusian plants supplied 57,300 tonnes of milk powder to China valued at $20 million.', '2019-04-05');
  assert.ok(s.some((x) => x.subtype === 'exports' && x.date === '2018'), JSON.stringify(s));
  const g = events('Trade between Belarus and China reached $1.2 billion in 2010. In January-May 2011 it went up 40%.', '2011-07-05');
  assert.ok(g.some((x) => x.subtype === 'trade_growth' && String(x.date).startsWith('2011-01')), JSON.stringify(g));
  const none = events('Belarus and China held talks in 2011. In January-May 2011 it went up 40%.', '2011-07-05');
  assert.ok(!none.some((x) => x.subtype === 'trade_growth'), JSON.stringify(none));
});

test('support: the subject of "is thankful that X stands with", "opposes the external forces", "understands and supports", "gratitude … for its long-term support"', () => {
  const cases: [string, string, string][] = [
    ['MINSK, 17 September -- China is thankful that Belarus stands firmly with China on issues concerning its core interests, Wang said.', '2021-09-17', 'BLR'],
    ['MINSK, 23 November -- The Chinese side firmly opposes the external forces interfering in Belarus, the minister said.', '2020-11-23', 'CHN'],
    ['MINSK, 23 November -- Belarus, in response, understands and supports China\'s position on Taiwan, the minister said.', '2020-11-23', 'BLR'],
  ];
  // What the rules find and whom they make the supporter (the candidate model may weigh a one-line text differently).
  for (const [text, published, supporter] of cases) {
    const e = rulesOnlyRecordsOf(text, published).tables.events;
    assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === supporter), `${text}\n${JSON.stringify(e)}`);
  }
  const t = rulesOnlyRecordsOf('MINSK, 11 July -- Lukashenko also expressed his gratitude to China for its long-term support to Belarus.', '2012-07-11').tables.events;
  assert.ok(t.some((x) => x.category === 'political_support'), JSON.stringify(t));
});

test('a Confucius Institute named is no fact; one opened, founded or set up is, and so is one a city has', () => {
  const has = events('China and Belarus are partners. Minsk has a Confucius Institute at the Belarusian State University.', '2019-04-24');
  assert.ok(has.some((x) => x.subtype === 'institute'), JSON.stringify(has));
  const named = events('MINSK, 24 April -- The library of the Minsk Confucius Institute hosted a reading of Chinese poetry for Belarusian students.', '2009-04-24');
  assert.ok(!named.some((x) => x.subtype === 'institute'), JSON.stringify(named));
  const opened = events('MINSK, 24 April -- A Confucius Institute was opened at the Belarusian State University with Chinese support on 24 April.', '2009-04-24');
  assert.ok(opened.some((x) => x.subtype === 'institute' && x.date === '2009-04-24'), JSON.stringify(opened));
});

test('"the visit of the President of Belarus to China": an unnamed title and its country visit', () => {
  const v = visits('Belarus and China are partners. The visit of the President of Belarus to China in May 2015 resulted in a large package of documents.', '2015-12-12');
  assert.ok(v.some((r) => r.from_country === 'BLR' && r.to_country === 'CHN' && r.date === '2015-05'), JSON.stringify(v));
});

test('money spelt out in words: "one billion dollars", "a million euros"', () => {
  const e = events('Belarus and China are partners. In September 2011 Minsk was allocated one billion dollars by the China Development Bank.', '2012-04-20');
  assert.ok(e.some((x) => x.category === 'finance' && x.date === '2011-09'), JSON.stringify(e));
  const f = recordsOf('Belarus and China are partners. In 2010 China Eximbank lent Belarus a billion dollars for power plants.', '2012-04-20').tables.finance;
  assert.ok(f.some((r) => r.amount === 1000000000 && r.currency === 'USD'), JSON.stringify(f));
});

test('a menu line of many short items and a long tail is read in linear time, not by exponential backtracking', () => {
  // Every boilerplate and byline pattern, on lines built to make an ambiguous pattern backtrack (items and spaces that
  // split many ways, then no match), in a child process that is stopped after 20 s: a hang fails instead of hanging.
  const probe = `
    const { boilerplate, byline } = JSON.parse(require('node:fs').readFileSync('sources/reference/boilerplate.json', 'utf8'));
    const hostile = ['ab  |   '.repeat(14) + 'x'.repeat(40), 'Home' + '  »  Politics'.repeat(8) + '!', 'Ab '.repeat(30) + 'is a'];
    for (const p of [...boilerplate, ...byline]) for (const line of hostile) new RegExp(p, 'iu').test(line);`;
  const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(run.status, 0, `a boilerplate pattern did not finish: ${run.error?.message ?? run.stderr}`);
  const menu = 'Home  |   Jihad Watch  |   Horowitz  |   Archive  |   Columnists  |     DHFC  |  Store  |   Contact  |   Links  |   Search Tuesday, May 22, 2018';
  const e = events(`${menu}\n\nChinese Premier Wen Jiabao visited Minsk on 12 May 2005.\n`, '2005-07-12');
  assert.ok(e.some((x) => x.category === 'visit' && x.date === '2005-05-12'), JSON.stringify(e));
});

test('a "China-aided" project is aid; credentials "handed"; a consulate that "opened"; "since first establishing relations"; "launched joint production"; permits for exporting', () => {
  const cases: [string, string, (x: Record<string, unknown>) => boolean][] = [
    ['MINSK, Nov. 6 (Xinhua) -- The China-aided Belarusian International Standard Swimming Pool opened in Minsk on Wednesday.', '2024-11-07', (x) => x.category === 'aid' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2024-11-06'],
    ['Belarus and China are partners. On June 28 Anatoly Tozik, Ambassador of Belarus to China, handed credentials to the Chairman of the People\'s Republic of China Hu Jintao.', '2006-06-30', (x) => x.subtype === 'credentials' && x.date === '2006-06-28'],
    ['Belarus and China are partners. The Consulate General of Belarus in Chongqing officially opened on 28 January 2021.', '2021-02-01', (x) => x.subtype === 'mission_opened' && x.actor_1 === 'BLR' && x.date === '2021-01-28'],
    ['Belarus and China are partners. Since first establishing relations in 1992, the two countries have grown close.', '2005-07-12', (x) => x.subtype === 'relations_established' && x.date === '1992'],
    ['Belarus and China are partners. In 2010 Belarus and China launched joint production of combine harvesters in Harbin.', '2012-05-23', (x) => x.subtype === 'production_started' && x.date === '2010'],
    ['Belarus and China are partners. In 2021 twenty-six Belarusian companies obtained permits for exporting poultry and beef to China.', '2021-12-02', (x) => x.subtype === 'market_access' && x.date === '2021'],
  ];
  for (const [text, published, ok] of cases) {
    const e = events(text, published);
    assert.ok(e.some(ok), `${text}\n${JSON.stringify(e)}`);
  }
});

test('"performance" of companies or of a terminal is no cultural event; a troupe\'s performance is; "are going to sign" is a plan', () => {
  const results = events('Belarus and China are partners. Performance of the joint companies in 2011 and their prospects were discussed in Harbin.', '2012-05-23');
  assert.ok(!results.some((x) => x.category === 'cultural'), JSON.stringify(results));
  const show = events('Belarus and China are partners. In 2011 a Chinese troupe gave a performance of Peking opera in Minsk.', '2012-05-23');
  assert.ok(show.some((x) => x.subtype === 'performance' && x.date === '2011'), JSON.stringify(show));
  const plan = events('BEIJING, May 8 -- Belarus and China are going to sign an agreement on a 30-day visa-free regime, the speaker said.', '2018-05-08');
  assert.ok(!plan.some((x) => x.category === 'cultural' || x.category === 'agreement'), JSON.stringify(plan));
});

test('"Lukashenka\'s planned visit", "The signing of X will be one of the main events": an event still to come is no fact; a past one heading its clause is', () => {
  const planned = events('Belarus and China are partners. The meeting seems significant in light of Lukashenka\'s planned visit to China in September 2016.', '2016-07-01');
  assert.ok(!planned.some((x) => x.category === 'visit'), JSON.stringify(planned));
  const subject = events('MINSK, May 8 (Xinhua) -- The signing of a visa-free agreement between Belarus and China will be one of the main events of the Year of Tourism, the official said.', '2018-05-08');
  assert.ok(!subject.some((x) => x.category === 'agreement' || x.category === 'cultural'), JSON.stringify(subject));
  const trip = events('Chinese Vice President Xi Jinping\'s visit to Minsk will bring fresh momentum to the relations between China and Belarus, the ambassador said.', '2010-03-20');
  assert.ok(!trip.some((x) => x.category === 'visit'), JSON.stringify(trip));
  const past = events('The signing of the agreement between China and Belarus on 5 May 2016 was attended by Chinese Ambassador Cui Qiming.', '2016-05-06');
  assert.ok(past.some((x) => x.category === 'agreement' && x.date === '2016-05-05'), JSON.stringify(past));
});

test('titled names with an "of" portfolio or an "of <country>" apposition are people of that country ("Minister of Public Security Wang Xiaohong", "Ivan Kubrakov, Interior Minister of Belarus,")', () => {
  const r = recordsOf('Chinese Minister of Public Security Wang Xiaohong met with Ivan Kubrakov, Interior Minister of Belarus, in Beijing on Tuesday.', '2025-07-23').tables;
  // Both are known as people of their countries, so the meeting is one between China and Belarus: in Beijing, the
  // Belarusian minister's visit to China.
  assert.ok(r.events.some((x) => x.category === 'visit' && x.date === '2025-07-22' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(r.events));
});

test('a day range written "December 4 to December 6 2005" or "June 30 to July 2, 2015" starts on its first day and has a length', () => {
  const v = visits('Chinese Premier Li Keqiang visited Minsk from June 30 to July 2, 2015.', '2015-12-10');
  assert.ok(v.some((x) => x.date === '2015-06-30' && x.duration_days === 3), JSON.stringify(v));
  const w = visits('The President of the Republic of Belarus A.G. Lukashenko paid a state visit to the People\'s Republic of China from December 4 to December 6 2005.', '2005-12-10');
  assert.ok(w.some((x) => x.date === '2005-12-04' && x.duration_days === 3), JSON.stringify(w));
});

test('"X supports <country> in pursuing …", "supports the direction of …", "supports the … Law": political support; in a report dated by its month only, on the day of its news', () => {
  const text = 'On January 26, Chinese President Xi Jinping had a phone call with Belarusian President Alexander Lukashenko.\nXi Jinping stressed that China supports Belarus in pursuing a development path that fits its national conditions.\nLukashenko said Belarus supports the direction and measures of China\'s development.\n';
  const e = recordsFrom(writeArticle('call', text, { title: 'Xi talks with Lukashenko', published: '2021-01', genre: 'official-release' }), 'call').tables.events;
  assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN' && x.date === '2021-01-26'), JSON.stringify(e));
  assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.date === '2021-01-26'), JSON.stringify(e));
  const law = events('The Republic of Belarus supports the Anti-Secession Law of China.', '2005-03-20');
  assert.ok(law.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(law));
});

test('"the park" points back at the park named before: a count of residents "accepted into the park" is Chinese companies in Belarus', () => {
  const e = events('Chinese companies lead among the residents of the China-Belarus Industrial Park Great Stone, which Belarus and China founded.\nIn 2024, 30 residents were accepted into the park, the head of the administration noted.\n', '2025-03-01');
  assert.ok(e.some((x) => x.subtype === 'park_residents' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2024'), JSON.stringify(e));
  // With no park named before, "the park" is nobody's.
  const none = events('Belarus and China are partners.\nIn 2024, 30 residents were accepted into the park, the head of the administration noted.\n', '2025-03-01');
  assert.ok(!none.some((x) => x.subtype === 'park_residents' && x.actor_2 === 'BLR' && x.actor_1 === 'CHN' && x.date === '2024'), JSON.stringify(none));
});

test('"bilateral trade" is the pair\'s own figure whatever third country the sentence compares with; tourist counts are a cultural fact of the tourists\' country', () => {
  const trade = events('China is already Belarus’s second-largest trading partner after Russia, with China Daily saying that bilateral trade surpassed $8.4 billion in 2023.', '2024-08-29');
  assert.ok(trade.some((x) => x.subtype === 'trade_volume' && x.date === '2023' && [x.actor_1, x.actor_2].sort().join() === 'BLR,CHN'), JSON.stringify(trade));
  const tourists = events('Belarus and China are partners. More than 20,000 tourists from China visited Belarus in 2017.', '2018-05-08');
  assert.ok(tourists.some((x) => x.subtype === 'tourism' && String(x.summary).startsWith('Tourists of China') && x.date === '2017'), JSON.stringify(tourists));
  assert.ok(!tourists.some((x) => x.category === 'visit'), JSON.stringify(tourists));
});

test('"members of a Chinese task force arrived", "a memorandum … has already been signed", "expects to attract tourists as the countries signed a memorandum": visits and agreements', () => {
  const v = events('Belarus and China held a joint drill. Indeed, 83 members of a Chinese special task force arrived in Brest, Belarus, on 5 July 2011.', '2011-09-01');
  assert.ok(v.some((x) => x.category === 'visit' && x.actor_1 === 'CHN' && x.date === '2011-07-05'), JSON.stringify(v));
  const passive = events('Belarus and China discussed beef exports on 3 March 2017. A memorandum of beef certification has already been signed by Belarus and China.', '2017-03-10');
  assert.ok(passive.some((x) => x.category === 'agreement'), JSON.stringify(passive));
  const own = events('Belarus will further open its doors and expects to attract more Chinese tourists as the countries signed a memorandum in Beijing on Friday.', '2018-01-13');
  assert.ok(own.some((x) => x.category === 'agreement' && x.date === '2018-01-12'), JSON.stringify(own));
  // A plan stays a plan: "expects to sign" has no past verb of its own.
  const plan = events('Belarus expects to sign a memorandum with China in Beijing next Friday.', '2018-01-13');
  assert.ok(!plan.some((x) => x.category === 'agreement'), JSON.stringify(plan));
});

test('a third country that borrows in a clause of its own is no fact of the pair\'s; "500 residents met officials" are townspeople, not a park\'s companies', () => {
  const e = events('According to AidData, China lent Belarus money for 35 projects. China is the main creditor of Belarus, and Belarus owes China more every year. Belarus has borrowed a total of $6.73 billion, whereas Russia, for example, has borrowed $151.8 billion.', '2021-10-22');
  const loans = e.filter((x) => x.category === 'finance');
  assert.equal(loans.length, 1, JSON.stringify(e));
  assert.ok(String(loans[0].quote).startsWith('Belarus has borrowed') && loans[0].actor_1 === 'CHN' && loans[0].actor_2 === 'BLR', JSON.stringify(e));
  const town = events('Belarus and China build a pulp mill. About 500 residents met with representatives of the Svetlahorsk District Executive Committee in January 2012.', '2012-01-25');
  assert.ok(!town.some((x) => x.subtype === 'park_residents'), JSON.stringify(town));
  const park = events('Chinese companies lead in the China-Belarus Industrial Park Great Stone, which Belarus and China founded. The park had 56 residents by the end of May 2019.', '2019-06-10');
  assert.ok(park.some((x) => x.subtype === 'park_residents'), JSON.stringify(park));
});

test('one stay told on two days is one visit: a later visit by the same visitor within the stay takes its start date', () => {
  const visit = (day: string, extra: object = {}) => ({ category: 'visit', subtype: 'official_visit', actor_1: 'CHN', actor_2: 'BLR', date: { text: day, value: day, precision: 'day', basis: 'explicit' }, details: { visitor_id: 'person:xi-jinping', ...extra } });
  const arrived = visit('2015-05-10', { duration_days: 3 });
  const forum = visit('2015-05-11');
  const nextYear = visit('2016-09-29');
  const candidates = [arrived, forum, nextYear] as unknown as Parameters<typeof visitsAsOneStay>[0];
  visitsAsOneStay(candidates);
  assert.equal(forum.date.value, '2015-05-10');
  assert.equal(nextYear.date.value, '2016-09-29');
});

test('a half year is a date: "H1 2019", "in the first half of 2019" start in January, "the second half of 2011" in July', () => {
  const e = events('Belarus’ export of meat products to China surged 38 times in the first half of 2019. In H2 2018 Belarus exported dairy products worth $10 million to China.', '2019-08-01');
  assert.ok(e.some((x) => x.category === 'trade' && x.date === '2019-01' && x.date_precision === 'month'), JSON.stringify(e));
  assert.ok(e.some((x) => x.category === 'trade' && x.date === '2018-07'), JSON.stringify(e));
});

test('"spoke over phone with" is talks; "students from China are currently studying" is a students fact on the text\'s day', () => {
  const call = events('BEIJING, May 14 -- Chinese Defense Minister Wei Fenghe spoke over phone with Belarusian Defense Minister Viktor Khrenin on Thursday.', '2020-05-14');
  assert.ok(call.some((x) => x.subtype === 'talks' && x.date === '2020-05-14'), JSON.stringify(call));
  const students = events('Belarus and China cooperate in education. According to him, 60 students from China are currently studying in the BNTU.', '2019-05-22');
  assert.ok(students.some((x) => x.subtype === 'students' && x.date === '2019-05-22'), JSON.stringify(students));
});

test('"the first eight months of 2019", "the first five months of this year": January to that month, dated by its start', () => {
  const e = events('Belarus and China trade. In the first eight months of 2019, Belarus exported meat worth $22 million to China. In the first five months of this year, Belarusian dairy exports to China reached $10 million.', '2019-10-01');
  const figures = e.filter((x) => x.category === 'trade');
  assert.equal(figures.length, 2, JSON.stringify(e));
  assert.ok(figures.every((x) => x.date === '2019-01' && x.date_precision === 'month'), JSON.stringify(e));
});

test('a bare year nearest the trigger gives way to a month or day of that year the clause also states', () => {
  const e = events('Belarus and China cooperate. In November 2016, a delegation of the Gomel Region visited China and attended the 2016 Western China International Fair in Chengdu.', '2017-03-01');
  const visit = e.find((x) => x.category === 'visit');
  assert.equal(visit?.date, '2016-11');
  const other = events('Belarus and China cooperate. On 5 May 2015, the minister recalled that Belarus signed a memorandum with China in 2014.', '2015-06-01');
  assert.equal(other.find((x) => x.category === 'agreement')?.date, '2014');
});

test('a span of years written with words dates what follows it ("From 2011 to 2013, …"), not an object named after the fact', () => {
  const e = events('Belarus and China trade dairy. From 2011 to 2013, China’s imports of Belarusian whey increased from 100 tonnes to 4,331 tonnes.', '2015-04-14');
  const figure = e.find((x) => x.category === 'trade');
  assert.equal(figure?.date, '2011', JSON.stringify(e));
  assert.equal(figure?.end_date, '2013', JSON.stringify(e));
  const later = events('Belarusian diplomats opened a stamp exhibition at Zhejiang University in China on 20 May 2024, based on stamps collected by a Chinese manager during his work in Belarus from 2015 to 2019.', '2024-05-24');
  assert.ok(!later.some((x) => x.date === '2015'), JSON.stringify(later));
});

test('exports and imports stated in tonnes or containers are trade facts; a value in money keeps its own trigger', () => {
  const tonnes = events('Belarus and China trade. In 2018, Belarus exported 2.5 thousand tonnes of beef to China.', '2019-05-01');
  assert.ok(tonnes.some((x) => x.category === 'trade' && x.subtype === 'physical_volume' && x.date === '2018'), JSON.stringify(tonnes));
  const money = events('Belarus and China trade. In 2018, Belarus exported 2.5 thousand tonnes of beef worth $12 million to China.', '2019-05-01');
  assert.ok(!money.some((x) => x.subtype === 'physical_volume'), JSON.stringify(money));
  assert.ok(money.some((x) => x.subtype === 'exports'), JSON.stringify(money));
});

test('"a record high since the establishment of diplomatic ties" is not an establishment dated by the sentence\'s year', () => {
  const e = events('In 2000, the China-Belarus trade volume rose 366.7% to 113 million US dollars, a record high since the establishment of diplomatic ties between the two countries.', '2001-07-18');
  assert.ok(!e.some((x) => x.subtype === 'relations_established' && x.date === '2000'), JSON.stringify(e));
  assert.ok(e.some((x) => x.category === 'trade' && x.date === '2000'), JSON.stringify(e));
});

test('"China appreciates Belarus\'s firm support", "values the support of Belarus": the one appreciated is the supporter', () => {
  for (const s of ["Zhao pointed out that China appreciates Belarus's firm support on issues concerning Taiwan and Xinjiang.", 'China highly values the firm support of Belarus on issues concerning Taiwan.']) {
    const e = events(`China and Belarus held talks on Monday. ${s}`, '2024-05-29');
    const support = e.filter((x) => x.category === 'political_support');
    assert.ok(support.length > 0 && support.every((x) => x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), `${s}: ${JSON.stringify(e)}`);
  }
});

test('"China will as always support Belarus", "will continue to support": a standing stance is a fact; a plain "will support" is not', () => {
  const stance = events('China and Belarus held talks on Monday. China will as always support Belarus in safeguarding its national independence. Beijing will also continue to support Minsk in maintaining its national stability.', '2024-05-29');
  assert.equal(stance.filter((x) => x.category === 'political_support' && x.actor_1 === 'CHN').length >= 1, true, JSON.stringify(stance));
  const plan = events('China and Belarus held talks on Monday. China will support Belarus in hosting the games next year.', '2024-05-29');
  assert.ok(!plan.some((x) => x.category === 'political_support'), JSON.stringify(plan));
});

test('"X held talks with Y, chairwoman of … of Belarus, in Beijing": the one from elsewhere is the visitor, the place held in the destination', () => {
  const v = visits("China's top legislator Zhao Leji held talks with Natalia Kochanova, chairwoman of the Council of the Republic of the National Assembly of Belarus, in Beijing on Wednesday.", '2024-05-29');
  assert.equal(v.length, 1, JSON.stringify(v));
  assert.equal(v[0].from_country, 'BLR');
  assert.equal(v[0].to_country, 'CHN');
});

test('"up 2.7 times over the same period last year": the base of the comparison is not the figure\'s date', () => {
  const e = events('Belarus and China trade. In H1 2020, the export of Belarusian foodstuffs to China amounted to $110.9 million, up 2.7 times over the same period last year.', '2020-08-01');
  const figures = e.filter((x) => x.category === 'trade');
  assert.ok(figures.length >= 1 && figures.every((x) => x.date === '2020-01'), JSON.stringify(e));
});

test('a span of months without a year in a text dated by its year only is of that year; goods "shipped to" a country are its imports', () => {
  const e = events('Belarus and China trade. In January-June more than 18,000 tonnes of meat products worth $58 million were shipped to China.', '2020');
  const figure = e.find((x) => x.category === 'trade');
  assert.equal(figure?.date, '2020-01', JSON.stringify(e));
  assert.equal(figure?.actor_1, 'BLR', JSON.stringify(e));
  assert.equal(figure?.actor_2, 'CHN', JSON.stringify(e));
});

test('"800 Chinese nationals study … at the Belarusian State University" is a students fact', () => {
  const e = events('In 2009, nearly 800 Chinese nationals study international relations and economics at the Belarusian State University in Minsk.', '2009-02-01');
  assert.ok(e.some((x) => x.subtype === 'students'), JSON.stringify(e));
});

test('"trade rose 366.7% to 113 million US dollars" is two figures: the growth and the level it reached', () => {
  const e = events('China and Belarus trade. In 2000, the China-Belarus trade volume rose 366.7% to 113 million US dollars. In 2001, China’s import volume from Belarus declined 31.8% to 15,050,000 US dollars.', '2001-07-18');
  const subtypes = e.filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date}`).sort();
  assert.deepEqual(subtypes, ['import_growth 2001', 'imports 2001', 'trade_growth 2000', 'trade_volume 2000'], JSON.stringify(e));
});

test('a day or month without a year in a text dated by its year only is of that year', () => {
  const e = events('On September 28-30, there was a State visit of the President of Belarus to China. As a result of this trip, Amkodor signed three contracts with Chinese partners for 400 million dollars.', '2016');
  assert.ok(e.some((x) => x.category === 'visit' && x.date === '2016-09-28' && x.end_date === '2016-09-30'), JSON.stringify(e));
});

test('"the state visit of China President Xi Jinping to Belarus": a country in the visitor\'s title is not the place visited', () => {
  const v = visits('On 10 May 2015, the state visit of China President Xi Jinping to Belarus began.', '2015-05-11');
  assert.equal(v.length, 1, JSON.stringify(v));
  assert.equal(v[0].from_country, 'CHN');
  assert.equal(v[0].to_country, 'BLR');
});

test('an infinitive of a plan governs its whole object: "plans to construct a suburb, near Minsk, with $200m of Chinese investments"', () => {
  const e = events('Belarus and China cooperate. Belarus also plans to construct Lebyazhy residential suburb, near Minsk, with $200m of Chinese direct investments.', '2011-06-01');
  assert.ok(!e.some((x) => x.category === 'investment'), JSON.stringify(e));
  const done = events('Belarus and China cooperate. Belarus built Lebyazhy residential suburb, near Minsk, with $200m of Chinese direct investments in 2014.', '2015-06-01');
  assert.ok(done.some((x) => x.category === 'investment'), JSON.stringify(done));
});

test('"We once dreamt of a turnover of $500m" is a wish; a school founded is a fact of the pair only when both countries are named', () => {
  const wish = events('Belarus and China trade. “We once dreamt of a sales turnover of $500m between our two states.”', '2013-07-16');
  assert.ok(!wish.some((x) => x.category === 'trade'), JSON.stringify(wish));
  const one = events('Lukashenko met the rector in Minsk on 15 July 2025. Peking University, founded in 1898, is one of China’s largest universities.', '2025-07-15');
  assert.ok(!one.some((x) => x.subtype === 'education'), JSON.stringify(one));
  const pair = events('A Chinese language school was opened in Minsk in 2016 with help from the embassy of China in Belarus.', '2016-10-01');
  assert.ok(pair.some((x) => x.subtype === 'education'), JSON.stringify(pair));
});

test('vocabulary: "forged diplomatic ties", "followed the One China principle", "support Beijing on all sensitive issues", a joint committee "set up"', () => {
  const ties = events('China and Belarus forged diplomatic ties in 1992.', '2005-12-06');
  assert.ok(ties.some((x) => x.subtype === 'relations_established' && x.date === '1992'), JSON.stringify(ties));
  const support = events('Lukashenko met Li Zhanshu in Beijing on 1 March 2023. Belarus has always followed the One China principle. Minsk has supported and will continue to support Beijing on all sensitive issues, including Xinjiang.', '2023-03-01');
  assert.ok(support.filter((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN').length >= 1, JSON.stringify(support));
  const committee = events('The two sides set up the China-Belarus legislative cooperation committee in 2019.', '2024-05-29');
  assert.ok(committee.some((x) => x.subtype === 'mechanism_established' && x.date === '2019'), JSON.stringify(committee));
  const other = events('China and Belarus signed a trade agreement in 2019. Kazakhstan and Uzbekistan set up a joint commission in 2019.', '2024-05-29');
  assert.ok(!other.some((x) => x.subtype === 'mechanism_established'), JSON.stringify(other));
});

test('vocabulary: investment grew by a share; an embassy reception; a photo show opened; exports "nearly doubled" further from their noun', () => {
  const growth = events('Chinese investments in Belarus in 2022 grew by almost 80 percent, the minister said.', '2023-06-01');
  assert.ok(growth.some((x) => x.subtype === 'investment_growth' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2022'), JSON.stringify(growth));
  const reception = events('The Chinese embassy in Minsk held a reception on September 2 to mark the 65th anniversary of the victory.', '2010-09-03');
  assert.ok(reception.some((x) => x.subtype === 'reception' && x.date === '2010-09-02'), JSON.stringify(reception));
  const show = events('On 15 September 2009 a photo show opened in Minsk, the capital of Belarus, for the 60th anniversary of the People’s Republic of China.', '2009-09-17');
  assert.ok(show.some((x) => x.subtype === 'exhibition'), JSON.stringify(show));
  // The rules' exhibition is no goods fair. (The sentence model, retrained in round 25, proposes this sentence as an
  // unclassified fact on culture at p ≥ 0.6: a fact of the pair, in the wrong category; left to the next retraining.)
  const fair = rulesEvents('The Chinese Goods and Services (Belarus) Exhibition 2024 opened at the Great Stone park in Minsk on 26 August 2024.', '2024-08-27');
  assert.ok(!fair.some((x) => x.category === 'cultural'), JSON.stringify(fair));
  const doubled = events("In January-February 2020, the export of Belarus' agricultural products to China nearly doubled over the same period of 2019 to reach $18 million.", '2020-03-20');
  assert.ok(doubled.some((x) => x.subtype === 'export_growth' && x.date === '2020-01'), JSON.stringify(doubled));
});

test('a date after the trigger is as near as the words after its end say ("…, followed by an investment agreement signed with Geely in March 2012")', () => {
  const e = events('BelJi was established in late December 2011, followed by an investment agreement signed with Chinese Geely in March 2012.', '2013-05-01');
  assert.ok(e.some((x) => x.category === 'agreement' && x.date === '2012-03'), JSON.stringify(e));
});

test('"the work is being carried out on signing a new agreement", "the major document for signing": no signing yet', () => {
  for (const s of ['Currently the work is being carried out on signing a new swap agreement with the People’s Bank of China on 29 November 2012.', 'The major document for signing in Minsk on 15 June 2011 is an intergovernmental agreement between Belarus and China on the industrial park.']) {
    const e = events(s, '2012-11-29');
    assert.ok(!e.some((x) => x.category === 'agreement'), `${s}: ${JSON.stringify(e)}`);
  }
});

test('"The increase was more than 40%." after a trade figure; a joint communiqué "that … signed"; a joint drill; a dateline "MINSK, BELARUS, July 12 (Agency) --"', () => {
  const growth = events('Belarus and China trade. In 2022, Belarus exported foodstuffs to China worth over $500 million. “The increase was more than 40%.', '2023-03-01');
  assert.ok(growth.some((x) => x.subtype === 'export_growth' && x.date === '2022'), JSON.stringify(growth));
  const communique = events('Belarus and China condemned sanctions, BelTA learned from the joint communique that the governments of Belarus and China signed in Minsk on 22 August.', '2024-08-22');
  assert.ok(communique.some((x) => x.subtype === 'joint_statement' && x.date === '2024-08-22'), JSON.stringify(communique));
  const drill = events('MINSK, BELARUS, July 12 (ChinaMil) -- The United Shield-2017 joint anti-terrorism drill, which was jointly held for the first time by the armed police of China and the internal troops of Belarus, kicked off on July 11, 2017.', '2017-07-12');
  assert.ok(drill.some((x) => x.subtype === 'joint_exercise' && x.date === '2017-07-11'), JSON.stringify(drill));
});

test('a bulleted line\'s quote starts at its first word: the bullet is layout, and no quote opens with a formula character', () => {
  const e = events('Belarus and China trade.\n\n- As a result of the trip to China on 30 September 2016, Amkodor signed three contracts with Chinese partners for $400 million.\n\n• In 2013, Belarus exported 4,331 tonnes of whey to China.', '2016-10-05');
  assert.ok(e.length >= 2, JSON.stringify(e));
  for (const x of e) assert.match(String(x.quote), /^[\p{L}\p{N}]/u, JSON.stringify(x));
});

test('a month ending its sentence keeps its full stop out of the date ("on 10-12 May."); "opened on the 28th" is that day of the month before publication', () => {
  const visit = rulesEvents('Chinese President Xi Jinping paid a state visit to the Republic of Belarus on 10-12 May.', '2015-05');
  assert.ok(visit.some((x) => x.category === 'visit' && x.date === '2015-05-10'), JSON.stringify(visit));
  const opened = rulesEvents('The Consulate General of Belarus in Chongqing opened on the 28th. The consulate covers Sichuan and Yunnan.', '2021-02-01');
  assert.ok(opened.some((x) => x.category === 'diplomatic_relations' && x.date === '2021-01-28'), JSON.stringify(opened));
  const ordinal = rulesEvents('On the 30th anniversary of diplomatic relations, China and Belarus signed a cultural agreement on 5 January.', '2022-01-10');
  assert.ok(!ordinal.some((x) => String(x.date).endsWith('-30')), JSON.stringify(ordinal));
  const days = rulesEvents('Chinese Vice Premier Ma Kai visited Minsk on the 28th and 29th of May.', '2021-06-10');
  assert.ok(!days.some((x) => x.date === '2021-05-28' && x.date_text === 'on the 28th'), JSON.stringify(days));
  const crossing = rulesEvents('Chinese President Xi Jinping arrived in Minsk on 30 Dec. – 2 Jan. 2015 for a visit to Belarus.', '2015-02-01');
  assert.ok(crossing.some((x) => x.category === 'visit' && x.date === '2014-12-30' && x.end_date === '2015-01-02'), JSON.stringify(crossing));
});

test('counts in words are counts ("Nine residents of the park", "Sixty-eight enterprises … settled in the park"); "by the end of 2020" dates a state of that year', () => {
  const e = rulesEvents('China and Belarus run the Great Stone industrial park near Minsk. Nine residents of the park are already registered. Sixty-eight enterprises in fields of logistics and biomedicine settled down in the park by the end of 2020.', '2021-01-10');
  const residents = e.filter((x) => x.subtype === 'park_residents');
  assert.equal(residents.length, 2, JSON.stringify(e));
  assert.ok(residents.some((x) => x.date === '2020'), JSON.stringify(residents));
});

test('a year opening a sentence is a date ("2022 is the 30th anniversary of …"); "To mark the anniversary …, X gave a concert" asserts its main clause', () => {
  const anniversary = rulesEvents('The institute met online. 2022 is the 30th anniversary of the establishment of diplomatic relations between China and Belarus, and the universities hope to cooperate.', '2021-12-29');
  assert.ok(anniversary.some((x) => x.subtype === 'relations_established' && x.date === '1992'), JSON.stringify(anniversary));
  const concert = rulesEvents('To mark the 10th anniversary of diplomatic relations between China and Belarus, the Belarusian ballet gave a performance in Beijing on 5 February 2002.', '2002-02-10');
  assert.ok(concert.some((x) => x.category === 'cultural' && x.date === '2002-02-05'), JSON.stringify(concert));
  const aims = rulesEvents('The centre has two aims: to boost trade between China and Belarus; to sign new agreements in 2002.', '2002-02-10');
  assert.ok(!aims.some((x) => x.category === 'agreement'), JSON.stringify(aims));
});

test('the head of a delegation from one country is a visit to the other; gratitude for the other\'s assistance and support given to it are support; aid "transferred … as aid"; a rank among importers', () => {
  const head = rulesEvents('Mogilev plants are testing cranes made with China. Hu Henhua, head of the delegation of the People\'s Government of Hunan Province, said the cranes were tested in Mogilev, Belarus.', '2016-08-10');
  assert.ok(head.some((x) => x.category === 'visit' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(head));
  for (const said of ['Belarusian Prime Minister Sergei Sidorsky expressed gratitude to China\'s assistance to Belarusian economic development.', 'Belarusian Prime Minister Sergei Sidorsky said his country will continue its firm support to China in matters of its core interests.']) {
    const thanks = rulesEvents(said, '2009-08-29');
    assert.ok(thanks.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), `${said}: ${JSON.stringify(thanks)}`);
  }
  const aid = rulesEvents('China also transferred 800,000 syringes to Belarus as aid in 2021.', '2022-01-10');
  assert.ok(aid.some((x) => x.category === 'aid' && x.actor_1 === 'CHN'), JSON.stringify(aid));
  const rank = rulesEvents('In 2021 China was the second largest importer of Belarusian food. China, the world\'s largest buyer of potash and the world\'s second-largest importer of oil, signed a deal with Belarus.', '2022-01-10');
  assert.equal(rank.filter((x) => x.subtype === 'trade_partner_rank').length, 1, JSON.stringify(rank));
});

test('a reporting verb with an object of its own reports nothing: "in 2011 agreed a $348mn loan …, with construction due by 2016" is a loan of 2011', () => {
  const e = rulesOnlyRecordsOf('Belarus in 2011 agreed a $348mn loan with the state-owned China Development Bank to build a mill near Gomel, with construction due to be completed in 2016.', '2015-06-01').tables.events;
  assert.ok(e.some((x) => x.category === 'finance' && x.date === '2011'), JSON.stringify(e));
});

test('an ambassador appointed to the other country; "the head of the Chinese delegation" is a visit from China; the park\'s residents are the other country\'s', () => {
  const envoy = rulesEvents('In 2016 Kiryl Rudy was appointed as Belarus\' ambassador to China.', '2019-05-01');
  assert.ok(envoy.some((x) => x.subtype === 'ambassador_appointed' && x.date === '2016'), JSON.stringify(envoy));
  const head = rulesEvents('Vitebsk and Jinan signed a protocol on cooperation in Belarus. The head of the Chinese delegation noted that Jinan is interested in Vitebsk.', '2017-09-22');
  assert.ok(head.some((x) => x.category === 'visit' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(head));
  const residents = rulesEvents('The Belarusian-Chinese industrial park Great Stone is growing. Nine residents of the park are already registered.', '2017-07-11');
  assert.ok(residents.some((x) => x.subtype === 'park_residents' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(residents));
});

test('a credit line "opened" for the other; a project built "with a loan from" a lender', () => {
  const opened = rulesEvents('Beijing has opened a credit line for Minsk.', '2011-12-01');
  assert.ok(opened.some((x) => x.category === 'finance' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(opened));
  const financed = rulesEvents('China and Belarus expand cooperation.\n\nBelarusian mobile operator BeST was created with a loan from Eximbank of China in 2008.', '2011-12-01');
  assert.ok(financed.some((x) => x.category === 'finance' && x.actor_1 === 'CHN' && x.date === '2008'), JSON.stringify(financed));
});

test('attending a ceremony "of Belarus" is no visit to Belarus; a visit told in the present in a report dated by its month is of that month', () => {
  const rules = (text: string, published: string, genre = 'news') => {
    const dir = writeArticle('t', text + '\n', { title: 'Test article', published, genre });
    return rulesOnlyRecordsFrom(dir, 't').tables.events;
  };
  const ceremony = rules('Chinese Vice Foreign Minister Chen Xiaodong attended upon invitation the national flag-raising ceremony of Belarus at the Secretariat of the SCO on July 6, 2024.', '2024-07-08');
  assert.ok(!ceremony.some((x) => x.category === 'visit'), JSON.stringify(ceremony));
  const present = rules('Chinese Premier Li Qiang is on an official visit to Belarus, where he met President Lukashenko.', '2024-08');
  assert.ok(present.some((x) => x.category === 'visit' && x.date === '2024-08'), JSON.stringify(present));
});

test('"said as he met with the Deputy Commerce Minister of China": the one named before meets an official of the country named after; so do "top executives of" a company', () => {
  const minister = rulesEvents('Belarus and China have a big potential for cooperation, Vice Premier of Belarus Vladimir Semashko said as he met with Deputy Commerce Minister of China, Chairman of the Chinese part of the commission, Gao Hucheng, on 28 June.', '2011-06-08');
  assert.ok(minister.some((x) => x.subtype === 'talks' && x.date === '2010-06-28'), JSON.stringify(minister));
  const company = rulesEvents('Belarusian President Alexander Lukashenko met with top executives of China Great Wall Industry Corporation in Minsk on 7 June.', '2011-06-08');
  assert.ok(company.some((x) => x.subtype === 'talks' && x.date === '2011-06-07'), JSON.stringify(company));
});

test('money with no country of its own keeps the direction of the article\'s last fact of its kind (a park\'s residents: the other country\'s); "have started shipping sugar … to China" is a shipment', () => {
  const park = rulesEvents('The Belarusian-Chinese industrial park Great Stone opened its doors. Sixty-eight enterprises settled down in the park by the end of 2020. The enterprises have created 6,000 jobs and their contract investment value has reached nearly 1.22 billion US dollars in 2020.', '2021-01-29');
  assert.ok(park.some((x) => x.subtype === 'investment' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(park));
  const shipping = rulesEvents('In 2020 Belarusian companies have started shipping sugar, starch, potato chips, and ready-to-eat fish to China.', '2021-09-03');
  assert.ok(shipping.some((x) => x.category === 'trade' && x.actor_1 === 'BLR' && x.date === '2020'), JSON.stringify(shipping));
});

test('thanks for support written in quotation marks ("thanked the Chinese leadership for their ‘immense support’")', () => {
  const e = rulesOnlyRecordsOf('Belarusian President Alexander Lukashenko thanked the Chinese leadership for their ‘immense support — both moral and material’.', '2011-09-20').tables.events;
  assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(e));
});

test('a visit to a place not in the tables, in an article naming no other country, is no visit (and the build does not fail on a visit row with no country visited)', () => {
  const e = rulesEvents('Recently, a delegation of the Partyzanski District of Belarus’s Minsk city visited Xuhui District. The district mayor met the delegation on Aug. 1, 2017.', '2017');
  assert.ok(!e.some((x) => x.category === 'visit'), JSON.stringify(e));
});

test('a visit undone by the words after it ("Lukashenka\'s Trip to China Canceled", "was postponed") is no visit', () => {
  const postponed = rulesEvents('Belarusian President Alexander Lukashenko’s visit to China in January 2025 was postponed.', '2025-02-01');
  assert.ok(!postponed.some((x) => x.category === 'visit'), JSON.stringify(postponed));
  const canceled = rulesEvents('Belarus and China are partners. Lukashenka’s trip to China in January 2025 was canceled.', '2025-02-01');
  assert.ok(!canceled.some((x) => x.category === 'visit'), JSON.stringify(canceled));
  // Not by a later clause, a negation, or a postponement overcome.
  const overcome = rulesEvents('The visit of Xi Jinping to Minsk postponed from March took place on 5 May 2015.', '2015-06-01');
  assert.ok(overcome.some((x) => x.category === 'visit' && x.date === '2015-05-05'), JSON.stringify(overcome));
  const later = rulesEvents('On 5 May 2015 Xi Jinping visited Minsk after a trip postponed in March.', '2015-06-01');
  assert.ok(later.some((x) => x.category === 'visit' && x.date === '2015-05-05'), JSON.stringify(later));
  const held = rulesEvents('Belarusian President Alexander Lukashenko’s visit to China in January 2025 lasted three days.', '2025-02-01');
  assert.ok(held.some((x) => x.category === 'visit' && x.date === '2025-01'), JSON.stringify(held));
});

test('a date in the possessive dates its own noun ("since he was declared winner of January’s poll"), not the visit', () => {
  const e = rulesEvents('Lukashenko’s three-day visit to China is his first since he was declared winner of January’s widely criticised poll.', '2025-06-04');
  assert.ok(!e.some((x) => x.category === 'visit' && x.date === '2025-01'), JSON.stringify(e));
  // In the trigger's own clause it dates the occasion.
  const summit = rulesEvents('Lukashenko visited China for last year\'s SCO summit.', '2025-06-04');
  assert.ok(summit.some((x) => x.category === 'visit' && x.date === '2024'), JSON.stringify(summit));
});

test('support for the other\'s strategy or position paper, and opposition to sanctions against the other, are statements of support', () => {
  const strategy = rulesEvents('Vladimir Makei noted that Belarus actively supports Chinese President Xi Jinping\'s strategy One Belt, One Road, on 28 April 2016.', '2016-04-28');
  assert.ok(strategy.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(strategy));
  const paper = rulesEvents('On 1 March 2023 Lukashenka supported the 12-point “China\'s Position Paper on the Political Settlement of the Ukraine Crisis”.', '2023-03-02');
  assert.ok(paper.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(paper));
  const sanctions = rulesEvents('On 15 July 2021 China said it opposes any reckless unilateral sanctions against Belarus.', '2021-07-16');
  assert.ok(sanctions.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(sanctions));
  const hailed = rulesEvents('On 5 May 2015 Xi Jinping hailed the achievements of Belarus.', '2015-05-06');
  assert.ok(hailed.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(hailed));
  // Sanctions that are not the verb's object, and a strategy of nobody's, are no support.
  for (const text of ['On 5 May 2015 Chinese banks rejected payments from Belarus because of sanctions.', 'On 5 May 2015 Belarus supported the development of a new export strategy with China.']) {
    const none = rulesEvents(text, '2015-05-06');
    assert.ok(!none.some((x) => x.category === 'political_support'), JSON.stringify(none));
  }
});

test('a visit with no place named, under a dateline abroad, is to the dateline\'s country ("DUSHANBE … Visiting Wang Yi met … here")', () => {
  const abroad = rulesEvents('DUSHANBE, July 16 (Xinhua) -- Visiting Chinese Foreign Minister Wang Yi met Belarusian Prime Minister Roman Golovchenko here on Thursday.', '2021-07-16');
  assert.ok(!abroad.some((x) => x.category === 'visit'), JSON.stringify(abroad));
  const minsk = rulesEvents('MINSK, July 16 (Xinhua) -- Visiting Chinese Foreign Minister Wang Yi met Belarusian Prime Minister Roman Golovchenko here on Thursday.', '2021-07-16');
  assert.ok(minsk.some((x) => x.category === 'visit' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(minsk));
  // A place named in the clause wins over the dateline: "MOSCOW (Reuters) -- In Beijing, visiting …".
  const moscow = rulesEvents('MOSCOW, May 10 (Reuters) -- In Beijing, visiting Belarusian President Alexander Lukashenko met Chinese President Xi Jinping on Sunday.', '2015-05-11');
  assert.ok(moscow.some((x) => x.category === 'visit' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(moscow));
});

test('a page stamp heading the text (" date 2021-07-16 …") is not the news day: the lead\'s "on Thursday" is', () => {
  const e = rulesEvents(' date 2021-07-16 China stands ready to enhance cooperation with Belarus: Chinese FM\n\nBEIJING, July 16 (Xinhua) -- Chinese Foreign Minister Wang Yi said here on Thursday that China values its ties with Belarus.\n\nChina firmly supports Belarus in safeguarding its state sovereignty, Wang said.', '2021-07-16');
  assert.ok(e.some((x) => x.category === 'political_support' && x.date === '2021-07-15'), JSON.stringify(e));  // With no other day in the text, the stamp is still the news day.
  const only = rulesEvents(' date 2021-07-16 China stands ready to enhance cooperation with Belarus\n\nChina firmly supports Belarus in safeguarding its state sovereignty, Wang said.', '2021-07-18');
  assert.ok(only.some((x) => x.category === 'political_support' && x.date === '2021-07-16'), JSON.stringify(only));
});

test('a loan or venture with no acting country named takes the pair\'s usual provider (triggers.json usual_provider: China, for China and Belarus)', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nThe joint venture CJSC BelGee was established in December 2011. In November 2017, the company commissioned a full-cycle CKD plant.', '2023-05-05');
  assert.ok(e.some((x) => x.subtype === 'joint_venture' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2011-12'), JSON.stringify(e));
  // A plant commissioned is as likely a Belarusian company's: no default.
  const plant = rulesEvents('China and Belarus are partners.\n\nIn November 2017, MAZ commissioned a new plant.', '2023-05-05');
  assert.ok(!plant.some((x) => x.category === 'investment' && x.actor_1 === 'CHN'), JSON.stringify(plant));
  // A third country named: no default.
  const third = rulesEvents('China and Belarus are partners.\n\nThe joint venture with a Russian partner was established in December 2011.', '2023-05-05');
  assert.ok(!third.some((x) => x.subtype === 'joint_venture' && x.actor_1 === 'CHN'), JSON.stringify(third));
});

test('between China and Belarus a loan is China\'s whoever the sentence names first, unless words name the giver or the receiver (triggers.json usual_provider_firm)', () => {
  const on = (text: string, published = '2016-05-20') => rulesEvents(`China and Belarus are partners.\n\n${text}`, published).filter((x) => x.category === 'finance').map((x) => `${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  // The subject is the pair: no giver named.
  assert.deepEqual(on('Belarus and China signed agreements on credit cooperation worth $2 billion on 5 May 2016.'), ['loan 2016-05-05 CHN→BLR']);
  // A source after "according to … from" is no lender.
  assert.deepEqual(on('A number of loan agreements worth a total of around $1.5 billion were signed in May 2016 (according to information from the Belarusian Ministry of Finance).'), ['loan 2016-05 CHN→BLR']);
  // A Belarusian party's noun between the adjective and a recipient verb: the receiver.
  assert.deepEqual(on('In March 2014 the Belarusian side received a $100 million loan.'), ['loan 2014-03 CHN→BLR']);
  // Words that name the giver still turn it.
  assert.deepEqual(on('In March 2014 Chinese companies obtained a $100 million credit from Belarus.'), ['loan 2014-03 BLR→CHN']);
});

test('an industrial park named as where the money is, or whose residents invest, hosts the investment', () => {
  const on = (text: string) => rulesEvents(`China and Belarus are partners.\n\n${text}`, '2021-01-20').filter((x) => x.category === 'investment').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('Great Stone Park residents invested $50 million in 2019.'), ['2019 CHN→BLR']);
  assert.deepEqual(on('The investments of residents of the "Great Stone" reached $1 billion in 2020.'), ['2020 CHN→BLR']);
  // The park set up and the money it drew by a year named in its own stretch are two facts, as the readers annotate them
  // (round 62: a stretch of the clause that names a year is another fact).
  assert.deepEqual(on('China set up the China-Belarus Industrial Park, a business zone outside Minsk that drew $1.2 billion in investment by 2020.'), ['2020 CHN→BLR', '2020 CHN→BLR']);
  assert.deepEqual(rulesEvents('China and Belarus are partners.\n\nChina set up the China-Belarus Industrial Park, a business zone outside Minsk that drew $1.2 billion in investment by 2020.', '2021-01-20').filter((x) => x.category === 'investment').map((x) => x.subtype).sort(), ['investment', 'park_established']);
  // Not a park named after the investing country: "Belarus invested $20m in the China-Belarus Great Stone Industrial Park" (the test below).
});

test('a venture named by a compound of both countries is the usual provider\'s, not the first-named one\'s, in an article naming a third country too', () => {
  const text = 'The cars carry Belarusian and Russian batteries.\n\nThe Belarusian-Chinese joint venture SZAO BelGee was established in 2011 to make Geely brand cars. A Sino-Belarusian joint venture was set up in 2014 to make tractors.';
  const e = rulesEvents(text, '2017-05-01').filter((x) => x.subtype === 'joint_venture');
  assert.deepEqual(e.map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`).sort(), ['CHN→BLR 2011', 'CHN→BLR 2014'], JSON.stringify(e));
  // The compound elsewhere in the sentence does not decide: "investment to the development of China-Belarus Great Stone Industrial Park".
  const park = rulesEvents('China and Belarus are partners.\n\nBelarus invested $20m in the China-Belarus Great Stone Industrial Park in 2015.', '2016-01-01');
  assert.ok(park.some((x) => x.category === 'investment' && x.actor_1 === 'BLR'), JSON.stringify(park));
});

test('a loan agreement beside its finance fact in the same sentence is that fact, not a second one (lexicon loan_document_pattern)', () => {
  const text = 'Belarus and Chinese Exim Bank signed an agreement on a number of lending projects worth over $1 billion on 22 April 2016.\n\nA loan agreement for USD 340 million was also signed to finance the reconstruction of the road M-5/E271 Minsk-Gomel.';
  const e = rulesEvents(text, '2016-04-25');
  const second = e.filter((x) => String(x.quote).startsWith('A loan agreement'));
  assert.ok(second.some((x) => x.category === 'finance'), JSON.stringify(e));
  assert.ok(!second.some((x) => x.category === 'agreement'), JSON.stringify(e));
  // A list of agreements of which one is a loan keeps its agreement fact.
  const list = rulesEvents('On 5 May 2015 China and Belarus signed a credit agreement and an agreement on economic cooperation, and China granted Belarus a loan of $100 million.', '2015-05-06');
  assert.ok(list.some((x) => x.category === 'agreement'), JSON.stringify(list));
});

test('a site toured with no place named ("visited the complex and watched swimming") is no visit abroad; a site of the other country is (lexicon site_nouns)', () => {
  const complex = rulesEvents('China built the pool for Belarus. On 6 November 2024 Belarusian President Alexander Lukashenko expressed gratitude to the Chinese side at the opening ceremony, visited the complex and watched swimming.', '2024-11-07');
  assert.ok(!complex.some((x) => x.category === 'visit'), JSON.stringify(complex));
  const university = rulesEvents('On 3 May 2019 Chinese Vice Minister of Education Tian Xuejun visited the Belarusian State University. Belarus and China are partners.', '2019-05-05');
  assert.ok(university.some((x) => x.category === 'visit' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(university));
  // Under a dateline, the site is where the report was filed.
  const plant = rulesEvents('MINSK, May 6 (Xinhua) -- Chinese Vice Premier Zhang Gaoli on Wednesday visited the plant of BelAZ. Belarus and China are partners.', '2015-05-07');
  assert.ok(plant.some((x) => x.category === 'visit' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(plant));
  assert.ok(university.some((x) => x.category === 'visit' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(university));
});

test('"logistics support for the Armed Forces" is a kind of service, not a statement of support', () => {
  const logistics = rulesEvents('A Chinese military delegation is in Minsk from 11 to 13 July.\n\nQuote: "Today (11 July - ed.), negotiations were held on bilateral cooperation in the field of logistics support for the Armed Forces of Belarus and China, and prospects and new areas of cooperation were discussed."', '2024-07-12');
  assert.ok(!logistics.some((x) => x.category === 'political_support'), JSON.stringify(logistics));
  const support = rulesEvents('On 11 July 2024 China expressed its support for Belarus.', '2024-07-12');
  assert.ok(support.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN'), JSON.stringify(support));
});

test('a trade figure that "currently stands at" a value is a state of the publication\'s year, not of its day (the annotation guideline)', () => {
  const e = rulesEvents('Belarus and China are partners. The Belarusian government is working to reduce a significant deficit in merchandise trade with China which currently stands at about $2.6 billion.', '2019-04-25');
  assert.ok(e.some((x) => x.category === 'trade' && x.date === '2019'), JSON.stringify(e));
});

test('a trade growth told of the figure just given in the same sentence ("amounted to $2 billion, and compared to 2017, it had increased by 20%") is a figure of that period', () => {
  const e = rulesEvents('At the end of 2018, the trade turnover of Minsk with China amounted to almost $2 billion, and compared to 2017, it had increased by almost 20%.', '2019-10-14');
  const trade = e.filter((x) => x.category === 'trade');
  assert.deepEqual(trade.map((x) => [x.subtype, x.date]).sort(), [['trade_growth', '2018'], ['trade_volume', '2018']]);
});

test('exports "of … to China" rising by a share are an export growth, dated by the paragraph\'s figure before it; a wordy subject still reaches its verb', () => {
  const e = rulesEvents('The ambassador told the magazine that in 2020 trade in goods and services between Belarus and China reached a historic maximum of $5.4 billion. China for the first time has become the second trade partner of Belarus. At the same time, the export of Belarusian products to China increased by 9.4%.', '2021');
  const trade = e.filter((x) => x.category === 'trade');
  assert.ok(trade.some((x) => x.subtype === 'trade_volume' && x.date === '2020'), JSON.stringify(trade.map((x) => [x.subtype, x.date])));
  assert.ok(trade.some((x) => x.subtype === 'export_growth' && x.date === '2020' && x.actor_1 === 'BLR'), JSON.stringify(trade.map((x) => [x.subtype, x.date])));
  // Freight in transit is no export figure.
  assert.equal(rulesEvents('Belarus and China trade more. In 2023 the volume of export cargo transportation in containers increased by more than 60%.', '2024-02-01').filter((x) => x.category === 'trade').length, 0);
});

test('an exhibition told subject first ("exhibit debuts", "exhibition … opened") is a cultural event; a goods exhibition is not', () => {
  const e = rulesEvents('A Chinese woodcut exhibit debuted in Minsk on 18 May 2018, the Chinese embassy in Belarus said.', '2018-05-22');
  assert.ok(e.some((x) => x.category === 'cultural' && x.date === '2018-05-18'), JSON.stringify(e.map((x) => [x.category, x.date])));
  const goods = rulesEvents('The Chinese Goods and Services (Belarus) Exhibition 2024 opened in Minsk on 26 August 2024.', '2024-08-27');
  assert.ok(!goods.some((x) => x.category === 'cultural'), JSON.stringify(goods.map((x) => [x.category, x.subtype])));
});

test('a name followed by a lower-case title "of" an institution named after a country is a person of that country ("Wu Weishan, director of National Art Museum of China")', () => {
  const v = rulesOnlyRecordsOf('China and Belarus held talks. Wu Weishan, director of National Art Museum of China, visited Minsk on 3 May 2016.', '2016-06-01').tables.visits;
  assert.equal(v.length, 1);
  assert.equal(v[0].from_country, 'CHN');
  assert.equal(v[0].to_country, 'BLR');
  assert.equal(v[0].visitor, 'Wu Weishan');
});

test('one visitor\'s visits to two countries in one clause are two facts ("wound up their visit to Russia and arrived in Minsk for a visit")', () => {
  const v = rulesOnlyRecordsOf('China and Belarus are friends. President Jiang Zemin wound up his visit to Russia and arrived on 18 July 2001 in Minsk, capital of Belarus, for a 22-hour visit.', '2001-07-19').tables.visits;
  assert.ok(v.some((r) => r.from_country === 'CHN' && r.to_country === 'BLR' && r.date === '2001-07-18'), JSON.stringify(v.map((r) => [r.to_country, r.date])));
});

test('money between a country of the focus and the one the clause names comes from the one named ("obtained loans from the China Development Bank"), not the focus\'s first other country', () => {
  const text = 'Belarus depends on Russia. Russia and China both lend to Belarus, and China is a growing partner. '
    + 'Belarus obtained a string of loans from the China Development Bank; one, approved in October 2019, amounted to $500 million.';
  const f = rulesEvents(text, '2020-09-01').filter((x) => x.category === 'finance');
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => [x.actor_1, x.actor_2])));
  assert.equal(f[0].actor_1, 'CHN');
  assert.equal(f[0].actor_2, 'BLR');
});

test('a plant "established" after a long object and a park "home to" its companies are investments', () => {
  const e = rulesEvents('In 2012 a joint assembly plant to manufacture agricultural harvesters was established in China with Belarusian participation.', '2013-01-10');
  assert.ok(e.some((x) => x.category === 'investment' && x.date === '2012'), JSON.stringify(e.map((x) => [x.category, x.date])));
  const p = rulesEvents('The China-Belarus Industrial Park Great Stone near Minsk was set up by the two countries. In 2017 the park was home to 9 Chinese companies.', '2017-09-01');
  assert.ok(p.some((x) => x.category === 'investment' && x.subtype === 'park_residents'), JSON.stringify(p.map((x) => [x.category, x.subtype, x.date])));
});

test('calling or praising the other country as a true, old or best friend is a statement of support; an important partner is not', () => {
  const e = rulesEvents('Lukashenko arrived in Beijing on 3 June 2025. On Wednesday President Alexander Lukashenko called China a true friend of Belarus.', '2025-06-05');
  const s = e.filter((x) => x.category === 'political_support');
  assert.equal(s.length, 1, JSON.stringify(e.map((x) => [x.category, x.actor_1, x.date])));
  assert.equal(s[0].actor_1, 'BLR');
  assert.equal(s[0].actor_2, 'CHN');
  const partner = rulesEvents('On Wednesday President Alexander Lukashenko called China an important partner of Belarus.', '2025-06-05');
  assert.ok(!partner.some((x) => x.category === 'political_support'), JSON.stringify(partner.map((x) => [x.category, x.subtype])));
});

test('gratitude to the other "for always standing together with" it is a statement of support', () => {
  const e = rulesEvents('Chinese Foreign Minister Wang Yi met Belarusian Foreign Minister Vladimir Makei in Beijing on 15 July 2021. Wang Yi expressed gratitude to Belarus for always standing together with China firmly.', '2021-07-16');
  assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(e.map((x) => [x.category, x.actor_1, x.actor_2, x.date])));
});

test('a statement of support whose speaker is not recognised ("The head of state called China …", "Xi praised Belarus …") is not the statement of the country it names', () => {
  const e = rulesEvents('Relations between Belarus and China are strong. The head of state called China a true friend of Belarus on 20 September 2006.', '2006-09-21');
  const s = e.filter((x) => x.category === 'political_support');
  assert.equal(s.length, 1, JSON.stringify(e.map((x) => [x.category, x.actor_1])));
  assert.deepEqual([s[0].actor_1, s[0].actor_2], ['BLR', 'CHN']);
  const x = rulesEvents('Belarus and China held talks in Beijing on 4 June 2025. Xi praised sanctions-hit Belarus as a true friend of China.', '2025-06-05').filter((r) => r.category === 'political_support');
  assert.deepEqual(x.map((r) => [r.actor_1, r.actor_2]), [['CHN', 'BLR']]);
});

test('this round\'s phrases stay out of ordinary sentences: a time of day, exhibition halls and the verb "exhibits", relative clauses after a plant, a city "home to" companies, a programme concluded, a growth "for the period", a standing ovation, a passive "was called"', () => {
  const on = (text: string, published = '2019-06-10') => rulesEvents(`Belarus and China cooperate. ${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(rulesOnlyRecordsOf('A Chinese delegation led by Wang Yi arrived in Minsk on 5 May 2019 at 11:30.', '2019-06-10').tables.visits.map((r) => r.date), ['2019-05-05']);
  assert.ok(!on('The exhibition hall in Minsk was closed to visitors after a Chinese tourist fell ill.').some((x) => x.startsWith('cultural')));
  assert.ok(!on('Belarus exhibits strong demand for Chinese cars, and a new Geely dealership opened in Minsk.').some((x) => x.startsWith('cultural')));
  assert.ok(!on('The pulp plant in Svetlogorsk, where 800 jobs were created with Chinese loans, exports pulp to China.').some((x) => x.startsWith('investment/facility')));
  assert.ok(!on('Shenzhen is home to 14,000 high-tech companies.').some((x) => x.startsWith('investment')));
  assert.ok(!on('The China-Belarus student exchange programme was concluded with a gala concert in Minsk on 5 June 2019.').some((x) => x.startsWith('agreement')));
  assert.ok(on('Trade between Belarus and China grew by 40% for the period of 2016-2020.', '2021-03-01').some((x) => x.startsWith('trade/trade_growth 2016')));
  assert.ok(!on('Chinese pianist Lang Lang thanked the Minsk audience for the standing ovation on 5 June 2019.').some((x) => x.startsWith('political_support')));
  assert.ok(!on('The Belarusian rector thanked the organisers for their long standing cooperation on 5 June 2019.').some((x) => x.startsWith('political_support')));
  assert.ok(!on('China was called a true friend of Belarus by President Lukashenko on 5 June 2019.').some((x) => x.startsWith('political_support') && x.endsWith('CHN→BLR')));
});

test('a posting time in a headline ("… in Belarus Sun, Apr 10 2022 17:03") dates nothing: the headline tells the lead\'s fact, of the lead\'s day', () => {
  const text = 'Zhejiang Shuren University Signed a Cooperation Agreement with the Polotsk State University in Belarus Sun, Apr 10 2022 17:03\n\n'
    + 'On the afternoon of April 8th 2022, the Chinese university and Polotsk State University in Belarus held a signing ceremony for the cooperation agreement.';
  const a = rulesEvents(text, '2022-04-10').filter((x) => x.category === 'agreement');
  assert.deepEqual(a.map((x) => x.date), ['2022-04-08']);
});

test('a document signed in the passive after a long subject ("A memorandum of understanding on co-operation between … was signed") is an agreement; the years it is "for" are its period, not the signing\'s date', () => {
  const e = rulesEvents('A memorandum of understanding on co-operation between the ministries of construction of Belarus and China was signed on 1 March 2023.', '2023-03-02');
  assert.deepEqual(e.filter((x) => x.category === 'agreement').map((x) => x.date), ['2023-03-01']);
  const p = rulesEvents('On 1 March 2023 Belarusian President Lukashenko and Chinese President Xi Jinping held talks in Beijing. A programme of Belarusian-Chinese sci-tech co-operation for 2023-2024 was signed.', '2023-03-02');
  assert.deepEqual(p.filter((x) => x.category === 'agreement').map((x) => x.date), ['2023-03-01']);
});

test('a page stamp opening a lead (" date 2023-03-02 … has concluded his state visit") gives way to the report\'s day the text tells, and stands for it when the text tells none', () => {
  const v = rulesOnlyRecordsOf(' date 2023-03-02 Belarusian President Aleksandr Lukashenko has concluded his state visit to China.', '2023-03-02').tables.visits;
  assert.deepEqual(v.map((r) => r.date), ['2023-03-02']);
  const a = rulesEvents(' date 2017-06-13 Belarus signs cooperation roadmap with Chinese companies\n\nThe Belarusian Agriculture and Food Ministry on Monday signed a roadmap with two Chinese companies on agricultural cooperation.', '2017-06-13');
  assert.deepEqual(a.filter((x) => x.category === 'agreement').map((x) => x.date), ['2017-06-12']);
});

test('a plan\'s date opening a paragraph ("Days of Minsk will be held in Shanghai in November 2019", published in October) frames no past fact after it', () => {
  const v = rulesOnlyRecordsOf('14 October 2019\n\nDays of Minsk will be held in Shanghai in November 2019, and in Beijing in 2020. This was announced at a meeting with a delegation of the People’s Political Advisory Council of Beijing by the Deputy Chairman of the Minsk City Executive Committee.', '2019-10-14').tables.visits;
  assert.deepEqual(v.map((r) => [r.from_country, r.to_country, r.date]), [['CHN', 'BLR', '2019-10-14']]);
});

test('"N resident companies" of a park are its residents, as "N residents" are; those it expects to attract are not', () => {
  const e = rulesEvents('The China-Belarus Industrial Park Great Stone lies near Minsk. As of today, there are 11 resident companies in the park with Chinese capital.', '2017-08-10');
  assert.deepEqual(e.filter((x) => x.subtype === 'park_residents').map((x) => [x.actor_1, x.actor_2]), [['CHN', 'BLR']]);
  const plan = rulesEvents('The China-Belarus Industrial Park Great Stone lies near Minsk. The park is expected to attract 17 more resident companies in 2021.', '2021-01-10');
  assert.equal(plan.filter((x) => x.subtype === 'park_residents').length, 0);
});

test('a meeting in the home of one of the two ("met with Li Shangfu in Minsk", "a meeting [in Minsk] with") is the other\'s visit there; in a third country, with a resident ambassador, or with no place, it stays talks', () => {
  const kinds = (text: string) => rulesEvents(text, '2023-08-19').filter((x) => x.category === 'visit' || x.subtype === 'talks').map((x) => [x.category, x.actor_1, x.actor_2, x.date]);
  assert.deepEqual(kinds('Alexander Lukashenko met with Chinese Defence Minister Li Shangfu in Minsk on Thursday.'), [['visit', 'CHN', 'BLR', '2023-08-17']]);
  assert.deepEqual(kinds('Belarusian Prime Minister Roman Golovchenko met with Premier Li Qiang in Beijing on Monday.'), [['visit', 'BLR', 'CHN', '2023-08-14']]);
  assert.deepEqual(kinds('Xi Jinping met with Alexander Lukashenko in Astana on Wednesday.').map((k) => k[0]), ['diplomatic_relations']);
  assert.deepEqual(kinds('Chinese Ambassador Xie Xiaoyong met with Foreign Minister Sergei Aleinik in Minsk on Monday.').map((k) => k[0]), ['diplomatic_relations']);
  assert.deepEqual(kinds('Alexander Lukashenko met with Chinese Defence Minister Li Shangfu on Thursday.').map((k) => k[0]), ['diplomatic_relations']);
  // A place in a title, an office or what was discussed is not where they met; nor is one before the meeting.
  assert.deepEqual(kinds('Lukashenko met with Chen Min\'er, Secretary of the CPC Committee in Chongqing, on Thursday.').map((k) => k[0]), ['diplomatic_relations']);
  assert.deepEqual(kinds('Belarusian Prime Minister Andrei Kobyakov met with Wang Wei, head of the ZTE office in Minsk, on Thursday.').map((k) => k[0]), ['diplomatic_relations']);
  assert.deepEqual(kinds('Chinese Vice Minister of Commerce Qian Keming met with Ambassador Extraordinary and Plenipotentiary of the Republic of Belarus to the People\'s Republic of China Kirill Rudy in Beijing on Thursday.').map((k) => k[0]), ['diplomatic_relations']);
  assert.deepEqual(kinds('Chinese President Xi Jinping met with Belarusian President Alexander Lukashenko on Thursday to discuss the industrial park in Minsk.').map((k) => k[0]), ['diplomatic_relations']);
  assert.deepEqual(kinds('Chinese Minister of Public Security Wang Xiaohong met with Ivan Kubrakov, Interior Minister of Belarus, in Beijing on Thursday.'), [['visit', 'BLR', 'CHN', '2023-08-17']]);
  assert.deepEqual(kinds('Projects in Svetlogorsk are carried out with the help of Sinomach, Prime Minister Mikhail Myasnikovich said during his meeting here with Sinomach chairman Ren Hongbin on Thursday.').map((k) => k[0]), ['diplomatic_relations']);
});

test('a numeric page stamp is no day range ("date 2020-08-28 August …" is not 8–28 August)', () => {
  const e = rulesEvents('date 2020-08-28 August Alexander Lukashenko met with Xi Jinping in Beijing.', '2020-08-28');
  assert.ok(e.length > 0);
  assert.ok(e.every((x) => x.date !== '2020-08-08'), JSON.stringify(e.map((x) => x.date)));
});

test('a report\'s news perfect of an arrival ("has arrived in China on a working visit") is the news of its day, or of its year when only the year is known', () => {
  const era = rulesOnlyRecordsFrom(writeArticle('t', 'A new era has arrived in Belarus-China relations since Xi Jinping\'s state visit to Minsk.\n', { title: 'Era', published: '2016-04-10', genre: 'news' }), 't').tables.visits;
  assert.ok(era.every((v) => v.date !== '2016-04-10'), JSON.stringify(era));
  const arrived = (published: string) => rulesOnlyRecordsFrom(writeArticle('t', 'Belarusian President Alexander Lukashenko has arrived in China on a working visit.\n', { title: 'Lukashenko arrives', published, genre: 'news' }), 't').tables.visits.map((v) => v.date);
  assert.deepEqual(arrived('2025'), ['2025']);
  assert.deepEqual(arrived('2025-08-31'), ['2025-08-31']);
});

test('a declaration signed on a partnership ("The two leaders signed a declaration of comprehensive strategic partnership") is a joint statement on the relationship; a declaration of intent is not', () => {
  const partnership = rulesEvents('On 29 September 2016 Alexander Lukashenko held talks with Xi Jinping in Beijing. The two leaders signed a declaration of comprehensive strategic partnership.', '2016-09-30');
  assert.deepEqual(partnership.filter((x) => x.subtype === 'joint_statement').map((x) => x.date), ['2016-09-29']);
  const intent = rulesEvents('On 29 September 2016 Alexander Lukashenko held talks with Xi Jinping in Beijing. The two leaders signed a declaration of intent on the pulp plant.', '2016-09-30');
  assert.equal(intent.filter((x) => x.subtype === 'joint_statement').length, 0);
  const business = rulesEvents('The Minsk Tractor Works and China\'s Sinotruk signed a declaration of intent on partnership in assembling tractors in May 2016.', '2016-06-10');
  assert.equal(business.filter((x) => x.subtype === 'joint_statement').length, 0);
});

test('a bare verb joined to an infinitive shares it ("China to lend Belarus $1 billion, provide $8.8 million in aid" is a plan); a decision made it an act ("agreed to lend … and provide")', () => {
  const plan = rulesEvents('China to lend Belarus $1 billion on easy terms, provide $8.8 million in gratuitous aid', '2010-03-24');
  assert.equal(plan.filter((x) => x.category === 'aid' || x.category === 'finance').length, 0);
  const agreed = rulesEvents('On 24 March 2010 China agreed to lend Belarus $1 billion on easy terms and provide $8.8 million in gratuitous aid.', '2010-03-25');
  assert.deepEqual(agreed.filter((x) => x.category === 'aid').map((x) => x.date), ['2010-03-24']);
  const later = rulesEvents('China agreed in March 2010 to lend Belarus $1 billion and provide $8.8 million in gratuitous aid.', '2010-03-25');
  assert.equal(later.filter((x) => x.category === 'aid').length, 1);
  // A finite verb of giving is no bare one: "stepped in to support Belarus and lent it $1 billion" is a loan.
  const lent = rulesEvents('In 2010 China stepped in to support Belarus and lent it $1 billion.', '2016-05-10');
  assert.deepEqual(lent.filter((x) => x.category === 'finance').map((x) => x.date), ['2010']);
  // Not any word after "and": a noun joined to the infinitive's object leaves the fact after it asserted.
  const visit = rulesEvents('The two governments signed a deal to boost trade and economic cooperation during the Chinese vice president Xi Jinping\'s visit to Minsk on 24 March 2010.', '2010-03-25');
  assert.deepEqual(visit.filter((x) => x.category === 'visit').map((x) => x.date), ['2010-03-24']);
});

test('an honour in the active voice goes to the one named right after the verb ("Lukashenko awarded Xi Jinping the … medal", "bestowed on Xi Jinping the Order"); in the passive, to its subject', () => {
  const giver = (text: string) => rulesEvents(text, '2016-10-01').filter((x) => x.subtype === 'honour').map((x) => [x.actor_1, x.actor_2]);
  assert.deepEqual(giver('During the meeting, Alexander Lukashenko awarded Xi Jinping the Peace and Friendship medal of Belarus on 29 September 2016.'), [['BLR', 'CHN']]);
  assert.deepEqual(giver('Also, Alexander Lukashenko bestowed on Xi Jinping the Order For Peace and Friendship on 29 September 2016.'), [['BLR', 'CHN']]);
  assert.deepEqual(giver('Chinese Ambassador Cui Qiming was awarded the Order of Friendship of Peoples by Alexander Lukashenko on 29 September 2016.'), [['BLR', 'CHN']]);
  assert.deepEqual(giver('On 12 May 2016 Alexander Lukashenko awarded Chinese Ambassador Cui Qiming the Order of Friendship of Peoples.'), [['BLR', 'CHN']]);
});

test('a clause opened by a participle has its subject after the participle\'s phrase ("Calling Lukashenko \'an old friend\', Xi Jinping spoke highly of …")', () => {
  const e = rulesEvents('Calling Lukashenko "an old friend of the Chinese people", Xi Jinping spoke highly of his efforts in improving bilateral ties on 29 September 2016.', '2016-10-01');
  assert.deepEqual(e.filter((x) => x.category === 'political_support').map((x) => [x.actor_1, x.actor_2]), [['CHN', 'BLR']]);
  // Only participles of naming or praising: "Noting the support of China for …" keeps the support's owner.
  const noting = rulesEvents('Noting the support of China for the sovereignty of Belarus, Lukashenko thanked Xi Jinping on 12 May 2024.', '2024-05-20');
  assert.ok(noting.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(noting));
  assert.equal(rulesEvents('Using a loan of $1 billion from China Exim Bank, Belarus built the Minsk power plant in 2012.', '2014-05-20').filter((x) => x.category === 'finance' && x.actor_1 === 'BLR').length, 0);
});

test('an army unit or contingent abroad is a visitor ("A unit of the Belarusian army took part in the military parade … in Beijing")', () => {
  const v = rulesOnlyRecordsOf('A unit of the Belarusian army took part in the military parade that took place in Beijing on 3 September to mark the anniversary of the victory.', '2015-09-04').tables.visits;
  assert.deepEqual(v.map((r) => [r.from_country, r.to_country, r.date]), [['BLR', 'CHN', '2015-09-03']]);
  // A power unit is no visitor.
  assert.equal(rulesOnlyRecordsOf('On 12 July 2024, the first power unit built by Chinese engineers arrived at the Lukoml plant in Belarus.', '2024-07-20').tables.visits.length, 0);
});

test('a report published with its month only dates a visit it reports as done by that month; ", BelTA has learned" is the agency\'s tense, not the fact\'s', () => {
  const text = 'The Belarusian parliamentary delegation led by Chairperson of the Council of the Republic Natalya Kochanova wrapped up the official visit to the People\'s Republic of China, BelTA has learned.\n';
  const v = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Visit', published: '2024-05', genre: 'news' }), 't').tables.visits;
  assert.deepEqual(v.map((r) => [r.from_country, r.to_country, r.date]), [['BLR', 'CHN', '2024-05']]);
  // Not one placed earlier ("this spring"), nor in an analysis, which tells the past, not the month's news.
  for (const told of ['The Chinese delegation had visited Minsk twice before.', 'Lukashenko once visited the Huawei headquarters in Shenzhen.', 'Xi Jinping\'s predecessor Hu Jintao visited Belarus.']) {
    // (the lead's own meeting with the guests is a visit of that month: no other visit may take its date)
    const old = rulesOnlyRecordsFrom(writeArticle('t', `MINSK, May (BelTA) - Lukashenko met Chinese guests in Minsk.\n\n${told}\n`, { title: 'Visit', published: '2024-05', genre: 'news' }), 't').tables.events.filter((e) => e.category === 'visit' && e.date === '2024-05');
    assert.deepEqual(old.map((e) => e.quote), ['Lukashenko met Chinese guests in Minsk'], told);
  }
  const again = rulesOnlyRecordsFrom(writeArticle('t', 'A representative delegation from China has once again arrived in Minsk.\n', { title: 'Visit', published: '2025-09', genre: 'news' }), 't').tables.visits;
  assert.deepEqual(again.map((r) => r.date), ['2025-09']);
  const spring = rulesOnlyRecordsFrom(writeArticle('t', 'The visit of the President of Belarus to China this spring resulted in agreements worth $7 billion.\n', { title: 'Visit', published: '2023-12', genre: 'news' }), 't').tables.visits;
  assert.ok(spring.every((r) => r.date !== '2023-12'), JSON.stringify(spring));
  const analysis = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Visit', published: '2024-05', genre: 'analysis' }), 't').tables.visits;
  assert.ok(analysis.every((r) => r.date !== '2024-05'), JSON.stringify(analysis));
});

test('two of the pair joined by "and" who "met in" the home of one of them: the other\'s visit there ("after presidents Xi Jinping and Alexander Lukashenko met in Minsk"); not in a third country', () => {
  const v = (text: string) => rulesOnlyRecordsOf(text, '2015-05-12').tables.visits.map((r) => [r.from_country, r.to_country, r.date]);
  assert.deepEqual(v('Officials said on May 11 after presidents Xi Jinping and Alexander Lukashenko met in Minsk to discuss the Silk Road.'), [['CHN', 'BLR', '2015-05-11']]);
  assert.deepEqual(v('Officials said on May 11 after presidents Xi Jinping and Alexander Lukashenko met in Astana to discuss the Silk Road.'), []);
  // The visitor's own title decides: a prime minister meeting the ambassador at home visits; the ambassador does not.
  assert.deepEqual(v('On 11 May, Chinese Ambassador Xie Xiaoyong and Belarusian Prime Minister Roman Golovchenko met in Beijing.'), [['BLR', 'CHN', '2015-05-11']]);
  assert.deepEqual(v('On 11 May, Chinese Ambassador Xie Xiaoyong and Belarusian Prime Minister Roman Golovchenko met in Minsk.'), []);
});

test('the one named after a giving verb\'s "by", or a country\'s banks after "of", provides the money, before a provider noun elsewhere in the clause', () => {
  const text = 'Belarus and China are partners.\n\nAs an agent bank of the Belarusian government, Belarusbank services tied loans of Chinese banks to the total tune of $2.3 billion. The bank\'s loan portfolio contains over $424 million of direct loans extended by Chinese finance institutions.';
  const e = rulesEvents(text, '2016-03-01').filter((x) => x.category === 'finance');
  assert.equal(e.length, 2, JSON.stringify(e));
  assert.ok(e.every((x) => x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(e));
});

test('the support of both countries for a third thing is neither\'s support of the other', () => {
  const both = rulesEvents('Belarus and China are partners.\n\nBuoyed by the support of the governments of China and Belarus, the park\'s first phase was completed on 5 May 2018.', '2018-09-11');
  assert.ok(!both.some((x) => x.category === 'political_support'), JSON.stringify(both));
  const one = rulesEvents('Belarus and China are partners.\n\nOn 5 May 2018 Lukashenko thanked China for the support of its government.', '2018-09-11');
  assert.ok(one.some((x) => x.category === 'political_support'), JSON.stringify(one));
});

test('a language of one country taught or offered in the other is a cultural fact of the two; not one taught "worldwide"', () => {
  const e = rulesEvents('Belarus and China are partners.\n\nOn 7 June 2024 the minister said that 46 middle schools and 12 universities in Belarus offer Chinese language courses.', '2024-06-08');
  assert.ok(e.some((x) => x.category === 'cultural' && x.subtype === 'language_teaching'), JSON.stringify(e));
  const passive = rulesEvents('Belarus and China are partners.\n\nThe Chinese language is taught at 14 Minsk schools.', '2019-10-14');
  assert.ok(passive.some((x) => x.subtype === 'language_teaching'), JSON.stringify(passive));
  const world = rulesEvents('Belarus and China are partners.\n\nThe Chinese language is currently studied by around 40 million people worldwide.', '2011-10-14');
  assert.ok(!world.some((x) => x.subtype === 'language_teaching'), JSON.stringify(world));
});

test('the words of launches, tourist arrivals and fairs: "carried … into orbit", "welcomed 16,000 Chinese travelers", "is hosting the Book Fair"', () => {
  const launch = rulesEvents('China and Belarus are partners.\n\nA Chinese rocket carried the first communications satellite for Belarus into orbit on Friday.', '2016-01-16');
  assert.ok(launch.some((x) => x.subtype === 'space_launch' && x.date === '2016-01-15'), JSON.stringify(launch));
  const tourists = rulesEvents('China and Belarus are partners.\n\nIn January-October 2017 Belarus welcomed slightly more than 16,000 Chinese travelers.', '2018-12-17');
  assert.ok(tourists.some((x) => x.subtype === 'tourism' && x.date === '2017-01'), JSON.stringify(tourists));
  const fair = rulesEvents('China and Belarus are partners.\n\nMinsk is hosting the 32nd International Book Fair from March 12 to 16, with Chinese books on show.', '2025-03-13');
  assert.ok(fair.some((x) => x.category === 'cultural' && x.date === '2025-03-12'), JSON.stringify(fair));
});

test('"June 29 this year" is a day of the publication year; "Over 10 months 2018" is a period from January', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nThe delegation of Chongqing visited Minsk on June 29 this year.', '2023-08-10');
  assert.ok(e.some((x) => x.category === 'visit' && x.date === '2023-06-29'), JSON.stringify(e));
  const t = rulesEvents('China and Belarus are partners.\n\nOver 10 months 2018 trade between Belarus and China was estimated at $4.73 billion.', '2018-12-17');
  assert.ok(t.some((x) => x.category === 'trade' && x.date === '2018-01'), JSON.stringify(t));
});

test('twinning with no country in its sentence is of the article\'s two countries', () => {
  const e = rulesEvents('Minsk Region and Chongqing of China signed a road map on 10 August 2023. And in March 2017, twinning relations were established between the regions.', '2023-08-10');
  assert.ok(e.some((x) => x.subtype === 'twinning' && x.date === '2017-03'), JSON.stringify(e));
});

test('"during his visit to Guangzhou" is a visit of the person the last sentence was about, one whose title is set off by commas', () => {
  const text = 'On November 29, 2019 the Deputy Minister of Foreign Affairs of the Republic of Belarus, Andrei Dapkiunas, met with a delegation of China.\n\nThe meeting continued the dialogue launched during his visit to Guangzhou on 8 November, 2018.';
  const v = rulesOnlyRecordsOf(text, '2019-11-29').tables.visits;
  assert.ok(v.some((x) => x.date === '2018-11-08' && x.from_country === 'BLR' && x.to_country === 'CHN' && x.visitor === 'Andrei Dapkiunas'), JSON.stringify(v));
});

test('"Peoples Republic of China" without its apostrophe is China, not the Republic of China', () => {
  const e = rulesEvents('Belarus signed an agreement with the Peoples Republic of China on 3 March 2019.', '2019-03-05');
  assert.ok(e.some((x) => x.category === 'agreement' && [x.actor_1, x.actor_2].sort().join() === 'BLR,CHN'), JSON.stringify(e));
});

test('"consider the possibility of opening" is a plan; "thanks to the possibility of" is not', () => {
  const plan = rulesEvents('Belarus and China are partners.\n\nOn 5 July 2019 the Chinese side was invited to consider the possibility of opening a representative office in Belarus.', '2019-07-05');
  assert.ok(!plan.some((x) => x.subtype === 'mission_opened'), JSON.stringify(plan));
  const done = rulesEvents('China and Belarus are partners.\n\nThanks to the possibility of visa-free travel, 16,000 Chinese tourists visited Belarus in 2019.', '2020-01-10');
  assert.ok(done.some((x) => x.subtype === 'tourism'), JSON.stringify(done));
});

test('an investment fund set up by companies of the two is an investment', () => {
  const e = rulesEvents('Belarus and China are partners.\n\nOn 14 May 2018 the Chinese company CITIC Construction and Belarusbank created a Chinese-Belarusian investment fund.', '2018-05-15');
  assert.ok(e.some((x) => x.category === 'investment' && x.actor_1 === 'CHN'), JSON.stringify(e));
});

test('an analysis does not date an event it recalls in the past by its page\'s day; a news report does (lexicon recall_genres)', () => {
  const text = 'October 03, 2016 11:24\n\nBelarus is developing military cooperation with China.\n\nDuring Lukashenka’s visit to China, the two states signed a number of agreements on bilateral cooperation.';
  const rules = (genre: string) => rulesOnlyRecordsFrom(writeArticle('g', text, { title: 'Cooperation', published: '2016-10-03', genre }), 'g').tables.events.filter((x) => x.category === 'agreement');
  assert.ok(rules('news').some((x) => x.date === '2016-10-03'), JSON.stringify(rules('news')));
  assert.ok(!rules('analysis').some((x) => x.date === '2016-10-03'), JSON.stringify(rules('analysis')));
});

test('"prior to his trip on 28 February" in a text of March is a visit done; "ahead of his visit on 28 February" a year before is still to come', () => {
  const done = rulesOnlyRecordsOf('China and Belarus are partners.\n\nJust prior to his three-day trip to Beijing on 28 February, Belarusian President Alexander Lukashenko issued a warning.', '2023-03').tables.visits;
  assert.ok(done.some((x) => x.date === '2023-02-28' && x.from_country === 'BLR'), JSON.stringify(done));
  const coming = rulesOnlyRecordsOf('China and Belarus are partners.\n\nAhead of his visit to Beijing on 28 February, Belarusian President Alexander Lukashenko gave an interview.', '2023-02-20').tables.visits;
  assert.equal(coming.length, 0, JSON.stringify(coming));
});

test('"has always adhered and will adhere to" states a stance held, not only a forecast; "will adhere" alone is still a stance of political support', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nOn 16 December 2021 Senko stressed that Belarus has always adhered and will adhere to the one-China principle.', '2021-12-16');
  assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR'), JSON.stringify(e));
  const plan = rulesEvents('China and Belarus are partners.\n\nOn 16 December 2021 the parties said they will sign an agreement on trade.', '2021-12-16');
  assert.ok(!plan.some((x) => x.category === 'agreement'), JSON.stringify(plan));
});

test('supporting a country\'s initiative or principle is supporting that country (lexicon country_initiatives)', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nOn 4 July 2024 Lukashenko said Belarus supports the Global Development Initiative.', '2024-07-05');
  assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(e));
});

test('review of round 19: the new rules keep to their own words', () => {
  // "his visit" after a subject standing for someone ("The minister recalled his visit") is that person's.
  const v = rulesOnlyRecordsOf('China and Belarus are partners.\n\nChinese Ambassador Cui Qiming met Belarusian Foreign Minister Vladimir Makei in Minsk on 5 March 2019. The minister recalled his visit to Beijing in January 2019.', '2019-03-10').tables.visits;
  assert.ok(v.some((x) => x.date === '2019-01' && x.from_country === 'BLR'), JSON.stringify(v));
  // A "by" of another noun further on names no provider.
  const backed = rulesEvents('China and Belarus are partners.\n\nIn 2019 China invested $300 million in Belarus, in projects backed by the Belarusian state.', '2020-01-10');
  assert.ok(backed.some((x) => x.category === 'investment' && x.actor_1 === 'CHN'), JSON.stringify(backed));
  // Only months counted from a year's start: not "the previous three months", "the second six months".
  const months = rulesEvents('China and Belarus are partners.\n\nIn the second six months of 2019, Belarus exported $300 million worth of goods to China.', '2020-01-10');
  assert.ok(!months.some((x) => x.date === '2019-01'), JSON.stringify(months));
  // The language's country is the one whose language is taught; not teaching methods.
  const lang = rulesEvents('China and Belarus are partners.\n\nIn 2019, Minsk State Linguistic University opened Chinese language courses.', '2020-01-10');
  assert.ok(lang.some((x) => x.subtype === 'language_teaching' && /language of China taught in Belarus/.test(String(x.summary))), JSON.stringify(lang));
  const methods = rulesEvents('China and Belarus are partners.\n\nIn 2019, Chinese schools introduced Belarusian teaching methods.', '2020-01-10');
  assert.ok(!methods.some((x) => x.subtype === 'language_teaching'), JSON.stringify(methods));
  // Visitors of a stand are no tourists; a fund of one side alone is no joint investment.
  const stand = rulesEvents('China and Belarus are partners.\n\nIn 2019, the Chinese stand at the Minsk exhibition attracted 2,000 visitors.', '2020-01-10');
  assert.ok(!stand.some((x) => x.subtype === 'tourism'), JSON.stringify(stand));
  const fund = rulesEvents('China and Belarus are partners.\n\nIn 2019, the Belarusian government set up an investment fund to support exporters.', '2020-01-10');
  assert.ok(!fund.some((x) => x.category === 'investment'), JSON.stringify(fund));
  // "supports Belarus and China is ready": two clauses, not the support of both.
  const two = rulesEvents('China and Belarus are partners.\n\nXi said China firmly supports Belarus and China is ready to deepen cooperation in 2019.', '2019-06-01');
  assert.ok(two.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN'), JSON.stringify(two));
  // A third country supporting a Chinese initiative is no fact of the pair.
  const kaz = rulesEvents('China and Belarus are partners.\n\nOn 5 January 2020, Kazakhstan reaffirmed that it supports the Belt and Road Initiative.', '2020-01-06');
  assert.ok(!kaz.some((x) => x.category === 'political_support'), JSON.stringify(kaz));
  // "holds a stake" is no exhibition held.
  const stake = rulesEvents('China and Belarus are partners.\n\nIn 2019 the Chinese holding Sinomach holds a 50% stake in the Minsk festival organiser.', '2020-01-10');
  assert.ok(!stake.some((x) => x.subtype === 'exhibition'), JSON.stringify(stake));
  // A day of another event in the clause does not make a visit "ahead of" it past.
  const ahead = rulesOnlyRecordsOf('China and Belarus are partners.\n\nAhead of Lukashenko\'s visit to China, Belarusian and Chinese officials met in Beijing on 28 February to prepare documents.', '2019-03-10').tables.visits;
  assert.equal(ahead.length, 0, JSON.stringify(ahead));
});

test('FDI with an amount is an investment, and its growth is no trade figure', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nIn January-September 2019, China\'s FDI in Minsk Oblast amounted to $115 million, up 9% year-on-year.', '2019-11-10');
  assert.ok(e.some((x) => x.category === 'investment' && x.actor_1 === 'CHN' && x.date === '2019-01'), JSON.stringify(e));
  assert.ok(!e.some((x) => x.category === 'trade'), JSON.stringify(e));
});

test('a consulate that "began working" is a mission opened; "in the first 9 months of the year" is the publication year\'s', () => {
  const m = rulesEvents('China and Belarus are partners.\n\nIn 2018, the Consulate General of Belarus began working in Guangzhou.', '2019-09-06');
  assert.ok(m.some((x) => x.subtype === 'mission_opened' && x.date === '2018'), JSON.stringify(m));
  const t = rulesEvents('China and Belarus are partners.\n\nBelarus\' exports to China reached $367 million in the first 9 months of the year.', '2019-11-10');
  assert.ok(t.some((x) => x.category === 'trade' && x.date === '2019-01'), JSON.stringify(t));
});

test('a person who "told" a news agency of the other country gave it an interview; a source who told one did not', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nAlyaksandr Lukashenka told China\'s Xinhua News Agency on Sunday that the park would raise exports.', '2013-07-16');
  assert.ok(e.some((x) => x.category === 'media' && x.date === '2013-07-14'), JSON.stringify(e));
  const source = rulesEvents('China and Belarus are partners.\n\nThe central banks of Belarus and China keep negotiating the swap, a source in the financial circles told the Interfax-Zapad news agency.', '2012-11-29');
  assert.ok(!source.some((x) => x.category === 'media'), JSON.stringify(source));
});

test('an amount written as an adjective with hyphens ("the 1-billion-dollar loan", "the 325.87 million-Yuan loan") is the amount', () => {
  const f = rulesOnlyRecordsOf('China and Belarus are partners.\n\nBeijing on Sunday granted Minsk the 1-billion-dollar loan to assist the economy.', '2011-09-26').tables.finance;
  assert.ok(f.some((x) => x.amount === 1e9 && x.currency === 'USD'), JSON.stringify(f));
  const y = rulesOnlyRecordsOf('China and Belarus are partners.\n\nIn August 2007 Minskenergo took over the 325.87 million-Yuan loan from China Exim Bank.', '2007-08-31').tables.finance;
  assert.ok(y.some((x) => x.amount === 325.87e6 && x.currency === 'CNY'), JSON.stringify(y));
});

test('a date after a weekday without a comma ("left on Sunday 20 November") and a month "of" its year ("in February of 2023") are dates', () => {
  const t = rulesEvents('China and Belarus are partners.\n\nThe first train from Xiamen, in the Fujian province in southeastern China, to Minsk, in Belarus, left on Sunday 20 November.', '2022-11-22');
  assert.ok(t.some((x) => x.category === 'trade' && x.subtype === 'freight_service' && x.date === '2022-11-20'), JSON.stringify(t));
  const f = rulesEvents('China and Belarus are partners.\n\nThe timetable was agreed upon by the Belarusian Railway, and in February of 2023 the first train left from here for China.', '2023-06-01');
  assert.ok(f.some((x) => x.subtype === 'freight_service' && x.date === '2023-02'), JSON.stringify(f));
});

test('a year that is its clause\'s subject ("said that 2018 has been declared the Year of …") dates it; a theme year "declared" is a cultural fact', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nVitaly Gritsevich said that 2018 has been declared the Year of Belarusian Tourism in China.', '2018-08-11');
  assert.ok(e.some((x) => x.category === 'cultural' && x.subtype === 'theme_year' && x.date === '2018'), JSON.stringify(e));
  const plan = rulesEvents('China and Belarus are partners.\n\n2018 may be declared the Year of Tourism in Belarusian-Chinese relations.', '2017-07-11');
  assert.ok(!plan.some((x) => x.category === 'cultural'), JSON.stringify(plan));
});

test('freight trains and rail routes between the two are trade facts; a route launched elsewhere is not theirs', () => {
  const r = rulesEvents('China and Belarus are partners.\n\nAnother route, always part of the Hunan-Europe Express Line, was launched in 2019 between Zhuzhou and Minsk.', '2022-11-22');
  assert.ok(r.some((x) => x.subtype === 'freight_service' && x.date === '2019'), JSON.stringify(r));
  const other = rulesEvents('China and Belarus are partners.\n\nA new rail freight route between Chongqing and Duisburg was launched in 2019.', '2022-11-22');
  assert.ok(!other.some((x) => x.subtype === 'freight_service' && x.actor_2 === 'BLR'), JSON.stringify(other));
});

test('a launch "into intended orbit", tourists a country "had" from the other, a consulate\'s "opening ceremony" and exports "begun" are facts', () => {
  const s = rulesEvents('China and Belarus are partners.\n\nChina sent a Belarusian telecom satellite into intended orbit from Xichang early Saturday.', '2016-01-19');
  assert.ok(s.some((x) => x.subtype === 'space_launch' && x.date === '2016-01-16'), JSON.stringify(s));
  const t = rulesEvents('China and Belarus are partners.\n\nBelarus had more than 20,000 visitors from China in 2017.', '2018-03-01');
  assert.ok(t.some((x) => x.category === 'cultural' && x.subtype === 'tourism' && x.date === '2017'), JSON.stringify(t));
  const m = rulesEvents('China and Belarus are partners.\n\nThe opening ceremony of the office of the Consulate General of the Republic of Belarus took place in Hong Kong, China on 4 May.', '2023-05-05');
  assert.ok(m.some((x) => x.subtype === 'mission_opened' && x.date === '2023-05-04'), JSON.stringify(m));
  const anniversary = rulesEvents('China and Belarus are partners.\n\nDiplomats marked the 10th anniversary of the opening of the embassy in Beijing on 4 May.', '2023-05-05');
  assert.ok(!anniversary.some((x) => x.subtype === 'mission_opened' && x.date === '2023-05-04'), JSON.stringify(anniversary));
  const x = rulesEvents('China and Belarus are partners.\n\nBelarus has already begun exports of poultry, beef and dairy products to China, Rusy said.', '2017-08-07');
  // "has already begun": a perfect with no date is undated (guideline §5; the corpus's reader: 2017, or none)
  assert.ok(x.some((e) => e.category === 'trade' && e.date === null), JSON.stringify(x));
});

test('an agency that "reported on Thursday" is a source, not a media fact', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nThe Belarusian Telegraph Agency (BelTA), Belarus’ largest news agency, reported on Thursday that the country is increasing freight shipments to China.', '2023-01-06');
  assert.ok(!e.some((x) => x.category === 'media'), JSON.stringify(e));
  const on = rulesEvents('China and Belarus are partners.\n\nXinhua reported on the Belarusian leader\'s talks with Chinese officials on 5 January 2023.', '2023-01-06');
  assert.ok(on.some((x) => x.category === 'media'), JSON.stringify(on));
});

test('"is visiting China … to meet Xi Jinping": the subject visits, not the one he goes to meet; "will stand firmly with" is a stance', () => {
  const v = rulesOnlyRecordsOf('China and Belarus are partners.\n\nBelarusian President Alexander Lukashenko, a staunch ally of Moscow, is visiting China Sunday and Monday to meet his counterpart Xi Jinping, the Belarusian presidency said.', '2023-12-03').tables.visits;
  assert.ok(v.some((x) => x.from_country === 'BLR' && x.to_country === 'CHN'), JSON.stringify(v));
  const s = rulesEvents('China and Belarus are partners.\n\nBelarus will stand firmly with China at all times, Lukashenko stressed on Wednesday.', '2023-03-02');
  assert.ok(s.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR'), JSON.stringify(s));
});

test('companies with one country\'s capital in the other are its investment, of the publication year; thanks to the other side are support', () => {
  const c = rulesEvents('Minsk and Beijing signed a twinning agreement.\n\nThere are 45 enterprises with Chinese participation in the Belarusian capital.', '2016-04-28');
  assert.ok(c.some((x) => x.subtype === 'companies_count' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2016'), JSON.stringify(c));
  const t = rulesEvents('China and Belarus are partners.\n\nForeign Minister Vladimir Makei thanked the Chinese side for hospitality on Thursday.', '2016-04-29');
  assert.ok(t.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(t));
});

test('a document "signed in" a year after its name ("a treaty of friendship and cooperation signed in 2015") and "singed" are agreements', () => {
  const t = rulesEvents('China and Belarus are partners.\n\nThe two are bound by a 10-year treaty of friendship and cooperation signed in 2015 during a state visit.', '2022-05-20');
  assert.ok(t.some((x) => x.category === 'agreement' && x.date === '2015'), JSON.stringify(t));
  const s = rulesEvents('China and Belarus are partners.\n\nOn 15 May 2015 the two presidents singed a number of documents.', '2022-05-20');
  assert.ok(s.some((x) => x.category === 'agreement' && x.date === '2015-05-15'), JSON.stringify(s));
});

test('review of this round\'s phrases: each stays out of ordinary sentences, and a year named as a goal is no date', () => {
  const on = (text: string, published = '2019-06-10') => rulesEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('Belarus and China signed contracts worth $500 million, the ministry said, adding that 2020 will be the Year of Education.').some((x) => x.startsWith('agreement/agreements_signed 2019-06-10')));
  assert.ok(on('Lukashenko thanked China for its support, noting that 2025 is the target date for the Great Stone park.').some((x) => x.startsWith('political_support') && x.includes('2019-06-10')));
  assert.ok(on('Trade relations were raised to $4 billion last year.', '2016-09-29').every((x) => !x.startsWith('diplomatic_relations')));
  assert.ok(on('BelAZ and its Chinese dealer have reached a new level of partnership, the company said.').every((x) => !x.startsWith('diplomatic_relations')));
  assert.ok(on('Lukashenko thanked the Chinese side for the warm welcome.').every((x) => !x.startsWith('political_support')));
  assert.ok(on('Lukashenko thanked China for the invitation to the Belt and Road forum.').every((x) => !x.startsWith('political_support')));
  assert.ok(on('The Belarusian ambassador thanked Belarusian students for their participation in the concert in Beijing.').every((x) => !x.startsWith('political_support')));
  for (const s of ['The first trains of the third Minsk metro line left the depot on Monday.', 'The first train of the season left Minsk for Brest, the Belarusian railway said.', 'The first China-Europe freight train via Belarus arrived in Duisburg on Monday.', 'The route of the Great Stone industrial park express bus was launched yesterday.']) assert.ok(on(s).every((x) => !x.startsWith('trade/freight_service')), s);
  assert.ok(on('The treaty signed in 1990 by the Soviet Union and China is still in force.', '2016-09-29').every((x) => !x.startsWith('agreement')));
  assert.ok(on('The museum had 3,000 visitors from China last year.', '2016-01-10').every((x) => !x.startsWith('cultural/tourism')));
  assert.ok(on('The delegation was visiting Minsk when Chinese Vice Premier Ma Kai met Lukashenko.', '2019-05-10').some((x) => x.startsWith('visit/official_visit 2019-05-10 CHN→BLR')));
  assert.ok(on('The agreements were singed in Beijing on Tuesday by the two premiers.').some((x) => x.startsWith('agreement/agreements_signed 2019-06-04')));
});

test('aid "donated by" a country (the trigger\'s own verb, then "by") comes from it; "donated by X to Y" still from X', () => {
  const v = rulesEvents('China and Belarus are partners.\n\nAn unknown quantity of vehicles arrived on June 21, 2017 to Minsk National Airport, having been donated by China.', '2017-06-25');
  assert.ok(v.some((x) => x.category === 'aid' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(v));
  const m = rulesEvents('China and Belarus are partners.\n\nBelarus supplies masks. This batch of anti-epidemic materials is donated by more than 20 Chinese-funded enterprises in Belarus.', '2020-04-20');
  assert.ok(m.some((x) => x.category === 'aid' && x.actor_1 === 'CHN'), JSON.stringify(m));
  const p = rulesEvents('China and Belarus are partners.\n\nThe paintings were donated by the Belarusian museum to China in May 2019.', '2019-06-01');
  assert.ok(p.some((x) => x.category === 'aid' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(p));
});

test('a day named by its ordinal alone ("on the 15th") is that day of the publication month, or of the month before when still to come', () => {
  const a = rulesEvents('China and Belarus are partners.\n\nChina’s first batch of humanitarian aid arrived in Belarus on the 1st of this month. On the 15th, China sent humanitarian aid to Belarus.', '2020-04-18');
  assert.ok(a.some((x) => x.category === 'aid' && x.date === '2020-04-01'), JSON.stringify(a));
  assert.ok(a.some((x) => x.category === 'aid' && x.date === '2020-04-15'), JSON.stringify(a));
  const before = rulesEvents('China and Belarus are partners.\n\nOn the 28th, China sent humanitarian aid to Belarus.', '2020-04-02');
  assert.ok(before.some((x) => x.category === 'aid' && x.date === '2020-03-28'), JSON.stringify(before));
  const month = rulesEvents('China and Belarus are partners.\n\nOn the 28th of last month China sent humanitarian aid to Belarus.', '2020-04-18');
  assert.ok(month.some((x) => x.category === 'aid' && x.date === '2020-03-28'), JSON.stringify(month));
  const ordinal = rulesEvents('China and Belarus are partners.\n\nChina sent humanitarian aid to Belarus for the 15th time in May 2019.', '2020-04-18');
  assert.ok(ordinal.some((x) => x.category === 'aid' && x.date === '2019-05'), JSON.stringify(ordinal));
});

test('humanitarian goods with their kind between ("humanitarian anti-epidemic materials") are aid', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nOn April 17 a new batch of Chinese humanitarian anti-epidemic materials arrived in Minsk.', '2020-04-18');
  assert.ok(e.some((x) => x.category === 'aid' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2020-04-17'), JSON.stringify(e));
});

test('gratitude to the other\'s leaders, named at length, for support; praise "for maintaining" stability: statements of support', () => {
  const g = rulesEvents('China and Belarus are partners.\n\nBelarusian speaker Mikhail Myasnikovich said his nation is grateful to the Chinese leadership, personally President Xi Jinping, and the Chinese people for friendship and support in the international arena.', '2018-06-20');
  assert.ok(g.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(g));
  const p = rulesEvents('Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in Beijing on Monday.\n\nXi also praised Lukashenko for maintaining "social harmony and stability" in Belarus.', '2023-12-05');
  assert.ok(p.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(p));
  const s = rulesEvents('China and Belarus are partners.\n\nThe diplomat noted that the Belarusian side provides strong support to the Chinese side on issues related to China’s core interests.', '2024-09-05');
  assert.ok(s.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(s));
  const r = rulesEvents('China and Belarus are partners.\n\nBeijing respects results of Belarus election, the Chinese Foreign Ministry said on Monday.', '2015-10-13');
  assert.ok(r.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(r));
});

test('products "Belarus-made" name the venture\'s host: the other country invests', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nThe first Belarus-made Sinotruk cars rolled off the assembly line of the Unison plant in May 2024.', '2024-05-29');
  assert.ok(e.some((x) => x.category === 'investment' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2024-05'), JSON.stringify(e));
});

test('"a recent visit" is of the publication year, not of the report\'s day, unless the sentence dates it; "in recent years" is no date', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nThe options were discussed during a recent visit of Belarus President Alexander Lukashenko to China.', '2017-06-01');
  assert.ok(e.some((x) => x.category === 'visit' && x.date === '2017'), JSON.stringify(e));
  assert.ok(!e.some((x) => x.category === 'visit' && x.date === '2017-06-01'), JSON.stringify(e));
  const dated = rulesEvents('China and Belarus are partners.\n\nLukashenko spoke about his recent trip to China on June 3.', '2005-06-20');
  assert.ok(dated.some((x) => x.category === 'visit' && x.date === '2005-06-03'), JSON.stringify(dated));
});

test('a dateline with its place written as a name ("Minsk, September 29 (Xinhua) —") is the filing day, not the fact\'s', () => {
  const e = rulesEvents('A poetry evening was held.\n\nMinsk, September 29 (Xinhua) — The Chinese Cultural Center in Minsk hosted a poetry evening on Friday for Belarusian students.', '2025-09-29');
  assert.ok(e.some((x) => x.category === 'cultural' && x.date === '2025-09-26'), JSON.stringify(e));
  assert.ok(!e.some((x) => x.date === '2025-09-29'), JSON.stringify(e));
});

test('"the visit of the Gansu Province delegation to Minsk": the province sends the visit, Minsk receives it', () => {
  const e = rulesEvents('China and Belarus are partners. Communist Party Secretary of Gansu Province Wang Sanyun told BelTA on 28 July.\n\nWang Sanyun spoke in positive terms about the results of the visit of the Gansu Province delegation to Minsk in July.', '2016-07-29');
  assert.ok(e.some((x) => x.category === 'visit' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR' && x.date === '2016-07'), JSON.stringify(e));
});

test('a communique: support "each other", a one-China position "reaffirmed" or "upheld"; in a text dated by its year only, "Thursday" is of that year and an undated stance stays undated', () => {
  const e = newsEvents('China and Belarus Thursday pledged closer economic links.\n\nChina and Belarus said that they support each other in safeguarding national independence and sovereignty. Belarus reaffirmed its one-China position in the press communique.', '2001');
  assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(e));
  assert.ok(e.some((x) => x.category === 'political_support' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(e));
  // A stance dated by the page's year alone would be merged with any dated stance of another article that year: it stays undated.
  assert.ok(e.every((x) => x.category !== 'political_support' || x.date === null), JSON.stringify(e));
  const u = newsEvents('China and Belarus are partners.\n\nHe reiterated the Belarus Government\'s commitment to China in unswervingly upholding the one-China policy.', '2012-07-11');
  assert.ok(u.some((x) => x.category === 'political_support' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(u));
});

test('a weekday before the date it names ("Sunday, September 22, 2024 - 7:22 am") is no day of its own', () => {
  const e = newsEvents('Sunday, September 22, 2024 - 7:22 am HomeBreaking NewsChina opposes sanctions pressure on Belarus\n\nChina has always opposed interference in Belarus’ internal affairs. This was announced today, September 5, by the Chinese ambassador to Minsk.', '2024-09-05');
  assert.ok(e.some((x) => x.category === 'political_support' && x.date === '2024-09-05'), JSON.stringify(e));
  assert.ok(!e.some((x) => x.date === '2024-09-01'), JSON.stringify(e));
});

test('a quotation opened by a colon is told apart from the report: its visit stands beside the report\'s online meeting', () => {
  const e = rulesEvents('Representatives of China and Mogilev region discussed cooperation.\n\nThe participants of the online meeting were greeted by Oleg Pishchenko of the Mogilev Regional Executive Committee: “Today, the official delegation of the Mogilev Region is on a visit to Tianjin.', '2023-05-17');
  assert.ok(e.some((x) => x.category === 'visit' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN' && x.date === '2023-05-17'), JSON.stringify(e));
  const online = rulesEvents('Representatives of China and Mogilev region discussed cooperation.\n\nThe official delegation of the Mogilev Region held an online meeting with officials of Tianjin during a visit to Tianjin.', '2023-05-17');
  assert.ok(!online.some((x) => x.category === 'visit'), JSON.stringify(online));
});

test('a country the headline names acts with the article\'s focus: Belarus in a report headed "Li Qiang to visit Russia, Belarus"; a third country named twice does not', () => {
  const text = 'China says Premier Li Qiang to visit Russia this week. Chinese Premier Li Qiang will travel to Russia to chair the regular meeting between Chinese and Russian heads of government, China said. Russia and China are close partners, and Russia welcomes the premier. Belarusian leader Alexander Lukashenko visited China twice last year.';
  const headed = (title: string, body = text) => rulesOnlyRecordsFrom(writeArticle('t', body, { title, published: '2024-08-19', genre: 'news' }), 't').tables.events;
  const e = headed('China Says Premier Li Qiang To Visit Russia, Belarus This Week');
  assert.ok(e.some((x) => x.category === 'visit' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN' && String(x.date).startsWith('2023')), JSON.stringify(e));
  assert.ok(!headed('China Says Premier Li Qiang To Visit Russia This Week').some((x) => x.category === 'visit' && x.actor_1 === 'BLR'));
  // A paragraph of its own about China and a person of Belarus is about those two (paragraphPairs), headline or not.
  const own = headed('China Says Premier Li Qiang To Visit Russia This Week', text.replace(' Belarusian leader', '\n\nBelarusian leader'));
  assert.ok(own.some((x) => x.category === 'visit' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(own));
  const c = rulesOnlyRecordsFrom(writeArticle('c', 'China and Belarus are partners. China and Belarus signed a treaty. Belarus and China trade.\n\nIn March 2002, China extended a loan of RMB 37 bn to Serbia for a new power plant. Serbia thanked China.', { title: 'China and Belarus', published: '2011-06-30' }), 'c');
  assert.ok(!c.tables.events.some((x) => x.actor_2 === 'SRB' || x.actor_1 === 'SRB'), JSON.stringify(c.tables.events));
});
test('a pluperfect in a news report ("had signed") tells what came before the news: not dated by the report\'s day', () => {
  const had = newsEvents('China and Belarus are partners.\n\nBelarusian and Chinese companies had signed a contract on the supply of buses.', '2019-06-12');
  assert.ok(!had.some((x) => x.category === 'agreement' && x.date === '2019-06-12'), JSON.stringify(had));
  const did = newsEvents('China and Belarus are partners.\n\nBelarusian and Chinese companies signed a contract on the supply of buses.', '2019-06-12');
  assert.ok(did.some((x) => x.category === 'agreement' && x.date === '2019-06-12'), JSON.stringify(did));
});

test('every alternative of a trigger can fire: its keywords admit the sentences its pattern matches', () => {
  const ev = (t: string) => rulesEvents(`China and Belarus are partners.\n\n${t}`, '2019-06-12').map((x) => `${x.category}/${x.subtype}`);
  assert.ok(ev('The Chinese-built cement plant in Kostyukovichi was put into operation in May 2019.').includes('investment/production_started'));
  assert.ok(ev('Belarusian dairy companies were authorized to export milk powder to China in May 2019.').includes('trade/market_access'));
});

test('an organisation the tables lack is known by what the text calls it, and its name alone refers to it later', () => {
  const text = 'Chinese companies supply Russia. Russia buys Chinese parts.\n\nGreen Cycle Energy, a Shenzhen-based company, received an order from Belarusian defense contractor BelOMO Holding on December 1.\n\nOn February 1, another Chinese parts manufacturer, Morotack (Tianjin) Technology, signed a contract to supply Diaproector, a BelOMO group company, with 200 units.';
  const e = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'China supplying weapon parts to Belarus', published: '2024-07-24', genre: 'news' }), 't').tables.events.filter((x) => x.category === 'agreement');
  assert.ok(e.some((x) => [x.actor_1, x.actor_2].sort().join() === 'BLR,CHN' && x.date === '2024-02-01'), JSON.stringify(e));
});

test('review of round 21\'s phrases: each stays out of ordinary sentences', () => {
  const on = (text: string, published = '2019-06-12') => newsEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('Chinese Foreign Minister Wang Yi had detailed talks with Belarusian Foreign Minister Vladimir Makei in Minsk.').some((x) => x.startsWith('diplomatic_relations/talks 2019-06-12')));
  assert.ok(on('The Chinese side donated medical masks to Belarus, which had requested help.').some((x) => x.startsWith('aid/donation 2019-06-12')));
  assert.ok(on('China provided financial support to Belarus in the amount of $1 billion in 2019.').every((x) => !x.startsWith('political_support')));
  assert.ok(on('Belarus and China agreed to expand cooperation in the humanitarian sphere and supplies of agricultural goods.').every((x) => !x.startsWith('aid')));
  assert.ok(on('Belarus thanked China for the invitation and expressed hope for further support of its exporters.').every((x) => !x.startsWith('political_support')));
  assert.ok(on('Xi Jinping said China highly respects the results achieved by Belarusian scientists.').every((x) => !x.startsWith('political_support')));
  assert.ok(on('Lukashenko praised the Chinese builders for ensuring the timely completion of the plant.').every((x) => !x.startsWith('political_support')));
  assert.ok(on('China donated medical supplies to Belarus on the 31st.', '2020-05-10').some((x) => x.startsWith('aid/aid 2020-03-31')));
  assert.ok(on('Belarus-made tractors are popular in China, where the MTZ holding invested $10 million in an assembly plant in Harbin.').some((x) => x.startsWith('investment/investment 2019-06-12 BLR→CHN')));
});

test('condolences and greetings sent to the other\'s leader are messages; banks that "loaned" lend; a leader "sat down with" a newspaper gives an interview', () => {
  const on = (text: string, published = '2020-07-23') => newsEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('Belarusian President Aleksandr Lukashenko sent condolences to Chinese President Xi Jinping over the floods.').includes('diplomatic_relations/message 2020-07-23 BLR→CHN'));
  assert.ok(on('Chinese President Xi Jinping sent warm greetings to Belarusian President Aleksandr Lukashenko.').includes('diplomatic_relations/message 2020-07-23 BLR→CHN'), 'a message is mutual: its actors in the order of their codes');
  assert.ok(on('In 2018 Chinese banks loaned Belarus $509.2 million.', '2019-03-01').includes('finance/loan 2018 CHN→BLR'));
  assert.ok(on('Belarusian Foreign Minister Vladimir Makei sat down with Xinhua news agency in Minsk on Monday.', '2019-03-12').some((x) => x.startsWith('media/media_report 2019-03-11 BLR→')));
  // greetings and condolences that are not sent, or not sent by a leader or official, stay out
  assert.ok(on('The guests exchanged greetings and condolences were offered to the families of the victims.').every((x) => !x.startsWith('diplomatic_relations/message')));
  assert.ok(on('Chinese students sent New Year greetings to their Belarusian friends on 2 January.').every((x) => !x.startsWith('diplomatic_relations/message')));
  assert.ok(on('Lukashenko said he would send congratulations to Xi Jinping on his birthday.').every((x) => !x.startsWith('diplomatic_relations/message')));
  assert.ok(on('The Chinese museum loaned 40 artefacts worth $2 million to the National Art Museum of Belarus on Monday.').every((x) => !x.startsWith('finance')));
});

test('a ceremony to open a plant is the plant opened; "in the China-Belarus park" names no host by its first part', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2018-09-03').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('The ceremony to inaugurate the supercapacitor factory took place in the China-Belarus industrial park Great Stone on 29 August.').includes('investment/facility 2018-08-29 CHN→BLR'));
  assert.ok(on('The opening ceremony of the new tractor plant was held in Harbin on 29 August.').some((x) => x.startsWith('investment/facility 2018-08-29')));
  assert.ok(on('The ceremony to open the new exhibition was held in Minsk on 29 August.').every((x) => !x.startsWith('investment')));
  assert.ok(on("The opening of the power plant's new visitor centre was attended by Chinese guests on 29 August.").every((x) => !x.startsWith('investment')));
});

test('exports "to tens of countries" are no figure of the pair', () => {
  const on = (text: string) => newsEvents(`Belarus cleared to sell meat to China.\n\n${text}`, '2018-01-05').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('Belarus exported around US$800m worth of meat to tens of countries last year.').filter((x) => x.startsWith('trade')), []);
  assert.ok(on('Belarus exported around US$80m worth of meat to China last year.').some((x) => x.startsWith('trade/exports 2017 BLR→CHN')));
});

test('a rail route "put into operation" is a freight service, not a plant\'s production', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2017-06-20').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  const route = on("A freight train route has been put into operation between northeast China's Heilongjiang Province and Minsk, Belarus, earlier this month.");
  assert.ok(route.includes('trade/freight_service 2017-06'), route.join());
  assert.ok(route.every((x) => !x.startsWith('investment')), route.join());
  assert.ok(on('The Chinese-built cement plant near Minsk was put into operation in May 2017.').includes('investment/production_started 2017-05'));
  const line = on('A Chinese-funded container production line was put into operation in Brest in May 2017.');
  assert.ok(line.includes('investment/production_started 2017-05') && line.every((x) => !x.startsWith('trade')), line.join());
});

test('a group of young people, students, tourists or performers travelling to or hosted in the other country is a people-to-people exchange', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2015-08-10').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  const exchange = (text: string) => on(text).filter((x) => x.startsWith('cultural/people_exchange'));
  assert.deepEqual(exchange('In 2014, 200 Belarusian children went to China for recuperation.'), ['cultural/people_exchange 2014']);
  assert.deepEqual(exchange('On 3 August 40 Chinese students arrived in the Belarusian capital for a summer school.'), ['cultural/people_exchange 2015-08-03']);
  assert.deepEqual(exchange('The Zubryonok camp is hosting young tourists from China.'), ['cultural/people_exchange 2015-08-10'], "a progressive in a report: the report's day");
  assert.deepEqual(exchange('In July 2015 the Belarusian State University hosted 40 students from China.'), ['cultural/people_exchange 2015-07']);
  // travel inside one country, idioms of "came", things received and another person's travel are no exchange
  assert.deepEqual(exchange('Belarusian schoolchildren went to Vitebsk for the festival on 2 August.'), []);
  assert.deepEqual(exchange('Belarusian athletes came in second at the tournament in Beijing on 2 August.'), []);
  assert.deepEqual(exchange('The visa-free regime for Chinese tourists came into force on 2 August 2015.'), []);
  assert.deepEqual(exchange('On 2 August the Chinese embassy received letters from students of Minsk schools.'), []);
  const met = on('Lukashenko met with students at the university and then flew to Beijing on 2 August.');
  assert.deepEqual(met.filter((x) => x.startsWith('cultural/people_exchange')), []);
  assert.ok(met.includes('visit/official_visit 2015-08-02'), met.join());
});

test('a theme year stated as what a year is, a visa-free regime the parties established, a joint training held', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2018-07-20').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('The year of 2018 is the China-Belarus Tourist Year.').includes('cultural/theme_year 2018'));
  assert.ok(on('During the visit on 10 June the parties established a visa-free regime.').includes('cultural/visa_free 2018-06-10'));
  // (held in one of the two countries: the other's forces' visit there, guideline §8)
  assert.ok(on('The closing ceremony of the China-Belarus joint army training was held in Brest on 18 July.').includes('visit/official_visit 2018-07-18'));
  assert.ok(on('The closing ceremony of the China-Belarus joint army training was held on 18 July.').includes('diplomatic_relations/joint_exercise 2018-07-18'));
  // a joint training of teachers, not of forces, a year that names no theme and a year's record are neither
  assert.ok(on('A joint training course for Chinese and Belarusian teachers was held in Minsk on 18 July.').every((x) => !x.startsWith('diplomatic_relations/joint_exercise')));
  assert.ok(on('The year of 2018 is the most important year for Belarus and China.').every((x) => !x.startsWith('cultural/theme_year')));
  assert.ok(on('2017 was a record tourist year for Belarus, with 10,000 visitors from China.').every((x) => !x.startsWith('cultural/theme_year')));
});

test('what a source attribution names stands outside the forecast it is the source of', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2011-09-20').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('China will build a communications satellite for Belarus, according to a contract signed between the two countries on Sunday in Minsk.').includes('agreement/agreements_signed 2011-09-18'));
  // the forecast still governs what is not attributed, and an attribution of a plan is a plan
  assert.ok(on('Belarus will sign a contract according to which China will lend $1 billion.').every((x) => !x.startsWith('agreement') && !x.startsWith('finance')));
  assert.ok(on('China will lend Belarus $1 billion, according to a plan to be signed next month.').every((x) => !x.startsWith('finance') && !x.startsWith('agreement')));
});

test('a figure told from one dated amount to another is the amount it reached, in its year (and the dated amount it started from, in its own)', () => {
  const trade = (text: string) => rulesOnlyRecordsFrom(writeArticle('t', `China and Belarus are partners.\n\n${text}`, { title: 'Test', published: '2011-09-20', genre: 'news' }), 't').tables;
  const t = trade('Bilateral trade between the nations has grown from $34 million in 1992 to over $2.5 billion in 2010.');
  assert.deepEqual(t.events.map((e) => `${e.category}/${e.subtype} ${e.date}`), ['trade/trade_volume 2010', 'trade/trade_volume 1992']);
  assert.deepEqual(t.indicators?.map((i) => [i.value, i.unit]), [[2500000000, 'USD'], [34000000, 'USD']]);
  // the amount written with its currency word after the multiplier: the same years and values
  const worded = trade('Bilateral trade grew from 34 million US dollars in 1992 to 2.5 billion US dollars in 2010.');
  assert.deepEqual(worded.indicators?.map((i) => [i.value, i.period]), [[2500000000, '2010'], [34000000, '1992']]);
  // with no year of its own, the figure reached is not the fact's: the starting figure keeps its year
  const open = trade('Trade rose from $1 billion in 2010 to $3 billion.');
  assert.deepEqual(open.indicators?.map((i) => [i.value, i.period]), [[1000000000, '2010']]);
});

test('"swop" is a swap', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2015-05-12').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('On Monday the central bank of Belarus announced a three-year currency swop agreement with China worth 7 billion yuan.').includes('finance/currency_swap 2015-05-11'));
});

test("companies that became residents of a park invest in the park's country", () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2018-05-14').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('In 2018, 11 new companies became residents of the Great Stone park.').includes('investment/joint_venture 2018 CHN→BLR'));
  // a Belarusian company that invests in a Chinese city is the investor
  assert.ok(on('The Belarusian company invested $5 million in Harbin in 2016.').includes('investment/investment 2016 BLR→CHN'));
});

test('"would" with a verb reports a plan or a conditional, not the act', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2013-10-25').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.deepEqual(on('Lukashenko said Belarus would sign the contract with China.').filter((x) => x.startsWith('agreement')), []);
  assert.deepEqual(on('BPC did not say when it would sign the actual supply contract with Sinofert.').filter((x) => x.startsWith('agreement')), []);
  // the act the same sentence reports as done stays, and a commitment announced is the act
  assert.ok(on('The sides agreed that China would lend Belarus $1 billion, and on 20 October signed the loan agreement.').includes('agreement/agreements_signed 2013-10-20'));
  assert.ok(on('On 20 October China announced that it would increase its preferential loans to Belarus.').some((x) => x.startsWith('finance/preferential_loan 2013-10-20')));
});

test("a visit in a sentence's leading adverbial is the visit of the main clause's subject", () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2019-07-10').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('During a 2016 visit to Belarus, Wu Weishan, director of the National Art Museum of China, dropped by the studio of Konstantin Selikhanov.').includes('visit/official_visit 2016 CHN→BLR'));
  assert.ok(on('As part of an official visit to China in May 2019, a delegation of the Belarusian Emergencies Ministry explored new technologies.').includes('visit/official_visit 2019-05 BLR→CHN'));
  // a visit whose own agent is named ("by …") is that agent's, not the main clause's subject
  const by = on('During a visit to Minsk by Chinese Premier Li Keqiang in 2014, Lukashenko praised the park.');
  assert.ok(by.includes('visit/official_visit 2014 CHN→BLR') && !by.some((x) => x.startsWith('visit/') && x.endsWith('BLR→CHN')), by.join());
  // a delegation at home is no visit
  assert.ok(on('During a visit to Beijing in May 2019, a Chinese delegation met officials.').every((x) => !x.startsWith('visit/')));
  // "During the visit," refers back to a visit told before: it is not the main clause subject's
  const back = on('Chinese President Xi Jinping arrived in Minsk on 10 May for a state visit. During the visit, Lukashenko and Xi Jinping signed a joint declaration.');
  assert.ok(back.every((x) => !(x.startsWith('visit/') && x.endsWith('BLR→CHN'))), back.join());
});

test('a year written before an event noun dates it ("his 2015 visit")', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2019-07-10').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('During his 2015 visit to Minsk, Xi Jinping planted a tree.').includes('visit/official_visit 2015'));
  assert.ok(on('Lukashenko recalled his 2013 state visit to China.').includes('visit/official_visit 2013'));
  // a number that counts something is no year
  assert.ok(on('Xi Jinping said the park has 2015 workers and visited Minsk on 3 July.').includes('visit/official_visit 2019-07-03'));
  assert.ok(on('Xi Jinping thanked the 2015 volunteers and visited Minsk on 3 July.').includes('visit/official_visit 2019-07-03'));
});

test('a delegation named right after "welcomed" or "met with", or described by "visiting", is the guest', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2015-09-22').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('Lukashenko welcomed the Chinese delegation in Minsk on 3 May.').includes('visit/official_visit 2015-05-03 CHN→BLR'));
  assert.ok(on('On 3 May Lukashenko told the visiting Chinese officials that Belarus supports the initiative.').includes('visit/official_visit 2015-05-03 CHN→BLR'));
  assert.ok(on('On 3 May the Belarusian capital warmly received a distinguished guest from China.').includes('visit/official_visit 2015-05-03 CHN→BLR'));
  assert.ok(on('The guests from China visited Minsk Oblast on 3 May.').includes('visit/official_visit 2015-05-03 CHN→BLR'));
  // a delegation of no country named is no guest
  assert.ok(on('Lukashenko received the delegation on 3 May.').every((x) => !x.startsWith('visit/')));
  // a guest house is no guest; "visiting China" with officials named after a comma is still Lukashenko's visit
  assert.ok(on('On 3 May the Chinese guest house in Minsk was visited by 200 Belarusian schoolchildren.').every((x) => !x.startsWith('visit/')));
  assert.ok(on('On 3 May Lukashenko spoke about visiting China, officials said.').includes('visit/official_visit 2015-05-03 BLR→CHN'));
  // a place in a clause after the guests is not where they come from
  assert.ok(on('On 3 May the Chinese Ambassador warmly welcomed the guests and said that relations between Minsk and Beijing are close.').every((x) => !x.startsWith('visit/')));
});

test('a passive mutual fact done "by the two countries", thanks for a possessive\'s help, a welcome of the other\'s law', () => {
  const on = (text: string) => newsEvents(`Chinese Vice President Xi Jinping arrived in Minsk on Sunday for talks with Belarus.\n\n${text}`, '2010-03-22').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  const statement = on('The joint statement issued by the two countries in 2005 made clear that relations had entered a new stage.');
  assert.ok(statement.some((x) => x.startsWith('diplomatic_relations/joint_statement 2005')), statement.join());
  assert.ok(on('On 2 March Lukashenko thanked Xi Jinping for China\'s assistance in the crisis.').includes('political_support/statement_of_support 2010-03-02 BLR→CHN'));
  assert.ok(on('On 2 March Minsk welcomed the new Chinese law on national security.').includes('political_support/statement_of_support 2010-03-02 BLR→CHN'));
  // welcoming a delegation is no statement of support
  assert.ok(on('On 2 March Lukashenko welcomed the Chinese delegation.').every((x) => !x.startsWith('political_support')));
  assert.ok(on('On 2 March the Belarusian rector welcomed the Chinese law students.').every((x) => !x.startsWith('political_support')));
});

test("a joint exercise held in one of the pair's countries is the other's forces' visit there", () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2024-07-10').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('The joint Belarusian-Chinese drill began on Monday in the Brest region.'), ['visit/official_visit 2024-07-08 CHN→BLR']);
  assert.deepEqual(on('On Monday Belarus and China began joint military exercises near Urumqi.'), ['visit/official_visit 2024-07-08 BLR→CHN']);
  // held in a third country, or nowhere named: an exercise of the two
  assert.ok(on('China and Belarus held a joint military exercise in Kazakhstan on Monday.').every((x) => !x.startsWith('visit/')));
  assert.ok(on('Belarus and China held joint anti-terror exercises on Monday.').some((x) => x.startsWith('diplomatic_relations/joint_exercise 2024-07-08')));
});

test('a price per unit of a quantity is no value of a deal or a loan', () => {
  const tables = (text: string) => rulesOnlyRecordsFrom(writeArticle('t', `China and Belarus are partners.\n\n${text}`, { title: 'Test', published: '2012-07-10', genre: 'news' }), 't').tables;
  const priced = tables('On Monday Belarusian Potash Company signed a contract with Sinofert to supply potash to China at $230 per tonne.');
  assert.deepEqual(priced.agreements?.map((a) => a.value), [null]);
  assert.deepEqual(tables('On Monday BPC signed a contract to sell potash to China at $400 a ton.').agreements?.map((a) => a.value), [null]);
  // a sum stays a sum, also with a rate in time
  assert.deepEqual(tables('On Monday BPC signed a contract with China worth $1.5 billion at the moment of signing.').agreements?.map((a) => a.value), [1500000000]);
  assert.deepEqual(tables('On Monday BPC signed a $1.2 billion contract to sell 3 million tonnes of potash to China.').agreements?.map((a) => a.value), [1200000000]);
  assert.deepEqual(tables('On Monday China agreed to lend Belarus $1 billion a year for five years.').finance?.map((f) => f.amount), [1000000000]);
  // "at" and "ahead" are no "a t"
  assert.deepEqual(tables('On Monday China agreed to lend Belarus $1 billion at an interest rate of 2 percent.').finance?.map((f) => f.amount), [1000000000]);
});

test('a date after a participle of origin dates the object, not the stance', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2023-04-27').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('Belarus welcomes the Global Development Initiative launched by China President Xi Jinping in September 2021.').includes('political_support/statement_of_support 2023-04-27'));
  assert.ok(on('Belarus supports the Belt and Road Initiative proposed by Xi Jinping in 2013.').includes('political_support/statement_of_support 2023-04-27'));
  // the trigger's own verb keeps its date
  assert.ok(on('China launched a communications satellite for Belarus in January 2016.').includes('technology/space_launch 2016-01'));
  // a participle set off by commas, or after "as", describes the fact itself
  assert.ok(on('The Chinese loan of $1 billion to Belarus, launched by the Exim Bank in May 2015, financed the park.').some((x) => x.startsWith('finance/loan 2015-05')));
});

test('a company completing a facility, or building one as the report is written, invests in its country', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2016-07-10').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('A Chinese company completed a new power station in Belarus in 2015.').includes('investment/facility 2015 CHN→BLR'));
  assert.ok(on('The Chinese company CITIC is now building a hotel in Minsk.').includes('investment/construction_started 2016-07-10 CHN→BLR'));
  assert.ok(on('In May 2015 the Chinese company Zoomlion started work on its plant in Minsk.').includes('investment/construction_started 2015-05 CHN→BLR'));
  assert.ok(on('Construction on the Chinese plant in Minsk began in March 2015.').some((x) => x.startsWith('investment/construction_started 2015-03')));
  // a plant sited in one of the two is the other's investment, whoever the sentence names first
  assert.ok(on('On 12 May Presidents Xi Jinping and Alexander Lukashenko witnessed Zoomlion started work on its plant at the Great Stone park.').includes('investment/construction_started 2016-05-12 CHN→BLR'));
  assert.ok(on('Construction on a 118-hectare factory between Borisov and Zhodino began in March 2015.').includes('investment/construction_started 2015-03 CHN→BLR'));
  // building relations, completing talks: no facility
  assert.ok(on('On Monday Belarus said it is building relations with China and completed the talks.').every((x) => !x.startsWith('investment')));
  assert.ok(on('On Monday the Chinese delegation completed its visit to the Minsk Tractor Plant.').every((x) => !x.startsWith('investment')));
  assert.ok(on('On Monday the Chinese company CAMCE completed the feasibility study for a new pulp plant in Belarus.').every((x) => !x.startsWith('investment/facility')));
  assert.ok(on('The Chinese-Belarusian company MAZ-Weichai is building diesel engines at its plant near Minsk.').every((x) => !x.startsWith('investment/construction_started')));
});

test('"such joint exercises" in a text of the pair are the pair\'s, and held in one of them the other\'s visit', () => {
  const on = (text: string) => newsEvents(`Belarus and China are close partners.\n\n${text}`, '2024-07-10').map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('The first such joint exercises took place in 2018 in the Chinese city of Jinan.').includes('visit/official_visit 2018 BLR→CHN'));
  // with no word referring back, or with a third country named, the sentence must name the pair
  assert.deepEqual(on('Joint exercises took place in 2018 in the Chinese city of Jinan.'), []);
  assert.deepEqual(on('Such joint exercises of China and Russia took place in 2018 in Jinan.'), []);
  // "similar" is another of the kind; a place told before the exercise, or after a comma, is another place
  assert.ok(on('In 2015 Belarus established a similar intergovernmental commission with its partners in the Eurasian Economic Union.').every((x) => !x.startsWith('diplomatic_relations')));
  assert.ok(on('The Chinese Defence Ministry in Beijing said the joint drill with Belarus began on Monday.').every((x) => !x.startsWith('visit/')));
  assert.ok(on('The first such joint exercises were held in 2018, and China has since trained Belarusian officers in Beijing.').every((x) => !x.startsWith('visit/')));
});

test("a month's name ending a person's name is no date", () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2016-07-25').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('Alexander Lukashenko met CITIC president Wang Jun in Minsk in July.').some((x) => x.startsWith('visit/official_visit 2016-07')));
  // a month after a preposition or another month word is a month
  assert.ok(on('Lukashenko visited China in May.').includes('visit/official_visit 2016-05'));
});

test("a rank among anything but trade partners is no trade rank, and a rank with no period holds in the report's year", () => {
  const on = (text: string) => newsEvents(`Belarus and China are partners.\n\n${text}`, '2022-06-10').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('The Belarusian State Technical University was established in 1920 and ranks second among all universities in Belarus.').every((x) => !x.startsWith('trade')));
  assert.ok(on("China ranks third among Belarus's trading partners.").includes('trade/trade_partner_rank 2022'));
  assert.ok(on('In 2021 China ranked second among the countries supplying goods to Belarus.').includes('trade/trade_partner_rank 2021'));
  assert.ok(on('Straw weaving ranks first among traditional crafts that Belarus showed in China.').every((x) => !x.startsWith('trade')));
  assert.ok(on('In 2019 China ranked first among countries sending tourists to Belarus.').every((x) => !x.startsWith('trade')));
});

test('"once" with a past verb after its subject recalls the past; "once completed" is a condition', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2019-07-10').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('Chinese company CITIC signed a contract with Belarus on Monday to build a plant that once completed will employ 500 people.').includes('agreement/agreements_signed 2019-07-08'));
  const once = newsEvents('MINSK, July 9 (BelTA) - Lukashenko met Chinese guests in Minsk.\n\nLukashenko once visited the Huawei headquarters in Shenzhen.\n', '2019-07-10').filter((e) => e.category === 'visit');
  assert.ok(once.every((e) => !String(e.quote).startsWith('Lukashenko once') || e.date === null), JSON.stringify(once));
});

test("a sentence told as before the news (\"Earlier, …\") gives no news day; a range under way when the report is published does", () => {
  const on = (text: string) => newsEvents(text, '2023-08-16').filter((e) => e.category === 'visit' && e.actor_2 === 'BLR').map((x) => `${x.actor_1}>${x.actor_2} ${x.date}`);
  assert.deepEqual(on('Chinese Defence Minister Li Shangfu arrived on an official visit to Belarus.\n\nEarlier, the ministry said the Minister took part in the Moscow Conference on International Security on 14-19 August.\n'), ['CHN>BLR 2023-08-16']);
  // "Earlier on Monday", "Earlier today" tell the news day itself
  assert.deepEqual(on('Chinese Defence Minister Li Shangfu arrived on an official visit to Belarus.\n\nEarlier on Monday, Li held talks with Defence Minister Viktor Khrenin in Minsk.\n'), ['CHN>BLR 2023-08-14']);
  // without the cue the range's first day is the news: the visit it reports began then
  assert.deepEqual(on('Chinese Defence Minister Li Shangfu arrived on an official visit to Belarus.\n\nThe visit lasts from 14 to 18 August.\n'), ['CHN>BLR 2023-08-14']);
});

test('a bare verb joined by "and (then)" to a modal shares it: a plan reported long before the trigger', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2023-08-10').filter((e) => e.category === 'visit').map((x) => `${x.actor_1}>${x.actor_2} ${x.date}`);
  assert.deepEqual(on('The press office reported that the Minister Li Shangfu would take part in the 11th Moscow Conference on International Security on 14-19 August and then travel to Belarus.'), []);
  assert.deepEqual(on('The press office reported that Li Shangfu would meet officials of the Moscow Conference on International Security in its new building and then visit Belarus.'), []);
  // a verb of its own, done, is no plan
  assert.ok(on('Chinese Defence Minister Li Shangfu took part in the Moscow Conference on International Security on 1-3 August and then travelled to Belarus.').some((x) => x.startsWith('CHN>BLR')));
});

test("a speaker's \"we\" supports the country named after the trigger: the speaker's country is the pair's other", () => {
  const on = (text: string) => newsEvents(text, '2020-08-19').filter((e) => e.category === 'political_support').map((x) => `${x.actor_1}>${x.actor_2}`);
  const text = 'BEIJING, Aug. 19 -- China opposes foreign interference, the Foreign Ministry spokesman Zhao Lijian said on Wednesday.\n\n"We respect the development path that the Belarusian people has chosen," Zhao added.\n';
  assert.ok(on(text).includes('CHN>BLR'), JSON.stringify(on(text)));
  assert.ok(!on(text).includes('BLR>CHN'));
});

test('a day written with the wrong ordinal suffix is still its day ("13rd", "22th")', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2018-01-10').filter((e) => e.category === 'visit').map((x) => x.date);
  assert.deepEqual(on('On 13rd September 2017, Chinese Vice Premier Wang Yang visited Minsk.'), ['2017-09-13']);
  assert.deepEqual(on('On 22th May 2016, Chinese Vice Premier Wang Yang visited Minsk.'), ['2016-05-22']);
  assert.deepEqual(on('On 2nd June 2014, Chinese Vice Premier Wang Yang visited Minsk.'), ['2014-06-02']);
});

test("a report published with its year only: what its lead reports as done is news of that year; its background is not", () => {
  const on = (text: string) => rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Test article', published: '2018', genre: 'news' }), 't').tables.events.map((x) => `${x.category} ${x.date}`);
  const found = on('The House of Representatives ratified the agreement between the governments of Belarus and China on mutual visa-free travel.\n\nThe parliament ratified an agreement between Belarus and China on customs cooperation.\n');
  assert.ok(found.includes('agreement 2018'), JSON.stringify(found));
  // a later sentence, or a subordinate clause of the lead, tells background: not dated by the report's year
  assert.equal(found.filter((x) => x === 'agreement 2018').length, 1, JSON.stringify(found));
  assert.ok(!on('After China and Belarus established diplomatic relations, trade between them grew rapidly.\n').some((x) => x.startsWith('diplomatic_relations 2018')));
});

test('support for a country\'s accession or membership, or "on its way to" a body, is support of that country', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2023-03-01').filter((e) => e.category === 'political_support').map((x) => `${x.actor_1}>${x.actor_2}`);
  assert.deepEqual(on('China supports the accelerated accession of Belarus to the Shanghai Cooperation Organization as a full member.'), ['CHN>BLR']);
  assert.deepEqual(on('Beijing supports Minsk on its way to the SCO.'), ['CHN>BLR']);
  assert.deepEqual(on("In 2022 China supported Belarus's membership in the SCO."), ['CHN>BLR']);
  assert.deepEqual(on('China supports the entry into force of the treaty.'), []);
  assert.deepEqual(on('China supported the entry of Belarusian dairy products into the Chinese market.'), []);
  assert.deepEqual(on('China supports the accelerated entry of Belarus into the Shanghai Cooperation Organization.'), ['CHN>BLR']);
});

test('an act named as the topic of talks is not done', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2019-07-10').map((x) => `${x.category}/${x.subtype}`);
  assert.ok(on('Belarus has almost completed talks on borrowing $600 million from China, Deputy Finance Minister Andrey Byalkavets said on Monday.').every((x) => !x.startsWith('finance')));
  assert.ok(on('Belarus borrowed $600 million from China, Deputy Finance Minister Andrey Byalkavets said on Monday.').some((x) => x.startsWith('finance')));
  // a day after "talks on" is when they were held, and a clause after "and" is its own: neither is the topic
  assert.ok(on('Xi and Lukashenko held talks on Monday and signed 12 agreements.').some((x) => x.startsWith('agreement')));
  assert.ok(on('Xi and Lukashenko held talks on cooperation and signed 12 agreements.').some((x) => x.startsWith('agreement')));
});

test('an education alliance or consortium of the pair founded or unveiled is an education link', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2022-03-10').filter((e) => e.category === 'cultural').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(on('On December 1, the unveiling ceremony of the China-Belarus (Shandong) Education International Cooperation Alliance was held in Jinan.'), ['education 2021-12-01']);
  assert.deepEqual(on('The China-Belarus university association was established in Minsk in 2019.'), ['education 2019']);
  assert.deepEqual(on('The Belarusian trade union association was founded in 1990.'), []);
  assert.deepEqual(on('China opened new opportunities for Belarusian universities within the Eurasian Economic Union.'), []);
  assert.deepEqual(on('China launched a scholarship programme for students of Belarusian universities in association with the embassy.'), []);
});

test('a name written surname first, set off before a title "of" an institution that names no country, is of its surname\'s country', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2020-01-10').filter((e) => e.category === 'visit').map((x) => `${x.actor_1}>${x.actor_2} ${x.date}`);
  assert.deepEqual(on('From December 7th to 15th, 2019, Tang Yuhong, director of the Foreign Affairs Department of the college, paid a visit to Belarus.'), ['CHN>BLR 2019-12-07']);
  assert.deepEqual(on('In December 2019, Ivan Petrov, director of the Foreign Affairs Department of the college, paid a visit to China.'), []);
});

test('a visit to places listed together goes to the pair\'s one; a place in another person\'s title is not where the attendee went', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners. China and Belarus are friends.\n\n${text}`, '2020-01-10').filter((e) => e.category === 'visit').map((x) => `${x.actor_1}>${x.actor_2} ${x.date}`);
  assert.deepEqual(on('In December 2019, Chinese Vice Premier Hu Chunhua paid a visit to Ukraine and Belarus.'), ['CHN>BLR 2019-12']);
  assert.deepEqual(on('In December 2019, Chinese Vice Premier Hu Chunhua paid visits to Ukraine, Poland and Belarus.'), ['CHN>BLR 2019-12']);
  assert.deepEqual(on('In December 2019, Chinese Vice Premier Hu Chunhua attended and delivered a speech, and Director of the Education Bureau of Vitebsk Region Dmitry Houma spoke online.'), []);
  assert.deepEqual(on('In December 2019, Chinese Vice Premier Hu Chunhua attended the forum in Vitebsk, and spoke there.'), ['CHN>BLR 2019-12']);
  assert.deepEqual(on('In December 2019, Chinese Vice Premier Hu Chunhua attended forums in Kyiv, Warsaw, and Minsk.'), ['CHN>BLR 2019-12']);
  assert.deepEqual(on('In December 2019, Chinese Vice Premier Hu Chunhua paid a visit to Ukraine and Belarus\'s ambassador met him in Kyiv.'), []);
  // "held talks …, and later toured …": the same subject goes on; the place after it is still where he was
  assert.deepEqual(on('In December 2019, Lukashenko held talks with Xi Jinping, and later toured a Huawei plant in Shenzhen.').map((x) => x.replace('CHN>BLR', '').replace('BLR>CHN', 'to China')), ['to China 2019-12']);
});

test('the country right before a giving verb gives, whatever provider noun comes later in the sentence', () => {
  const aid = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2022-03-10').filter((e) => e.category === 'aid').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(aid('Only two years ago China donated about 5 million doses of vaccine, more than 4.5 million was bought by the Belarusian side.'), ['CHN→BLR']);
  assert.deepEqual(aid('In 2020 China has already donated 5 million doses of vaccine to Belarus.'), ['CHN→BLR']);
  // a country that receives stays the recipient
  assert.deepEqual(aid('In 2020 Belarus received 5 million doses of vaccine donated by China.'), ['CHN→BLR']);
  // a country after a preposition is no subject
  assert.deepEqual(aid('The equipment for Belarus donated under a Chinese grant arrived in Minsk on 5 May.'), ['CHN→BLR']);
});

test('a trigger inside a phrase of comparison ("Unlike most trade fairs, …") is no event', () => {
  const fairs = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2010-05-10').filter((e) => e.subtype === 'trade_fair').length;
  assert.equal(fairs('Unlike most trade fairs, the Belarusian pavilion at the Shanghai Expo in China is far more than a display.'), 0);
  assert.equal(fairs('Unlike last year, Belarus took part in the trade fair in Harbin, China, in May.'), 1, 'the phrase ends at its comma');
  // only a generic comparison: a real visit compared with is a visit
  const visits = newsEvents("China and Belarus are partners.\n\nUnlike his 2015 state visit to China, Lukashenko's current trip is a working one.", '2020-06-10').filter((e) => e.category === 'visit' && e.date === '2015');
  assert.equal(visits.length, 1);
});

test('an agreement "between" a third country\'s companies and another is not the pair\'s', () => {
  // the opening of a real report on potash (2023-belarusnau-has-china-turned-its-back-on-lukashenko)
  const lead = readFileSync('sources/articles/2023-belarusnau-has-china-turned-its-back-on-lukashenko.txt', 'utf8').split('\n').slice(0, 5).join('\n');
  const signed = (text: string) => rulesOnlyRecordsFrom(writeArticle('t', `${lead}\n${text}`, { title: 'Has China turned its back on Lukashenko?', published: '2023-06', genre: 'analysis' }), 't').tables.events.filter((e) => e.category === 'agreement' && [e.actor_1, e.actor_2].sort().join() === 'BLR,CHN' && String(e.quote).includes('contract signed'));
  assert.deepEqual(signed('Under the new Sino-Canadian agreement, the potash price is USD 115 per tonne lower than the previous price record for the contract signed between Indian importers and Uralkali at the beginning of April this year.'), []);
  assert.equal(signed('The contract signed between Chinese importers and Belaruskali in April set the price.').length, 1);
});

test('support of a country in its efforts, process or struggle is political support', () => {
  const support = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2016-05-04').filter((e) => e.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(support('China supports Belarus in this difficult process of minimization of the tragedy’s consequences.'), ['CHN→BLR']);
  assert.deepEqual(support('Belarus supported the Chinese people in their fight against the epidemic.'), ['BLR→CHN']);
  assert.deepEqual(support('Belarus supported projects in the region.'), []);
  assert.deepEqual(support('China supports cooperation in the course of building the Great Stone park with Belarus.'), []);
});

test('an act named as a purpose ("for the sake of", "in order to") is not done', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2013-05-10').map((x) => x.category);
  assert.ok(!on('Belarus is trying to borrow $500 million from China for the sake of spending the money on investment projects.').includes('investment'));
  assert.ok(!on('China agreed to lend Belarus $1 billion in order to finance the construction of a joint venture plant in Minsk.').includes('investment'));
  // the main clause after a purpose phrase is an act
  assert.ok(on('In order to boost trade, Belarus and China signed an agreement on economic cooperation on 5 May.').includes('agreement'));
  assert.ok(on('With a view to expanding cooperation, China granted Belarus a loan of $500 million on 5 May.').includes('finance'));
});

test('a date that ends a phrase opened by "since" after the trigger dates that phrase, not the trigger', () => {
  const on = (text: string, published: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category} ${x.date ?? 'undated'}`);
  assert.ok(on("Belarus admires the achievements made by the People's Republic of China since its founding 70 years ago, and supports the joint construction of the Belt and Road, Lukashenko said.", '2019-06-13').every((x) => !x.endsWith('1949')));
  // the phrase's own trigger keeps it, and a since-phrase before the trigger gives where its span starts, as before
  assert.ok(on('Since the establishment of diplomatic relations 20 years ago, trade has grown.', '2012-06-10').includes('diplomatic_relations 1992'));
  assert.ok(on('Since the forum held in Beijing last year, China has provided further support for Belarus.', '2018-05-11').some((x) => x.startsWith('political_support 2017')));
  assert.ok(on('China and Belarus established diplomatic relations 30 years ago.', '2022-06-13').includes('diplomatic_relations 1992'));
  // a verb of its own ends the since-phrase: the date after it is the fact's
  assert.ok(on('Trade between Belarus and China has grown sixfold since 2010 and reached $4 billion in 2019.', '2020-06-10').includes('trade 2019'));
});

test('goods bought from the other side of the pair are trade; from a third country, not the pair\'s', () => {
  const trade = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2022-01-20').filter((e) => e.subtype === 'purchase' && [e.actor_1, e.actor_2].sort().join() === 'BLR,CHN').map((e) => `${e.actor_1}→${e.actor_2} ${e.date}`);
  assert.deepEqual(trade('In 2021, 1.5 million doses were purchased by the Belarusian Health Ministry from China.'), ['BLR→CHN 2021']);
  assert.deepEqual(trade('Belarus bought gas from Russia in May.'), []);
  assert.deepEqual(trade('In 2017, over 3,200 Chinese travelers bought package tours to Belarus, a nearly two-time increase from 2016.'), []);
});

test('"Earlier in the day" is the report\'s own occasion; "had earlier" is before it', () => {
  const on = (text: string) => newsEvents(`Minsk and Chinese company Sinopharm are discussing joint projects, the Belarusian Health Ministry said on Monday.\n\n${text}`, '2023-02-27').filter((e) => e.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date ?? 'undated'}`);
  assert.deepEqual(on('Earlier in the day, Belarusian Health Minister Dmitry Pinevich visited the Sinopharm facility in China, the ministry said.'), ['BLR→CHN 2023-02-27']);
  assert.deepEqual(on('Earlier, Belarusian Health Minister Dmitry Pinevich visited the Sinopharm facility in China, the ministry said.'), []);
  assert.deepEqual(on('Belarusian Health Minister Dmitry Pinevich had earlier on visited the Sinopharm facility in China, the ministry said.'), []);
});

test('a report\'s lead in the perfect is the day\'s news; a perfect later in the text stays undated', () => {
  const dated = (text: string) => newsEvents(text, '2024-08-23').filter((e) => e.category === 'diplomatic_relations').map((x) => x.date ?? 'undated');
  assert.deepEqual(dated('China and Belarus have agreed to strengthen cooperation in trade and security, according to a joint statement.'), ['2024-08-23']);
  assert.deepEqual(dated('Belarus is a partner of China.\n\nChina and Belarus have agreed to strengthen cooperation in trade and security, according to a joint statement.'), ['undated']);
  assert.deepEqual(dated('China and Belarus have already agreed to strengthen cooperation in trade and security, according to a joint statement.'), ['undated']);
});

test('a visit told as "current" is under way on the report\'s day, whatever the clause\'s verb plans', () => {
  const v = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2016-09-29').filter((e) => e.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(v('During the current state visit of the Belarus President to China the two nations plan to sign about 30 documents in all areas.'), ['BLR→CHN 2016-09-29']);
  assert.deepEqual(v('During the state visit of the Belarus President to China the two nations plan to sign about 30 documents in all areas.'), []);
  assert.deepEqual(v('The foreign minister will also be present during the visit of the Belarus President to China.'), []);
});

test('a meeting "between the two heads of state" is the pair\'s talks', () => {
  const talks = (text: string) => newsEvents(`Chinese Premier Li Qiang arrived in Minsk on Thursday for an official visit to Belarus.\n\n${text}`, '2024-08-22').filter((e) => e.subtype === 'talks').map((x) => x.date);
  assert.deepEqual(talks('He added that the meeting between the two heads of state this July provided strategic direction for China-Belarus relations.'), ['2024-07']);
  assert.deepEqual(talks('He added that the two heads of state provided strategic direction for China-Belarus relations.'), []);
});

test('relations that "entered a high level of" strategic partnership are a partnership', () => {
  const p = (text: string) => rulesEvents(text, '2017-05-10').filter((e) => e.subtype === 'partnership').length;
  assert.equal(p('Kobyakov said that the relations of Belarus and China have entered a high level of comprehensive strategic partnership.'), 1);
  assert.equal(p('Kobyakov said that the relations of Belarus and China have entered a new stage.'), 0);
});

test('a park that welcomed a new resident, and companies registered in it, are park residents', () => {
  const r = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2021-05-05').filter((e) => e.subtype === 'park_residents').map((x) => x.date ?? 'undated');
  assert.deepEqual(r('On March 18, the Great Stone China-Belarus industrial park which sits close to Minsk welcomed a new resident company, Novoera Biotech.'), ['2021-03-18']);
  assert.deepEqual(r('Lukashenko highlighted progress at the China-Belarus Industrial Park, where dozens of Chinese companies have registered.'), ['undated']);
  // another park, and companies of no country named
  assert.deepEqual(r('On March 18, the Minsk zoo park welcomed a new resident, a panda from China.'), []);
  assert.deepEqual(r('Lukashenko highlighted progress at the Hi-Tech Park in Minsk, where dozens of IT companies have registered.'), []);
});

test('words told to the other country\'s media organisation, named right after the verb, are a media fact', () => {
  const m = (text: string) => newsEvents(text, '2021-05-05').filter((e) => e.category === 'media').map((x) => [x.actor_1, x.actor_2].sort().join());
  assert.deepEqual(m('"Traditional Chinese medicine has proved to be effective," Belarusian Ambassador to China Yuri Senko has told Xinhua.'), ['BLR,CHN']);
  // its own country's media, or no media right after the verb
  assert.deepEqual(m('Chinese Ambassador Cui Qiming told Xinhua that the visit to Belarus went well.'), []);
  assert.deepEqual(m('Lukashenko told Xi Jinping that Belarus is a friend of China, Xinhua reported.'), []);
  assert.deepEqual(m('Lukashenko, after meeting Xi Jinping in Beijing, told BelTA that relations with China are excellent.'), []);
});

test('a leader meeting the other country\'s media is a media fact, also after a quote with a future in it', () => {
  const m = (text: string) => newsEvents(text, '2017-05-05').filter((e) => e.category === 'media').map((x) => `${[x.actor_1, x.actor_2].sort().join()} ${x.date}`);
  assert.deepEqual(m('China will not find any closer European country than Belarus, said on May 4 the Belarusian President meeting with representatives of Chinese central and regional media.'), ['BLR,CHN 2017-05-04']);
  assert.deepEqual(m('China will not find any closer European country than Belarus, said on May 4 the Belarusian President meeting with Chinese Vice Premier Wang Yang.'), []);
});

test('a country that allows the other\'s producers to export to it gives market access', () => {
  const a = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2018-04-25').filter((e) => e.subtype === 'market_access').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(a('After inspections the Chinese side has decided to authorize five Belarusian poultry farms to supply poultry meat to China.'), ['BLR→CHN']);
  assert.deepEqual(a('China has allowed three Belarusian dairy companies to export milk powder to its market.'), ['BLR→CHN']);
  assert.deepEqual(a('China has allowed Belarusian tourists to enter without visas.'), []);
  assert.deepEqual(a('The Belarusian government has allowed state companies to export grain.'), []);
});

test('joint exercises under way "through" a later day are dated by the report\'s day, not the year before', () => {
  const x = (text: string) => newsEvents(text, '2024-07-09').filter((e) => e.subtype === 'joint_exercise').map((e) => e.date);
  assert.deepEqual(x('China and Belarus are conducting joint military exercises near the Polish border through July 19, the ministry said on Monday.'), ['2024-07-08']);
  // talks about exercises are no exercise
  assert.deepEqual(x('Belarusian and Chinese defence ministers are holding talks in Minsk on joint military exercises, the ministry said on Monday.'), []);
});

test('a car that rolled off the conveyor starts production', () => {
  const x = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2017-11-20').filter((e) => e.category === 'investment').map((e) => `${e.subtype} ${e.date}`);
  assert.deepEqual(x('On 17 November, the first Belarus-made car Geely Atlas rolled off the conveyor belt at the Chinese-Belarusian BelGee plant.'), ['production_started 2017-11-17']);
  assert.deepEqual(x('On 17 November, the first Belarus-made car Geely Atlas rolled off the ferry at the Chinese-Belarusian BelGee plant.'), []);
});

test('a delegation "of X to" a country comes from X, not from the country it went to', () => {
  const v = (text: string) => newsEvents(`Grodno and Xinjiang universities cooperate.\n\n${text}`, '2025-05-14').filter((e) => e.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(v('This was the main outcome of the talks held within the framework of the visit of the delegation of YKSUG to the People\'s Republic of China.'), []);
  assert.deepEqual(v('The rector of Xinjiang University met with a delegation from Belarus on Monday.'), ['BLR→CHN']);
});

test('a day written with an abbreviated month ("Sept. 15, 2022") is a day, and a pair meeting in a third country held talks', () => {
  const text = 'Lukashenko will visit China.\n\nOn Sept. 15, 2022, Chinese President Xi Jinping and Lukashenko met in Samarkand, Uzbekistan, on the sidelines of the SCO summit. The two heads of state decided to elevate bilateral relations to the level of an all-weather comprehensive strategic partnership.';
  const e = newsEvents(text, '2023-02-24').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${[x.actor_1, x.actor_2].sort().join()} ${x.date}`).sort();
  assert.deepEqual(e, ['partnership BLR,CHN 2022-09-15', 'talks BLR,CHN 2022-09-15']);
  // the pair meeting in the home of one of them is the other's visit, as before
  const v = newsEvents('China and Belarus are partners.\n\nOn May 4, Xi Jinping and Lukashenko met in Beijing.', '2023-05-24').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(v, ['BLR→CHN']);
});

test('a caption\'s date after "ahead of his visit to China in Minsk," dates the interview, not the visit', () => {
  const v = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2023-02-25').filter((x) => x.category === 'visit').length;
  assert.equal(v('Belarusian President Alexander Lukashenko speaks during an exclusive interview with Xinhua ahead of his visit to China in Minsk, Belarus, Feb. 23, 2023.'), 0);
  // a date written with the visit still makes it past
  assert.equal(v('Lukashenko gave an interview ahead of his visit to China on Feb. 23, 2023.'), 1);
});

test('a weekday with a day and month tells the year: the coming Friday is a plan', () => {
  const m = (text: string, published: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, published).filter((x) => x.category === 'media').map((x) => x.date);
  // published Thursday 21 August 2025: Friday, August 22 is the next day
  assert.deepEqual(m('On Friday, August 22, the President of Belarus gives an interview to the Chinese media corporation CGTN.', '2025-08-21'), []);
  // published a week later, the same words are past
  assert.deepEqual(m('On Friday, August 22, the President of Belarus gave an interview to the Chinese media corporation CGTN.', '2025-08-28'), ['2025-08-22']);
});

test('a headline\'s "<subject> to <verb>" is news still to come', () => {
  const m = (text: string) => newsEvents(text, '2025-08-21').filter((x) => x.category === 'media').length;
  assert.equal(m('President of Belarus to give interview to Chinese media corporation on August 22\n\nThe interview is expected to air soon.'), 0);
  assert.equal(m('President of Belarus gave interview to Chinese media corporation on August 20\n\nThe interview is expected to air soon.'), 1);
});

test('a "China-aided" project is China\'s aid, and a Chinese vaccine is given by China', () => {
  const a = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2025-06-08').filter((x) => x.category === 'aid').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(a('The friendly took place at the Belarus National Football Stadium, a China-aided project that was inaugurated on June 7.'), ['CHN→BLR']);
  assert.deepEqual(a('A Belarusian aircraft arrived at the Minsk National Airport on Friday, bringing humanitarian cargo - 2 million doses of the Chinese vaccine.'), ['CHN→BLR']);
});

test('"his first visit to Beijing since he won the election in January" is the report\'s visit, not one of January', () => {
  const v = (text: string) => newsEvents(`Xi Jinping met Lukashenko on Wednesday.\n\n${text}`, '2025-06-04').filter((x) => x.category === 'visit').map((x) => x.date);
  assert.deepEqual(v('Lukashenko made his first visit to Beijing since he won the presidential election in January.'), ['2025-06-04']);
  // a first visit recalled is still undated (dropped)
  assert.deepEqual(v('Lukashenko made his first visit to Beijing when he was a member of parliament.'), []);
});

test('talks held with a resident ambassador stand when the visit read on the same words is dropped', () => {
  const e = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2014-06-09').map((x) => `${x.category}/${x.subtype}`);
  assert.deepEqual(e('Belarusian Foreign Minister Vladimir Makei held talks with Chinese Ambassador Cui Qiming on Monday.'), ['diplomatic_relations/talks']);
  assert.deepEqual(e('Lukashenko held talks with Xi Jinping in Beijing on Monday.'), ['visit/official_visit']);
});

test('a sum another money noun has in its own stretch is not a loan\'s', () => {
  const f = (text: string) => {
    const t = rulesOnlyRecordsOf(`China and Belarus are partners.\n\n${text}`, '2015-05-13').tables;
    return t.events.map((e) => `${e.category} ${t.finance.find((x) => x.event_id === e.event_id)?.amount_usd ?? ''}`.trim());
  };
  assert.deepEqual(f('It is characterised by the dominance of Chinese tie-in loans, the low level of Chinese direct investments (only US$95 million in 2012–2013) and a trade deficit.'), ['investment 95000000']);
  assert.deepEqual(f('China granted Belarus loans, worth US$95 million in 2013.'), ['finance 95000000']);
});

test('a Chinese carmaker named only by its name opens a plant in Belarus; an opening ceremony of pilot production starts production', () => {
  const i = (text: string, published: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, published).filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(i('Geely opened a new plant in Belarus on 17 November 2017.', '2017-11-20'), ['facility CHN→BLR 2017-11-17']);
  assert.deepEqual(i('The Opening Ceremony of Pilot Production of the Weichai-Maz Project was held in the China-Belarus Industrial Park on 18th, November 2018.', '2018-11-23'), ['production_started CHN→BLR 2018-11-18']);
});

test('troops that joined the other country\'s forces for an exercise visited it', () => {
  const v = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2024-07-11').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(v('On Wednesday, Chinese troops joined Belarusian forces for major military exercises near Brest.'), ['CHN→BLR']);
  assert.deepEqual(v('On Wednesday, Chinese troops joined Belarusian forces in criticising the sanctions.'), []);
});

test('a park that "has introduced" investment projects, or that companies "joined", hosts the investment', () => {
  const i = (text: string) => newsEvents(`China and Belarus are partners in the Great Stone park.\n\n${text}`, '2023-12-01').filter((x) => x.category === 'investment').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(i('Up to now, the Park has introduced a total of 60 investment projects, with a contract investment of nearly 1.2 billion USD.'), ['CHN→BLR']);
  // (The count of companies that joined and their declared investment: each CHN→BLR.)
  const joined = i('During 2023, twenty-three new companies have joined the Park with a declared investment volume of $117m.');
  assert.ok(joined.length >= 1 && joined.every((x) => x === 'CHN→BLR'), JSON.stringify(joined));
});

test('a report\'s lead that a plant "has opened" dates it by the news day', () => {
  const i = (text: string) => newsEvents(text, '2017-11-17').filter((x) => x.category === 'investment').map((x) => x.date ?? 'undated');
  assert.deepEqual(i('Geely news\n\nThe Chinese car manufacturer Geely has opened a new plant in Belarus, the company said.'), ['2017-11-17']);
  // further down it stays undated
  assert.deepEqual(i('Geely news\n\nBelarus and China are partners.\n\nThe Chinese car manufacturer Geely has opened a new plant in Belarus, the company said.'), ['undated']);
});

test('"a meeting in Minsk between" the two people of the pair is the visit of the one from elsewhere; "defense chief" is a title', () => {
  const e = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2024-07-11').filter((x) => x.category === 'visit' || x.category === 'diplomatic_relations').map((x) => `${x.category} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(e('The drills were prepared last August, following a meeting in Minsk between China’s then-defense chief Li Shangfu and Belarusian President Alexander Lukashenko.'), ['visit CHN→BLR 2023-08']);
  assert.deepEqual(e('Last week a meeting between Chinese Premier Li Qiang and Belarusian Prime Minister Roman Golovchenko took place.').map((x) => x.split(' ')[0]), ['diplomatic_relations']);
  // two people of one country are no visit
  assert.deepEqual(e('The drills were prepared last August, following a meeting in Minsk between Belarusian Prime Minister Roman Golovchenko and Alexander Lukashenko.').filter((x) => x.startsWith('visit')), []);
});

test('a date after ", and" a subject with a participle of its own is that phrase\'s', () => {
  const v = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2024-07-11').filter((x) => x.category === 'visit').map((x) => x.date ?? 'undated');
  assert.deepEqual(v('There have been examples, such as Belarusian troops traveling to China for bilateral exercises, and both countries taking part in the Vostok exercises in August 2022.'), ['undated']);
  assert.deepEqual(v('Belarusian troops travelled to China for bilateral exercises in August 2022.'), ['2022-08']);
});

test('goods "acquired from" a company of the other country are a purchase; a company that "owns a stake" is an investment', () => {
  const e = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2016-12-13').map((x) => `${x.category}/${x.subtype}`);
  assert.deepEqual(e('Belarus Railway acquired 18 electric locomotives from Datong Electric Locomotive Building Plant, the agency reports.'), ['trade/purchase']);
  assert.deepEqual(e('Belarus Railway acquired a 20% share of a company from Datong, the agency reports.').filter((x) => x === 'trade/purchase'), []);
  assert.deepEqual(e('In Belarus, the Chinese company CAMCE owns a stake in the Industrial Park Development Company.'), ['investment/stake']);
});

test('"the anniversary of the establishment of diplomatic relations" with no count names the founding without dating it', () => {
  const r = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2021-01-29').filter((x) => x.subtype === 'relations_established').map((x) => x.date);
  assert.deepEqual(r('The heads of state exchanged congratulations on the occasion of the anniversary of the establishment of diplomatic relations between Belarus and China (this topic was the leitmotif of today’s conversation).'), []);
  assert.deepEqual(r('Today marks the 29th anniversary of the establishment of diplomatic relations between Belarus and China.'), ['1992-01-29']);
});

test('an organisation named as the source of a figure ("according to information from the … Ministry of Finance") is not the lender', () => {
  const l = (text: string) => {
    const t = rulesOnlyRecordsOf(`China and Belarus are partners.\n\n${text}`, '2015-05-13').tables;
    return t.finance.map((x) => x.lender ?? '');
  };
  assert.deepEqual(l('On 10 May 2015 China granted Belarus loans worth US$3.5 billion (according to information from the Belarusian Ministry of Finance).'), ['']);
  assert.deepEqual(l('On 10 May 2015 Belarus received loans worth US$3.5 billion from the Export-Import Bank of China.'), ['Export-Import Bank of China']);
});

test('a month written with a comma before its day ("on August, 31 1997", "(July, 31 2002)", "In June, 4-7") is that day', () => {
  const on = (text: string, published: string, genre = 'news') => rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Test article', published, genre }), 't').tables.events.map((x) => `${x.category} ${x.date}${x.end_date ? '..' + x.end_date : ''}`);
  const chronology = on('Minsk and Beijing are twin regions.\n\nA protocol of intent was signed between Minsk and Beijing on September, 12 1998.\n\nAn agreement on trade cooperation was concluded between the Minsk City Executive Committee and the Beijing government (October, 5 2003).', '2008-01-01', 'chronology');
  assert.ok(chronology.includes('agreement 1998-09-12') && chronology.includes('agreement 2003-10-05'), chronology.join());
  assert.deepEqual(on('China and Belarus are partners.\n\nIn May, 12-15 a delegation of Harbin led by its mayor visited Minsk.', '2009-06-01'), ['visit 2009-05-12..2009-05-15']);
});

test('"should", "is supposed to" and "desires" make what follows a plan or a wish, also after an event noun heading its clause with a sum before it', () => {
  const e = newsEvents('China and Belarus are partners.\n\nAt least $2bn of direct Chinese investments should be attracted by 2020.\n\nThe opening ceremony of the Confucius Institute at the university is supposed to be held in November.\n\nMinsk desires Chinese support, such as loans worth $1 billion.', '2017-09-01');
  assert.deepEqual(e.map((x) => x.category), [], JSON.stringify(e));
});

test('"built with Chinese support" is China\'s aid; "the production of … was officially launched" is production started; a visit to a ceremony with no place named is no visit abroad', () => {
  const on = (text: string, published: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('The stadium, built with Chinese support, opened in Minsk on 7 June 2025.', '2025-06-09'), ['aid/aid 2025-06-07 CHN→BLR']);
  assert.deepEqual(on('On 3 March 2021, the production of tractors was officially launched at a joint Belarusian-Chinese enterprise in Minsk.', '2021-03-04'), ['investment/production_started 2021-03-03 CHN→BLR']);
  assert.ok(!on('On 3 March 2021 the Belarusian Prime Minister Roman Golovchenko visited the solemn starting ceremony of the plant.', '2021-03-04').some((x) => x.startsWith('visit/')));
});

test('a trade or investment change the report states on its day is a figure of that year; investment that "grew by 60 times" is a change', () => {
  const e = newsEvents('China and Belarus are partners.\n\nThe minister spoke at a forum in Minsk on 2 July. Over the course of ten years Belarus-China trade rose by 2.7 times, and China\'s investments in Belarus grew by 60 times.', '2019-07-03');
  assert.deepEqual(e.map((x) => `${x.category}/${x.subtype} ${x.date}`).sort(), ['investment/investment_growth 2019', 'trade/trade_growth 2019']);
});

test('money named after "to" following the trigger is received there, whatever provider\'s noun comes with it; a swap between the pair is China\'s also where other countries are named more', () => {
  const on = (text: string, published: string) => newsEvents(text, published).filter((x) => x.category === 'finance').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('China and Belarus are partners.\n\nOn 2 July 2019 China extended $1 billion in low-interest loans to two Belarusian banks.', '2019-07-29'), ['loan CHN→BLR']);
  assert.deepEqual(on('China and Belarus are partners, and Russia and Ukraine are neighbours of Belarus. Russia and Ukraine trade with Belarus.\n\nBelarus has agreed to a three-year currency swap with China worth 20 billion yuan.', '2009-07-29'), ['currency_swap CHN→BLR']);
});

test('one source\'s undated mention of a sum it dates elsewhere, of the same kind between the same sides, is that fact', () => {
  const text = 'Some $500m already invested in China-Belarus industrial park Great Stone construction\n\nAbout $500 million has already been invested in the construction of the China-Belarus industrial park Great Stone.\n\nBelarusian Economy Minister Dmitry Krutoi made the statement during a forum in the park on 2 July.';
  const r = recordsFrom(writeArticle('t', text, { title: 'Test article', published: '2019-07-03', genre: 'news' }), 't');
  const inv = r.tables.events.filter((x) => x.category === 'investment');
  assert.equal(inv.length, 1, JSON.stringify(inv));
  assert.equal(inv[0].date, '2019-07-02');
});

test('ambassadors appointed "– to" a country, a "Program of actions" signed, and joining the other\'s initiative are facts of the pair', () => {
  const e = newsEvents('China and Belarus are partners.\n\nIn July 2016, President Lukashenko appointed two new ambassadors – to China and to Georgia.\n\nOn 5 June 2007 the mayors of Minsk and Changchun signed the Program of actions on cooperation.\n\nIn 2015 Belarus joined China\'s Belt and Road initiative.', '2017-01-01');
  assert.deepEqual(e.map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`), [
    'diplomatic_relations/ambassador_appointed 2016-07 BLR→CHN',
    'agreement/agreements_signed 2007-06-05 BLR→CHN',
    'political_support/participation 2015 BLR→CHN',
  ]);
});

test('a receiving verb turns a direction only when its subject was read as the giver; "expects to" is a forecast; what "discussions on" name is their topic; a "from" past a comma is another noun\'s', () => {
  const on = (text: string, published: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('On 3 March 2019 Belarus received from China a loan worth $500 million.\n\nBelarus expects to receive a loan worth $300 million later in 2019.\n\nOn 4 March 2019 Belarus was advancing discussions on 15 major investment projects with China, totaling $3 billion.', '2019-03-05'), ['finance/loan 2019-03-03 CHN→BLR']);
  assert.deepEqual(on('On 3 April 2020 masks and gloves were donated by 20 Chinese-funded enterprises in Belarus, as well as some charitable donations from Belarusian enterprises.', '2020-04-05'), ['aid/donation 2020-04-03 CHN→BLR']);
  // A plan's "expects to" does not reach past a conjunction that opens a clause of its own.
  assert.deepEqual(on('Belarus expects to attract more Chinese tourists as the countries signed a memorandum in Beijing on Friday.', '2018-01-13'), ['agreement/agreements_signed 2018-01-12 BLR→CHN']);
});

test('a delegation named by where it comes from that visits "the university" travelled abroad; "during the meeting" takes the date the text gave the meeting', () => {
  const on = (text: string, published: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('On June 18, a delegation from Jiangxi University visited the university.', '2024-06-20').includes('visit/official_visit 2024-06-18 CHN→BLR'));
  assert.deepEqual(on('On December 6, the council meeting of the Confucius Institute at Gomel State University was held in Nanjing.\n\nThe members reviewed the year. During the meeting, a joint doctoral training agreement was signed.', '2018-12-20'), ['agreement/agreements_signed 2018-12-06 BLR→CHN']);
  // The occasion's own noun is a reference back, not a second fact.
  assert.deepEqual(on('On Thursday, March 2, Alexander Lukashenko\'s three-day visit to China ended.\n\nThe minister said that the economic effect of the agreements reached during the visit is estimated at more than $3.5 billion.', '2023-03-04').filter((x) => x.startsWith('visit/')), ['visit/official_visit 2023-03-02 BLR→CHN']);
});

test('a plant or park named by who paid for or built it ("a Chinese-funded battery factory", "the first Chinese-built power station") is that country\'s investment', () => {
  const e = rulesEvents('China and Belarus are partners.\n\nProtests against a Chinese-funded battery factory in Brest continued in 2019.\n\nIn 2015, the first Chinese-built power station near Grodno was opened.', '2019-06-01');
  assert.deepEqual(e.filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`), ['facility 2019 CHN→BLR', 'facility 2015 CHN→BLR']);
});

test('aid named with its giver or its sum is aid, and each money noun of a list keeps the sum nearest it', () => {
  const on = (text: string, published: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  const e = on('In March 2010 Belarus publicised a loan for $1 billion and aid from China worth $60 million.', '2010-03-31');
  assert.deepEqual(e.sort(), ['aid/aid 2010-03 CHN→BLR', 'finance/loan 2010-03 CHN→BLR']);
  const r = rulesOnlyRecordsFrom(writeArticle('t', 'China and Belarus are partners.\n\nIn March 2010 Belarus publicised a loan for $1 billion and aid from China worth $60 million.', { title: 'Test article', published: '2010-03-31', genre: 'news' }), 't');
  assert.deepEqual(r.tables.finance.map((f) => `${f.type} ${f.amount}`).sort(), ['aid 60000000', 'loan 1000000000']);
  assert.deepEqual(on('In 2009 China gave Belarus $5 million in humanitarian aid.', '2010-03-31'), ['aid/aid 2009 CHN→BLR']);
});

test('money to a country the headline names beside the pair stays that country\'s, not the paragraph\'s last direction', () => {
  const text = 'China discusses nuclear with Belarus, Pakistan\n\nEarlier this month China\'s Vice President met Belarusian President Alexander Lukashenko in Minsk.\n\nBelarus publicised a range of contracts worth some $3.4 billion, as well as a loan for $1 billion and aid from China worth $60 million.\n\nAccording to Pakistani media, China has also signed a new deal to construct two reactors. A detailed report in the Daily Times said China had agreed a low-interest loan to Pakistan for 82% of the $1.912 billion cost of two units.';
  const r = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'China discusses nuclear with Belarus, Pakistan', published: '2010-03-31', genre: 'news' }), 't');
  assert.deepEqual(r.tables.events.filter((x) => x.category === 'finance').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2}`), ['loan CHN→BLR', 'preferential_loan CHN→PAK']);
});

test('"between China and Russia" after a trigger makes the fact a third country\'s; a document signed "with the SCO" is none of the pair\'s', () => {
  const e = newsEvents('China and Belarus are partners.\n\nOn 15 May 2024 they attended the opening of the 75th Anniversary of the Establishment of Diplomatic Relations between China and Russia.\n\nOn 16 May 2024 Belarus signed the memorandum of commitment with the SCO.', '2024-05-30');
  assert.deepEqual(e.map((x) => `${x.category}/${x.subtype}`), []);
});

test('a centre named by one country\'s adjective opened in the other is a cultural institute, one fact with the headline that announces it', () => {
  const text = ' date 2024-08-29 Chinese Book Center launched at National Library of Belarus\n\nThe Chinese Book Center at the National Library of Belarus was established in Minsk on Wednesday.';
  const r = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Chinese Book Center launched at National Library of Belarus', published: '2024-08-29', genre: 'news' }), 't');
  assert.deepEqual(r.tables.events.map((x) => `${x.category}/${x.subtype} ${x.date}`), ['cultural/institute 2024-08-28']);
  assert.deepEqual(rulesEvents('China and Belarus are partners.\n\nThe Chinese trade center was opened in Minsk in 2019.', '2020-01-01').map((x) => x.category), []);
});

test('a delegation led "to visit", or whose own words name no country, visits the pair\'s country named after it; a headline takes the date of the body\'s news', () => {
  const on = (text: string, published: string) => newsEvents(text, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('China and Belarus are partners.\n\nIn August 2016 the vice-president of XJTU headed a delegation of XJTU to visit the Republic of Belarus.', '2016-09-03'), ['visit/official_visit 2016-08 CHN→BLR']);
  assert.deepEqual(on('China and Belarus are partners.\n\nThe minister will head a delegation to visit China.', '2016-09-03'), []);
  const text = 'The delegation of XJTU visited the Republic of Belarus\n\nOn August 3, 2016 a delegation of XJTU visited the Republic of Belarus and China\'s Hong Kong.';
  const r = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'The delegation of XJTU visited the Republic of Belarus', published: '2016-09-03', genre: 'culture-education' }), 't');
  assert.deepEqual(r.tables.events.map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`), ['visit 2016-08-03 CHN→BLR']);
});

test('a delegation "is participating in" a forum abroad visits; a report\'s lead dated to the day, months before publication, dates the undated news after it', () => {
  const on = (text: string, published: string, genre = 'news') => rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Test article', published, genre }), 't').tables.events.map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('China and Belarus are partners.\n\nOn May 22, a delegation from Gomel State University is participating in the Second Forum held at Dalian Polytechnic University (Dalian, China).', '2024-05-22').includes('visit/official_visit 2024-05-22 BLR→CHN'));
  const e = on('On October 1, 2024 a delegation of Wuhan Textile University (China) visited Belarusian State Technological University.\n\nThe university and the Chinese company Pinnuo signed a cooperation agreement.', '2024-12-06', 'culture-education');
  assert.ok(e.some((x) => x.startsWith('agreement/agreements_signed 2024-10-01')), e.join('; '));
});

test('a trigger word in a body\'s name ("the Fund for support of …") is no event; "suggested establishing" is a proposal', () => {
  const on = (text: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, '2020-12-08').map((x) => `${x.category}/${x.subtype}`);
  assert.deepEqual(on('In 2020 the university signed up students with the Fund for support of talented students of the People\'s Republic of China.').filter((x) => x.startsWith('political_support')), []);
  assert.deepEqual(on('In 2020 the Chinese partners suggested establishing twinning relations with the customs of Tianjin.'), []);
});

test('a date whose comma lost its space ("On September 15th,2022,Xi Jinping …") is that day', () => {
  const e = newsEvents('China and Belarus are partners.\n\nOn September 15th,2022,Xi Jinping,President of the People’s Republic of China,and Alexander Lukashenko,President of the Republic of Belarus met on the sidelines of the summit in Samarkand.', '2022-11-07');
  assert.deepEqual(e.map((x) => `${x.category}/${x.subtype} ${x.date}`), ['diplomatic_relations/talks 2022-09-15']);
});

test('a date in a clause opened by "Since" does not date the main clause\'s rank, which "has become" a state of the publication year; money "in Kazakhstan – Belarus\' ally" is Kazakhstan\'s', () => {
  const on = (text: string, published: string) => newsEvents(`China and Belarus are partners.\n\n${text}`, published).map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('Since the two countries established diplomatic relations 20 years ago, China has become Belarus\' fourth largest trading partner in the world.', '2012-08-23').includes('trade/trade_partner_rank 2012 BLR→CHN'));
  assert.deepEqual(on('For comparison, in 2023 China invested $1.7 billion in Kazakhstan – Belarus’ ally in the Collective Security Treaty Organization.', '2024-05-01').filter((x) => x.startsWith('investment')), []);
});

test('an analysis recalls the past, but its lead tells the news of the day the text gives', () => {
  const text = 'China and Belarus are partners.\n\nAs Western attention focused on Russia, Belarusian ruler Alyaksandr Lukashenka embarked on a three-day state visit to Beijing.\n\nArriving on February 28, the trip represents an opportunity for Lukashenka to court Chinese investment.';
  const r = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Test article', published: '2023-03-07', genre: 'analysis' }), 't');
  assert.deepEqual(r.tables.events.filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`), ['2023-02-28 BLR→CHN']);
});

test('construction of a park whose name joins the two countries with an en dash began', () => {
  const e = newsEvents('China and Belarus are partners.\n\nConstruction of the China–Belarus Industrial Park began in 2014.', '2022-01-01');
  assert.deepEqual(e.map((x) => `${x.category}/${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`), ['investment/construction_started 2014 CHN→BLR']);
});

test('each country of a subject list votes, the resolution\'s country is the other party; a body named before holds for the vote; a body\'s own vote and a passive vote are no country\'s', () => {
  const on = (text: string) => rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Test article', published: '2023-07-20', genre: 'analysis' }), 't').tables.events.filter((x) => x.category === 'un_vote').map((x) => `${x.actor_1}→${x.actor_2}`);
  const opening = 'During the 53rd session of the UN Human Rights Council, a resolution on the human rights situation in Belarus was deliberated and voted upon.\n\nThe resolution prolongs the mandate of the Special Rapporteur on Belarus.';
  // The vote's sentence names no body of its own; the list's countries each voted, against a resolution on Belarus.
  assert.deepEqual(on(`${opening}\n\nBolivia, China, Cuba, Eritrea, Kazakhstan, Vietnam voted against the resolution.`).sort(), ['BOL→BLR', 'CHN→BLR', 'CUB→BLR', 'ERI→BLR', 'KAZ→BLR', 'VNM→BLR']);
  assert.deepEqual(on(`${opening}\n\nOnly six countries, 6 voted "against" (Bolivia, China, Venezuela) and 18 abstained.`).sort(), ['BOL→BLR', 'CHN→BLR', 'VEN→BLR']);
  assert.deepEqual(on('At its fiftieth session the UN Human Rights Council considered a resolution on the human rights situation in Belarus and voted on it.'), []);
  // A national body's vote in a text that named the UN before is not a UN vote.
  assert.deepEqual(on(`${opening}\n\nIn Minsk the parliament of Belarus voted against the resolution on China.`), []);
});

test('a project both sides "agreed to construct" is their agreement, one side\'s is its aid', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties. Chinese President Xi Jinping met Belarusian President Lukashenko in Beijing on 3 May 2019.\n\n${text}`, '2019-06-01').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('In 2010 the two countries agreed to construct an industrial park near Minsk.').includes('agreement/agreements_signed 2010'));
  assert.ok(on('In 2010 China and Belarus agreed to build an industrial park near Minsk.').includes('agreement/agreements_signed 2010'));
  assert.ok(on('In 2010 China agreed to build a power plant in Belarus.').includes('aid/project 2010'));
});

test('a leader "in talks with" the host in the host\'s capital, named after the comma, visited; of two leaders touring a place in one\'s country, the other visited', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2023-06-01').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('On 1 March 2023, in talks with President Xi Jinping in Beijing, Lukashenko said the meeting was important.'), ['2023-03-01 BLR→CHN']);
  assert.deepEqual(on('On 1 March 2023, in talks with President Xi Jinping, Lukashenko said the meeting was important.'), []);
  assert.deepEqual(on('On 12 May 2015, Chinese President Xi Jinping and Belarusian President Lukashenko inspected the China-Belarus Industrial Park.'), ['2015-05-12 CHN→BLR']);
  assert.deepEqual(on('On 12 May 2015, Belarusian President Lukashenko inspected the China-Belarus Industrial Park.'), []);
});

test('confidence that a country will maintain its stability is support for it; confidence that trade will grow is not', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2021-06-01').filter((x) => x.category === 'political_support').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('On 5 May 2021 China expressed confidence that Belarus will be able to maintain political stability and social tranquility.'), ['2021-05-05 CHN→BLR']);
  assert.deepEqual(on('On 5 May 2021 the minister expressed confidence that trade between Belarus and China will grow.'), []);
});

test('money between a focus country and one its headline names keeps the pair\'s firm provider ("Belarus … with China to receive a $500-million loan", in a report naming Russia most)', () => {
  const text = 'Belarus gets $500-million loan from China\n\nBelarus has reached an agreement with China to receive a $500-million loan, officials said Monday.\n\nBelarus relies on cheap Russian energy and loans, but Moscow has raised energy prices. Russian officials say Minsk should accept closer integration with Russia. Russia is its main ally.';
  const r = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Belarus gets $500-million loan from China', published: '2019-12-16', genre: 'news' }), 't');
  assert.deepEqual(r.tables.events.filter((x) => x.category === 'finance').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`), ['2019-12-16 CHN→BLR']);
});

test('a report\'s present-tense "welcomes … to Beijing" is the day\'s visit; a welcome ceremony of two leaders in one\'s capital is the other\'s visit; a visit "after last visiting in December 2023" is a second one', () => {
  const on = (text: string, published = '2023-12-04') => newsEvents(`Belarus and China have close ties.\n\n${text}`, published).filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('Xi Jinping welcomes President Alexander Lukashenko of Belarus to Beijing.'), ['2023-12-04 BLR→CHN']);
  assert.deepEqual(on('FILE PHOTO: Chinese President Xi Jinping and Belarusian President Alexander Lukashenko review the honour guard during a welcome ceremony at the Great Hall of the People in Beijing, China March 1, 2023.'), ['2023-03-01 BLR→CHN']);
  assert.deepEqual(on('Lukashenko arrived in Beijing on Monday.\n\nHe is in China for a three-day state visit this week after last visiting in December 2023.', '2025-06-04').sort(), ['2023-12 BLR→CHN', '2025-06-02 BLR→CHN']);
});

test('an "import partner" rank, construction a project "commenced", a joint training "completed", a contest held', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2023-12-04').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.ok(on('China was Belarus\' second-largest import partner in 2021, according to UN data.').includes('trade/trade_partner_rank 2021'));
  assert.ok(on('On April 15, 2017, Zoomlion\'s China Belarus Industrial Park project officially commenced construction.').includes('investment/construction_started 2017-04-15'));
  assert.ok(on('In July 2017 the special forces of Belarus and the People\'s Police of China completed the joint training.').includes('diplomatic_relations/joint_exercise 2017-07'));
  assert.deepEqual(on('In May 2019 students of Belarus and China completed a joint training programme in Minsk.'), []);
  assert.ok(on('On 11 May 2019 the national round of the Chinese Bridge contest was held at the Belarusian State University in Minsk.').includes('cultural/contest 2019-05-11'));
  assert.deepEqual(on('In 2019 the tender competition for the Chinese contractor in Minsk was held.'), []);
});

test('a clause that signs a document about sister cities tells one fact, the signing; agreements "between Chinese and foreign" firms are no fact of the pair', () => {
  const on = (text: string) => newsEvents(`Minsk and Beijing are partners.\n\n${text}`, '2016-06-23').map((x) => `${x.category}/${x.subtype} ${x.date}`);
  assert.deepEqual(on('In April 2016, an agreement was signed on the sister city relationship between Minsk and Beijing.'), ['agreement/agreements_signed 2016-04']);
  assert.deepEqual(on('On June 22, 2016, in the Town Hall, the sister cities Minsk and Beijing signed a memorandum.'), ['agreement/agreements_signed 2016-06-22']);
  assert.deepEqual(on('In 2016 the zone in Qingdao hosted the Belarusian Vitebsk Free Economic Zone, as well as the signing of a series of cooperation agreements between Chinese and foreign chambers of commerce.').filter((x) => x.startsWith('agreement')), []);
});

test('a visit whose only place named is in the visitor\'s own country is at home, whatever institution of the other it went to', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2019-06-01').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('On 30 April 2019 representatives of Mozyr State Pedagogical University visited the Confucius Institute at Gomel State University.'), []);
  assert.deepEqual(on('On 30 April 2019 Chinese Ambassador Cui Qiming visited Gomel State University.'), ['2019-04-30 CHN→BLR']);
});

test('an exchange of visits is a visit each way; a habit or a wish to exchange visits is none, nor a party\'s exchange', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2015-10-01').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`).sort();
  assert.deepEqual(on('The leaders of the two countries exchanged visits this year, said Chinese Ambassador to Belarus Cui Qiming.'), ['2015 BLR→CHN', '2015 CHN→BLR']);
  assert.deepEqual(on('The successful exchange of visits between President Jiang Zemin and President Alexander Lukashenko in 2001 gave a new impetus to ties.'), ['2001 BLR→CHN', '2001 CHN→BLR']);
  assert.deepEqual(on('The heads of state annually exchange visits and hold bilateral meetings.'), []);
  assert.deepEqual(on('The two countries have regularly exchanged high-level visits.'), []);
  assert.deepEqual(on('In recent years, exchanges of visits by top Chinese and Belarusian leaders have become more frequent.'), []);
  assert.deepEqual(on('The countries exchanged high-level visits to further bilateral cooperation, the minister said.'), []);
  assert.deepEqual(on('We are interested in organizing mutual visits of parliamentary delegations, Lukashenko told Li Zhanshu.'), []);
});

test('China\'s epithets in news ("the Celestial Empire", "the Middle Kingdom") name it', () => {
  // Three countries in the lead: a visit to a place the tables do not know goes to the last one named (Russia), not China.
  const on = (text: string) => newsEvents(`Belarus, China and Russia have close ties.\n\n${text}`, '2023-03-01').map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('He recalls with particular warmth his visit to the Celestial Empire during the Summer Olympic Games in 2008, Lukashenko wrote.'), ['visit 2008 BLR→CHN']);
  assert.deepEqual(on('In 2008 Lukashenko visited the Middle Kingdom for the Olympic Games.'), ['visit 2008 BLR→CHN']);
  assert.deepEqual(on('He recalls his visit to the celestial empire during the Summer Olympic Games in 2008, Lukashenko wrote.'), ['visit 2008 BLR→RUS']);
});

test('"sister cities" as a plain noun after "from" or "representatives of" is no twinning; cities that became sister cities are', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2023-03-01').filter((x) => x.subtype === 'twinning').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('In 2022, Qingdao launched an activity brand, organizing young people from sister cities in Belarus and China to promote the city.'), []);
  assert.deepEqual(on('Minsk and Beijing became sister cities in 2018.'), ['2018 BLR→CHN']);
});

test('vaccines, masks or medical supplies sent or delivered by one country to the other are its donation; bought ones are trade', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2022-11-14').filter((x) => x.category === 'aid' || x.category === 'trade').map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('In 2021-2022, a total of about 5m doses of this vaccine have been sent by China to Belarus.'), ['aid 2021 CHN→BLR']);
  assert.deepEqual(on('China delivered 10,000 masks to Belarus in March.'), ['aid 2022-03 CHN→BLR']);
  assert.deepEqual(on('In March 1.5 million doses were purchased by the Belarusian Health Ministry from China and delivered to Minsk.').filter((x) => x.startsWith('aid')), []);
});

test('a visit to the places listed after a colon is a visit to each; of a list inside the clause, the pair\'s own is kept', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties. Russia and Kazakhstan too.\n\n${text}`, '2016-03-29').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`).sort();
  assert.deepEqual(on('In early May 2015, Chinese President Xi Jinping visited three states: Russia, Kazakhstan and Belarus.'), ['2015-05 CHN→BLR', '2015-05 CHN→KAZ', '2015-05 CHN→RUS']);
  // Listed in the clause itself, the pair's own country is the one kept (pairPlaceListed).
  assert.deepEqual(on('In early May 2015, Chinese President Xi Jinping visited Russia, Kazakhstan and Belarus.'), ['2015-05 CHN→BLR']);
  assert.deepEqual(on('In early May 2015, Chinese President Xi Jinping visited Russia.'), ['2015-05 CHN→RUS']);
});

test('opposing "the intervention of external forces" in a country\'s affairs and supporting a country "to host" an event are support; "presented X with the Order" honours X', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2021-06-11').filter((x) => x.category === 'political_support').map((x) => `${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('On 10 June 2021 China opposed the intervention of external forces in the internal affairs of Belarus, the diplomat said.'), ['statement_of_support 2021-06-10 CHN→BLR']);
  assert.deepEqual(on('On 10 June 2021 Belarus supported China to host the Winter Olympics.'), ['statement_of_support 2021-06-10 BLR→CHN']);
  assert.deepEqual(on('On 20 September 2020 Lukashenko presented the Chinese ambassador Cui Qiming with the Order of Honor.'), ['honour 2020-09-20 BLR→CHN']);
});

test('an agreement signed "within the framework of" a forum the text dated takes the forum\'s date; a group of specialists visiting one of the pair comes from the other', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2023-11-30').map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(on('On November 21-22, 2023, the Forum of Rectors of Belarus and China was held in Minsk. Within the framework of the Forum an agreement was signed on the creation of the Chinese-Belarusian Association of Universities.').some((x) => x.startsWith('agreement 2023-11-21')));
  assert.deepEqual(on('Another group of specialists visited Belarus on 12 – 16 May 2008.').filter((x) => x.startsWith('visit')), ['visit 2008-05-12 CHN→BLR']);
  assert.deepEqual(on('WHO experts visited China twice in 2020.').filter((x) => x.startsWith('visit')), []);
});

test('a visa rule in force told with "can stay" or "are allowed to enter" is a state of the publication year; a wish or "may soon be able to" is none', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2017-07-11').filter((x) => x.subtype === 'visa_free').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('For example, Chinese guests in groups can visit Belarus and stay up to three days here without visas.'), ['2017 BLR→CHN']);
  assert.deepEqual(on('Currently, Chinese citizens holding a valid Schengen visa can stay in Belarus for five visa-free days.'), ['2017 BLR→CHN']);
  assert.deepEqual(on('Belarusians are now allowed to enter China without a visa for up to 30 days.'), ['2017 BLR→CHN']);
  assert.deepEqual(on('Citizens of China may stay in Belarus without a visa for up to three days, BelTA reports.'), ['2017 BLR→CHN']);
  assert.deepEqual(on('Chinese tourist groups may soon be able to travel to Belarus visa-free.'), []);
  assert.deepEqual(on('Chinese tourists would like to travel without visas.'), []);
});

test('the leaders of the pair touring a place in one\'s country together: the other\'s leader visited; not with a third country, nor abroad', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2023-05-20').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('On May 12, 2015, the heads of state of China and Belarus inspected the China-Belarus Industrial Park.'), ['2015-05-12 CHN→BLR']);
  assert.deepEqual(on('On May 12, 2015, the leaders of Belarus and China toured the Great Stone industrial park.'), ['2015-05-12 CHN→BLR']);
  assert.deepEqual(on('Development of the Great Stone park, led by Sinomach, dates back to May 12, 2015, when leaders of China and Belarus inspected the area.'), ['2015-05-12 CHN→BLR']);
  assert.deepEqual(on('In 2015 the presidents of China and Russia visited Minsk.'), []);
  assert.deepEqual(on('The leaders of China and Belarus visited Moscow in 2015.'), []);
});

test('"eight years ago, on May 12" and "two years ago in June" are a day and a month of the year counted back', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2023-05-20').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('Eight years ago, on May 12, Chinese President Xi Jinping visited the China-Belarus Industrial Park.'), ['2015-05-12 CHN→BLR']);
  assert.deepEqual(on('Two years ago in June, Lukashenko visited Beijing.'), ['2021-06 BLR→CHN']);
  assert.deepEqual(on('Two years ago, Lukashenko visited Beijing.'), ['2021 BLR→CHN']);
});

test('a page-chrome date later than the publication frames nothing: "from February 28 to March 2" in a text of March 2023 is 2023', () => {
  const text = 'Today: Wednesday, 17 April 2024 year\n\nThe leaders of Belarus and China agreed on new meetings.\n\nLukashenko was on a state visit to China from February 28 to March 2. Following official talks in Beijing, the two presidents adopted a joint statement.';
  const got = newsEvents(text, '2023-03').map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(got.includes('visit 2023-02-28 BLR→CHN'), got.join('; '));
  assert.ok(!got.some((x) => x.includes('2024')), got.join('; '));
});

test('"It has been 23 years since China and Belarus established diplomatic relations" dates the establishment by counting back', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2015-05-11').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(on('It has been 23 years since China and Belarus established diplomatic relations.'), ['relations_established 1992']);
  assert.deepEqual(on('Twenty-three years have passed since China and Belarus established diplomatic relations.'), ['relations_established 1992']);
});

test('a loan "to banks in Belarus" stays China\'s past an "and" that ships goods "to China", and past a source "citing a statement from" a Belarusian firm', () => {
  const text = 'A meeting between Belarussian President Alexander Lukashenko and Chinese President Xi Jinping on Sunday yielded agreements extending loans worth US$1 billion to banks in Belarus and locked in 4 million tons of shipments of potash to China over five years, Reuters reported, citing a statement from the Belarusian Potash Company.';
  const loans = newsEvents(text, '2015-05-11').filter((x) => x.category === 'finance').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(loans, ['CHN→BLR']);
});

test('a text that names one country and a firm of another is about the two: a plant it reports opened is a fact of the pair, dated by the month of a report published with its month only', () => {
  const text = 'Plant for passenger cars opened in Belarus\n\nBelarus President participated in the grand opening of the BelGee plant for the production of passenger cars. The company Geely has for the first time opened a full-cycle factory abroad.';
  const got = newsEvents(text, '2017-11').filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.date}`);
  assert.ok(got.includes('facility 2017-11'), got.join('; '));
});

test('a partnership named by a noun ("the establishment in July 2013 of comprehensive strategic partnership") or "promoted to" one is an upgrade; a declaration "on the establishment of" one is the declaration\'s', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2019-05-11').filter((x) => x.subtype === 'partnership').map((x) => `${x.date}`);
  assert.deepEqual(on('The establishment in July 2013 of comprehensive strategic partnership between Belarus and China contributed to cooperation.'), ['2013-07']);
  assert.deepEqual(on('In July 2013, President Xi and President Lukashenko jointly announced in Beijing that bilateral relations would be promoted to a comprehensive strategic partnership.'), ['2013-07']);
  assert.deepEqual(on('Both sides hope that relations will be raised to an all-weather strategic partnership.'), []);
  assert.deepEqual(on('In 2013, China and Belarus signed a joint declaration on the establishment of a comprehensive strategic partnership.'), []);
});

test('a week of a country\'s cinema held, or its films shown, is a cultural event; a possibility of a visa-free regime is none', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2019-05-11').filter((x) => x.category === 'cultural').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(on('From September 20 to September 24, 2016, the Week of Chinese Cinema was held in the Republic of Belarus.'), ['exhibition 2016-09-20']);
  assert.deepEqual(on('Belarusian films were shown in China in 2017 and 2019.'), ['exhibition 2017', 'exhibition 2019']);
  assert.deepEqual(on('The results of the forum, the possibility of mutual visa-free regime and a working group were the main topics of the talks on May 2.'), []);
});

test('a headline\'s present "pays state visit" is the report\'s news', () => {
  const got = newsEvents('Lukashenko in China\n\nPresident of Belarus pays state visit to People’s Republic of China\n\nDuring his work in Beijing, Alexander Lukashenko negotiated with Xi Jinping.', '2016-09').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2016-09 BLR→CHN']);
});

test('"marks not only the 30th anniversary of the diplomatic relations but also historic upgrade to …": the upgrade is no anniversary\'s', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2022-09-28').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${x.date}`).sort();
  assert.deepEqual(on('This year marks not only the 30th anniversary of the diplomatic relations but also historic upgrade to an all-weather comprehensive strategic partnership.'), ['partnership 2022', 'relations_established 1992']);
});

test('a headline\'s present "Launch … Joint … Drill" is the report\'s news; "plan to launch" is none', () => {
  const on = (text: string, published = '2024-07-08') => newsEvents(text, published).filter((x) => x.subtype === 'joint_exercise').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('Belarus and China Launch Eagle Assault 2024 Joint Anti-Terrorism Military Drill\n\nThe exercise involves special forces of the two countries.'), ['2024-07-08 BLR→CHN']);
  assert.deepEqual(on('Belarus and China ties grow\n\nThe two countries plan to launch a joint drill next year.'), []);
});

test('a congratulation from the president of a third country (Kazakhstan\'s Tokayev) is no fact of the pair', () => {
  const got = newsEvents('SCO welcomes Belarus as its 10th member state\n\nChinese President Xi Jinping and Belarusian President Alexander Lukashenko attended the summit in Astana. President Kassym-Jomart Tokayev congratulated Belarusian President Alexander Lukashenko on this occasion. China and Belarus are close partners.', '2024-07-04').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(!got.some((x) => x.includes('CHN')), got.join('; '));
});

test('a rector, dean, professor or headmaster of a place\'s university, named by the title, visits from that place\'s country', () => {
  const on = (text: string) => newsEvents(`Belarus and China\n\n${text}`, '2019-07-10').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('On the morning of May 31, headmaster of Francisk Skorina Gomel State University, Sergei Khakhomov, made a visit to Beijing Institute of Technology.'), ['2019-05-31 BLR→CHN']);
  assert.deepEqual(on('On June 3, professors of Gomel State University visited Beijing.'), ['2019-06-03 BLR→CHN']);
});

test('a headline\'s visit takes the body\'s day up to two months before the page, unless the body tells it on the page\'s day too', () => {
  const headline = 'Delegation from Gomel State University visited Beijing Institute of Technology';
  const on = (text: string) => rulesOnlyRecordsFrom(writeArticle('t', text, { title: headline, published: '2019-07-10', genre: 'culture-education' }), 't').tables.events.filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on(headline + '\n\nOn the morning of May 31, headmaster of Francisk Skorina Gomel State University, Sergei Khakhomov, made a visit to Beijing Institute of Technology.'), ['2019-05-31 BLR→CHN']);
});

test('a subject that lists people of a third country and of the pair acts for the pair\'s one ("Putin and Xi congratulated Lukashenko")', () => {
  // (Congratulations on a victory are political support: the one congratulated is named after the verb.)
  for (const subject of ['Russian President Vladimir Putin and Chinese President Xi Jinping', 'Chinese President Xi Jinping and Russian President Vladimir Putin']) {
    const got = newsEvents(`Belarus and China are close partners.\n\n${subject} congratulated Belarus President Alexander Lukashenko on his victory.`, '2025-01-27').filter((x) => x.category === 'diplomatic_relations' || x.category === 'political_support').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2}`);
    assert.deepEqual(got, ['congratulation CHN→BLR'], subject);
  }
});

test('"was last in China at the end of February": a visit, in the month the end of which it names', () => {
  const on = (text: string) => newsEvents(`Belarus and China are close partners.\n\n${text}`, '2023-09-10').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('Lukashenko was last in China at the end of February and early March.'), ['2023-02 BLR→CHN']);
  // A month still ahead at publication may be a target: no date from it.
  assert.deepEqual(on('Lukashenko was in China at the end of November.').filter((x) => x.startsWith('2023-11') || x.startsWith('2022-11')), []);
});

test('"honours Xi Jinping with the Order", "was honoured with the Order": an honour of the pair', () => {
  const on = (text: string) => newsEvents(`Belarus and China are close partners.\n\n${text}`, '2016-10-01').filter((x) => x.category === 'political_support').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('Alexander Lukashenko honours Xi Jinping with the Order "For Strengthening Peace and Friendship".'), ['honour BLR→CHN']);
  assert.deepEqual(on('Xi Jinping was honoured with the Order of Friendship by Lukashenko.'), ['honour BLR→CHN']);
});

test('goods one side exports to the other, told without a figure, are a trade fact of the publication year; a list of buyers names the other; a plan or a figure is none of this rule', () => {
  const on = (text: string) => newsEvents(`Belarus and China are close partners.\n\n${text}`, '2021-06-10').filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(on('Most Belarusian potash is exported to Brazil, China and India.'), ['exports 2021 BLR→CHN']);
  assert.deepEqual(on('Belarus exports potash, dairy and beef to China.'), ['exports 2021 BLR→CHN']);
  assert.deepEqual(on('In 2019 Belarus exported flax to China.'), ['exports 2019 BLR→CHN']);
  assert.deepEqual(on('Belarus plans to export more beef to China.'), []);
  assert.deepEqual(on('Belarusian exports to China reached $1 billion in 2020.').map((x) => x.split(' ')[0]), ['exports']);
});

test('a month and a number inside a name ("a Long March 3B rocket", "Long March 5") are no day; "On March 5", "Friday March 6" are', () => {
  const dates = (text: string) => newsEvents(`Belarus and China are close partners.\n\n${text}`, '2016-06-01').map((x) => x.date);
  assert.deepEqual(dates('A Chinese satellite was launched for Belarus atop a Long March 3B rocket.').filter((d) => String(d).startsWith('2016-03')), []);
  assert.deepEqual(dates('On March 5 Chinese Foreign Minister Wang Yi visited Minsk.'), ['2016-03-05']);
});

test('goods exported "to a host of developing nations, such as Venezuela" name no country of the pair after the verb: no trade fact of the pair', () => {
  const got = newsEvents('China launched a satellite for Belarus.\n\nSince then, the country has exported communications satellites to a host of developing nations, such as Venezuela, Pakistan and Bolivia.', '2016-06-01').filter((x) => x.category === 'trade');
  assert.deepEqual(got, []);
});

test('a delegation from an unnamed body visiting a firm\'s plant visits the firm\'s country', () => {
  const got = newsEvents('Belarusian Railway buys Chinese locomotives.\n\nIn January 2024, a delegation from BDZ visited the CRRC plant, and in March, the manufacturer announced a delay.', '2024-05-01').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2024-01 BLR→CHN']);
});

test('a delegation "now in Minsk" is there on the page\'s day, in any genre', () => {
  const got = rulesOnlyRecordsFrom(writeArticle('t', 'Chinese writers visit Minsk\n\nA delegation of the Union of Writers in Shanghai is now in Minsk.', { title: 'Chinese writers visit Minsk', published: '2017-09-27', genre: 'culture-education' }), 't').tables.events.filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2017-09-27 CHN→BLR']);
});

test('a presentation of books held is a cultural event; one leader informing the other, or views exchanged, are talks; goods that "are the present of" a province are a donation', () => {
  const on = (text: string, category: string) => newsEvents(`Belarus and China are close partners.\n\n${text}`, '2022-01-10').filter((x) => x.category === category).map((x) => x.subtype);
  assert.deepEqual(on('A presentation of books by Chinese authors translated into Belarusian was held in Minsk on January 5.', 'cultural'), ['exhibition']);
  assert.deepEqual(on('President of Belarus Alexander Lukashenko informed Chinese President Xi Jinping about the situation in Kazakhstan on January 9.', 'diplomatic_relations'), ['talks']);
  assert.deepEqual(on('Two electrobuses are the present of the Chinese province of Hunan to Mogilev.', 'aid'), ['donation']);
  assert.deepEqual(on('President Lukashenko informed the media about the results of the year.', 'diplomatic_relations'), []);
});

test('"foreign students" studying in one country are no students of the other; "foreign students from China" are', () => {
  const on = (text: string) => newsEvents(`Belarus and China are close partners.\n\n${text}`, '2025-01-10').filter((x) => x.category === 'cultural').map((x) => `${x.subtype} ${[x.actor_1, x.actor_2].sort().join('+')}`);
  assert.deepEqual(on('In the 2024 academic year, 35,000 foreign students studied in Belarus.'), []);
  assert.deepEqual(on('In 2024, 3,000 foreign students from China studied in Belarus.'), ['students BLR+CHN']);
});

test('"the first batch of frozen meat was shipped to China on 27 January": a shipment by the pair\'s other country, on its day', () => {
  const got = newsEvents('Mogilev plant ships beef\n\nMr Latygovsky told BelTA: "The first batch of frozen meat was shipped to China on 27 January.', '2018-02-13').filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['shipment 2018-01-27 BLR→CHN']);
});

test('a clause opened by a named occasion the text does not date ("On the eve of the … Tianjin Summit,") is of the publication\'s year, not of the date before', () => {
  const got = rulesOnlyRecordsFrom(writeArticle('t', 'Language as a bridge\n\nIn 2017, the university opened the first programme in Belarusian language in China. Belarus is a member of the organization. On the eve of the Shanghai Cooperation Organization Tianjin Summit, Belarusian Foreign Minister Maxim Ryzhenkov led a delegation to visit Tianjin Foreign Studies University.', { title: 'Language as a bridge', published: '2025-09-04', genre: 'feature' }), 't').tables.events.filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2025 BLR→CHN']);
});

test('"informed those present about", "briefed the Belarusian side on" name no one of the other side: no talks', () => {
  const got = newsEvents('Belarus and China are close partners.\n\nIn turn, Chinese mayor Yao Xiaodong informed those present about the development of the Chinese city in Gomel on July 11.', '2019-07-12').filter((x) => x.category === 'diplomatic_relations');
  assert.deepEqual(got, []);
});

test('an undated fact in a report\'s lead is the news its body dates on one day ("has sent the first batch" over "was shipped … on 27 January"): one fact', () => {
  const got = newsEvents('Mogilev plant ships beef to China\n\nMogilev Meat Packing Plant has sent the first batch of beef to China, BelTA learned from the company\'s director.\n\nHe said: "The first batch of frozen meat was shipped to China on 27 January.', '2018-02-13').filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['shipment 2018-01-27 BLR→CHN']);
});

test('a thematic evening organised by a country\'s students at a university of the other is a cultural event', () => {
  const got = newsEvents('Famous and unknown China\n\nOn March 17, the national society of Chinese students of Belarusian State Medical University organized the thematic evening "Famous and unknown China".', '2023-03-20').filter((x) => x.category === 'cultural').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(got, ['exhibition 2023-03-17']);
});

test('trade that "decreased in January-February 2012 by 10%, compared to the previous year, to 358.322 million dollars" is a volume and a decline of that period, and the paragraph\'s next figures take it', () => {
  const got = newsEvents('For reference.\n\nAccording to the statistics committee, the volume of foreign trade between Belarus and China (including Hong Kong and Taiwan) decreased in January-February 2012 by 10%, compared to the previous year, to 358.322 million dollars. The exports of Belarusian goods fell by 24.8% to $ 56.583 million.', '2016-04-22').filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date}`).sort();
  assert.deepEqual(got, ['export_growth 2012-01', 'exports 2012-01', 'trade_volume 2012-01']);
});

test('"in the first half of the year", "the first quarter of the year": that part of the publication\'s year', () => {
  const on = (part: string) => newsEvents(`China and Belarus sign customs deal\n\nGAC data showed that ${part}, trade volume between China and Belarus totalled 1.3 billion U.S. dollars.`, '2019-07-30').filter((x) => x.category === 'trade').map((x) => x.date);
  assert.deepEqual(on('in the first half of the year'), ['2019-01']);
  assert.deepEqual(on('in the first quarter of the year'), ['2019-01']);
});

test('"plans an official visit" is a plan, not a visit', () => {
  const got = newsEvents('Lukashenko to visit China\n\nBelarusian President Alexander Lukashenko plans an official visit to China next week, the Chinese foreign ministry said Saturday.', '2023-02-25').filter((x) => x.category === 'visit');
  assert.deepEqual(got, []);
});

test('a meeting with "the representatives of China\'s central and regional mass media" is a media fact, not talks', () => {
  const got = newsEvents('Meeting with Chinese media\n\nBelarus President Aleksandr Lukashenko met with the representatives of China’s central and regional mass media partaking in the press tour to Belarus on 4 May.', '2017-05-04').map((x) => `${x.category} ${x.date}`);
  assert.deepEqual(got, ['media 2017-05-04']);
});

test('"met with high-level Chinese officials visiting": the officials visit, not the host', () => {
  const got = newsEvents('Belarus and China\n\nOn 3 September, the President of Belarus, Lukashenko, met with high-level Chinese officials visiting.', '2025-09-10').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['CHN→BLR']);
});

test('a ratification of an agreement "signed in Beijing on January 17, 1995" is dated by its own day, not the signing\'s', () => {
  const got = newsEvents('About ratification of the Agreement\n\nThe Supreme Council resolves: Ratify the Agreement between the Government of the Republic of Belarus and the Government of People\'s Republic of China on avoidance of double taxation signed in Beijing on January 17, 1995.', '1996-04-25').filter((x) => x.category === 'agreement').map((x) => x.date);
  assert.deepEqual(got, ['1996-04-25']);
});

test('a treaty\'s witness clause and its closing formula "DONE in duplicate at Beijing this 17th day of January 1995" are one signing on that day, and a long heading does not cut the wrapped lines below it', () => {
  const heading = 'PROTOCOL TO THE AGREEMENT BETWEEN THE GOVERNMENT OF THE PEOPLE\'s REPUBLIC OF CHINA AND THE GOVERNMENT OF THE REPUBLIC OF BELARUS FOR THE AVOIDANCE OF DOUBLE TAXATION';
  const body = `${heading}\nAt the signing of the Agreement between the Government of the People's\nRepublic of China and the Government of the Republic of Belarus for the\navoidance of double taxation, both sides have agreed upon the following.\nIN WITNESS WHEREOF, the undersigned, being duly authorized thereto,\nhave signed this Protocol.\nDONE in duplicate at Beijing this 17th day of January 1995 in the\nChinese, Byelorussian and English languages.`;
  const records = rulesOnlyRecordsFrom(writeArticle('t', body, { title: 'Protocol', published: '1995-01-17', genre: 'official-release' }), 't');
  assert.deepEqual(records.tables.events.filter((x) => x.category === 'agreement').map((x) => x.date), ['1995-01-17']);
  assert.ok(records.tables.events.every((x) => !String(x.quote).endsWith("People's")), 'a sentence cut at the wrapped line');
  // The layout joins the wrapped lines under the heading in capitals.
  const spans = (t: string) => layoutSpans(t, 0, t.length).map(([a, b]) => t.slice(a, b));
  assert.equal(spans(body).filter((b) => b.startsWith('At the signing') && b.includes('Republic of China and the Government')).length, 1);
});

test('"welcomed the launch of the Global Development Initiative" supports the country whose initiative it is', () => {
  const got = newsEvents('Belarus and China are partners.\n\nBelarus welcomed the launch of the Global Development Initiative in 2021.', '2023-09-20').filter((x) => x.category === 'political_support').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2021 BLR→CHN']);
});

test('"the first quarter of this year" is the publication\'s year whatever year the sentence named before; "met with representatives of the Chinese company" is talks', () => {
  const trade = newsEvents('Mogilev region and China\n\nIf in 2022 the share of China in the region\'s trade was 16 percent, then in the first quarter of this year trade turnover between the region and China was $41.4 million.', '2023-05-20').filter((x) => x.category === 'trade').map((x) => x.date);
  assert.ok(trade.includes('2023-01') && !trade.includes('2022-01'), trade.join(', '));
  const talks = newsEvents('MAZ to assemble Chinese cars Chery\n\nThe management of Minsk Auto Works (MAZ) in February 2009 met with representatives of the Chinese company Chery to discuss an assembly plant.', '2009-03-01').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(talks, ['talks 2009-02']);
});

test('"Thanking China for its support, …" thanks; "would like to" and "took the opportunity to" before "thank" are the thanks itself', () => {
  const support = (text: string) => newsEvents(`Belarus and China\n\n${text}`, '2019-03-02').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(support('Thanking China for its consistent support, Belarusian Foreign Minister Vladimir Makei said the two countries are close.'), ['BLR→CHN']);
  assert.deepEqual(support('Belarusian Foreign Minister Vladimir Makei took the opportunity to thank China for its help with vaccines.'), ['BLR→CHN']);
  assert.deepEqual(support('Belarusian Foreign Minister Vladimir Makei said he would like to thank China for its help with vaccines.'), ['BLR→CHN']);
  assert.deepEqual(support('Belarusian Foreign Minister Vladimir Makei is expected to thank China for its help with vaccines.'), []);
});

test('orders and medals in the plural are honours, and a group told by its country after "to" is the one honoured', () => {
  const honours = (text: string) => newsEvents(`Awards\n\n${text}`, '2016-07-02').filter((x) => x.subtype === 'honour').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(honours('Belarusian President Alexander Lukashenko has presented state orders to five Chinese engineers who built the power plant.'), ['BLR→CHN']);
  assert.deepEqual(honours('Chinese President Xi Jinping has awarded Medals of Peace to 15 Belarusian veterans of the war.'), ['CHN→BLR']);
});

test('"adopted by a recorded vote of 120 in favour" is the body\'s count, not a vote of a country named before it', () => {
  const got = newsEvents('Disarmament\n\nThe resolution, sponsored by China and Belarus, was adopted by a recorded vote of 120 in favour to 4 against at the United Nations General Assembly.', '2005-11-10').filter((x) => x.category === 'un_vote');
  assert.deepEqual(got, []);
});

test('a joint venture named in an apposition "was established on" its day', () => {
  const got = newsEvents('Park\n\nA joint venture, the Belarusian-Chinese Company for Electric Buses, was established on May 3, 2018 in Minsk.', '2019-01-10').filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(got, ['joint_venture 2018-05-03']);
});

test('a guest "was welcomed by", "was personally met by" a host of the other country visits the host\'s country', () => {
  const visitsOf = (text: string, published: string) => newsEvents(`Visit\n\n${text}`, published).filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(visitsOf('Belarusian Prime Minister Sergei Rumas was warmly welcomed by Premier Li Keqiang in Beijing on Tuesday.', '2019-05-15'), ['2019-05-14 BLR→CHN']);
  assert.deepEqual(visitsOf('When Chinese Foreign Minister Wang Yi arrived at the museum, he was personally met by Alexander Lukashenko.', '2019-05-15'), ['2019-05-15 CHN→BLR']);
});

test('a headline\'s present "visits" is the report\'s news; "Within the framework of the working visit to …, the delegation of …" and "inspecting" are visits', () => {
  const headline = 'Chinese military delegation visits Minsk Tractor Works';
  const got = rulesOnlyRecordsFrom(writeArticle('t', `${headline}\n\nThe guests toured the assembly lines and talked to engineers.`, { title: headline, published: '2019-05-15', genre: 'news' }), 't').tables.events.filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2019-05-15 CHN→BLR']);
  const framework = newsEvents('Minsk\n\nWithin the framework of the working visit to the Republic of Belarus, the delegation of Jiangsu Province of China laid a wreath at the Victory Monument on 3 October.', '2018-10-05').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(framework, ['2018-10-03 CHN→BLR']);
  const inspecting = newsEvents('Minsk\n\nChinese Vice Premier Wang Yang, inspecting the Great Stone park near Minsk, said it is a model of cooperation.', '2018-10-03').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(inspecting, ['CHN→BLR']);
});

test('"the talks between" two named people of the pair are talks; "in defence of" the other is support', () => {
  const talks = newsEvents('Minsk\n\nThe talks between Belarusian Prime Minister Roman Golovchenko and Chinese Ambassador Xie Xiaoyong took place on Monday.', '2021-03-03').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(talks, ['talks 2021-03-01']);
  const defence = newsEvents('Geneva\n\nBelarus spoke in defence of China at the Human Rights Council on Friday.', '2021-03-06').filter((x) => x.category === 'political_support').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(defence, ['2021-03-05 BLR→CHN']);
  assert.deepEqual(newsEvents('Minsk\n\nSoldiers of Belarus died in defence of the Motherland.', '2021-03-06').filter((x) => x.category === 'political_support'), []);
});

test('a round-up of many countries\' reactions to one: each paragraph is about the main country and its own other one', () => {
  const text = ['Senior officials in many countries voice support', '',
    'Senior officials in many countries have voiced their support for the Chinese government over the unrest.', '',
    'A Russian Foreign Ministry spokesman says the matter is within China\'s internal affairs.', '',
    'Meanwhile, the Foreign Ministry of Belarus expressed support to the Chinese government over the riots.', '',
    'And Pakistan says it firmly supports China\'s effort to maintain its territorial integrity.', '',
    'Pakistan\'s foreign ministry says it rejects any separatist movement.', '',
    'Lebanon\'s Interior Ministry says its country supports China\'s stability and territorial integrity.', '',
    'In Serbia, the foreign minister said China has the right to protect its sovereignty.'].join('\n');
  const got = newsEvents(text, '2008-03-21').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(got.includes('BLR→CHN'), got.join(', '));
  // Not in an article about two countries that names others in passing.
  const pair = newsEvents('China and Belarus\n\nChina and Belarus signed a treaty in 2013. China is Belarus\'s partner.\n\nBelarus supports China.\n\nChina extended a loan to Serbia in 2010.\n\nRussia and China held talks.\n\nHungary and China signed deals.\n\nKazakhstan welcomed China\'s plan.', '2015-03-21').filter((x) => [x.actor_1, x.actor_2].some((c) => !['CHN', 'BLR'].includes(String(c))));
  assert.deepEqual(pair, []);
});

test('guests who "have come to Belarus" are no Belarusian delegation: the country after "to" is where a group went', () => {
  const text = 'China service members visit BELAZ\n\nMembers of the Chinese People\'s Liberation Army have come to Belarus in order to participate in the parade.\n\nNumerous guests who have already come to Belarus visit its sights, get to know about its history.';
  const got = newsEvents(text, '2019-06-28').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(!got.includes('BLR→CHN'), got.join(', '));
  // The group's own country still counts, before or after its noun.
  const own = newsEvents('Minsk\n\nA delegation of Chinese entrepreneurs visited the Minsk Tractor Works on Monday.', '2019-06-28').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(own, ['CHN→BLR']);
});

test('an analysis\'s first sentence telling an occurrence as done is the news of its day', () => {
  const text = 'Chinese loans\n\nBelarus and Chinese Exim Bank signed an agreement on a number of lending projects worth over $ 1 billion.\n\nThe dependency on Chinese loans is increasing.';
  const got = newsEvents(text, '2016-04-22', 'analysis').filter((x) => x.category === 'agreement').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2016-04-22 BLR→CHN']);
  // Not a sentence further into the analysis.
  const later = newsEvents('Chinese loans\n\nThe dependency on Chinese loans is increasing. Experts complain about it. The money returns to Chinese companies. Belarus and Chinese Exim Bank signed an agreement on a number of lending projects.', '2016-04-22', 'analysis').filter((x) => x.category === 'agreement' && x.date === '2016-04-22');
  assert.deepEqual(later, []);
});

test('a colon that opens the figure of its clause does not cut the clause: "investments were scarce in 2017: $275.5 million"', () => {
  const got = newsEvents('Minsk\n\nChina’s investments in Belarus’ economy were scarce in 2017: $275.5 million (up 6% year on year).', '2018-02-27').filter((x) => x.category === 'investment').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2017 CHN→BLR']);
});

test('a country adjective before a two-field portfolio ("Belarusian Agriculture and Food Minister") gives the titled name its country', () => {
  const got = newsEvents('Minsk\n\nThe matter was discussed during the visit of Belarusian Agriculture and Food Minister Leonid Zayats to China.', '2017-12-19').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['BLR→CHN']);
});

test('documents signed "to deliver … in 2018" are signed on the report\'s day, not in 2018', () => {
  const got = newsEvents('Minsk\n\nFollowing the forum, Belarusian meat plants inked agreements and contracts to deliver $114 million worth of products to China in 2018.', '2017-12-19').filter((x) => x.category === 'agreement').map((x) => x.date);
  assert.deepEqual(got, ['2017-12-19']);
  // A signing dated after publication is still a plan.
  assert.deepEqual(newsEvents('Minsk\n\nThe two sides will sign an agreement in 2018.', '2017-12-19').filter((x) => x.category === 'agreement'), []);
});

test('a ban or restriction on imports from the other is a trade fact of the one imposing it', () => {
  const headline = 'Belarus bans beef imports from several regions in China';
  const records = rulesOnlyRecordsFrom(writeArticle('t', `${headline}\n\nAuthorities from Belarus have imposed temporary restrictions on the import of beef from 10 regions in China.`, { title: headline, published: '2018-08-21', genre: 'news' }), 't').tables.events;
  const got = records.filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.ok(got.length >= 1 && got.every((g) => g === 'import_rules 2018-08-21 BLR→CHN'), got.join(', '));
  assert.deepEqual(newsEvents('Minsk\n\nThe ban on imports was discussed by experts.', '2018-08-21').filter((x) => x.category === 'trade'), []);
});

test('a theme year that "was declared" is opened', () => {
  const got = newsEvents('Minsk\n\nIn 2021 the Year of the Regions of Belarus and China was declared.', '2021-12-10').filter((x) => x.category === 'cultural').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(got, ['theme_year 2021']);
});

test('a joint drill of the pair\'s forces held in one of the two is the other\'s visit; "Beijing (CNS) --" is a dateline', () => {
  const here = newsEvents('Joint training\n\nBeijing (CNS) -- Chinese and Belarusian airborne troops started a training drill here on Monday.', '2012-11-27').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(here, ['2012-11-26 BLR→CHN']);
  const near = newsEvents('Joint training\n\nOn 8 July Chinese and Belarusian troops began a joint exercise near Brest.', '2024-07-10').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(near, ['2024-07-08 CHN→BLR']);
  // No place of the pair, or a drill still to be held: no visit.
  assert.deepEqual(newsEvents('Joint training\n\nChinese and Belarusian troops began a joint exercise on Monday.', '2024-07-10').filter((x) => x.category === 'visit'), []);
  assert.deepEqual(newsEvents('Joint training\n\nOn Monday Chinese and Belarusian officers said they will start a training drill near Brest.', '2024-07-10').filter((x) => x.category === 'visit'), []);
});

test('"He made the statements at a meeting with" a named guest: the pronoun opening the clause is the host named before', () => {
  const text = 'Minsk\n\nPresident of Belarus Alexander Lukashenko has announced projects of cooperation with China in culture and sports. He made the relevant statements at a meeting with Secretary of the Party Committee of Peking University Hao Ping on Monday.';
  const got = newsEvents(text, '2024-06-12').filter((x) => x.category === 'diplomatic_relations' || x.category === 'visit').map((x) => `${x.category} ${x.date}`);
  assert.ok(got.includes('diplomatic_relations 2024-06-10') || got.includes('visit 2024-06-10'), got.join(', '));
});

test('"Alexander Lukashanko’s visit": a titled name found in the text keeps no possessive ending', () => {
  const text = 'Minsk\n\nLast year during Belarusian President Alexander Lukashanko’s visit to China, leaders of the two countries announced a partnership.';
  const entities = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Test article', published: '2014-05-07', genre: 'news' }), 't').tables.entities.filter((e) => /Lukash/.test(String(e.name)));
  assert.deepEqual(entities.map((e) => `${e.entity_id} ${e.name}`), ['person:alexander-lukashanko Alexander Lukashanko']);
});

test('a press service that "reported on Dec. 3" is a source, not a media fact; a visiting "chief" is a visitor', () => {
  const reported = newsEvents('Lukashenko arrives in China\n\nBelarusian President Alexander Lukashenko arrived in China for negotiations with Chinese leader Xi Jinping, Lukashenko\'s press service reported on Dec. 3.', '2023-12-03').filter((x) => x.category === 'media');
  assert.deepEqual(reported, []);
  const chief = newsEvents('Beijing\n\nOn April 22, a visiting Belarusian think tank chief arrived in Beijing.', '2014-05-07').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(chief, ['2014-04-22 BLR→CHN']);
});

test('of the focus countries a clause names, the pair\'s own is the counterpart before a third one the article follows', () => {
  const text = 'Lukashenko in China\n\nBelarus strongman and close Kremlin ally Alexander Lukashenko said during a visit to China Wednesday that his country fully supports an initiative put forward by Beijing to achieve peace in Ukraine.\n\nChina and Belarus are close partners, and China thanked Belarus. Russia\'s Putin praised the plan.';
  const got = newsEvents(text, '2023-03-01').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(got.includes('BLR→CHN') && !got.includes('BLR→RUS'), got.join(', '));
});

test('a batch of the other country\'s vaccine that "has arrived in" a country is a donation to it', () => {
  const got = newsEvents('Minsk\n\nAnother batch of Chinese vaccine has arrived in Belarus on Thursday.', '2021-11-12').filter((x) => x.category === 'aid').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['2021-11-11 CHN→BLR']);
});

test('a title of several words written all in lower case sets off a name ("Fang Yanshui, general manager of CMEC,", "said chief executive Li Ming")', () => {
  const met = newsEvents('Minsk\n\nFang Yanshui, general manager of CMEC, met with Belarusian Prime Minister Roman Golovchenko in Minsk on 11 May.', '2024-05-12').filter((x) => x.category === 'visit' || x.category === 'diplomatic_relations').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(met, ['2024-05-11 CHN→BLR']);
  const entities = rulesOnlyRecordsFrom(writeArticle('t', 'Minsk\n\nThe plant will open in 2025, said managing director Zhang Wei of the Chinese company.', { title: 'Test article', published: '2024-05-12', genre: 'news' }), 't').tables.entities.filter((e) => String(e.entity_id).startsWith('person:'));
  assert.deepEqual(entities.map((e) => e.name), ['Zhang Wei']);
});

test('a title\'s words in either case, and two titles joined by "and", set off a name ("Fang Yanshui, deputy Party secretary and general manager of CMEC,")', () => {
  const text = 'Beijing\n\nOn April 12, Fang Yanshui, deputy Party secretary and general manager of CMEC, met with Ambassador of Belarus to China Yuri Senko in Minsk.';
  const people = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'Test article', published: '2021-04-13', genre: 'news' }), 't').tables.entities.filter((e) => String(e.entity_id).startsWith('person:')).map((e) => e.name);
  assert.ok(people.includes('Fang Yanshui'), people.join(', '));
});

test('"a Belarusian delegation\'s visit to Beijing": the possessor before the trigger is the visitor, not a person of the other country named earlier in the clause', () => {
  const text = 'Minsk\n\nSpeaking at a meeting with Ren Hongbin, chairman of the board of China National Machinery Industry Corporation, on the first day of a Belarusian delegation\'s visit to Beijing, Mr. Myasnikovich suggested a second plant.';
  const got = newsEvents(text, '2014-01-21').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, ['BLR→CHN']);
  const named = newsEvents('Minsk\n\nIn this sense, the Xi Jinping delegation’s visit to Belarus in March 2010 was a success.', '2011-03-01').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(named, ['2010-03 CHN→BLR']);
});

test('a call at the other country\'s embassy in the visitor\'s own country is no visit abroad ("paid a visit to the Embassy of the Republic of Belarus in China")', () => {
  const home = newsEvents('Beijing\n\nOn April 12, Chinese Vice Minister Li Hua paid a visit to the Embassy of the Republic of Belarus in China.', '2021-04-13').filter((x) => x.category === 'visit');
  assert.deepEqual(home, []);
  const abroad = newsEvents('Minsk\n\nOn April 12, Chinese Vice Minister Li Hua paid a visit to the Embassy of China in Belarus.', '2021-04-13').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(abroad, ['CHN→BLR']);
});

test('a meeting told in the phrase that opens the sentence has the main clause\'s subject for its host, and a forecast in the main clause does not undo it ("Speaking at a meeting with X, …, Y said they would build")', () => {
  const said = newsEvents('Minsk\n\nSpeaking at a meeting with Ren Hongbin, chairman of the board of Sinomach, on 5 May, Belarusian Prime Minister Andrei Kobyakov said they would build a plant.', '2015-05-06').filter((x) => x.category === 'diplomatic_relations' || x.category === 'visit').map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.equal(said.length, 1, said.join(', '));
  assert.match(said[0], /^diplomatic_relations 2015-05-05 (?:CHN→BLR|BLR→CHN)$/);
  const planned = newsEvents('Minsk\n\nThe meeting with Chinese Vice Premier Ma Kai will take place in Minsk on 5 May.', '2015-05-01').filter((x) => x.category === 'diplomatic_relations' || x.category === 'visit');
  assert.deepEqual(planned, []);
});

test('the person a report is attributed to ("…, according to Yao") is its source, no party to the fact', () => {
  const text = 'Dongguan\n\nYao Xiaoxiong, general manager of the Sinotrans Dongguan Logistics Co., Ltd., said trains from Belarus will carry timber. So far, the company has invested 350 million yuan to build a logistics base, according to Yao.';
  const got = newsEvents(text, '2019-08-28').filter((x) => x.category === 'investment').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(got, []);
});

test('a country the trigger\'s own words name after a partner preposition is the other party, whichever countries the article is about ("China\'s potassium imports from Belarus" in a report on China and Russia)', () => {
  const text = 'Chinese imports of Russian fertilizer up 70% in 2023\n\nChina imported 12 million tonnes of Russian fertilizer in 2023, and Russia became China\'s largest supplier. Russian potash producers shipped more by rail to China.\n\nChina\'s potassium imports from Belarus also increased to nearly 3.5 million tonnes, totalling $1.5bn.';
  const got = newsEvents(text, '2024-01-31').filter((x) => x.category === 'trade').map((x) => [x.actor_1, x.actor_2].sort().join('-'));
  assert.ok(got.includes('BLR-CHN'), got.join(', '));
});

test('a year-on-year figure whose only year is the base it is compared with is the next year\'s ("up by $0.8 million over 2019", "up from 1.9 million tonnes in 2022")', () => {
  const over = newsEvents('Minsk\n\nThe trade between Belarus and China amounted to $4.6 billion, up by $0.8 million over 2019.', '2021-02-10').filter((x) => x.category === 'trade').map((x) => x.date);
  assert.deepEqual(over, ['2020']);
  const from = newsEvents('Beijing\n\nChina\'s potash imports from Belarus increased to 3.5 million tonnes, totalling $1.5bn, up from 1.9 million tonnes at a value of $900mn in 2022.', '2024-01-31').filter((x) => x.category === 'trade').map((x) => x.date);
  assert.ok(from.includes('2023') && !from.includes('2022'), from.join(', '));
  // Not a comparison over many years, nor "from" as a start: their figure is not the next year's.
  const many = newsEvents('Minsk\n\nIn the first half of 2021 Belarus exported food worth $100 million to China. Export rose by 13 times in comparison with 2015.', '2021-08-10').filter((x) => x.category === 'trade').map((x) => x.date);
  assert.ok(!many.includes('2016'), many.join(', '));
});

test('a delegation "is staying in" the other country is there on a visit; "the July 3 Independence Day parade" is dated July 3', () => {
  const staying = newsEvents('Minsk\n\nThe delegation of the logistics arm of the Chinese People’s Liberation Army is staying in Belarus from July 11 to 13, said the Belarusian defense ministry.', '2024-07-12').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(staying, ['2024-07-11 CHN→BLR']);
  const parade = newsEvents('Minsk\n\nChinese troops took part in the July 3 Independence Day parade in Minsk.', '2024-07-12').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(parade, ['2024-07-03 CHN→BLR']);
});

test('a visit with a stated span of its own is a stay of its own, not a day of a visit told before ("troops at the July 3 parade", "a delegation visited Minsk from July 6 to 8")', () => {
  const text = 'Minsk\n\nChinese troops took part in the July 3 Independence Day parade in Minsk. In addition, a Chinese Central Military Commission delegation visited Minsk from July 6 to 8 to discuss joint training programs.';
  const got = newsEvents(text, '2024-07-12').filter((x) => x.category === 'visit').map((x) => x.date).sort();
  assert.deepEqual(got, ['2024-07-03', '2024-07-06']);
});

test('the pair that "agreed on" a concrete matter or "agreed to" a concrete joint act reached an agreement; "agreed to strengthen cooperation" is no agreement', () => {
  const visa = newsEvents('Minsk\n\nIncidentally, in June, Belarus and China agreed on a free visa regime.', '2018-07-06').filter((x) => x.category === 'agreement').map((x) => x.date);
  assert.deepEqual(visa, ['2018-06']);
  const vague = newsEvents('Minsk\n\nOn 5 June, Belarus and China agreed to strengthen cooperation in all areas.', '2018-07-06').filter((x) => x.category === 'agreement');
  assert.deepEqual(vague, []);
});

test('"a press release published on July 7 said" is a source, not a media fact', () => {
  const release = newsEvents('Kyiv\n\nA Chinese Defense Ministry press release published on July 7 said troops will train in Belarus.', '2024-07-09').filter((x) => x.category === 'media');
  assert.deepEqual(release, []);
  const paper = newsEvents('Minsk\n\nOn 7 July the Chinese newspaper People\'s Daily published an article on Belarus.', '2024-07-09').filter((x) => x.category === 'media').map((x) => x.date);
  assert.deepEqual(paper, ['2024-07-07']);
});

test('a growth figure of another quantity the clause names before any word of trade (output, proceeds, taxes) is no trade figure', () => {
  const text = 'Minsk\n\nTrade between Belarus and China rose by 20% in 2020. In 2020 the industrial output of the China-Belarus park\'s resident companies increased by 4.4 times to Br138.8 million. Their proceeds from sales rose by 3.2 times to Br188.9 million. Belarusian exports to China increased by 30% in 2020 despite lower output.';
  const got = newsEvents(text, '2021-03-01').filter((x) => x.category === 'trade').map((x) => String(x.quote).slice(0, 30));
  assert.deepEqual(got, ['Trade between Belarus and Chin', 'Belarusian exports to China in']);
});

test('a phrase set off by two spaced dashes describes a name; the people it names are not the parties ("Mr Lukashenko - a close ally of Vladimir Putin - is on a state visit")', () => {
  const visit = newsEvents('Minsk\n\nChinese President Xi Jinping met guests. Mr Lukashenko - a close ally of Vladimir Putin - is on a state visit to the Chinese capital.', '2023-03-01').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(visit, ['BLR→CHN']);
  const welcomed = newsEvents('Minsk\n\nChinese President Xi Jinping met guests. Instead, Mr. Xi welcomed Belarusian President – and key Putin ally – Alexander Lukashenko in Beijing Wednesday.', '2023-03-01').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(welcomed, ['BLR→CHN']);
  // A list between dashes is no aside: "33 from China, 15 - with companies from Austria, Germany, …, 12 - initiated by …".
  const rules = buildMaskRules(loadReference().lexicon);
  const list = '33 from China, 15 - with the participation of companies from Austria, Germany and Israel, 12 - initiated by Belarusian companies';
  assert.equal(maskedClause(list, 0, list.length, rules).masked, list);
  const aside = 'Mr Lukashenko - a close ally of Vladimir Putin - is on a state visit';
  assert.ok(!maskedClause(aside, 0, aside.length, rules).masked.includes('Putin'));
});

test('a pledge of support is the stance itself ("promised to support each other\'s core interests"); a pledge to invest is not an investment', () => {
  const support = newsEvents('Minsk\n\nIn Beijing on Wednesday, Xi Jinping and Alexander Lukashenko promised to support each other\'s core interests.', '2023-03-01').filter((x) => x.category === 'political_support');
  assert.ok(support.length >= 1, 'a pledge of support is a fact');
  const invest = newsEvents('Minsk\n\nChina and Belarus said relations were good. China promised to invest $1 billion in Belarus.', '2023-03-01').filter((x) => x.category === 'investment');
  assert.deepEqual(invest, []);
});

test('an event noun opening a reported clause with a forecast for its verb is a plan ("…, and believes that the visit would become a new milestone")', () => {
  const text = 'Minsk\n\nBelarus and China are friends. The Belarusian president said he is looking forward to welcoming Chinese President Xi Jinping in May, and believes that the visit would become a new milestone in Belarus-China relations.';
  assert.deepEqual(newsEvents(text, '2015-04-09').filter((x) => x.category === 'visit'), []);
  const done = newsEvents('Minsk\n\nBelarus and China are friends. Lukashenko said that the visit of Xi Jinping to Minsk on 10 May 2015 was a success.', '2015-06-09').filter((x) => x.category === 'visit').map((x) => x.date);
  assert.deepEqual(done, ['2015-05-10']);
});

test('the country a support trigger names as supported ("support for China") is not the supporter', () => {
  const geneva = newsEvents('Geneva\n\nSenior diplomats based in Geneva on Friday expressed their support for China on Hong Kong-related issues. Belarus and China are friends.', '2021-03-07').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(!geneva.includes('CHN→BLR'), geneva.join(', '));
  // The trigger must end in the support itself: "gratitude to China's assistance to Belarusian economic development" thanks China.
  const thanks = newsEvents('Minsk\n\nHui Liangyu met Sidorsky on Friday. He expressed gratitude to China\'s assistance to Belarusian economic development.', '2009-08-28').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(thanks.includes('BLR→CHN'), thanks.join(', '));
});

test('"firmly supporting" is a statement of support', () => {
  const firmly = newsEvents('Beijing\n\nFor example, Belarus has been firmly supporting and promoting China\'s "Silk Road Economic Zone".', '2016-10-07').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(firmly, ['BLR→CHN']);
});

test('"the Chinese capital", "the Belarusian capital" name the country\'s capital city; "companies with Chinese capital" is money', () => {
  const visit = newsEvents('Minsk\n\nBelarus leader Alexander Lukashenko discussed the Ukraine war with Xi Jinping.\n\nMr Lukashenko is on a state visit to the Chinese capital.', '2023-03-01').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(visit, ['BLR→CHN']);
  const count = newsEvents('Minsk\n\nThere are 253 companies with Chinese capital in Minsk.', '2023-03-01').filter((x) => x.category === 'investment').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(count, ['CHN→BLR']);
});

test('a name written in capitals is the name ("CHINA", "MINSK", "ALEXANDER LUKASHENKO"); a short word in capitals is not', async () => {
  const { buildGazetteer, findMentions } = await import('../pipeline/extract/gazetteer.ts');
  const gaz = buildGazetteer(loadReference());
  const find = (text: string) => findMentions(text, 0, text.length, gaz, new Set()).map((m) => `${text.slice(m.start, m.end)}=${m.country}`);
  assert.deepEqual(find('In 2020, CHINA changed its ambassador; MINSK took 5 months; Xi congratulated ALEXANDER LUKASHENKO.'), ['CHINA=CHN', 'MINSK=BLR', 'ALEXANDER LUKASHENKO=BLR']);
  assert.deepEqual(find('CONTACT US, MAY 2020'), []);
  // A name whose head is written in capitals anyway ("CITIC Group") matches with the rest in capitals too.
  assert.deepEqual(find('CITIC GROUP signed a contract.'), ['CITIC GROUP=CHN']);
  const rank = newsEvents('Minsk\n\nTrade between Belarus and China reached $4.6 billion in 2020. Thus, CHINA became the second trading partner of BELARUS after RUSSIA.', '2021-02-01').filter((x) => x.category === 'trade').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.equal(rank.length, 2, rank.join(', '));
});

test('two digits after a year and a spaced dash are a figure when they would end a span decades later ("in 2016 - 63%")', async () => {
  const text = 'If in 2015 the share of potash in exports to China was 81%, in 2016 - 63%, then in 2020 it decreased to 43%.';
  const found = newsEvents(`Minsk\n\n${text}`, '2021-02-01').filter((x) => x.category === 'trade');
  assert.ok(found.length >= 1);
  assert.ok(found.every((x) => !String(x.date_end ?? '').startsWith('206')), found.map((x) => `${x.date}..${x.date_end}`).join(', '));
  const { parseDateExpression } = await import('../pipeline/extract/dates.ts');
  const lex = loadReference().lexicon;
  assert.equal(parseDateExpression('2016 - 63', '2021-01-01', lex).endValue, undefined);
  assert.equal(parseDateExpression('2014-19', '2021-01-01', lex).endValue, '2019');
});

test('a trigger that is a source attribution ("according to a joint declaration signed during …") is asserted, whatever the main clause plans', () => {
  const text = 'Beijing\n\nBelarus intends to open a consulate in Hong Kong, according to a 15-point joint declaration signed during President Alexander Lukashenko\'s state visit to China this week.';
  const found = newsEvents(text, '2023-03-03').filter((x) => x.category === 'diplomatic_relations' || x.category === 'agreement');
  assert.ok(found.length >= 1, 'the joint declaration is a fact');
  const plan = newsEvents('Beijing\n\nBelarus and China talked. Belarus intends to sign a joint declaration with China next year.', '2023-03-03').filter((x) => x.category === 'diplomatic_relations' || x.category === 'agreement');
  assert.deepEqual(plan, []);
});

test('a relative clause with its own finite verb ("ties which were upgraded to … partnership in September") is not governed by a plan before it', () => {
  const text = 'Beijing\n\nChina and Belarus met. The declaration aims to serve as a blueprint for their ties which were upgraded to an "all-weather" comprehensive strategic partnership in September.';
  const found = newsEvents(text, '2023-03-03').filter((x) => x.category === 'diplomatic_relations').map((x) => x.date);
  assert.ok(found.includes('2022-09'), found.join(', '));
  const plan = newsEvents('Beijing\n\nChina and Belarus met. The two sides aim to upgrade Belarus–China ties to a comprehensive strategic partnership.', '2023-03-03').filter((x) => x.category === 'diplomatic_relations' && x.subtype === 'partnership');
  assert.deepEqual(plan, []);
});

test('a trigger dropped for its parties does not keep another of its kind out of the clause', () => {
  const text = 'Beijing\n\nLukashenko met Xi in Beijing on Wednesday. The two leaders talked about Pakistan. They also vowed to support each other\'s core interests, with Minsk pledging firm backing for the one-China policy.';
  const found = newsEvents(text, '2023-03-03').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(found.includes('BLR→CHN'), found.join(', '));
});

test('a country after a predicate of its own is not the other party ("…, and also urged for peace talks in the Ukraine war")', () => {
  const text = 'Beijing\n\nXi Jinping met with Belarusian President Alexander Lukashenko in Beijing today. They inked a series of agreements to strengthen their partnership, and also urged for a ceasefire and for peace talks in the Ukraine war.';
  const found = newsEvents(text, '2023-03-01').filter((x) => x.category === 'agreement').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.equal(found.length, 1, found.join(', '));
  assert.ok(['BLR→CHN', 'CHN→BLR'].includes(found[0]));
  const relative = newsEvents('Minsk\n\nThe leaders of Belarus and China, Alaksandr Lukashenko and Xi Jinping, signed a package of 16 papers in Beijing on Wednesday that could make it easier to bypass sanctions by delivering aid to Russia through Belarus.', '2023-03-03').filter((x) => x.category === 'agreement').map((x) => [x.actor_1, x.actor_2].sort().join('-'));
  assert.deepEqual(relative, ['BLR-CHN']);
  const third = newsEvents('Minsk\n\nChina and Belarus are friends. Belarus signed an agreement on trade in Minsk on Monday with Kazakhstan.', '2023-03-01').filter((x) => x.category === 'agreement').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(third.every((p) => !p.includes('CHN')), third.join(', '));
});

test('a wire dateline that lost its agency and dash ("MOSCOW, March 20 Belarusian Potash Company …") is where the news was filed, not a party', () => {
  const text = 'Potash deal\n\nMOSCOW, March 20 Belarusian Potash Company agreed to sell up to 500,000 tonnes of potash to China in the second quarter, the company said on Tuesday.';
  const found = newsEvents(text, '2012-03-20').filter((x) => x.category === 'agreement').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(found, ['BLR→CHN']);
});

test('a lender\'s money a project was built or done on, and a loan frozen, are finance facts without a sum; a loan named with no lender is not', () => {
  const built = newsEvents('Minsk\n\nBelarus and China are partners. The cement plants, the modernization of which was done at the expense of Chinese tied loans, make losses.', '2014-07-02').filter((x) => x.category === 'finance').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(built, ['CHN→BLR']);
  const frozen = newsEvents('Minsk\n\nBelarus and China are partners. China froze its tranche of credit meant for the construction of the potash plant in Belarus.', '2021-11-20').filter((x) => x.category === 'finance').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(frozen, ['CHN→BLR']);
  const bare = newsEvents('Minsk\n\nBelarus and China are partners. The plant was built on loans.', '2021-11-20').filter((x) => x.category === 'finance');
  assert.deepEqual(bare, []);
});

test('figures listed after a dash ("…, exports - $419.4 million, imports - $388.7 million") are each a trade fact', () => {
  const found = newsEvents('Minsk\n\nBelarus and China are partners. Bilateral trade turnover in services for 2020 amounted to $808.1 million, exports - $419.4 million, imports - $388.7 million.', '2021-02-01').filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date}`).sort();
  assert.deepEqual(found, ['exports 2020', 'imports 2020', 'trade_volume 2020']);
  const values = rulesOnlyRecordsFrom(writeArticle('t', 'Minsk\n\nBelarus and China are partners. Bilateral trade turnover in services for 2020 amounted to $808.1 million, exports - $419.4 million, imports - $388.7 million.', { title: 'Test article', published: '2021-02-01', genre: 'news' }), 't').tables;
  assert.deepEqual(values.indicators.map((r) => Number(r.value)).sort((a, b) => a - b), [388700000, 419400000, 808100000]);
  const words = newsEvents('Minsk\n\nBelarus and China are partners. Exports - the main topic of the talks - grew.', '2021-02-01').filter((x) => x.category === 'trade');
  assert.deepEqual(words, []);
});

test('a book fair is no trade fair: a delegation that took part in one abroad visited', () => {
  const found = newsEvents('Minsk\n\nBelarus and China are partners. A Belarusian delegation led by Deputy Information Minister Igor Buzovsky took part in the opening of the Beijing International Book Fair on Wednesday.', '2019-08-22').map((x) => `${x.category} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(found, ['visit BLR→CHN']);
  const trade = newsEvents('Minsk\n\nBelarus and China are partners. A Belarusian delegation took part in the China Import and Export Fair in Guangzhou on Wednesday.', '2019-08-22').map((x) => x.category);
  assert.ok(trade.includes('trade'), trade.join(', '));
});

test('partners listed after a count of countries or a "between" are each a party, with no sum of the group\'s', () => {
  const tables = rulesOnlyRecordsFrom(writeArticle('t', 'Minsk\n\nChina and Belarus are partners. Since late 2008, China has signed currency swap agreements totaling 1.3 trillion yuan with 15 countries and regions, including the Republic of Korea, Hong Kong, Belarus and Argentina.', { title: 'Test article', published: '2012-02-09', genre: 'news' }), 't').tables;
  // Signing swap agreements is an agreement (the longest trigger), with no value: the group's total is not the pair's.
  // One fact with each partner listed (the dataset keeps its pair's).
  const counted = tables.events.map((x) => `${x.category} ${[x.actor_1, x.actor_2].sort().join('-')}`).sort();
  assert.deepEqual(counted, ['agreement ARG-CHN', 'agreement BLR-CHN', 'agreement CHN-KOR']);
  assert.deepEqual(tables.agreements.map((r) => r.value ?? null), [null, null, null]);
  const between = newsEvents('Minsk\n\nChina and Belarus are partners. The move follows swap accords between China and Indonesia, South Korea, Hong Kong, Malaysia and Belarus.', '2009-04-02')
    .filter((x) => x.category === 'finance').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(between.includes('CHN→BLR'), between.join(', '));
  const others = newsEvents('Minsk\n\nChina and Belarus are partners. China has signed currency swap agreements totaling 1.3 trillion yuan with 15 countries, including Korea and Argentina.', '2012-02-09')
    .filter((x) => x.actor_2 === 'BLR' || x.actor_1 === 'BLR');
  assert.deepEqual(others, []);
  const pair = newsEvents('Minsk\n\nChina and Belarus are partners. The move follows swap accords between China and Indonesia.', '2009-04-02').filter((x) => x.actor_2 === 'BLR' || x.actor_1 === 'BLR');
  assert.deepEqual(pair, []);
});

test('a directive on relations with the other country, signed or adopted, is a diplomatic fact; one on other matters is not', () => {
  const signed = newsEvents('Minsk\n\nPresident of Belarus Alexander Lukashenko on Friday signed a directive on the development of relations between Belarus and China.', '2021-12-04').map((x) => `${x.category} ${x.date}`);
  assert.deepEqual(signed, ['diplomatic_relations 2021-12-03']);
  const adopted = newsEvents('Minsk\n\nBelarus and China are close partners. At the end of last year, the Directive on deepening strategic cooperation with China was adopted.', '2022-03-04').map((x) => `${x.category} ${x.date}`);
  assert.deepEqual(adopted, ['diplomatic_relations 2021']);
  const other = newsEvents('Minsk\n\nBelarus and China are close partners. The ministry issued a directive on cooperation in customs with the EU on Friday.', '2022-03-04');
  assert.deepEqual(other, []);
});

test('a statement "supporting China\'s … measures" is the speaker\'s support of that country', () => {
  const found = newsEvents('Geneva\n\nBelarus\' representative delivered a joint statement on behalf of 46 countries at the 44th session of UNHRC on Wednesday, supporting China\'s anti-terrorism and de-radicalization measures in Xinjiang.', '2020-07-02').map((x) => `${x.category} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(found, ['political_support BLR→CHN 2020-07-01']);
});

test('a meeting with "his Russian, Belarusian, Kyrgyz and Uzbek counterparts" is talks with each', () => {
  const found = newsEvents('Astana\n\nChinese Foreign Minister Wang Yi on Monday met here with his Russian, Belarusian, Kyrgyz and Uzbek counterparts respectively on the sidelines of the meeting.', '2024-05-21')
    .filter((x) => x.category === 'diplomatic_relations').map((x) => `${[x.actor_1, x.actor_2].sort().join('-')} ${x.date}`).sort();
  assert.ok(found.includes('BLR-CHN 2024-05-20'), found.join(', '));
  const one = newsEvents('Astana\n\nChinese Foreign Minister Wang Yi on Monday met here with his Russian counterparts.', '2024-05-21').filter((x) => [x.actor_1, x.actor_2].includes('BLR'));
  assert.deepEqual(one, []);
});

test('a paragraph that turns to another partner of the main country, and the one after it naming none, are about those two', () => {
  const text = 'Astana\n\nChina and Russia are partners. Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov on Monday. Russia and China will work together.\n\nWhile meeting with Belarusian Foreign Minister Sergei Aleinik, Wang said that the two countries\' heads of state have established a profound friendship.\n\nIn 2022, the two countries upgraded their relations to an all-weather comprehensive strategic partnership.';
  const found = newsEvents(text, '2024-05-21').filter((x) => x.date === '2022').map((x) => `${x.category} ${[x.actor_1, x.actor_2].sort().join('-')}`);
  assert.deepEqual(found, ['diplomatic_relations BLR-CHN']);
  const mixed = 'Astana\n\nChina and Russia are partners. Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov on Monday. Russia and China will work together.\n\nWang Yi also mentioned Belarus and Kazakhstan.\n\nIn 2022, the two countries upgraded their relations to an all-weather comprehensive strategic partnership.';
  const kept = newsEvents(mixed, '2024-05-21').filter((x) => x.date === '2022').map((x) => [x.actor_1, x.actor_2].sort().join('-'));
  assert.deepEqual(kept, ['CHN-RUS']);
});

test('a host who "welcomed defence chiefs from Russia, Iran, Pakistan, Belarus" received a visit from each, each its own delegation', () => {
  const tables = rulesOnlyRecordsFrom(writeArticle('t', 'Qingdao\n\nChina hosts the meeting. "Unilateralism is on the rise," Chinese Defence Minister Dong Jun said as he welcomed defence chiefs from Russia, Iran, Pakistan, Belarus and elsewhere on Wednesday.', { title: 'Test article', published: '2025-06-26', genre: 'news' }), 't').tables;
  const visits = tables.events.filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`).sort();
  assert.deepEqual(visits, ['BLR→CHN 2025-06-25', 'IRN→CHN 2025-06-25', 'PAK→CHN 2025-06-25', 'RUS→CHN 2025-06-25']);
  assert.deepEqual(new Set(tables.visits.map((v) => v.from_country)).size, 4);
  const one = newsEvents('Qingdao\n\nChina hosts the meeting. Dong Jun welcomed defence chiefs from Russia on Wednesday.', '2025-06-26').filter((x) => x.actor_1 === 'BLR');
  assert.deepEqual(one, []);
});

test('market access granted is a trade fact; "the export volume of $X for a year" is an export figure', () => {
  const access = newsEvents('Minsk\n\nChina has granted market access to 54 Belarusian milk-processing companies, the ministry said on Monday.', '2019-05-14').map((x) => `${x.category}/${x.subtype}`);
  assert.deepEqual(access, ['trade/market_access']);
  const tables = rulesOnlyRecordsFrom(writeArticle('t', 'Minsk\n\nBelarusian exports to China have already exceeded the supplies to the European Union. At the same time, the export volume of about $1.7 billion for 2025 is not enough.', { title: 'Test article', published: '2026-01-28', genre: 'news' }), 't').tables;
  assert.deepEqual(tables.indicators.map((r) => `${r.indicator} ${r.value}`), ['exports 1700000000']);
  assert.deepEqual(tables.events.map((x) => x.date), ['2025']);
});

test('investments that "increased more than two and a half times and amounted to $443 million" are a growth and a sum, the sum the level\'s only', () => {
  const tables = rulesOnlyRecordsFrom(writeArticle('t', 'Minsk\n\nBelarus and China are partners. In the first nine months of 2025 the volume of Chinese investments in Belarus increased more than two and a half times and amounted to $443 million.', { title: 'Test article', published: '2026-01-28', genre: 'news' }), 't').tables;
  assert.deepEqual(tables.events.map((e) => `${e.category}/${e.subtype} ${e.date}`).sort(), ['investment/investment 2025-01', 'investment/investment_growth 2025-01']);
  assert.deepEqual(tables.finance.map((r) => r.amount).sort(), [443000000, null]);
});

test('a joint exercise whose place only the next sentence gives, one opening with the exercise, is a visit to that place; not one "such" exercise of another time', () => {
  const ahead = newsEvents('Minsk\n\nBelarusian and Chinese military units have commenced joint counter-terrorism exercises near the Polish border. The exercises, named Falcon Assault, are scheduled to run until July 19 at a training ground near the city of Brest.', '2024-07-10')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(ahead, ['CHN→BLR']);
  const other = newsEvents('Minsk\n\nBelarusian and Chinese military units have commenced joint counter-terrorism exercises near the Polish border. The first such joint exercises took place in 2018 in the Chinese city of Jinan.', '2024-07-10')
    .filter((x) => x.category === 'visit' && String(x.date).startsWith('2024'));
  assert.deepEqual(other, []);
  // A country named as where it is ("near the borders of Poland and Ukraine") is no party to the exercise.
  const border = newsEvents('Minsk\n\nChina and Belarus are partners. The exercises began Monday in the southwestern city of Brest, near the borders of Poland and Ukraine.', '2024-07-12')
    .filter((x) => x.category === 'visit');
  assert.deepEqual(border, []);
});

test('"signed a document on …" is an agreement; vaccines "provided", "gave" or "arrived here" from the other are aid', () => {
  const kinds = newsEvents('Minsk\n\nChina and Belarus signed a document on vaccine transfer after a new batch of coronavirus vaccines from China arrived here Thursday.', '2021-11-12')
    .map((x) => x.category === 'aid' ? `aid ${x.actor_1}→${x.actor_2}` : x.category).sort();
  assert.deepEqual(kinds, ['agreement', 'aid CHN→BLR']);
  const gave = newsEvents('Minsk\n\nBelarus and China are partners. In February China gave Belarus 100,000 doses of the vaccine.', '2021-05-19').map((x) => `${x.category} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(gave, ['aid CHN→BLR 2021-02']);
  const provided = newsEvents('Minsk\n\nBelarus and China are partners. The Chinese government provided Belarus with four batches of coronavirus vaccines in 2021.', '2021-11-12').map((x) => `${x.category} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(provided, ['aid CHN→BLR']);
  // "The signed document" refers back to one; it reports no signing.
  const back = newsEvents('Minsk\n\nBelarus and China are partners. Within the framework of the signed document, Belarusian officials will implement 50 measures.', '2021-12-02').filter((x) => x.category === 'agreement');
  assert.deepEqual(back, []);
  // Bought, not given.
  const bought = newsEvents('Minsk\n\nBelarus and China are partners. Belarus bought and China provided 2 million doses of vaccines in 2021.', '2021-11-12').filter((x) => x.category === 'aid');
  assert.deepEqual(bought, []);
});

test('"This time it donated …" after an earlier dated gift is the report\'s own news, not the earlier date', () => {
  const dates = newsEvents('Minsk\n\nA plane with Chinese vaccine landed in Minsk today. In February China gave Belarus 100,000 doses of this vaccine. This time it donated 300,000 doses for 150,000 people.', '2021-05-19')
    .filter((x) => x.category === 'aid').map((x) => x.date).sort();
  assert.ok(dates.includes('2021-02') && dates.includes('2021-05-19'), dates.join(', '));
});

test('visas abolished between the two is a visa-free fact', () => {
  const visa = newsEvents('Minsk\n\nBelarus and China agreed on tourism. Belarus and Hong Kong abolished visas on 13 February this year on a mutual basis.', '2018-04-20')
    .filter((x) => x.subtype === 'visa_free').map((x) => x.date);
  assert.deepEqual(visa, ['2018-02-13']);
});

test('aid of the pair told with the pair as the subject ("Belarus and China continue implementing an agreement on granting … assistance") is the usual provider\'s', () => {
  const aid = newsEvents('Minsk\n\nBelarus and China continue implementing an agreement on granting USD 6 million-worth assistance to the Chernobyl-affected regions.', '2006-04-12')
    .filter((x) => x.category === 'aid').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(aid, ['CHN→BLR']);
  // A subject of one side stays the giver.
  const given = newsEvents('Minsk\n\nChina and Belarus are partners. Belarus granted humanitarian assistance to China in 2020.', '2020-03-12')
    .filter((x) => x.category === 'aid').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(given, ['BLR→CHN']);
});

test('talks "held in Minsk" with no visitor named are still talks', () => {
  const talks = newsEvents('Minsk\n\nBelarusian Railways would like China to increase the flow of cargoes. Representatives of transport departments of the two countries held talks in Minsk.', '2017-04-20')
    .map((x) => `${x.category}/${x.subtype}`);
  assert.deepEqual(talks, ['diplomatic_relations/talks']);
});

test('a count of projects of the pair implemented or under way is an investment of the usual provider, whoever the subject; not research projects, nor projects on loans', () => {
  for (const sentence of ['At least 25 projects in the industrial and energy sectors have been implemented over 30 years.', 'Belarus implements 27 industrial projects worth over $5bn with China\'s help.']) {
    const facts = newsEvents(`Minsk\n\nBelarus and China are close partners. ${sentence}`, '2022-01-12')
      .filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2} ${x.date}`);
    assert.deepEqual(facts, ['projects_implemented CHN→BLR 2022'], sentence);
  }
  const none = newsEvents('Minsk\n\nBelarus and China are close partners. Over the last two years the universities have implemented three research projects. Dozens of projects have been implemented in power engineering with Chinese loans.', '2022-01-12')
    .filter((x) => x.subtype === 'projects_implemented');
  assert.deepEqual(none, []);
  // A paragraph that names one of the pair only is no count of the pair's.
  const apart = newsEvents('Minsk\n\nBelarus and China are close partners.\n\nThe summit marks 30 years of the conference. China alone has implemented over 20 projects since then.', '2025-10-14')
    .filter((x) => x.subtype === 'projects_implemented');
  assert.deepEqual(apart, []);
});

test('aid "provided each other" runs both ways; "was the first country to provide aid" recalls an undated past, not the report\'s day', () => {
  const each = newsEvents('Minsk\n\nSince the beginning of the pandemic, China and Belarus have provided each other with medical supplies.', '2021-11-12')
    .filter((x) => x.category === 'aid').map((x) => `${x.actor_1}→${x.actor_2}`).sort();
  assert.deepEqual(each, ['BLR→CHN', 'CHN→BLR']);
  const first = newsEvents('Minsk\n\nA batch of vaccines arrived on Thursday. The minister said that Belarus was the first country to provide humanitarian aid to China.', '2021-11-12')
    .filter((x) => x.category === 'aid' && x.actor_1 === 'BLR').map((x) => x.date);
  assert.deepEqual(first, [null]);
});

test('"was one of the first to support" asserts the support, undated; "a few days ago" is the publication month', () => {
  const first = newsEvents('Minsk\n\nChina and Belarus are partners. Belarus was one of the first to appreciate and support the idea of the leadership of the People\'s Republic of China.', '2019-04-26')
    .filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(first, ['BLR→CHN null']);
  const days = newsEvents('Minsk\n\nBelarus and China are partners. A few days ago, Chinese Deputy Minister Li Wei visited Minsk.', '2021-03-02')
    .filter((x) => x.category === 'visit').map((x) => x.date);
  assert.deepEqual(days, ['2021-03']);
});

test('an amount before "loan agreement" counts no documents; a visitor named with the country is not "of" it twice in the summary', () => {
  const signed = rulesEvents('Minsk\n\nBelarus and China are partners. On May 6, 2009, China Development Bank and the Government of Belarus signed an EUR 260 million loan agreement.', '2023-01-10')
    // The loan agreement is told as its loan (the finance fact); no summary counts its amount as documents.
    .filter((x) => x.category === 'agreement' || x.category === 'finance').map((x) => String(x.summary));
  assert.ok(signed.length > 0 && signed.every((s) => !/\b260 agreements\b/.test(s)), signed.join(' | '));
  const counted = rulesEvents('Minsk\n\nBelarus and China are partners. On May 6, 2009, Belarus and China signed 12 agreements.', '2023-01-10')
    .filter((x) => x.category === 'agreement').map((x) => String(x.summary));
  assert.ok(counted.some((s) => /\bsigned 12 agreements\b/.test(s)), counted.join(' | '));
  const visit = rulesEvents('Minsk\n\nBelarus and China are partners. On September 28-30, there was a State visit of the President of Belarus to China.', '2016-10-02')
    .filter((x) => x.category === 'visit').map((x) => String(x.summary));
  assert.ok(visit.length > 0 && visit.every((s) => !/of Belarus of Belarus/.test(s)), visit.join(' | '));
});

test('a person introduced as head of an institute of an institution of a country ("Director of the Economy Institute of the National Academy of Sciences of Belarus") is of that country; "a short while ago", "not long ago" are recent', () => {
  for (const when of ['a short while ago', 'not long ago']) {
    const visit = newsEvents(`Minsk\n\nBelarus and China are partners. Alexei Daineko, Director of the Economy Institute of the National Academy of Sciences of Belarus, will deliver a report. Alexei Daineko visited China ${when}.`, '2015-10-13')
      .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
    assert.deepEqual(visit, ['BLR→CHN 2015'], when);
  }
});

test('documents signed "with the space agencies of Pakistan and Belarus" are a fact with each partner of the list', () => {
  const signed = newsEvents('Beijing\n\nThe China National Space Administration has signed cooperation documents with the space agencies of Pakistan and Belarus respectively.', '2023-10-25')
    .filter((x) => x.category === 'agreement').map((x) => [x.actor_1, x.actor_2].sort().join('-')).sort();
  assert.deepEqual(signed, ['BLR-CHN', 'CHN-PAK']);
});

test('a forum or conference of the two countries held is a cultural or, for science and technology, a technology fact; a trade forum stays trade', () => {
  const kinds = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, '2017-12-01').map((x) => `${x.category}/${x.subtype}`);
  assert.deepEqual(kinds('On 13 October a Belarusian-Chinese science and technology forum was held in Minsk.'), ['technology/forum']);
  assert.deepEqual(kinds('On 21 November the Forum of Rectors of Higher Education Establishments of Belarus and China took place in Minsk.'), ['cultural/forum']);
  assert.deepEqual(kinds('On 9 September, 19 Confucius Institutes in Europe held a joint conference in Minsk.'), ['cultural/forum']);
  assert.deepEqual(kinds('On 11 May the China-Belarus Economic and Trade Cooperation Forum was held in Minsk.'), ['trade/trade_fair']);
  assert.deepEqual(kinds('On 20 May the Confucius Institute hosted the “Sino-Belarus Materials Science and Technology Forum”.'), ['technology/forum']);
});

test('a subheading in the present ("Belarusian capital hosts …") tells the news of a report dated by its month', () => {
  const held = newsEvents('Chinese language becoming more accessible\n\nBelarusian capital hosts Joint Conference of Confucius Institutes in Europe\n\nFive Belarusian schools are already teaching Chinese.', '2013-09')
    .filter((x) => x.subtype === 'forum').map((x) => x.date);
  assert.deepEqual(held, ['2013-09']);
});

test('collective agreements (of employers and trade unions) are no agreement of the pair', () => {
  const none = newsEvents('Minsk\n\nThe former ambassador to China reported to the President. In total, 24,000 trade union organisations have been set up in Belarus, about 18,000 collective agreements have been concluded.', '2024-06-19')
    .filter((x) => x.category === 'agreement');
  assert.deepEqual(none, []);
});

test('trade "is expected to reach" a figure is a forecast; "rose … and will reach" keeps the figure reached', () => {
  const trade = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, '2016-02-01').filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date}`).sort();
  assert.deepEqual(trade('Trade between China and Belarus is expected to reach $3 billion this year.'), []);
  assert.deepEqual(trade('This year Belarusian export to China is supposed to reach $1.7 million.'), []);
  assert.deepEqual(trade('Trade between China and Belarus rose 20% to $3 billion last year and will reach $4 billion this year.'), ['trade_growth 2015', 'trade_volume 2015']);
});

test('a visit "led by" a person has that person for its visitor', () => {
  const visit = newsEvents('Beijing\n\nCDI signs MOUs with Belarusian think tanks. During a visit led by Vice President Wu Liangcheng to Belarus from August 21 to 25, CDI signed MOUs with the Institute of Economics of Belarus.', '2017-08-30')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit, ['CHN→BLR 2017-08-21']);
});

test('a joint centre "for" a science opened is a research centre (technology), not a cultural centre', () => {
  const opened = newsEvents('Minsk\n\nBelarus and China are partners. The Belarusian-Chinese Center for Fundamental Scientific Research was officially inaugurated on 3 July.', '2025-07-05')
    .map((x) => `${x.category}/${x.subtype}`);
  assert.deepEqual(opened, ['technology/research_centre']);
});

test('a country named only by its organisations, more often than the second country named, is of the article\'s focus', () => {
  const signed = newsEvents('CDB provides extension on $1.4 billion loan\n\nRecipient: Belarus\n\nOn June 17, 2016, China Development Bank and Belarusbank of Belarus signed a $1.4 billion loan agreement with China Development Bank guarantees. The borrower is owned by a Russian businessman through a company registered in the UK.', '2023-01-01', 'analysis')
    // The loan agreement is told as its loan (the finance fact).
    .filter((x) => x.category === 'agreement' || x.category === 'finance').map((x) => [x.actor_1, x.actor_2].sort().join('-'));
  assert.deepEqual(signed, ['BLR-CHN']);
});

test('a meeting "between" two people of the two countries, however long the second one\'s title, is talks', () => {
  const talks = newsEvents('Minsk\n\nControl agencies of Belarus and China signed a memorandum on 20 September. The signing ceremony took place after the meeting between the head of Belarus President Administration Natalya Kochanova and a member of the Standing Committee of the Politburo of the Central Committee of the Communist Party of China, the secretary of the Central Commission for Discipline Inspection Zhao Leji.', '2018-09-21')
    .filter((x) => x.category === 'diplomatic_relations').map((x) => x.subtype);
  assert.deepEqual(talks, ['talks']);
});

test('the one "accompanied by" a host visits, not the companion', () => {
  const visits = newsEvents('Beijing\n\nBelarus and China are partners. On May 12, 2015, Chairman Xi, being accompanied by Alexander Lukashenko (president of Belarus), spent a special visit to Sino-Belarus Industrial Park.', '2016-06-27')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(visits, ['CHN→BLR']);
});

test('taking part in an event is a visit where the next sentence, opening with the event, says it took place', () => {
  const visit = newsEvents('Prosecutor General of the Republic of Belarus Andrei Shved took part in the 21st Meeting of Prosecutors General of the Shanghai Cooperation Organization Member States\n\nThe 21st Meeting of Prosecutors General of the Shanghai Cooperation Organization (SCO) Member States took place in Xi’an, People’s Republic of China. The meeting focused on the role of prosecutor’s offices.', '2023-11')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit, ['BLR→CHN 2023-11']);
  // Held at home: no visit.
  const home = newsEvents('Prosecutor General of the Republic of Belarus Andrei Shved took part in the 21st Meeting of Prosecutors General of the Shanghai Cooperation Organization Member States\n\nThe 21st Meeting of Prosecutors General of the Shanghai Cooperation Organization (SCO) Member States took place in Minsk. Chinese delegates attended.', '2023-11')
    .filter((x) => x.category === 'visit' && x.actor_1 === 'BLR');
  assert.deepEqual(home, []);
});

test('a host "glad to welcome a delegation from" a place of the other country receives its visit; "will welcome" stays a plan', () => {
  const visit = (sentence: string) => newsEvents(`Minsk\n\nBelarusian and Chinese scientists intend to step up cooperation, said Sergei Chizhik of the National Academy of Sciences of Belarus. ${sentence}`, '2015-10-13')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit('“We are glad to welcome a delegation from Harbin and Heilongjiang Province here today,” he said.'), ['CHN→BLR 2015-10-13']);
  assert.deepEqual(visit('“We will welcome a delegation from Harbin next month,” he said.'), []);
});

test('an event held "with the participation of a delegation from" the other country is that delegation\'s visit', () => {
  const visit = newsEvents('Minsk\n\nBelarus and China are partners. The forum was held in Minsk on 3 July with the participation of a delegation from China.', '2025-07-05')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit, ['CHN→BLR 2025-07-03']);
});

test('money of a side the sentence does not name is no fact of a year before the pair\'s relations began', () => {
  const invest = (sentence: string) => newsEvents(`Minsk\n\nSpartak chocolate is popular in China. ${sentence}`, '2024-01-03')
    .filter((x) => x.category === 'investment').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(invest('The confectionery enterprise Prosvet in Gomel was opened in June 1924.'), []);
  assert.deepEqual(invest('A Chinese company opened a confectionery plant in Gomel in June 2015.'), ['CHN→BLR 2015-06']);
});

test('"five days ago", "two weeks ago", "a month ago" are counted back from publication, as precise as it allows', () => {
  const dated = (sentence: string, published: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, published)
    .filter((x) => x.category === 'visit').map((x) => x.date);
  assert.deepEqual(dated('Chinese Minister Wang Wei visited Minsk five days ago.', '2015-06-10'), ['2015-06-05']);
  assert.deepEqual(dated('Chinese Minister Wang Wei visited Minsk two weeks ago.', '2015-06-10'), ['2015-05']);
  assert.deepEqual(dated('Chinese Minister Wang Wei visited Minsk a month ago.', '2015-01-10'), ['2014-12']);
  // A report dated by its month only: weeks back stay in that month (the annotation guideline's "last week").
  assert.deepEqual(dated('Chinese Minister Wang Wei visited Minsk three weeks ago.', '2015-06'), ['2015-06']);
});

test('a headline\'s present "signs" tells the report\'s news', () => {
  const signed = newsEvents('Belteleradiocompany signs agreement on cooperation with the Central Television of China\n\nThe agreement will contribute to the links between Belarus and China.', '2013-09')
    .filter((x) => x.category === 'agreement').map((x) => x.date);
  assert.deepEqual(signed, ['2013-09']);
});

test('a director or executives are visitors', () => {
  const visit = newsEvents('MINSK, 29 May (BelTA) – Belarus’ National History Museum and the National Museum of China signed a memorandum of cooperation in Minsk.\n\nThe director of the National Museum of China visited the Belarusian State Museum of the Great Patriotic War.', '2017-05-29')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit, ['CHN→BLR 2017-05-29']);
  const executives = newsEvents('Minsk\n\nChinese business executives visited Minsk in August 2010. Belarus and China are partners.', '2010-10-05')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(executives, ['CHN→BLR 2010-08']);
});

test('a meeting with officials "from" a list of countries is a meeting with each', () => {
  const talks = newsEvents('Beijing\n\nZhang Youxia, vice chairman of the Central Military Commission, met with senior military officials from Laos, Uzbekistan, and Belarus on Tuesday. Belarus and China are partners.', '2018-04-25')
    .filter((x) => x.category === 'diplomatic_relations').map((x) => `${[x.actor_1, x.actor_2].sort().join('-')} ${x.date}`);
  // One with each country of the list (the dataset's pair among them).
  assert.deepEqual(talks.sort(), ['BLR-CHN 2018-04-24', 'CHN-LAO 2018-04-24', 'CHN-UZB 2018-04-24']);
});

test('a subject list whose comma segment opens inside it acts for the pair\'s country it goes on to', () => {
  const support = newsEvents('Beijing\n\nBelarus and China are friends. On Wednesday, top diplomats from Pakistan, Bangladesh, Kyrgyzstan and Belarus also said they fully understand and support China\'s stance on the South China Sea.', '2016-04-29')
    .filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(support, ['BLR→CHN 2016-04-27']);
});

test('a "visit of the delegation from" a place is that place\'s country\'s visit, whoever the sentence names before it', () => {
  const visit = newsEvents('Confucius Cabinet to open at school in Vitebsk\n\nVITEBSK (BelTA) – Confucius Cabinet is scheduled to open in Vitebsk, BelTA learned from the Director of the school Sergey Pitolenko during visit of the official delegation from Jinan city (People\'s Republic of China) to Vitebsk.', '2014-12-05')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(visit, ['CHN→BLR']);
});

test('an honour given in the active voice to others named after it is the giver\'s; "to" a person named after, the honoured one\'s country receives it', () => {
  const honour = (sentence: string) => newsEvents(`Minsk\n\nChinese President Xi Jinping is on a state visit to Belarus. ${sentence}`, '2015-05-12')
    .filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(honour('On May 11, in the Victory Hall, Chairman Xi Jinping conferred Medals of Peace on veterans.'), ['CHN→BLR']);
  assert.deepEqual(honour('On May 11, President Alexander Lukashenko presented the Order of Friendship of Peoples to Chinese Ambassador Cui Qiming.'), ['BLR→CHN']);
  assert.deepEqual(honour('On May 11, Belarusian Prime Minister Andrei Kobyakov was awarded the Friendship Award.'), ['CHN→BLR']);
});

test('"looking forward to" a visit is a wish, not the visit', () => {
  const visit = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, '2023-02-28')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit('Xinhua’s correspondent noted that China was very much looking forward to Aleksandr Lukashenko\'s visit, the first since the two countries raised their relations in September 2022.'), []);
  assert.deepEqual(visit('Aleksandr Lukashenko paid a visit to Beijing on 27 February.'), ['BLR→CHN 2023-02-27']);
});

test('a visit the sentence does not date takes the date of the next sentence that opens with the trip', () => {
  const visit = newsEvents('With the slow deterioration of the economy, Belarus has decided to partner up with China, a news report said Tuesday.\nThe partnership between the two countries has been kick started with a three day visit of President Alexander Lukashenko to Beijing, Kommersant reported.\nThe trip started yesterday with Lukashenko\'s meeting with Chinese officials.', '2013-07')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit, ['BLR→CHN 2013-07']);
});

test('a state visit of a named person dated to the day is kept however long the sentence around it', () => {
  const visit = recordsFrom(writeArticle('t', 'President Xi’s Visit to Belarus Prompts Questions of New Line on Taiwan\n\nPublication: China Brief Volume: 15 Issue: 11\n\nChinese President Xi Jinping’s state visit to Belarus on May 10-12, following his visit to Russia to join President Vladimir Putin in the military parade celebrating the 70th anniversary of the end of World War II, has led to new questions in Taiwan about Xi’s policy and how Beijing will approach the issue of Taiwan’s international space in the run-up to Taiwan’s next presidential election in January 2016.', { title: 'President Xi’s Visit to Belarus Prompts Questions of New Line on Taiwan', published: '2015-05', genre: 'analysis' }), 't').tables.events
    .filter((x) => x.category === 'visit' && x.actor_2 === 'BLR').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit, ['CHN→BLR 2015-05-10']);
});

test('"the Head of State" or "the Belarusian leader" stands for the last president of that country named', () => {
  const visit = (sentence: string) => newsEvents(`Lukashenko explained why he was main lobbyist of China's policy\n\nIn an interview with Chinese media, President Aleksandr Lukashenko explained why he was the main lobbyist of China's policy. ${sentence}`, '2023-02-28')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit('The Head of State recalled that his first visit to China as President took place in 1995.'), ['BLR→CHN 1995']);
  assert.deepEqual(visit('The Belarusian leader recalled that his first visit to China took place in 1995.'), ['BLR→CHN 1995']);
});

test('"the current academic year" keeps its leading "the"; "a couple of days ago" is two days back', () => {
  const dated = (sentence: string, published: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, published)
    .filter((x) => x.category === 'cultural' || x.category === 'visit').map((x) => x.date);
  assert.deepEqual(dated('The current academic year about 300 undergraduates from China are studying at the university in Gomel.', '2021-02-10'), ['2021']);
  assert.deepEqual(dated('The first group of Chinese tourists from Beijing flew to Minsk a couple of days ago.', '2017-09-27'), ['2017-09-25']);
});

test('undergraduates who "are studying" or "started their studies" are students of the pair', () => {
  const students = (sentence: string) => newsEvents(`Gomel\n\nBelarus and China are partners. ${sentence}`, '2021-02-10')
    .filter((x) => x.category === 'cultural').map((x) => `${[x.actor_1, x.actor_2].sort().join('-')} ${x.subtype} ${x.date}`);
  assert.deepEqual(students('In 2020, 120 undergraduates from China started their studies at Polotsk State University.'), ['BLR-CHN students 2020']);
});

test('the visit "of the Chinese parliamentary delegation": up to two words between the country and the delegation', () => {
  const visit = newsEvents('Chinese deputies to visit Belarus\n\nThe visit of the Chinese parliamentary delegation to Belarus starts today, on September 12, informs the newspaper.', '2010-09-12')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit, ['CHN→BLR 2010-09-12']);
});

test('"U.S. $10 billion" is a sum in dollars, not a mention of the United States', () => {
  const records = rulesOnlyRecordsFrom(writeArticle('t', 'Minsk\n\nIn December the Export-Import Bank of China granted Belarus a loan of U.S. $1 billion for the modernisation of cement plants.', { title: 'Test article', published: '2010-04-05', genre: 'news' }), 't').tables;
  assert.deepEqual(records.finance.map((x) => `${x.amount} ${x.currency}`), ['1000000000 USD']);
  assert.deepEqual(records.events.filter((x) => x.category === 'finance').map((x) => `${x.actor_1}→${x.actor_2}`), ['CHN→BLR']);
});

test('a trigger whose words end on a future passive ("competitions will be held") is no fact, unless its clause gives a day before publication', () => {
  const contests = (sentence: string, published: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, published)
    .filter((x) => x.category === 'cultural' || x.category === 'diplomatic_relations' || x.category === 'visit').map((x) => `${x.category} ${x.date}`);
  assert.deepEqual(contests('During the Winter Olympics, Belarusians will be accommodated in three villages: in Beijing where speed skating, figure skating and short track competitions will be held, and in Zhangjiakou.', '2021-12-08'), []);
  assert.ok(contests('The joint military exercises of China and Belarus will be held from July 8 to 19, 2024 near Brest.', '2024-07-10').some((x) => x.endsWith('2024-07-08')));
});

test('a sum written right before another money noun is that noun\'s: "the investment comes on top of a $5.7-billion credit from" a bank is the credit', () => {
  const records = rulesOnlyRecordsFrom(writeArticle('t', 'Minsk\n\nChina pledged to invest in Belarusian projects. The investment comes on top of a $5.7-billion credit from China\'s Export-Import Bank in December, giving Belarus a financial lifeline.', { title: 'Test article', published: '2010-04-05', genre: 'news' }), 't').tables;
  assert.deepEqual(records.finance.map((x) => `${x.type} ${x.amount}`), ['loan 5700000000']);
  assert.deepEqual(records.events.filter((x) => x.category === 'investment').map((x) => x.quote), []);
});

test('"the official visit of the Healthcare Ministry delegation to China": a delegation whose words name no country is the pair\'s other\'s', () => {
  const visit = (sentence: string) => newsEvents(`Minsk\n\nThe Center for Traditional Chinese Medicine to be built in Belarus will follow the philosophy of the centers in China, the Belarusian Healthcare Minister told BelTA. ${sentence}`, '2023-08')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(visit('The minister revealed the details of the agreements reached during the official visit of the Healthcare Ministry delegation to China.'), ['BLR→CHN']);
  assert.deepEqual(visit('The minister revealed the details of the agreements reached during the official visit of the Russian Healthcare Ministry delegation to China.'), []);
});

test('a trade figure in a paragraph that names one country of the pair and never the other is that country\'s own, not the pair\'s', () => {
  const trade = (paragraph: string) => newsEvents(`Ambassador: Belarus, China advancing to new level of cooperation\n\nChina has won many friends, Belarus is one of them, the Chinese ambassador to Belarus told BelTA.\n\n${paragraph}`, '2019-10-01')
    .filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(trade('China’s GDP skyrocketed from $174.9 billion in 1977 to $1.36 trillion in 2018. In 2018 the aggregate amount of import and export of goods reached $4.6 trillion, up 223 times over 1978.'), []);
  assert.ok(trade('Trade between Belarus and China grew in 2018. In 2018 the aggregate amount of import and export of goods reached $4.6 billion.').length > 0);
});

test('"at the beginning of Monday\'s meeting" is that Monday; "on Sept 15" is a day though the NLP model calls the 15 a number', () => {
  const support = newsEvents('Commission to deepen ties with Belarus\n\nPremier Li Keqiang held talks with visiting Belarusian Prime Minister Mikhail Myasnikovich on Monday.\n\nAt the beginning of Monday\'s meeting, Li extended sincere thanks to Myasnikovich for his contribution to the development of bilateral relations.', '2014-01-21')
    .filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(support, ['CHN→BLR 2014-01-20']);
  const talks = newsEvents('Minsk\n\nXi Jinping and Lukashenko met in Samarkand on Sept 15.', '2023-02-28').map((x) => x.date);
  assert.deepEqual(talks, ['2022-09-15']);
});

test('gratitude "to the great contributions of" a firm of the other side is a statement of thanks', () => {
  const support = newsEvents('Beijing\n\nMinister Vladimir Zinovskiy expressed sincere gratitude to the great contributions of CITIC Group Corporation to the economic development of Belarus.', '2018-02-11')
    .filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(support, ['BLR→CHN']);
});

test('"agrees with" a document is no agreement signed; "agreed on" a document is', () => {
  const agreed = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, '2023-02-24').filter((x) => x.category === 'agreement').length;
  assert.equal(agreed('Aleinik said that Belarus fully agrees with and supports the Chinese document.'), 0);
  assert.equal(agreed('The two sides agreed on a document on the visa regime.'), 1);
});

test('"followed closely the visit": "the visit" as the object of another verb is a visit told before, not the subject\'s', () => {
  const visits = newsEvents('Minsk\n\nCITIC chairman Chang Zhenming paid a visit to Minsk on Saturday. Aleksandr Lukashenko admitted that he followed closely the visit and the beginning of the construction.', '2018-07-28')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(visits, ['CHN→BLR']);
});

test('money put "in the economies of 20 countries" is a multilateral figure, not the pair\'s', () => {
  const investment = newsEvents('Beijing\n\nBelarus and China opened a research centre. Since 2013, China has invested more than $50 billion in the economies of 20 countries along the Belt and Road.', '2018-01-09')
    .filter((x) => x.category === 'investment');
  assert.deepEqual(investment, []);
});

test('a date in a since-clause with a noun subject ("since the Chinese leader secured a third term last year") is that clause\'s, not the fact\'s', () => {
  const dated = newsEvents('Minsk\n\nLukashenko arrived in Beijing on Wednesday. Xi Jinping told Lukashenko, the first European head of state to be given a state visit since the Chinese leader secured a third term last year, that ties are strong. During Lukashenko\'s visit, the two countries signed bilateral agreements on trade.', '2023-03-02')
    .map((x) => `${x.category} ${x.date}`);
  assert.deepEqual(dated, ['visit 2023-03-01', 'agreement 2023-03-01']);
  // A span, then a verb of the fact's own: "since 2010 and reached $4 billion in 2019" keeps 2019.
  const trade = newsEvents('Minsk\n\nTrade between Belarus and China has grown sixfold since 2010 and reached $4 billion in 2019.', '2020-02-02')
    .filter((x) => x.category === 'trade').map((x) => x.date);
  assert.ok(trade.includes('2019'));
});

test('a day named without its year in the week after publication is the coming one; "has arrived … to participate in" a meeting on it is dated by the report', () => {
  const visit = newsEvents('June 24, Pozirk.\n\nBelarusian Defense Minister Viktar Chrenin has arrived in China to participate in the SCO defense ministers’ meeting in Qingdao on June 26.', '2025-06-24')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(visit, ['BLR→CHN 2025-06-24']);
  // A day more than a week after publication is still the latest one before it.
  const talks = newsEvents('Minsk\n\nXi Jinping and Lukashenko met in Samarkand on July 20.', '2025-06-24').map((x) => x.date);
  assert.deepEqual(talks, ['2024-07-20']);
});

test('a list of countries outside the pair with one of it as signatories, and no partner named after, is no fact of the pair', () => {
  const agreements = (sentence: string) => newsEvents(`Minsk\n\nIn December 2005, Belarusian President Aleksandr Lukashenko paid a state visit to China. ${sentence}`, '2024-07-03')
    .filter((x) => x.category === 'agreement').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(agreements('In 1996, in Shanghai, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and China signed an agreement on military confidence-building measures.'), []);
  assert.equal(agreements('In 2010 Russia, Kazakhstan and China signed an agreement with Belarus on transit.').length, 1);
});

test('"have agreed to consolidate … an all-weather and comprehensive strategic partnership" is a partnership step', () => {
  const steps = newsEvents('Belarus and China agree on all-weather and comprehensive partnership\n\nSAMARKAND, September 15. Belarus and China have agreed to consolidate the thesis of an all-weather and comprehensive strategic partnership in a declaration, Xi Jinping said on Thursday.', '2022-09-15')
    .filter((x) => x.category === 'diplomatic_relations' && x.subtype === 'partnership').map((x) => x.date);
  assert.deepEqual([...new Set(steps)], ['2022-09-15']);
  // Agreeing to hold talks on the partnership's future is no step of it.
  const none = newsEvents('Minsk\n\nBelarus and China agreed to discuss the future of their partnership next year.', '2022-09-15')
    .filter((x) => x.category === 'diplomatic_relations' && x.subtype === 'partnership');
  assert.deepEqual(none, []);
});

test('"performed" of a salute, or of a park that "performed quite well", is no cultural performance; students who performed songs are', () => {
  const performances = (sentence: string) => newsEvents(`Minsk\n\nLukashenko arrived in Beijing on Wednesday for talks with Xi Jinping. ${sentence}`, '2023-03-02').filter((x) => x.category === 'cultural').length;
  assert.equal(performances('A 21-gun salute was performed by China’s People’s Liberation Army in Tiananmen Square in his honor.'), 0);
  assert.equal(performances('The China-Belarus industrial park performed quite well in 2022 despite the lockdowns in China.'), 0);
  assert.equal(performances('Chinese students performed Belarusian folk songs in Minsk on Wednesday.'), 1);
});

test('thanks to the other side\'s counterpart or friend are a statement of thanks; "I want to thank" is the thanks itself, not an intention', () => {
  const support = (sentence: string, published: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, published)
    .filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(support('According to the press service, Lukashenka, in turn, thanked his Chinese counterpart for the fact that in a difficult time China stood by Belarus.', '2022-09-15'), ['BLR→CHN 2022-09-15']);
  assert.deepEqual(support('"I want to thank China for its support in these difficult years," Lukashenko said on Monday.', '2022-11-09'), ['BLR→CHN 2022-11-07']);
  // Thanks "for the special attention to" the relations; not a speaker's "thank you for your attention".
  assert.deepEqual(support('Xi Jinping met Lukashenko in Samarkand on Thursday. The President of China also thanked for the special attention to Chinese-Belarusian relations.', '2022-09-16'), ['CHN→BLR 2022-09-15']);
  assert.deepEqual(support('Lukashenko spoke at the university on Thursday. "Thank you for your attention," he told the Chinese students.', '2022-09-16'), []);
  // Courtesy thanks for a welcome or an invitation are no statement of support.
  assert.deepEqual(support('Lukashenko thanked his Chinese counterpart for the warm welcome.', '2022-11-09'), []);
  // An intention to do something else stays one.
  assert.deepEqual(support('Lukashenko wants to visit China next year.', '2022-11-09'), []);
});

test('"is one of the earliest countries to support" the other\'s initiative is support given, as "was one of the first to" is', () => {
  const support = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${sentence}`, '2016-12-04')
    .filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(support('“Belarus is one of the earliest countries to support the Belt and Road Initiative,” he stressed.'), ['BLR→CHN']);
  assert.deepEqual(support('Belarus plans to support the Belt and Road Initiative.'), []);
});

test('a park\'s residents counted as "joined the park", as "the number of registered enterprises in the park increased to", or "registered there" after the park is named', () => {
  const residents = (text: string, published: string) => newsEvents(`Minsk\n\nBelarus and China are partners. ${text}`, published)
    .filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(residents('The Great Stone park is the flagship of the partnership. Two more companies joined the park on Tuesday.', '2021-03-05'), ['park_residents CHN→BLR 2021-03-02']);
  assert.deepEqual(residents('The number of registered enterprises in the China-Belarus Industrial Park grew to 56 in 2019.', '2020-01-20'), ['park_residents CHN→BLR 2019']);
  assert.deepEqual(residents('The China-Belarus Industrial Park lies near Minsk. By now 70 residents are registered there.', '2020-06-01'), ['park_residents CHN→BLR 2020-06-01']);
  // Not a city's inhabitants, nor a count with no park.
  assert.deepEqual(residents('The number of residents of Minsk grew to two million in 2019.', '2020-01-20'), []);
});

test('one government\'s order or decree that "comes into force" is no agreement entering into force; an agreement that does is', () => {
  const force = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China are building the Great Stone park. ${sentence}`, '2015-11-20')
    .filter((x) => x.category === 'agreement').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(force('The Council of Ministers resolution No. 1020 of 3 November 2015 on the park comes into force on the day of its publication.'), []);
  assert.deepEqual(force('The agreement between Belarus and China on the park came into force on 3 November 2015.'), ['entered_into_force 2015-11-03']);
});

test('"at the end of the meeting" is the talks a sentence before told of: documents signed then are of that day', () => {
  const e = newsEvents('Beijing\n\nThe Belarusian president is paying a working visit to China. Today, talks were held between the Belarusian leader and President Xi Jinping.\n\nLast year, the trade of Belarus and China reached $3 billion.\n\nAt the close of the meeting, several documents on cooperation were signed in the presence of the two leaders.', '2016-09');
  assert.deepEqual(e.filter((x) => x.category === 'agreement').map((x) => x.date), ['2016-09']);
});

test('"can count on the support of" a country is that country\'s support, given to the one who can count on it', () => {
  const support = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China held talks on 5 May 2021. ${sentence}`, '2021-05-06')
    .filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(support('China can always rely on the support of Belarus on the international stage, the president said.'), ['BLR→CHN']);
  assert.deepEqual(support('Minsk will always be able to count on the assistance of the Chinese side, the ambassador stressed.'), ['CHN→BLR']);
});

test('"amid the visits", "following the trip": visits a preposition points back at are the ones told before, not visits of the clause\'s subject', () => {
  const visits = newsEvents('Beijing\n\nBelarusian ministers visited China in early May. Chinese experts and traders on Monday expressed optimism for deepening bilateral trade relations amid the visits.', '2023-05-20')
    .filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(visits, ['BLR→CHN']);
});

test('a date after "comes after" ("the visit comes after Beijing published a plan on Feb. 20") is what the fact follows, not the fact\'s', () => {
  const dates = newsEvents('Lukashenko to arrive in China\n\nBeijing, Feb 27 (EFE) - Belarusian President Alexander Lukashenko arrived in China on Monday for a state visit.\n\nThe Belarusian leader’s visit comes after Beijing published a peace plan on Feb. 20.', '2023-02-27')
    .filter((x) => x.category === 'visit').map((x) => x.date);
  assert.ok(!dates.includes('2023-02-20'), JSON.stringify(dates));
});

test('"At that time" is the date told before it: a joint statement then is of the summit\'s month', () => {
  const e = newsEvents('Beijing\n\nBelarusian President Alexander Lukashenko is paying a state visit to China from Monday. Xi Jinping and Lukashenko met in Astana last July. At that time, the two sides said in a joint statement that they would deepen trust.', '2025-02-10');
  assert.deepEqual(e.filter((x) => x.subtype === 'joint_statement').map((x) => x.date), ['2024-07']);
});

test('the two heads of state meeting "in Samarkand, Uzbekistan": a third country named as where, after its town, is no party', () => {
  const e = newsEvents('Beijing\n\nChina and Belarus are partners, and Belarus values its ties with China. During the summit in Astana, Kazakhstan, last July, the two heads of state held a bilateral meeting.', '2025-02-10');
  assert.deepEqual(e.filter((x) => x.category === 'diplomatic_relations').map((x) => `${[x.actor_1, x.actor_2].sort().join('-')} ${x.date}`), ['BLR-CHN 2024-07']);
});

test('a date inside a quotation closed before "… said during a meeting with" is the quotation\'s, not the meeting\'s', () => {
  const e = newsEvents('Minsk\n\nBelarusian President Alexander Lukashenko said on Tuesday that the two countries are close. “We have been friends over the past three decades,” Lukashenko said during a meeting with visiting Chinese Foreign Minister Wang Yi in Minsk.', '2024-05-15');
  assert.deepEqual(e.filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`), ['CHN→BLR 2024-05-14']);
});

test('"has supported China for more than 30 years", "hailed Belarus as a \'true friend\'", "agreed to a joint statement" are facts of the pair', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China held talks on 4 June 2025. ${sentence}`, '2025-06-05').map((x) => `${x.category}/${x.subtype} ${x.actor_1}→${x.actor_2}`);
  assert.ok(of('Lukashenko said that Belarus has consistently supported China for three decades.').includes('political_support/statement_of_support BLR→CHN'));
  assert.ok(of("Chinese President Xi Jinping hailed Belarus as a 'reliable friend' on Wednesday.").includes('political_support/statement_of_support CHN→BLR'));
  assert.ok(of('China and Belarus have agreed on a joint declaration on the situation in the region.').some((x) => x.startsWith('diplomatic_relations/joint_statement')));
});

test('"at the beginning of the year" is the publication year; "the start of the Year of the Regions" names a year, not a date', () => {
  const residents = newsEvents('Minsk\n\nBelarus and China are building the Great Stone park together.\n\nAt the beginning of the year, the number of residents of the Great Stone park reached 68 companies.', '2021-06-10')
    .filter((x) => x.subtype === 'park_residents').map((x) => x.date);
  assert.deepEqual(residents, ['2021']);
  const named = newsEvents('Minsk\n\nBelarus and China exchanged notes on the Year of the Regions.\n\nThe exchange heralds the official start of the Year of the Regions and the entry into force of the corresponding action plan.', '2021-08-27')
    .filter((x) => x.subtype === 'entered_into_force').map((x) => x.date);
  assert.ok(!named.includes('2021'), JSON.stringify(named));
});

test('"was one of the first to congratulate" the other\'s leader is a fact the text need not date, not a reference back', () => {
  const e = newsEvents('Minsk\n\nBelarus held a presidential election in August. Officially, Xi Jinping was one of the first foreign leaders to congratulate Lukashenko on his re-election.', '2020-08-20');
  assert.ok(e.some((x) => [x.actor_1, x.actor_2].sort().join('-') === 'BLR-CHN' && ['diplomatic_relations', 'political_support'].includes(String(x.category))), JSON.stringify(e.map((x) => [x.category, x.actor_1, x.date])));
});

test('"endorses" the other\'s initiative is support; "longer than planned" is a comparison, not a plan; "Agreeing to upgrade" ties is the step taken', () => {
  const of = (sentence: string, published = '2023-03-03') => newsEvents(`Beijing\n\nXi Jinping and Lukashenko held talks in Beijing on 1 March 2023. ${sentence}`, published).map((x) => `${x.category}/${x.subtype} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.ok(of('Accordingly, Belarus endorses China\'s Global Security Initiative.').some((x) => x.startsWith('political_support/statement_of_support BLR→CHN')));
  assert.ok(of('The talks lasted much longer than expected and resulted in the signing of many documents.').some((x) => x.startsWith('agreement/agreements_signed') && x.endsWith('2023-03-01')));
  assert.ok(!of('The two sides plan to sign many documents.').some((x) => x.startsWith('agreement')));
  assert.ok(of('Agreeing to upgrade their ties to an all-weather comprehensive strategic partnership in September 2022, the two leaders met again.').some((x) => x.startsWith('diplomatic_relations/partnership') && x.endsWith('2022-09')));
});

test('a joint declaration "which established" a partnership is one fact, the partnership step', () => {
  const e = newsEvents('Minsk\n\nChina and Belarus are partners. In September 2022, at a summit in Samarkand, Belarus and China adopted a Joint Declaration which established an all-weather strategic partnership.', '2022-12-01')
    .filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(e, ['partnership 2022-09']);
});

test('"during the visit of a Belarusian government delegation": the delegation written as the noun\'s agent is the visitor, not a person named before', () => {
  const e = newsEvents('Minsk\n\nThe agreement was signed following the negotiations between Belarusian First Deputy Prime Minister Vasily Matyushevsky and the Chief Executive of Hong Kong Leung Chun-ying during the visit of a Belarusian government delegation in January 2017.', '2017-12-04');
  assert.deepEqual(e.filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`), ['BLR→CHN 2017-01']);
});

test('"The document was signed" is a signing; told after a signing of the same day, it is that signing told again', () => {
  const of = (text: string, published: string) => newsEvents(`Minsk\n\n${text}`, published).filter((x) => ['agreement', 'diplomatic_relations'].includes(String(x.category))).map((x) => `${x.category} ${x.date}`);
  assert.ok(of('The tax agreement came into force on 30 November 2017. The document was signed during talks between Belarusian and Chinese officials in January 2017.', '2017-12-04').includes('agreement 2017-01'));
  const again = of('Belarus and China adopted a joint communique that the two governments signed in Minsk on 22 August 2024. The document was signed by Prime Minister of Belarus Roman Golovchenko and Premier of the State Council of China Li Qiang.', '2024-08-23');
  assert.equal(again.length, 1, JSON.stringify(again));
});

test('a count of countries as the subject ("160 countries have granted visa-free access to …") is a tally, not the pair\'s; "aspirations to expand" is a wish', () => {
  const visas = (sentence: string) => newsEvents(`Hong Kong\n\nBelarus and Hong Kong, China, signed a visa agreement in 2017. ${sentence}`, '2018-02-13').filter((x) => x.subtype === 'visa_free');
  assert.deepEqual(visas('Including Belarus, 160 countries and territories have granted visa-free access or visa-on-arrival to HKSAR passport holders.'), []);
  assert.deepEqual(visas('There are aspirations to expand the visa-free regime between Belarus and China till 30 days.'), []);
});

test('a park\'s residents: "six Chinese companies settled in", "have become new residents of", "the number of resident companies has more than doubled", "it has 121 resident companies"', () => {
  const parks = (sentence: string, published = '2017-10-12') => newsEvents(`Minsk\n\nThe China-Belarus Industrial Park Great Stone is near Minsk. ${sentence}`, published)
    .filter((x) => x.subtype === 'park_residents').map((x) => `${x.actor_1}→${x.actor_2} ${x.date ?? 'undated'}`);
  assert.deepEqual(parks('In 2015, YTO was listed on the first six Chinese companies settled in the China-Belarus Industrial Park.'), ['CHN→BLR 2015']);
  assert.equal(parks('In 2017, more than 10 companies from China and Belarus have become new residents of the industrial park.').length, 1);
  assert.deepEqual(parks('Over 30 companies are eager to become residents of the China-Belarus industrial park.'), []);
  assert.equal(parks('The park has been attracting investors, and the number of resident companies has more than doubled, its head said.').length, 1);
  assert.deepEqual(parks('He noted that each region of Belarus has sister ties with regions of China. The China-Belarus Industrial Park Great Stone has become a foothold of the Belt and Road Initiative. By now, it has 121 resident companies from 14 countries.', '2024-01-24'), ['CHN→BLR 2024']);
});

test('"By far" (so far) or "to date" with a state in the simple present dates a tally by the page\'s year; a tally in the perfect stays undated', () => {
  const of = (sentence: string) => newsEvents(`BEIJING, May 29 (Xinhua) -- The China-Belarus industrial park has completed its first phase.\n${sentence}`, '2018-05-29').map((x) => `${x.subtype} ${x.date ?? 'undated'}`);
  assert.ok(of('By far, the industrial park is home to 34 resident enterprises, of which 18 are from China.').includes('park_residents 2018'));
  assert.ok(!of('So far, the two countries have signed 30 agreements.').some((x) => x.startsWith('agreements_signed 2018')));
});

test('"visited a house-building plant" with no place named is a tour at home, not a visit to the country named before', () => {
  const e = newsEvents('Minsk\n\nThe Svetlogorsk plant has recently entered the markets of Kazakhstan and China. President Lukashenko visited a house-building plant and a factory of concrete products as well.', '2020-02-14');
  assert.deepEqual(e.filter((x) => x.category === 'visit'), []);
});

test('"Xi Jinping\'s audience with Belarusian President Lukashenko in Beijing on March 1" is a meeting of the two', () => {
  const e = newsEvents('Washington\n\nBelarus and China expanded their defense partnership during Chinese leader Xi Jinping’s audience with Belarusian President Alexander Lukashenko in Beijing on March 1.', '2023-03-03');
  assert.ok(e.some((x) => x.category === 'diplomatic_relations' && x.date === '2023-03-01'), JSON.stringify(e.map((x) => [x.category, x.date])));
});

test('"…, the delegation inspected" after a person\'s clause: the person who briefed it is not the visitor', () => {
  const v = newsEvents('Beijing\n\nVice President Liu Jingzhen of SINOMACH inspected the China-Belarus Industrial Park on 10 July 2018. After being briefed on the park from General Manager Li Haixin of China-Belarus Industrial Park Development Co., Ltd., the delegation inspected the construction in the park.', '2018-07-17')
    .filter((x) => x.category === 'visit');
  assert.equal(v.length, 1, JSON.stringify(v));
});

test('a sentence whose "he" is a third country\'s person named just before is no fact of the pair the sentence model proposes', () => {
  // The batch-184 report it mends (a synthetic text does not reach the model's threshold): "… the visit of Polish President
  // Andrzej Duda to China. During a meeting with the head of the People's Republic of China Xi Jinping, he discussed …".
  const e = recordsFrom('test/fixtures/corpus/batch-184/articles', '2024-charter97-poland-may-impose-navigation-seals-for-chinese-cargo-at-belarusian-border').tables.events;
  assert.ok(!e.some((x) => [x.actor_1, x.actor_2].sort().join('-') === 'BLR-CHN' && x.category === 'diplomatic_relations'), JSON.stringify(e.map((x) => [x.category, x.actor_1, x.actor_2])));
});

test('"signed a USD 65.7 million loan agreement": the loan is the finance fact, not only an agreement', () => {
  const e = newsEvents('Minsk\n\nBelarusian Railway and China’s Export-Import Bank signed a USD 65.7 million loan agreement which will finance the electrification of two railway sections.', '2019-05-05');
  assert.ok(e.some((x) => x.category === 'finance' && x.actor_1 === 'CHN' && x.actor_2 === 'BLR'), JSON.stringify(e.map((x) => [x.category, x.actor_1, x.actor_2])));
  // The agreement is that loan told as a document (the guideline: the finance fact required), not a second fact.
  assert.ok(!e.some((x) => x.category === 'agreement'), JSON.stringify(e.map((x) => [x.category, x.subtype])));
  // A dated signing dates the loan.
  const dated = newsEvents('Minsk\n\nOn October 29, 2008, China Eximbank and the Government of Belarus signed a $174.25 million loan agreement for a cement plant.', '2023-05-05');
  assert.deepEqual(dated.filter((x) => x.category !== 'visit').map((x) => `${x.category} ${x.date}`), ['finance 2008-10-29']);
});

test('a Confucius classroom or class opened in the other country is China\'s institute there, also "school-based"', () => {
  // A cultural fact is mutual: the records give its two countries in alphabetical order.
  const of = (sentence: string) => newsEvents(`Minsk\n\n${sentence}`, '2016-05-31').filter((x) => x.category === 'cultural').map((x) => `${x.subtype} ${x.actor_1}-${x.actor_2}`);
  assert.deepEqual(of('The first in Grodno school-based Confucius classroom has opened on the premises of Gymnasium No.1, BelTA has learned.'), ['institute BLR-CHN']);
  assert.deepEqual(of('A Confucius class to study Chinese opened in Gymnasium No.3 in Mogilev in 2016.'), ['institute BLR-CHN']);
});

test('"appointed Ambassador Extraordinary and Plenipotentiary of the Republic of Belarus to the People\'s Republic of China" is an ambassador appointed', () => {
  const e = newsEvents('Minsk\n\nKirill Rudy has been appointed Ambassador Extraordinary and Plenipotentiary of the Republic of Belarus to the People\'s Republic of China.', '2016-07-13');
  assert.ok(e.some((x) => x.subtype === 'ambassador_appointed' && x.actor_1 === 'BLR' && x.actor_2 === 'CHN'), JSON.stringify(e.map((x) => [x.subtype, x.actor_1])));
});

test('one side\'s product "tested in" the other country is technology of its maker there; "then" at a sentence\'s end is the date before', () => {
  const e = newsEvents('Minsk\n\nPresident Alexander Lukashenko said on Thursday that China helped Belarus. The Belarusian salvo system Polonez was successfully tested in China two years ago. Lukashenko thanked the Chinese side for the tests sincerely then.', '2017-05-05')
    .map((x) => `${x.category} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.ok(e.includes('technology BLR→CHN 2015'), JSON.stringify(e));
  assert.ok(e.includes('political_support BLR→CHN 2015'), JSON.stringify(e));
  const vaccine = newsEvents('Minsk\n\nA Chinese vaccine produced by Sinopharm is being tested in Belarus.', '2021-03-10').map((x) => x.category);
  assert.ok(vaccine.includes('technology'), JSON.stringify(vaccine));
});

test('"a volunteer teacher from China is working" and "students from China have been mastering" are the other country\'s people there', () => {
  const of = (sentence: string) => newsEvents(`Grodno\n\nThe gymnasium in Grodno, Belarus, teaches Chinese. ${sentence}`, '2016-05-31').filter((x) => x.category === 'cultural').map((x) => x.subtype);
  assert.ok(of('A volunteer teacher from China is working with them.').includes('teachers'));
  assert.ok(of('For more than 10 years, students from China have been mastering the academic system of European art at Vitebsk State University.').includes('students'));
});

test('"at the opening ceremony of a photo exhibition" in the other country is an exhibition held', () => {
  const e = newsEvents('MINSK, 15 August (BelTA) - The friendship between Belarus and China is lasting, Ambassador of the People\'s Republic of China to Belarus Zhang Wenchuan said at the opening ceremony of a photo exhibition marking the 80th anniversary of the victory.', '2025-08-15');
  assert.ok(e.some((x) => x.category === 'cultural' && x.subtype === 'exhibition'), JSON.stringify(e.map((x) => [x.category, x.subtype])));
  // "the opening of the exhibition" tells again an exhibition named before; a trade fair's opening is no cultural exhibition.
  const none = (sentence: string) => newsEvents(`Minsk\n\n${sentence}`, '2021-05-13').filter((x) => x.subtype === 'exhibition');
  assert.deepEqual(none('Ambassador Yuri Senko took part in the opening ceremony of the exhibition in Haikou, China.'), []);
  assert.deepEqual(none('A Belarusian delegation arrived in China before the opening of a Global Trade Exhibition in Chongqing.'), []);
});

test('a Confucius Institute or Classroom (organisations.json network) tells two facts of one text apart but names neither across texts', () => {
  const e = newsEvents('Minsk\n\nLast year, centers for the Belarusian culture and language studies were opened in China. The sixth Confucius Institute was established in Belarus last year.', '2019-01-10')
    .filter((x) => x.subtype === 'institute');
  assert.equal(e.length, 2, JSON.stringify(e));
  assert.equal(isNamed({ category: 'cultural', details: { agent_id: 'org:confucius-institute', agent_shared: true } }), false);
  assert.equal(isNamed({ category: 'cultural', details: { agent_id: 'org:belarusian-state-university' } }), true);
});

test('"held recently in Belarus" is recent (the publication year), "as recently as in April 2001" is not', () => {
  const of = (sentence: string, published: string) => newsEvents(`Minsk\n\n${sentence}`, published).filter((x) => x.category === 'cultural').map((x) => x.date);
  assert.deepEqual(of('A Chinese martial arts competition was held recently in Belarus by Chinese teachers.', '2019-11-18'), ['2019']);
  assert.deepEqual(of('A Chinese martial arts competition was held in Belarus by Chinese teachers as recently as in April 2001.', '2005-05-01'), ['2001-04']);
});

test('"The heads of states held a phone conversation" and "the foreign ministers of both countries met" are the pair\'s talks', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\nBelarus and China marked 30 years of relations. ${sentence}`, '2022-01-18').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${[x.actor_1, x.actor_2].sort().join('-')}`);
  assert.deepEqual(of('The heads of states held a phone conversation last week.'), ['talks BLR-CHN']);
  assert.deepEqual(of('On Monday in Beijing, the foreign ministers of both countries met.'), ['talks BLR-CHN']);
  // "The heads of state of the SCO …" is not the pair; "the two leaders met with students" has an object of its own.
  assert.deepEqual(of('The heads of state of the SCO held a meeting last week.'), []);
  assert.deepEqual(of('The two leaders met with students of the university.'), []);
});

test('the People\'s Liberation Army (organisations.json) is China\'s: "the PLA shipped supplies" to Belarus is China\'s aid', () => {
  const e = newsEvents('Beijing\n\nThe Chinese People\'s Liberation Army (PLA) has sent epidemic prevention supplies to help battle COVID-19. Answering the calls from the armed forces of Belarus, the PLA shipped supplies, including surgical masks, on Saturday.', '2020-06-15')
    .filter((x) => x.category === 'aid').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(e, ['CHN→BLR']);
});

test('"said at a news conference for Chinese mass media" is words given to the other country\'s media', () => {
  const e = newsEvents('MINSK, May 5. /TASS/. Belarus and China have established closest cooperation in the sphere of security, President Alexander Lukashenko of Belarus said on Thursday at a news conference for Chinese mass media.', '2017-05-05');
  assert.ok(e.some((x) => x.category === 'media'), JSON.stringify(e.map((x) => [x.category, x.subtype])));
});

test('"restrictions have been imposed on the import of … to Belarus from this Chinese province" is a rule on imports', () => {
  const e = newsEvents('Minsk\n\nA case of ASF was registered in Jiangsu Province. In this regard, temporary restrictions have been imposed on the import of live pigs to Belarus from this Chinese province.', '2018')
    .filter((x) => x.category === 'trade').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(e, ['import_rules BLR→CHN']);
});

test('the headline repeated as the body\'s first line says the same: "Lukashenko to pay state visit to China on …" is a plan there too', () => {
  const e = newsEvents('Lukashenko to pay state visit to China on February 28 - March 2\n\nLukashenko to pay state visit to China on February 28 - March 2\n\nThe visit will continue the course of many years.', '2023-03-05')
    .filter((x) => x.category === 'visit');
  assert.deepEqual(e, []);
});

test('a paragraph opened by a city and a dash ("Washington — ", "MINSK – ") is a dateline: the city is no party of the lead', () => {
  const e = newsEvents('China, Belarus begin drills\n\nWashington — China and Belarus began joint anti-terrorism exercises Monday in Brest, Belarus, that will last for 11 days.', '2024-07-09')
    .map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.ok(e.length > 0 && e.every((x) => !x.includes('USA')), JSON.stringify(e));
  // Not a person's name and a dash ("Yaraslau Ramanchuk – an ex-candidate"), nor a country's own name.
  const d = datelineOf('Minsk – Belarus is a partner.', { start: 0, end: 29 }, '2020-01-01', loadReference().lexicon, true);
  assert.equal(d?.place, 'Minsk');
  assert.equal(datelineOf('Minsk – Belarus is a partner.', { start: 0, end: 29 }, '2020-01-01', loadReference().lexicon, false), null);
});

test('a joint exercise a headline tells with no place and the body places in one of the pair is one occurrence: the forces\' visit', () => {
  const title = 'China, Belarus begin joint anti-terrorism exercises';
  const e = rulesOnlyRecordsFrom(writeArticle('t', `${title}\n\nChina and Belarus began joint anti-terrorism exercises Monday in Brest, Belarus, that will last for 11 days.`, { title, published: '2024-07-09', genre: 'news' }), 't').tables.events
    .map((x) => `${x.category} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(e, ['visit CHN→BLR 2024-07-08']);
});

test('a trigger word written with a diacritic matches: "issued a joint communiqué," is a joint statement (foldedForMatching)', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\nChinese Prime Minister Li Qiang visited Belarus on Thursday. ${sentence}`, '2024-08-23').filter((x) => x.category === 'diplomatic_relations').map((x) => x.subtype);
  assert.deepEqual(of('The two countries later issued a joint communiqué, condemning unilateral measures.'), ['joint_statement']);
  assert.deepEqual(of('The two countries later issued a joint communique, condemning unilateral measures.'), ['joint_statement']);
  assert.equal(foldedForMatching('communiqué, Łódź × 2'), 'communique, Łodz × 2');
});

test('a meeting told in the opening phrase with the guest\'s name right before the comma has the main clause\'s subject for its host', () => {
  const e = newsEvents('Minsk\n\nIn a grandly publicized meeting this week with Chinese President Xi Jinping, Lukashenko signed a package of documents.', '2023-03-03')
    .filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${[x.actor_1, x.actor_2].sort().join('-')}`);
  assert.deepEqual(e, ['talks BLR-CHN']);
});

test('"a meeting held by the president of China, Xi Jinping, and of Belarus, Alexander Lukashenko" is the two\'s talks', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\n${sentence}`, '2023-03-03').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${[x.actor_1, x.actor_2].sort().join('-')}`);
  assert.deepEqual(of('On 1 March 2023 the signing took place after a meeting held by the president of China, Xi Jinping, and of Belarus, Alexander Lukashenko.'), ['talks BLR-CHN']);
  assert.deepEqual(of('On 1 March 2023 a meeting was held in Beijing between Xi Jinping, the President of China, and Alexander Lukashenko.'), ['talks BLR-CHN']);
});

test('a person\'s full name with its family name in capitals ("XI Jinping", "Alexander LUKASHENKO") is that person', () => {
  const e = newsEvents('Minsk\n\nOn 1 March 2023 Alexander LUKASHENKO met with XI Jinping in Beijing.', '2023-03-03');
  assert.deepEqual(e.filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`), ['BLR→CHN']);
  // A word in capitals alone is no name ("XI" as a numeral, "LI" as an abbreviation).
  assert.deepEqual(newsEvents('Minsk\n\nOn 1 March 2023 chapter XI was signed.', '2023-03-03').filter((x) => x.category === 'visit'), []);
});

test('a count of residents in a paragraph that names a park is the park\'s residents, China\'s in Belarus by default ("Now there are 44 residents there")', () => {
  const of = (body: string) => newsEvents(`Great Stone grows\n\n${body}`, '2019-04-26').filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(of('The China-Belarus Industrial Park Great Stone is one of the projects of Belarus and China. Now there are 44 residents there.'), ['park_residents CHN→BLR 2019']);
  assert.deepEqual(of('The China-Belarus Industrial Park Great Stone is one of the projects of Belarus and China. There were only 8 residents in late 2016.'), ['park_residents CHN→BLR 2016']);
  // Not without a park in the paragraph, nor a town's residents.
  assert.deepEqual(of('Belarus and China signed documents. Now there are 44 residents there.'), []);
  assert.deepEqual(of('The park of Belarus and China is near Minsk. The 2 million residents of Minsk welcomed the guests.'), []);
});

test('"more than 2 thousand students from China study in Belarusian universities": a present practice is a state of the page\'s year, not a dropped occurrence', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\n${sentence}`, '2019-02-14').filter((x) => x.category === 'cultural').map((x) => `${x.subtype} ${x.date} ${String(x.summary).split(':')[0]}`);
  assert.deepEqual(of('In total, more than 2 thousand students from the People\'s Republic of China study in Belarusian universities.'), ['students 2019 China → Belarus']);
  assert.deepEqual(of('Nearly 800 Chinese nationals study international relations at the Belarus State University.'), ['students 2019 China → Belarus']);
});

test('people who travel for business or sport are visitors: "our colleagues from the China Development Bank have come to Minsk" (lexicon visitor_nouns)', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\n${sentence}`, '2019-03-20').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(of('On 18 March a large group of our colleagues from the China Development Bank came to Minsk to prepare the documents.'), ['CHN→BLR']);
  assert.deepEqual(of('On 18 March Chinese investors came to Minsk to see the park.'), ['CHN→BLR']);
});

test('a joint exercise of the pair in a report that names a third country as often is the pair\'s when the headline names the two', () => {
  // Ukraine, China and Belarus named three times each: the focus is the three; "the pair" is the two the headline names.
  const body = 'Ukraine watches the border. Kyiv said Ukraine would respond.\n\nChinese and Belarusian troops conducted the joint military training exercise in Belarus last week, July 15 - 19.\n\nBelarus said the drills near Ukraine were defensive; China agreed, and China sent more troops.';
  const on = (title: string) => rulesOnlyRecordsFrom(writeArticle('t', `${title}\n\n${body}`, { title, published: '2024-07-22', genre: 'news' }), 't').tables.events
    .filter((x) => x.category === 'diplomatic_relations' || x.category === 'visit').map((x) => `${x.category} ${x.actor_1}→${x.actor_2} ${String(x.date).slice(0, 7)}`);
  assert.deepEqual(on('Chinese and Belarusian troops drill near the border'), ['visit CHN→BLR 2024-07']);
  // A headline that names neither: the first two of the focus, which the sentence does not both name.
  assert.deepEqual(on('Troops drill near the border'), []);
});

test('an exercise is told with any verb of holding one ("is conducting drills", "carried out manoeuvres") and any spelling of manoeuvres', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\n${sentence}`, '2024-07-10').filter((x) => x.category === 'visit').map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(of('On July 8 the Chinese army began conducting anti-terrorism drills with Belarusian troops in Brest, Belarus.'), ['CHN→BLR 2024-07-08']);
  assert.deepEqual(of('On July 8 Chinese and Belarusian troops carried out joint manouevres in Brest, Belarus.'), ['CHN→BLR 2024-07-08']);
  assert.deepEqual(of('On July 8 Chinese and Belarusian troops are conducting joint drills in Brest, Belarus.'), ['CHN→BLR 2024-07-08']);
});

test('one side congratulating the other on an achievement is political support; a congratulatory message sent stays a diplomatic message', () => {
  const of = (sentence: string) => newsEvents(`Astana\n\n${sentence}`, '2024-07-04').filter((x) => x.category === 'political_support' || x.category === 'diplomatic_relations').map((x) => `${x.category}/${x.subtype} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(of('On 4 July Xi Jinping congratulated Belarus on officially joining the SCO.'), ['political_support/congratulation CHN→BLR']);
  assert.deepEqual(of('On 4 July China extended warm congratulations to Belarus on its accession to the SCO.'), ['political_support/congratulation CHN→BLR']);
  // The one addressed is named after the verb; the pair's other side congratulates, whatever comes before it.
  assert.deepEqual(of('On 4 July, in a statement congratulating Belarusian President Alexander Lukashenko on his re-election, Chinese President Xi Jinping praised the ties.').filter((x) => x.startsWith('political_support')), ['political_support/congratulation CHN→BLR']);
  assert.deepEqual(of('On 4 July he was the first to congratulate me on the victory.'), []);
  assert.deepEqual(of('China and Belarus are close partners, China says. On 4 July President Abdullah Gul of Turkey congratulated Alexander Lukashenko on his re-election.').filter((x) => x.includes('congratulation')), []);
  assert.deepEqual(of('On 1 October Alexander Lukashenko sent a congratulatory message to Xi Jinping.').map((x) => x.split(' ')[0]), ['diplomatic_relations/message']);
});

test('the share of a park\'s residents from one country ("Among the 90 enterprises in the park, 46 are financed by China") is that country\'s investment there', () => {
  const of = (body: string) => newsEvents(`Park news\n\n${body}`, '2022-05-12').filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2}`);
  const park = 'The China-Belarus Industrial Park held a signing ceremony for a new resident company.';
  assert.deepEqual(of(`${park}\n\nAmong the 90 enterprises in the park, 46 are financed by China, 27 by Belarus.`), ['park_residents CHN→BLR']);
  // After a dated count, of its date: the count and the share are two facts.
  const dated = newsEvents(`Park news\n\n${park}\n\nSixty-eight enterprises settled down in the park by the end of 2020. Thirty-six of them are Chinese enterprises.`, '2021-01-29')
    .filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2} ${x.date} ${String(x.quote).slice(0, 12)}`);
  assert.deepEqual(dated, ['park_residents CHN→BLR 2020 Sixty-eight ', 'park_residents CHN→BLR 2020 Thirty-six o']);
  // With the count in its own sentence, one fact.
  assert.deepEqual(of(`${park} It is home to 34 resident enterprises, of which 18 are from China.`), ['park_residents CHN→BLR']);
  // Not "the park" of a text that never named one, nor a share with no country.
  assert.deepEqual(of('Belarus and China held a ceremony.\n\nAmong the 90 enterprises in the park, 46 are financed by China.'), []);
  assert.deepEqual(of(`${park}\n\nAmong the 90 enterprises in the park, 46 are large companies.`), []);
});

test('an official named by a country adjective and a title ("met with the Chinese Ambassador"), or by the full title of an envoy, is the one met', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\n${sentence}`, '2020-03-25').filter((x) => x.category === 'diplomatic_relations').map((x) => `${x.subtype} ${[x.actor_1, x.actor_2].sort().join('-')} ${x.date}`);
  assert.deepEqual(of('On 24 March Belarusian President Alexander Lukashenko met with the Chinese Ambassador in Minsk.'), ['talks BLR-CHN 2020-03-24']);
  assert.deepEqual(of('On 24 March Deputy Foreign Minister Sergei Aleinik met with the Ambassador Extraordinary and Plenipotentiary of the People\'s Republic of China to the Republic of Belarus.'), ['talks BLR-CHN 2020-03-24']);
});

test('an exercise told twice, once as the pair\'s and once placed in one of them, is one occurrence: the forces\' visit', () => {
  const body = 'China and Belarus began joint military exercises near NATO-member Poland on Monday.\n\nChina and Belarus commenced joint military exercises on Monday near Brest, Belarus, according to their defence ministries.';
  const e = newsEvents(`Drills near the border\n\n${body}`, '2024-07-09').filter((x) => x.category === 'diplomatic_relations' || x.category === 'visit').map((x) => `${x.category} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(e, ['visit CHN→BLR 2024-07-08']);
});

test('praise of the other side\'s achievements is political support: "highly appreciates China\'s significant achievements", "highlighted the staggering pace of China\'s development"', () => {
  const of = (sentence: string) => newsEvents(`Beijing\n\n${sentence}`, '2025-08-31').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(of('On 31 August Alexander Lukashenko highlighted the staggering pace of China\'s development.'), ['BLR→CHN']);
  assert.deepEqual(of('On 31 August the Belarusian side highly appreciated China\'s significant achievements in economic development.'), ['BLR→CHN']);
  assert.deepEqual(of('On 31 August China highly appreciated the significant achievements of Belarus in national development.'), ['CHN→BLR']);
  // Not the development of relations, nor an achievement of no one of the pair.
  assert.deepEqual(of('On 31 August Alexander Lukashenko highlighted the development of relations with China.'), []);
});

test('sharing the other side\'s approach or stance is political support: "Belarus shares Beijing\'s approaches"', () => {
  const of = (sentence: string) => newsEvents(`Minsk\n\n${sentence}`, '2023-04-27').filter((x) => x.category === 'political_support').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(of('On 27 April the Foreign Ministry said Belarus shares Beijing\'s approaches to security.'), ['BLR→CHN']);
  assert.deepEqual(of('On 27 April the Foreign Ministry said Belarus shares China\'s stance on the issue.'), ['BLR→CHN']);
});

test('a joint venture of the tables is its investor\'s investment where it is registered, whoever the sentence names: "BelGee was established in 2011", "The company assembled the first car"', () => {
  const of = (body: string) => newsEvents(`Car plant\n\n${body}`, '2019-04-10').filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(of('BelGee was established in 2011 to produce Geely cars in Belarus. The company assembled the first car in February 2013.'), ['joint_venture CHN→BLR 2011', 'production_started CHN→BLR 2013-02']);
  // A market or third country named beside it changes nothing.
  assert.deepEqual(of('BelGee has opened a new plant in Belarus to supply the Russian market on 17 November 2017.'), ['facility CHN→BLR 2017-11-17']);
  // A ceremony of laying a foundation stone starts a construction.
  assert.deepEqual(of('On 13 September 2017 officials attended the Foundation Stone Laying Ceremony of Weichai-Maz Joint Ventures.'), ['construction_started CHN→BLR 2017-09-13']);
  // A company of one country founded is no venture's investment; nor is a company named after "the company".
  assert.deepEqual(of('China and Belarus are partners. The Belarusian company MAZ was established in 1944. The company assembled the first truck in 1947.'), []);
  assert.deepEqual(of('BelGee was established in 2011 in Belarus. The company Amkodor assembled the first loader in 2013.'), ['joint_venture CHN→BLR 2011']);
  // The venture is the subject of "was established", right before it or before a relative clause; not a thing of it.
  assert.deepEqual(of('The Belarusian-Chinese CJSC BelGee, which produces cars under the Geely brand, was created in 2011.'), ['joint_venture CHN→BLR 2011']);
  assert.deepEqual(of('At BelGee, a new paint shop was set up in 2017 in Belarus.'), []);
  assert.deepEqual(of('BelGee\'s dealer network in Russia was established in 2015.'), []);
  // A foundation stone of an era is no construction.
  assert.deepEqual(of('The two leaders are laying the cornerstone of a new era of China-Belarus friendship on 10 April 2019.'), []);
  // Money that names no venture still turns by the words around it: a loan from Belarus to China stays Belarus's.
  const loans = newsEvents('Loan news\n\nIn 2015 Belarus extended a loan of $100 million to China.', '2016-04-10').filter((x) => x.category === 'finance').map((x) => `${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(loans, ['BLR→CHN']);
});

test('two countries that became strategic partners upgraded their relations: "have become comprehensive strategic partners"', () => {
  const of = (body: string) => newsEvents(`Xi and Lukashenko hold phone call\n\n${body}`, '2022-01-20').filter((x) => x.subtype === 'partnership').map((x) => `${[x.actor_1, x.actor_2].sort().join('-')} ${x.date}`);
  assert.deepEqual(of('Xi Jinping and Alexander Lukashenko spoke by phone on Thursday. In 2013 China and Belarus became comprehensive strategic partners.'), ['BLR-CHN 2013']);
  assert.deepEqual(of('Xi Jinping and Alexander Lukashenko spoke by phone on Thursday. China and Belarus have become comprehensive strategic partners.'), ['BLR-CHN null']);
  // Partners of no strategic kind are no upgrade, nor are the two countries' companies.
  assert.deepEqual(of('Xi Jinping and Alexander Lukashenko spoke by phone on Thursday. In 2013 China and Belarus became trading partners.'), []);
  assert.deepEqual(of('Xi Jinping and Alexander Lukashenko spoke by phone on Thursday. Chinese and Belarusian companies have become strategic partners in 2015.'), []);
});

test('an industrial park of the pair created, founded or established is the firm provider\'s investment in the other: "China has also established the Great Stone Industrial Park"', () => {
  const of = (body: string) => newsEvents(`Park news\n\n${body}`, '2023-05-10').filter((x) => x.category === 'investment').map((x) => `${x.subtype} ${x.actor_1}→${x.actor_2} ${x.date}`);
  assert.deepEqual(of('Belarus’ Great Stone Industrial Park established in 2012 under an intergovernmental agreement with China is already a hub.'), ['park_established CHN→BLR 2012']);
  assert.deepEqual(of('China has also established the Great Stone Industrial Park near Minsk in 2012.'), ['park_established CHN→BLR 2012']);
  assert.deepEqual(of('Founded in 2010 at the joint proposal of Chinese and Belarusian presidents, the China-Belarus Industrial Park is the largest project.'), ['park_established CHN→BLR 2010']);
  // Not a park that creates something, nor one park of one country, nor a plan.
  assert.deepEqual(of('The China-Belarus Industrial Park Great Stone has created all conditions for Chinese companies in Belarus.'), []);
  assert.deepEqual(of('Suzhou Industrial Park was established in 1994 in China.'), []);
  assert.deepEqual(of('Belarus and China agreed that an industrial park will be established in Minsk.'), []);
  assert.deepEqual(of('Belarus and China agreed to set up an industrial park near Minsk in 2010.'), []);
  assert.deepEqual(of('Chinese investment in the industrial park created jobs in Belarus in 2020.'), []);
});

test('the dated figure a trade change starts from is the same flow in its own year: "grew from $34 million in 1992 to over $2.5 billion in 2010"', () => {
  const of = (text: string, published = '2011-05-01') => rulesOnlyRecordsOf(text, published).tables.indicators.map((x) => `${x.indicator} ${x.period} ${x.value}`).sort();
  assert.deepEqual(of('Bilateral trade between China and Belarus has grown from $34 million in 1992 to over $2.5 billion in 2010.'), ['trade_volume 1992 34000000', 'trade_volume 2010 2500000000']);
  assert.deepEqual(of('Sino-Belarusian trade began to grow, increasing from more than $180 million in 2000 to $2 billion in 2008.'), ['trade_volume 2000 180000000', 'trade_volume 2008 2000000000']);
  assert.deepEqual(of('Belarus\' exports to China reached $8.1 million in 2018, up from $3.9 million worth of goods delivered in 2017.', '2019-05-01'), ['exports 2017 3900000', 'exports 2018 8100000']);
  // A starting figure the text does not date, or a figure compared with, is no fact of its own.
  assert.deepEqual(of('Trade between China and Belarus reached $3 billion in 2010, rising from $2.2 billion.'), ['trade_volume 2010 3000000000']);
  assert.deepEqual(of('Trade between China and Belarus reached $3 billion in 2010, compared with $2.2 billion in 2009.'), ['trade_volume 2010 3000000000']);
});

test('"this spring", "this summer": the season of the publication year', () => {
  const of = (text: string, published: string) => rulesOnlyRecordsOf(text, published).tables.events.filter((x) => x.category === 'visit').map((x) => x.date);
  assert.deepEqual(of('Lukashenko paid a state visit to China this spring.', '2023-06-10'), ['2023']);
  assert.deepEqual(of('This summer, Chinese Defence Minister Li Shangfu visited Minsk.', '2023-09-10'), ['2023']);
});

test('the pair agreed to a joint act of any verb, or decided that one of them will act, is an agreement; a pledge about the relationship is not', () => {
  const of = (text: string, published = '2017-04-25') => rulesOnlyRecordsOf(text, published).tables.events.filter((x) => x.category === 'agreement').map((x) => `${x.subtype} ${x.date}`);
  assert.deepEqual(of('In 2010 Belarus and China agreed to provide each other with land for a long-term lease for embassies.'), ['agreed 2010']);
  assert.deepEqual(of('During the talks on 15 July, the parties agreed to study in detail the possibility of creating a cluster in Belarus with China.'), ['agreed 2016-07-15']);
  assert.deepEqual(of('As a result of the meeting in 2015 the sides decided that China National Electric Engineering Company will finish installing equipment at the Vitebsk plant, Belarus said.'), ['agreed 2015']);
  assert.deepEqual(of('During the state visit to China between 28-30 September 2016, Belarus and China agreed to jointly advance the Belt and Road Initiative.', '2016-10-05'), ['agreed 2016-09-28']);
  // A pledge about the relationship, an object that is no act, a partnership agreed to at a summit.
  assert.deepEqual(of('Minsk and Beijing agreed to intensify bilateral relations on Wednesday.'), []);
  assert.deepEqual(of('In 2016 China and Belarus agreed to upgrade their ties to a comprehensive strategic partnership.'), []);
  assert.deepEqual(of('Belarus and China agreed to the proposal on Monday.'), []);
  assert.deepEqual(of('In 2016 China and Belarus formed a partnership that the countries agreed to at the summit.'), []);
});

test('a surname of a person found by the title before the name refers back to him, also with a possessive ("Ryžankoŭ’s visit to China")', () => {
  const v = newsEvents('Belarus, China preparing for high-level talks\n\nBelarusian Foreign Minister Maksim Ryžankoŭ and Chinese Ambassador Xie Xiaoyong have met in Minsk. The two also discussed the results of Ryžankoŭ’s visit to China on July 6–9.', '2024-07-23').filter((x) => x.category === 'visit');
  assert.deepEqual(v.map((x) => `${x.actor_1}→${x.actor_2} ${x.date}`), ['BLR→CHN 2024-07-06']);
});

test('a date right after a noun of another kind of event the fact follows is that event\'s: "travelled to Beijing … following the presidential election in January"', () => {
  const of = (text: string) => rulesOnlyRecordsFrom(writeArticle('t', `Belarus and China are close partners. ${text}\n`, { title: 'A courtesy visit', published: '2025-06-06', genre: 'analysis' }), 't').tables.events.filter((x) => x.category === 'visit').map((x) => x.date);
  assert.ok(!of('Lukashenka travelled to Beijing to seek political support following Belarus’s unrecognised presidential election in January.').includes('2025-01'));
  assert.ok(!of('Lukashenka travelled to Beijing after the protests in January.').includes('2025-01'));
  // Not a figure of the period of a crisis, nor an occurrence "amid" one (at the same time).
  const trade = rulesOnlyRecordsFrom(writeArticle('t', 'Belarus and China are close partners. Trade between Belarus and China fell by 10% following the pandemic in 2020.\n', { title: 'Trade', published: '2021-05-01', genre: 'analysis' }), 't').tables.events.filter((x) => x.category === 'trade').map((x) => x.date);
  assert.deepEqual(trade, ['2020']);
  assert.deepEqual(of('China sent medical supplies to Minsk and Lukashenka travelled to Beijing amid the outbreak in March.'), ['2025-03']);
  assert.deepEqual(of('Lukashenka travelled to Beijing on 2 June following Belarus’s presidential election in January.'), ['2025-06-02']);
  // A visit's own date after it stays its own.
  assert.deepEqual(of('Lukashenka travelled to Beijing in January.'), ['2025-01']);
});

test('a trade flow "to" or "from" a country is the other side\'s: "exports to China increased by 4%" are Belarus\'s exports', () => {
  const of = (text: string) => rulesOnlyRecordsOf(text, '2025-06-10').tables.indicators.map((x) => `${x.indicator} ${x.subject_country}→${x.partner_country} ${x.value}`).sort();
  assert.deepEqual(of('Belarus trades with China. In 2024 exports to China reached $680 million.'), ['exports BLR→CHN 680000000']);
  assert.deepEqual(of('Belarus trades with China. In 2024 imports from China grew by 12%.'), ['import_growth BLR→CHN 12']);
  // The flow after it, with no partner of its own, has the same two sides.
  assert.deepEqual(of('Belarus trades with China. In 2024 exports to China rose by 3%, while imports fell by 2%.'), ['export_growth BLR→CHN 3', 'import_growth BLR→CHN -2']);
  // A possessor named before the flow keeps it, and "its" flow after it is the possessor's too.
  assert.deepEqual(of('Belarus trades with China. In 2024 China\'s exports to Belarus increased by 4%.'), ['export_growth CHN→BLR 4']);
  assert.deepEqual(of('Belarus trades with China. In 2024 China\'s export volume to Belarus declined 78.9%, its import volume declined 31.8%.'), ['export_growth CHN→BLR -78.9', 'import_growth CHN→BLR -31.8']);
});

test('each growth of a sentence takes the percentage of its own stretch: "exports rose by 3.5 percent, while imports fell by 12.5 percent"', () => {
  const of = (text: string) => rulesOnlyRecordsOf(text, '2025-06-10').tables.indicators.map((x) => `${x.indicator} ${x.value}`).sort();
  assert.deepEqual(of('In 2024 Belarus\' exports to China rose by 3.5 percent, while its imports from the People\'s Republic of China fell by 12.5 percent.'), ['export_growth 3.5', 'import_growth -12.5']);
});

test('the sum a growth reached, in brackets or after "to reach", is the flow\'s figure of its own: "increased by 9.4% ($776.9 million)"', () => {
  const of = (text: string) => rulesOnlyRecordsOf(text, '2021-03-10').tables.indicators.map((x) => `${x.indicator} ${x.period} ${x.value}`).sort();
  assert.deepEqual(of('In 2020 Belarus\' export to China increased by 9.4% ($776.9 million), import shrank by 1.7% ($3.84 billion).'),
    ['export_growth 2020 9.4', 'exports 2020 776900000', 'import_growth 2020 -1.7', 'imports 2020 3840000000']);
  assert.deepEqual(of('In 2020 trade between Belarus and China has increased by 17 percent to reach $3.5 billion.'), ['trade_growth 2020 17', 'trade_volume 2020 3500000000']);
  // Not the increase itself.
  assert.deepEqual(of('In 2020 trade between Belarus and China grew by 10% (or $400 million).'), ['trade_growth 2020 10']);
});

test('a comma inside a number separates no propositions: "declined 78.9% to 4,200,000 US dollars, its import volume declined 31.8% to 15,050,000 US dollars"', () => {
  const of = (text: string) => rulesOnlyRecordsOf(text, '2001-06-10').tables.indicators.filter((x) => x.unit === 'USD').map((x) => `${x.indicator} ${x.value}`).sort();
  assert.deepEqual(of('From January to May 2001, while China\'s export volume to Belarus declined 78.9% to 4,200,000 US dollars, its import volume declined 31.8% to 15,050,000 US dollars.'), ['exports 4200000', 'imports 15050000']);
});

test('a growth told by a trigger of any trade growth is of the flow its clause names before it: "the export of Gomel Oblast to China increased nine times"', () => {
  const of = (text: string) => rulesOnlyRecordsOf(text, '2021-06-10').tables.indicators.map((x) => `${x.indicator} ${x.subject_country}→${x.partner_country} ${x.period} ${x.value} ${x.unit}`);
  assert.deepEqual(of('Year on year, the export of Gomel Oblast to China increased nine times in 2010. In January-May 2011 it went up 40%.'),
    ['export_growth BLR→CHN 2010 9 times', 'export_growth BLR→CHN 2011-01/2011-05 40 percent']);
  // With no flow word of its own, the figure it continues gives the flow, the sides and the period.
  assert.deepEqual(of('In 2017 Belarus exported beef worth $3 million to China. This is 72 times more than in 2016.'), ['exports BLR→CHN 2017 3000000 USD', 'export_growth BLR→CHN 2017 72 times']);
  assert.deepEqual(of('Belarus buys Chinese wood. In 2020 the import volume from China has increased by 7 times.'), ['import_growth BLR→CHN 2020 7 times']);
  // Trade both ways stays trade.
  assert.deepEqual(of('In 2020 trade between Belarus and China rose 2.5 times.'), ['trade_growth BLR→CHN 2020 2.5 times']);
});

test('a trade balance is neither the trade nor its growth, and a growth takes no percentage an earlier stretch gave its own figure', () => {
  const of = (text: string) => rulesOnlyRecordsOf(text, '2025-06-10').tables.indicators.map((x) => `${x.indicator} ${x.value}`).sort();
  const surplus = of('China’s trade surplus with Belarus surged 47.6% year-on-year to $4.77 billion in 2024, driven by strong Chinese exports of vehicles, while imports from Belarus, mostly agricultural goods, declined.');
  assert.ok(!surplus.some((x) => /^(trade_volume|trade_growth)/.test(x)), surplus.join(', '));
  assert.ok(!surplus.includes('import_growth -47.6'), surplus.join(', '));
  // Nor is the balance's sum the exports' that drove it.
  assert.ok(!surplus.some((x) => x.endsWith(' 4770000000')), surplus.join(', '));
  // A percentage after the trigger in another stretch is still its own.
  assert.deepEqual(of('In 2024 trade between Belarus and China reached $5 billion, up 10%.'), ['trade_growth 10', 'trade_volume 5000000000']);
});

test('a country opening the clause hosts the person it welcomes; of two leaders joined by "and" in a caption, the one away from home attends; taking part in the events a sentence before held abroad is a visit there', () => {
  const on = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2024-05-22').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  // A place that describes the guest ("an ally of Moscow") is not where the welcome is.
  assert.deepEqual(on('China today welcomes Prime Minister Roman Golovchenko of Belarus, a longtime ally of Moscow.'), ['2024-05-22 BLR→CHN']);
  // Not guests whose country is only an adjective of theirs, nor a country that is where, not who.
  assert.deepEqual(on('China welcomed Belarusian guests. Belarusian President Alexander Lukashenko paid a three-day state visit to Shanghai on 5 March 2010.'), ['2010-03-05 BLR→CHN']);
  assert.deepEqual(on('In China, officials welcomed President Lukashenko on Monday.'), []);
  // Only a country that opens the clause and is its subject, and not a person's possessive.
  assert.deepEqual(on('Students from China warmly welcomed President Lukashenko.'), []);
  assert.deepEqual(on('China’s state media welcomed President Lukashenko.'), []);
  assert.deepEqual(on('China welcomes President Lukashenko’s re-election.'), []);
  assert.deepEqual(on('Belarusian President Alexander Lukashenko, left, and Chinese President Xi Jinping, right, attend a ceremony in Beijing on 14 May 2017.'), ['2017-05-14 BLR→CHN']);
  assert.deepEqual(on('Chinese President Xi Jinping and Belarusian President Alexander Lukashenko attend a concert at the Palace of the Republic in Minsk on 12 May 2015.'), ['2015-05-12 CHN→BLR']);
  assert.deepEqual(on('The forum of regions of Belarus and China was held in Chengdu on 20 May 2024. A Belarusian delegation led by Deputy Prime Minister Viktor Karankevich took an active part in this forum.'), ['2024-05-20 BLR→CHN']);
  // Held in the delegation's own country: no visit; nor is "the meeting" any meeting told before.
  assert.deepEqual(on('The forum of regions of Belarus and China was held in Minsk on 20 May 2024. A Belarusian delegation led by Deputy Prime Minister Viktor Karankevich took an active part in this forum.'), []);
  assert.deepEqual(on('The forum of regions of Belarus and China was held in Chengdu on 20 May 2024. Belarusian Ambassador to China Kirill Rudy attended the meeting.'), []);
  // The events' own date, not the report's day; the nearest sentence that says where they were held, and its place
  // right after "held in".
  const report = (text: string) => newsEvents(`Belarus and China have close ties.\n\n${text}`, '2025-06-25').filter((x) => x.category === 'visit').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(report('The forum of regions of Belarus and China was held in Chengdu on 20 May 2024. On 1 June 2024 the results were published. Then a gala took place. A Belarusian delegation led by Deputy Prime Minister Viktor Karankevich took an active part in these events.'), ['2024-05-20 BLR→CHN']);
  assert.deepEqual(on('The first forum of regions was held in Chengdu on 20 May 2023. The second forum of regions was held in Minsk on 20 May 2024. A Belarusian delegation led by Deputy Prime Minister Viktor Karankevich took an active part in this forum.'), []);
  assert.deepEqual(on('The forum of regions was held in Minsk with guests from China on 20 May 2024. A Belarusian delegation led by Deputy Prime Minister Viktor Karankevich took an active part in this forum.'), []);
  // A body of the other country the visit verb takes is where the visit went, before a place of the visitor's own named
  // after it; not a body at a place of the visitor's own.
  assert.deepEqual(on('From May 21st to 23rd, 2019, Professor Ji Shunying, Dean of the Joint Institute, visited the Belarusian State University and discussed the programmes of Dalian University of Technology.'), ['2019-05-21 CHN→BLR']);
  assert.deepEqual(on('On April 30, 2019, a delegation of Mozyr State Pedagogical University visited the Confucius Institute at Francisk Skorina Gomel State University.'), []);
  // Nor a body whose office in the visitor's own country is what was visited.
  assert.deepEqual(on('A Belarusian delegation visited Huawei’s research centre in Minsk on 3 May 2024.'), []);
  assert.deepEqual(on('A Belarusian delegation visited the Huawei office, located in Minsk, on 3 May 2024.'), []);
});

test('statements of support about different things are facts of their own, each summary saying what it is about; one stance told twice stays one', () => {
  const support = (text: string) => rulesOnlyRecordsFrom(writeArticle('t', `Belarus and China have close ties.\n\n${text}`, { title: 'Test article', published: '2021-07-16', genre: 'news' }), 't').tables.events
    .filter((x) => x.category === 'political_support').map((x) => `${x.summary} | ${x.quote}`).sort();
  const summaries = (text: string) => support(text).map((x) => x.split(' | ')[0]);
  assert.deepEqual(summaries('On 15 July 2021 Lukashenko said that Belarus firmly supports China on the Taiwan question, supports the Global Development Initiative.'),
    ['Belarus declared political support for China on an initiative (15 July 2021).', 'Belarus declared political support for China on its core interests (15 July 2021).']);
  // The stance whose words come first in the trigger's stretch, not the first in the lexicon's order.
  assert.deepEqual(summaries('On 15 July 2021 Wang said China supports Belarus’s accession to the SCO and opposes sanctions against Belarus.'),
    ['China declared political support for Belarus against sanctions or interference (15 July 2021).', 'China declared political support for Belarus on membership of a body (15 July 2021).']);
  // Thanks say who thanks whom, in two sentences of one report beside support of another stance: two facts.
  assert.deepEqual(summaries('On 15 July 2021 Wang Yi expressed gratitude to Belarus for its firm support. China firmly opposes any sanctions against Belarus.'),
    ['China declared political support for Belarus against sanctions or interference (15 July 2021).', 'China thanked Belarus for its support (15 July 2021).']);
  // "China is thankful of the support from Belarus": the one thanked supports, and the stance is what the support is about.
  assert.deepEqual(summaries('On 15 July 2021 Jiang said China is thankful of the support from Belarus on the issue of Taiwan.'), ['Belarus declared political support for China on its core interests (15 July 2021).']);
  // A possessive's support keeps its supporter with a quoted word between ("Belarus' \"precious\" support for China").
  assert.deepEqual(summaries('On 15 July 2021 Hu expressed his appreciation for Belarus\' "precious" support for China on the Taiwan issue.'), ['Belarus declared political support for China on its core interests (15 July 2021).']);
  // The same stance twice is one fact; so is support that names no stance after one that does, and the summary's
  // stance is one its quote states.
  assert.equal(support('On 15 July 2021 China firmly opposed sanctions against Belarus. Wang said China opposes any unilateral sanctions against Belarus.').length, 1);
  const joined = support('On 15 July 2021 China firmly opposed any sanctions against Belarus. Wang said China supports Belarus.');
  assert.equal(joined.length, 1, joined.join(' / '));
  assert.ok(!/against sanctions/.test(joined[0]) || /sanctions/.test(joined[0].split(' | ')[1]), joined[0]);
});

test('agreements "reached during" a visit or talks, or "reached between" a host and a visiting guest, are agreements of that occasion; not those whose implementation is urged', () => {
  const agreed = (text: string) => newsEvents(`Belarus and China have close ties.\n\nLukashenko paid a state visit to China in March 2023. ${text}`, '2023-08-20').filter((x) => x.category === 'agreement').map((x) => `${x.date} ${x.actor_1}→${x.actor_2}`);
  assert.deepEqual(agreed('The minister revealed the details of the agreements reached during the official visit.'), ['2023-03 BLR→CHN']);
  assert.deepEqual(agreed('The plant was opened following the agreements reached by the President of Belarus during his state visit.'), ['2023-03 BLR→CHN']);
  assert.deepEqual(agreed('The commission is part of agreements reached between Premier Li Keqiang and visiting Belarusian Prime Minister Mikhail Myasnikovich.').length, 1);
  // Reached, not signed, and no one named is a signatory.
  const summary = newsEvents('Belarus and China have close ties.\n\nLukashenko paid a state visit to China in December 2023. The agreements reached during the current visit of Alexander Lukashenko will boost trade.', '2023-12-20').find((x) => x.category === 'agreement')?.summary;
  assert.equal(summary, 'Belarus and China reached agreements (December 2023).');
  // The implementation of agreements reached before, and agreements reached with no occasion named, are no new agreement.
  assert.deepEqual(agreed('The officials discussed the implementation of the agreements reached during the talks.'), []);
  assert.deepEqual(agreed('All the agreements reached will strengthen our cooperation.'), []);
});

test('joining the other side\'s initiative, also in a subordinate clause; a group of countries named by a plural noun is no partner of the pair', () => {
  const facts = (text: string) => newsEvents(`Belarus and China are partners.\n\n${text}`, '2019-06-01').map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`);
  // The subject of a subordinate clause named right before its verb acts, not the main clause's first country.
  assert.deepEqual(facts('Beijing-sponsored credit lines were introduced after Belarus joined China’s Belt and Road Initiative.'), ['political_support 2019-06-01 BLR→CHN']);
  assert.deepEqual(facts('Belarus was one of the first European countries to formally join the Belt and Road Initiative back in 2015.'), ['political_support 2015 BLR→CHN']);
  assert.deepEqual(facts('The ties grew stronger since China granted Belarus a loan of $1 billion in 2011.'), ['finance 2011 CHN→BLR']);
  // Totals with a group of countries (lexicon multilateral_partners) are not the pair's; the pair's own total is.
  assert.deepEqual(facts('In 2018, trade volume between China and Belt and Road countries exceeded US$446 billion.'), []);
  assert.deepEqual(facts('In 2018, China extended loans worth $2 billion to SCO countries.'), []);
  assert.deepEqual(facts('In 2018, trade volume between China and Belarus exceeded US$4 billion.'), ['trade 2018 BLR→CHN']);
});

test('support told of each side in one sentence, a figure beside one with a year, "his country", lending, a plant completed by a company of a country, exports that begin, training as a practice', () => {
  const facts = (text: string) => newsEvents(`Belarus and China are partners.\n\n${text}`, '2021-09-17').map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`).sort();
  // A clause joined after a reported one has its own subject; support told of each side is two facts.
  assert.deepEqual(facts('China is thankful that Belarus stands firmly with China on issues concerning its core interests, and China will continue to support Belarus in maintaining its sovereignty, Wang said.'),
    ['political_support 2021-09-17 BLR→CHN', 'political_support 2021-09-17 CHN→BLR']);
  // A hit whose own stretch of the clause names a year is another fact than one whose stretch names none.
  assert.deepEqual(facts('Belarusian exports to China rose 78 percent in January 2021 from the same prior-year period, while Chinese exports to Belarus increased 42 percent.'),
    ['trade 2021-01 BLR→CHN', 'trade 2021-01 BLR→CHN']);
  // "his country" is the country of the person named last before it.
  assert.deepEqual(facts('On Thursday Belarusian Prime Minister Sergei Sidorsky met Chinese guests. Developing friendly relations with China was one of the priorities of Belarusian diplomacy, Sidorsky said, and his country will continue its firm support to China in matters concerning China\'s core interests.'),
    ['diplomatic_relations 2021-09-16 BLR→CHN', 'political_support 2021-09-16 BLR→CHN']);
  // The noun "lending" is a loan (with its sum), not a lending rate.
  assert.deepEqual(facts('Total Chinese lending to Belarus since 2006 amounted to $4.6 billion in 2020.'), ['finance 2020 CHN→BLR']);
  assert.deepEqual(facts('In 2020 the National Bank of Belarus cut its lending rate to 7.75 percent, China said.'), []);
  // A plant completed, built or commissioned by a company the words name by its country.
  assert.deepEqual(facts('Belarus\' largest substation was completed on July 31, 2017 by a Chinese enterprise.'), ['investment 2017-07-31 CHN→BLR']);
  // Exports that begin, told with an infinitive.
  assert.deepEqual(facts('In 2019 Belarus began to supply poultry meat to China.'), ['trade 2019 BLR→CHN']);
  // A university that trains students of the other country: a practice at the time of writing.
  assert.deepEqual(facts('The Belarusian State University trains more than 3,000 Chinese citizens.'), ['cultural 2021 BLR→CHN']);
});

test('a surname in capitals, a forum named by a hyphenated pair, a signing ceremony, a province that agreed, a joint committee meeting held', () => {
  const facts = (text: string, published: string) => newsEvents(`Belarus and China are partners.\n\n${text}`, published).map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`).sort();
  // A surname written in capitals before the given name, and a forum named by a hyphenated pair in the place visited.
  assert.deepEqual(facts('From June 26th to 29th, HENU president LOU Yuangong attended the China-Belarus Presidents Forum in Minsk, capital of Belarus.', '2017-07-01'),
    ['visit 2017-06-26 CHN→BLR']);
  // With no other place after it, the pair's country of the visitor's own is where the visit was: no visit abroad.
  assert.deepEqual(facts('On 5 May 2017 the Belarusian delegation visited key Belarusian-Chinese venues.', '2017-07-01'), []);
  // A ceremony to sign an agreement is the signing.
  assert.deepEqual(facts('On 1 March 2018 the fair hosted a ceremony to sign a cooperation agreement between a Belarusian publishing house and a Chinese university press.', '2018-03-02'),
    ['agreement 2018-03-01 BLR→CHN']);
  // The pair agreeing to a joint act, one side named as a province of the other country ("and China's Guangdong
  // Province agreed to hold …"); a pledge to enhance cooperation stays no agreement (round 56).
  assert.deepEqual(facts('On 6 September Belarus and China\'s Guangdong Province agreed to hold a forum of their companies in Minsk.', '2019-09-10'), ['agreement 2019-09-06 BLR→CHN']);
  assert.deepEqual(facts('On 6 September Belarus and China\'s Guangdong Province agreed to enhance economic cooperation.', '2019-09-10'), []);
  // A joint committee's meeting told in the passive.
  assert.deepEqual(facts('On November 12, 2020, the third meeting of the Joint Management Committee of the Belarusian-Chinese Joint Institute was held in Minsk.', '2020-11-20'),
    ['diplomatic_relations 2020-11-12 BLR→CHN']);
});

test('a caption ending at a layout table\'s cell edge, a writer or artist named by that title, an appearance at an event abroad, a delegation being hosted, a translation published, a venture named with its kind of firm, a title of a body of a country', () => {
  const facts = (text: string, published: string) => newsEvents(`Belarus and China are partners.\n\n${text}`, published).map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`).sort();
  // A line ending at a table cell's edge ("… [Photo provided to China Daily] |") ends its block: the next line is not
  // read as part of the caption.
  const page = 'Nobel laureate Svetlana Alexievich receives an award at the Beijing fair. [Photo provided to China Daily] |\nBelarusian writer Svetlana Alexievich toured Shanghai, Beijing and Suzhou in August.';
  const spans = (t: string) => layoutSpans(t, 0, t.length).map(([a, b]) => t.slice(a, b));
  assert.deepEqual(spans(page).map((b) => b.slice(0, 18)), ['Nobel laureate Sve', 'Belarusian writer ']);
  // A person of the pair named by a profession's title (writer, artist …) is a visitor.
  assert.deepEqual(facts(page, '2016-09-07'), ['visit 2016-08 BLR→CHN']);
  assert.deepEqual(facts('On 11 May 2015 Chinese artist Ao Te came to Belarus for the second time.', '2015-05-12'), ['visit 2015-05-11 CHN→BLR']);
  // Appearing at an event abroad is attending it.
  assert.deepEqual(facts('On Thursday, Belarusian writer Svetlana Alexievich appeared at the Beijing International Book Fair.', '2016-08-26'), ['visit 2016-08-25 BLR→CHN']);
  // A university hosting a delegation of the other country.
  assert.deepEqual(facts('On 22 May 2019 the Belarusian National Technical University is hosting a delegation of 23 Chinese universities.', '2019-05-22'), ['visit 2019-05-22 CHN→BLR']);
  // A work translated into the other's language or published there, told as the clause's news; not a work described
  // as translated, nor works few of which have been translated.
  assert.deepEqual(facts('In 2016 the Chinese translation of the Belarusian writer\'s book Secondhand Time was published in Beijing.', '2016-09-07'), ['cultural 2016 BLR→CHN']);
  assert.deepEqual(facts('In 2016 the Belarusian delegation presented developments that had been translated into Chinese.', '2016-09-07'), []);
  assert.deepEqual(facts('Belarusian children\'s literature is little known, as very few Belarusian works have been translated into Chinese.', '2016-09-07'), []);
  // A joint venture of the tables written with its kind of firm and a relative clause before its verb.
  assert.deepEqual(facts('The Belarusian-Chinese BelGee plant, which produces passenger cars under the Chinese Geely brand, was established in 2011.', '2017-11-20'), ['investment 2011 CHN→BLR']);
  // A title "of" an organisation of a country names a person of that country, also with its acronym in brackets and
  // the name set off by commas; a university whose name opens with a country's name hosts the guest.
  assert.deepEqual(facts('On November 9, 2023, Hu Ming, Council Chair of China University of Political Science and Law (CUPL), welcomed the President of Belarusian State University (BSU), Karol Andrei Dmitrievich, at the Haidian Campus.', '2023-11-13'), ['visit 2023-11-09 BLR→CHN']);
  assert.deepEqual(facts('On November 9, 2023, the Council Chair welcomed the President of Belarusian State University (BSU), Karol Andrei Dmitrievich, at the Haidian Campus.', '2023-11-13'), []);
});

test('a visitor titled by a body of a country in the passive, thanks said with "would like to" and no reporting verb, a delegation met after a person, a visa-free regime told as an agreement\'s content', () => {
  const facts = (text: string, published: string) => newsEvents(`Belarus and China are partners.\n\n${text}`, published).map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`).sort();
  // "visited by" a title, its bodies, then its country.
  assert.deepEqual(facts('On 6 May 2019 Minsk was visited by the Minister of Foreign Affairs of China.', '2019-05-07'), ['visit 2019-05-06 CHN→BLR']);
  // A speaker who "would like to thank" thanks, also with no reporting verb in the sentence; "would thank" stays a forecast.
  assert.deepEqual(facts('On 29 September 2016 the talks were held in Beijing. On behalf of the Belarusian people I would like to thank China for this contribution to our relations.', '2016-09-30'), ['political_support 2016-09-29 BLR→CHN']);
  assert.deepEqual(facts('On 29 September 2016 the talks were held in Beijing. Belarus would thank China for this contribution to our relations.', '2016-09-30'), []);
  // A surname in capitals after the given name ("BSU President Andrei KAROL"), as before it ("LOU Yuangong").
  const karol = recordsOf('Belarus and China are partners. On 9 November 2023 Belarusian State University President Andrei KAROL visited Beijing.', '2023-11-13').tables.visits;
  assert.deepEqual(karol.map((v) => `${v.visitor} ${v.from_country}→${v.to_country}`), ['Andrei KAROL BLR→CHN']);
  // A delegation met after a person and a long title.
  assert.deepEqual(facts('On June 25, 2024, Lukashenko met with Hao Ping, Secretary of the Party Committee of Peking University, and a delegation of Chinese universities at the Palace of Independence.', '2024-06-30'), ['visit 2024-06-25 CHN→BLR']);
  // A visit's visitor written with "from"; signatures put in a memorandum are its signing.
  assert.deepEqual(facts('On 22 August 2024 the announcement came in Minsk during a visit from Chinese Prime Minister Li Qiang.', '2024-08-23'), ['visit 2024-08-22 CHN→BLR']);
  assert.deepEqual(facts('On 7 July 2021 the Minsk Region and a Chinese corporation put their signatures in the memorandum of cooperation.', '2021-07-08'), ['agreement 2021-07-07 BLR→CHN']);
  // A visa-free regime in a sentence that gives the agreement is that agreement, not a second fact.
  assert.deepEqual(facts('On August 10, 2018, an agreement on a 30-day mutual visa waiver regime between Belarus and China enters into force.', '2018-08-10'), ['agreement 2018-08-10 BLR→CHN']);
});

test('a day after its month and a comma with no year ("ended on July, 10th", "On June, 9"), or a comma after it too ("October, 29, 2019"), is that day; "the October Revolution" names no month', () => {
  const facts = (text: string, published: string) => newsEvents(`Belarus and China are partners.\n\n${text}`, published).map((x) => `${x.category} ${x.date} ${x.actor_1}→${x.actor_2}`).sort();
  assert.deepEqual(facts('A Chinese delegation\'s visit to the Belarusian Agricultural Academy ended on July, 10th.', '2024-07-15'), ['visit 2024-07-10 CHN→BLR']);
  assert.deepEqual(facts('On June, 9 a Chinese delegation arrived in Minsk.', '2024-07-15'), ['visit 2024-06-09 CHN→BLR']);
  assert.deepEqual(facts('On October, 29, 2019 Chinese Premier Li Keqiang visited Minsk.', '2019-11-02'), ['visit 2019-10-29 CHN→BLR']);
  // A count after a month and a comma stays a count: the day needs an ordinal suffix or "on" before the month.
  assert.deepEqual(facts('In June, 9 Chinese delegations visited Minsk.', '2024-07-15'), ['visit 2024-06 CHN→BLR']);
  // "the October Revolution" is an event's name, not the October before publication; the sentence's own date stands.
  assert.deepEqual(facts('The plant named after the October Revolution was visited by a Chinese delegation on 5 May 2019.', '2019-05-20'), ['visit 2019-05-05 CHN→BLR']);
});
