/** Money you can sum: lender, project, sector and status of finance rows, and sum_safe (pipeline/extract/finance.ts, pipeline/normalise/finance.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordsOf } from './lib/article.ts';
import { loadReference } from '../pipeline/extract/reference.ts';
import { buildFinanceRules, loadFinanceLexicon, organisationIdOf, statusOf } from '../pipeline/extract/finance.ts';
import { buildSumRules, markSumSafety, type Placed } from '../pipeline/normalise/finance.ts';
import { loadSchema } from '../pipeline/lib/schema.ts';
import type { FinanceRow } from '../pipeline/lib/types.generated.ts';
import type { Row } from '../pipeline/lib/records.ts';

const financeOf = (text: string, published = '2016-06-01') => recordsOf(text, published).tables.finance;
const byAmount = (rows: Row[], amount: number | null) => rows.find((r) => r.amount === amount);

test('the lexicon’s sectors and statuses are the schema’s enums', () => {
  const lex = loadFinanceLexicon();
  const schema = loadSchema('finance').properties;
  assert.deepEqual(Object.keys(lex.sectors).sort(), (schema.sector.enum ?? []).filter((x) => x !== null).sort());
  assert.deepEqual(Object.keys(lex.statuses).sort(), (schema.status.enum ?? []).filter((x) => x !== null).sort());
});

test('a lender named in the reference tables: its id and name; the provider stays the country', () => {
  const rows = financeOf('China and Belarus are close partners. On 5 March 2016 Belarus took a loan of $300 million from the China Development Bank to build a cement plant in Kostyukovichi.\n');
  const f = byAmount(rows, 300e6);
  assert.ok(f, JSON.stringify(rows));
  assert.equal(f.lender_id, 'org:china-development-bank');
  assert.equal(f.lender, 'China Development Bank');
  assert.equal(f.provider, 'CHN');
  assert.equal(f.project, 'cement plant in Kostyukovichi');
  assert.equal(f.sector, 'industry');
});

test('a lender the tables lack, found by its head noun, gets a stable id and an entity row', () => {
  const r = recordsOf('On 5 March 2016 China lent Belarus $200 million through the Minsk-Harbin Development Fund to build the Lida power station.\n', '2016-06-01');
  const f = byAmount(r.tables.finance, 200e6);
  assert.ok(f, JSON.stringify(r.tables.finance));
  assert.equal(f.lender, 'Minsk-Harbin Development Fund');
  assert.equal(f.lender_id, organisationIdOf('the Minsk-Harbin Development Fund'));
  assert.equal(f.lender_id, 'org:minsk-harbin-development-fund');
  for (const name of ['Banco de la Nación', 'Банк развития']) assert.match(organisationIdOf(name), new RegExp(String(loadSchema('finance').properties.lender_id.pattern)));
  assert.equal(f.sector, 'energy');
  assert.equal(f.project, 'Lida power station');
  assert.ok(r.tables.entities.some((e) => e.entity_id === f.lender_id && e.type === 'organisation'), 'the lender is an entity');
});

test('no lender named: lender empty, and a bank the money goes to is not the lender', () => {
  const f = byAmount(financeOf('On 5 March 2016 China lent Belarus $100 million.\n'), 100e6);
  assert.ok(f);
  assert.equal(f.lender, null);
  assert.equal(f.sector, null);
  assert.equal(f.project, null);
  const g = byAmount(financeOf('On 5 March 2016 China lent $100 million to the Development Bank of the Republic of Belarus.\n'), 100e6);
  assert.ok(g);
  assert.equal(g.lender, null);
  assert.equal(g.provider, 'CHN');
});

test('status as stated: the cue nearest the trigger; negated, forecast and infinitive cues state nothing; cancelled and delayed win', () => {
  const rules = buildFinanceRules(loadReference());
  const status = (text: string, trigger: string) => {
    const at = text.indexOf(trigger);
    return statusOf(text, { start: 0, end: text.length }, { start: at, end: at + trigger.length }, rules);
  };
  assert.equal(status('China signed a loan agreement with Belarus', 'loan'), 'signed');
  assert.equal(status('The $300 million loan was disbursed in March', 'loan'), 'disbursed');
  assert.equal(status('China offered loans for the plant', 'loans'), 'offered');
  assert.equal(status('The government approved the credit line', 'credit line'), 'approved');
  assert.equal(status('The loan, signed in 2014, was later cancelled', 'loan'), 'cancelled');
  assert.equal(status('The loan signed in 2014 was postponed', 'loan'), 'delayed');
  assert.equal(status('The loan has not been disbursed', 'loan'), null);
  assert.equal(status('The loan will be signed in May', 'loan'), null);
  assert.equal(status('an agreement to provide a loan', 'loan'), null);
  assert.equal(status('China lent Belarus money', 'lent'), null);
});

test('a forecast states no finance fact; a stated one carries its status', () => {
  assert.deepEqual(financeOf('China will lend Belarus $1 billion next year.\n'), []);
  const f = byAmount(financeOf('On 5 March 2016 China signed a $250 million loan to Belarus.\n'), 250e6);
  assert.equal(f?.status, 'signed');
});

test('a package and its parts: the total is not sum-safe, the parts are and point to it', () => {
  const rows = financeOf('On 22 April 2016 the Export-Import Bank of China granted Belarus loans worth over $1 billion for a number of projects. '
    + 'In particular, China lent Belarus $654 million to build a pulp mill in Svetlogorsk. '
    + 'The bank also lent Belarus $400 million to finance the reconstruction of the M-5 road.\n');
  const total = byAmount(rows, 1e9);
  const parts = [byAmount(rows, 654e6), byAmount(rows, 400e6)];
  assert.ok(total && parts.every(Boolean), JSON.stringify(rows));
  assert.equal(total.sum_safe, false);
  assert.equal(total.sum_safe_reason, 'package_total');
  for (const p of parts) {
    assert.equal(p!.sum_safe, true);
    assert.equal(p!.part_of, total.event_id);
    assert.equal(p!.lender_id, 'org:china-exim-bank', 'the lender of the package, referred back to');
    assert.equal(p!.provider, 'CHN');
  }
  assert.equal(parts[1]!.sector, 'transport');
  const summed = rows.filter((r) => r.sum_safe === true).reduce((s, r) => s + Number(r.amount_usd), 0);
  assert.equal(summed, 1054e6, 'the money is counted once');
});

test('a component whose amount is not stated never gets the package’s value', () => {
  const rows = financeOf('On 10 May 2016 China granted Belarus a $500 million package including a loan for the Minsk airport.\n');
  const pkg = rows.find((r) => r.type === 'package');
  const loan = rows.find((r) => r.type === 'loan');
  assert.ok(pkg && loan, JSON.stringify(rows));
  assert.equal(pkg.amount, 500e6);
  assert.equal(pkg.project, null, 'the airport is the loan’s project');
  assert.equal(loan.project, 'Minsk airport');
  assert.equal(loan.amount, null);
  assert.equal(loan.amount_usd, null);
  assert.equal(loan.part_of, pkg.event_id);
  assert.equal(pkg.sum_safe, true, 'its parts state no amount: the total is counted, once');
  assert.equal(rows.filter((r) => r.amount === 500e6).length, 1);
});

/** A finance row with defaults, for the sum-safety pass alone. */
function row(id: string, fields: Partial<FinanceRow>): FinanceRow {
  return { event_id: id, date: '2016', type: 'loan', amount: null, currency: 'USD', amount_usd: null, usd_rate: null, provider: 'CHN', lender: null, lender_id: null, recipients: 'BLR', project: null, sector: null, status: null, part_of: null, sum_safe: true, sum_safe_reason: null, ...fields };
}

