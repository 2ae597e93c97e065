/**
 * The organisations pass alone (pipeline/extract/organisations.ts): names the tables lack, known by what the text calls
 * them, with the country of the adjective or place that describes them; and the words that are no part of a name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExtractor } from '../pipeline/extract.ts';
import { findMentions } from '../pipeline/extract/gazetteer.ts';
import { findTextOrganisations, type TextOrganisation } from '../pipeline/extract/organisations.ts';
import { findTextPeople, withTextPeople } from '../pipeline/extract/names.ts';

const x = buildExtractor();

/** The organisations found in each sentence of `sentences`, in order, as "name=COUNTRY". */
function organisations(...sentences: string[]): string[][] {
  const found = new Map<string, TextOrganisation>();
  return sentences.map((text) => {
    // As extract.ts does: the tables' mentions, then people by their titles, then organisations.
    const tables = findMentions(text, 0, text.length, x.gazetteer, new Set());
    const listed = withTextPeople(tables, findTextPeople(text, 0, text.length, tables, x.names, new Map(), new Map()));
    return findTextOrganisations(text, 0, text.length, listed, x.organisations, found).sort((a, b) => a.start - b.start).map((m) => `${text.slice(m.start, m.end)}=${m.country}`);
  });
}

test('a country adjective and a noun of kind before a name, or an apposition after it, make an organisation of that country', () => {
  assert.deepEqual(organisations('Green Cycle Energy, a Shenzhen-based company, received an order from Belarusian defense contractor BelOMO Holding.'), [['Green Cycle Energy=CHN', 'BelOMO Holding=BLR']]);
  assert.deepEqual(organisations('Xinda, the Chinese carmaker, opened a plant.'), [['Xinda=CHN']]);
  assert.deepEqual(organisations('Another Chinese parts manufacturer, Morotack, signed a contract.'), [['Morotack=CHN']]);
});

test('a name found once is known by itself, and without its words of form, for the rest of the article', () => {
  assert.deepEqual(organisations('Belarusian defense contractor BelOMO Holding ordered parts.', 'Diaproector, a BelOMO group company, got 200 units.', 'BelOMO Holding paid in yuan.'), [['BelOMO Holding=BLR'], ['BelOMO=BLR'], ['BelOMO Holding=BLR']]);
});

test('no organisation from sentence openers, mentions, weekdays, titles, or an adjective that describes something else', () => {
  assert.deepEqual(organisations('Meanwhile, a Chinese company has opened an office in Minsk.', 'Meanwhile, trade grew.'), [[], []]);
  assert.deepEqual(organisations('In Belarus Xinda, a Chinese company, has invested in a plant.'), [['Xinda=CHN']]);
  assert.deepEqual(organisations('Belarusian firm Amkodor Monday signed a contract.'), [['Amkodor=BLR']]);
  assert.deepEqual(organisations('Talks with the head of the Chinese working group Vice Premier Zhang Gaoli went well.'), [[]]);
  assert.deepEqual(organisations('The Chinese delegation visited the company Amkodor on Monday.'), [[]]);
});
