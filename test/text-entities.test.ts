/**
 * People and organisations the texts name that the reference tables lack: published in entities.csv with origin
 * 'text', so every id a table gives (a visitor, a lender) is a row of entities; words of a headline, an honorific or
 * an organisation's name are no person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordsOf, rulesOnlyRecordsFrom, writeArticle } from './lib/article.ts';

test('a titled person and an organisation known by its kind, not in the tables, are entities found in text', () => {
  const r = recordsOf('Belarus and China are close. Belarusian Deputy Foreign Minister Alena Kupchyna visited Beijing in April 2016. Xinda, the Chinese carmaker, opened a plant in Minsk in May 2016.', '2016-06-01');
  const byId = new Map(r.tables.entities.map((e) => [e.entity_id, e]));
  assert.deepEqual(byId.get('person:alena-kupchyna'), { entity_id: 'person:alena-kupchyna', name: 'Alena Kupchyna', type: 'person', country: 'BLR', aliases: null, origin: 'text' });
  assert.equal(byId.get('org:xinda')?.origin, 'text');
  assert.equal(byId.get('org:xinda')?.country, 'CHN');
  assert.equal(byId.get('CHN')?.origin, 'reference');
});

test('every visitor id a visit gives is an entity; a delegation known by its country has none, and is named as the text names it', () => {
  const text = 'China and Belarus are partners.\n\nBelarusian Deputy Foreign Minister Alena Kupchyna visited Beijing on 4 April 2016.\n\nOn 5 May 2016, Gomel Governor Vladimir Dvornik met with a delegation from Guangdong Province in Gomel.';
  const r = rulesOnlyRecordsFrom(writeArticle('t', text, { title: 'China and Belarus', published: '2016-06-01', genre: 'news' }), 't');
  const ids = new Set(r.tables.entities.map((e) => e.entity_id));
  const visits = r.tables.visits;
  assert.ok(visits.length >= 2, JSON.stringify(visits));
  for (const v of visits) assert.ok(v.visitor_id === null || ids.has(v.visitor_id), `${v.visitor_id} is no entity`);
  const delegation = visits.find((v) => v.from_country === 'CHN');
  assert.equal(delegation?.visitor_id, null);
  assert.equal(delegation?.visitor, 'delegation from Guangdong');
});

test('a headline\'s verbs, an honorific and the words of an organisation\'s name make no person', () => {
  const people = (text: string) => recordsOf(`Belarus and China are close.\n\n${text}`, '2016-06-01').tables.entities.filter((e) => e.origin === 'text' && e.type === 'person').map((e) => e.name);
  assert.deepEqual(people('Chinese President Holds Talks With Belarussian President\n\nThe two presidents met in Minsk on 20 July 2001.'), []);
  assert.deepEqual(people('Belarusian Ambassador Mr Piotr Rudnik visited Beijing in May 2016.'), ['Piotr Rudnik']);
  assert.deepEqual(people('The contract went to Chinese state-owned China Locomotive Co in May 2016.'), []);
});

test('in a list of names each set off by its title, a title belongs to the name before it, not to the next name', () => {
  const r = recordsOf('Belarus and China are close.\n\nWang Yong, Vice Chairman of the CPPCC National Committee, Qian Keming, Vice Minister of the Ministry of Commerce of China, Ivan Petrovsky, Minister of the Ministry of Economy of the Republic of Belarus, attended the forum in Minsk on 2 July 2019.', '2019-07-03');
  const countries = new Map(r.tables.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.country]));
  assert.notEqual(countries.get('Ivan Petrovsky'), 'CHN', 'the Chinese vice minister\'s title is not his');
  assert.equal(countries.get('Qian Keming'), 'CHN');
});

test('a weekday or a place set off by a comma before a title is no name the title belongs to', () => {
  const r = recordsOf('Belarus and China are close.\n\nOn Monday, Belarusian Deputy Foreign Minister, Alena Kupchyna, visited Beijing.', '2019-06-12');
  assert.equal(r.tables.entities.find((e) => e.entity_id === 'person:alena-kupchyna')?.country, 'BLR');
});