test('sum safety: a multi-country total, amounts that add up, a repeated statement, a running total', () => {
  const text = 'A. China offered RMB 65 billion to five countries. B. China lent Belarus $300 million. C. China lent Belarus $700 million. '
    + 'D. Far away in the text, loans of $1 billion were signed with Belarus that year. E. China lent Belarus $300 million, the minister repeated. '
    + 'F. Belarus received $3 billion of Chinese loans in the past.';
  const at = (s: string): Placed => ({ source_id: 's', start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const rows = [
    row('a', { amount: 65e9, currency: 'CNY', amount_usd: 9.5e9, recipients: 'BLR; ARG; IDN; MYS; KOR', type: 'currency_swap' }),
    row('b', { amount: 300e6, amount_usd: 300e6 }),
    row('c', { amount: 700e6, amount_usd: 700e6 }),
    row('d', { amount: 1e9, amount_usd: 1e9 }),
    row('e', { amount: 300e6, amount_usd: 300e6, date: null }),
    row('f', { amount: 3e9, amount_usd: 3e9 }),
    row('g', { amount: null }),
  ];
  const placed = new Map<string, Placed>([
    ['a', at('China offered RMB 65 billion to five countries')], ['b', at('China lent Belarus $300 million. C')], ['c', at('China lent Belarus $700 million')],
    ['d', at('loans of $1 billion were signed with Belarus that year')], ['e', at('China lent Belarus $300 million, the minister repeated')],
    ['f', at('Belarus received $3 billion of Chinese loans in the past')], ['g', at('A.')],
  ]);
  markSumSafety(rows, placed, new Map([['s', text]]), buildSumRules(loadFinanceLexicon()));
  const reason = Object.fromEntries(rows.map((r) => [r.event_id, r.sum_safe_reason]));
  assert.deepEqual(reason, { a: 'multi_country_total', b: null, c: null, d: 'package_total', e: 'repeated_statement', f: 'cumulative_total', g: 'no_usd_amount' });
  for (const r of rows) assert.equal(r.sum_safe, r.sum_safe_reason === null);
  assert.equal(rows[1].part_of, 'd');
  assert.equal(rows[2].part_of, 'd');
});

test('"for the plant" names the plant the text named before; "many projects" names none', () => {
  const rows = financeOf('In 2012 China agreed to finance a nuclear power plant in Ostrovets. On 5 March 2013 China lent Belarus $500 million for the plant. '
    + 'On 9 May 2013 China lent Belarus $80 million for many investment projects.\n');
  const plant = byAmount(rows, 500e6);
  assert.equal(plant?.project, 'nuclear power plant');
  assert.equal(plant?.sector, 'energy');
  assert.equal(byAmount(rows, 80e6)?.project, null);
});

test('a total named after its components ("a credit line and a grant, worth $500 million in total") is a package, not the first component’s amount', () => {
  const rows = financeOf('On 28 April 2016 China granted Belarus a credit line and a grant, worth US$500 million in total.\n');
  const pkg = rows.find((r) => r.type === 'package');
  assert.equal(pkg?.amount, 500e6, JSON.stringify(rows));
  assert.equal(pkg?.sum_safe, true);
  assert.ok(rows.filter((r) => r !== pkg).every((r) => r.amount === null && r.part_of === pkg.event_id));
});

test('an amount the size of an economy, a market or a portfolio is no money between two parties (finance.json largest_plausible_amount_usd)', () => {
  const rows = financeOf('China and Belarus are close partners. At present, a major Chinese rating agency rates bonds of 10 thousand companies worth about $ 1 trillion and bank loans worth more than $ 1.1 trillion. In May 2016 China granted Belarus a loan of $700 million.\n');
  assert.deepEqual(rows.map((r) => r.amount), [700e6]);
  const largest = loadFinanceLexicon().largest_plausible_amount_usd!;
  assert.ok(largest >= 1e11 && largest < 1e12, String(largest));
  // An amount in a currency with many zeros (old Belarusian roubles) is converted before it is judged.
  const roubles = financeOf('China and Belarus are close partners. In 2010 China granted Belarus aid of Br 3 trillion for the new hospital.\n', '2010-06-01');
  assert.ok(roubles.every((r) => r.amount_usd === null || Number(r.amount_usd) < largest), JSON.stringify(roubles));
});
