/** Money amounts, percentages, ordinals and counts, from the NLP model's numeric entities and the currency lexicon. */
import type { Currency, Lexicon } from './reference.ts';
import { escapeRegex, matchesOf } from './reference.ts';

export interface MoneyMention { start: number; end: number; amount: number; /** Every currency the marker can mean ("Br": BYR or BYN); see currencyAt. */ currencies: string[]; text: string }
export interface NumberMention { start: number; end: number; value: number; text: string }

export interface AmountRules { money: RegExp; /** "per tonne", "a barrel", "/t" right after an amount: a unit price, no sum. */ unitPrice: RegExp; wordMoney: RegExp; ordinal: RegExp; fraction: RegExp; fractions: Map<string, number>; digit: RegExp; markers: Map<string, string[]>; validity: Map<string, { from?: string; to?: string }>; scales: Record<string, number>; numberWords: Record<string, number>; ordinals: Record<string, number> }

/** The scale words written out in full ("million", "billion", "thousand"): only they make an amount spelt in words. */
const SPELT_SCALE = /illion|thousand/i;

/** A regex for "<marker> <number> <scale>" and "<number> <scale> <marker>", markers from the currency table. */
export function buildAmountRules(currencies: Currency[], lex: Lexicon): AmountRules {
  const markers = new Map<string, string[]>();
  for (const c of currencies) {
    for (const m of new Set([...c.symbols, ...c.names, c.code].filter(Boolean).map((x) => x.toLowerCase()))) markers.set(m, [...(markers.get(m) ?? []), c.code]);
  }
  const validity = new Map(currencies.map((c) => [c.code, { from: c.valid_from, to: c.valid_to }]));
  const alt = [...markers.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  const num = '\\d+(?:[.,]\\d+)*';
  const scale = Object.keys(lex.scale_words).sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  // Hyphens join them in an adjective: "the 1-billion-dollar loan", "a $1-billion credit line".
  const pre = `(?<pre>${alt})\\s?(?<n1>${num})(?:(?:\\s?|-)(?<s1>${scale})(?![\\p{L}]))?`;
  const post = `(?<n2>${num})(?:(?:\\s?|-)(?<s2>${scale}))?[\\s-](?<post>${alt})(?![\\p{L}])`;
  const fractions = fractionWords(lex);
  // "one billion dollars", "a million euros": a number word (or "a") and a scale word spelt out, then the currency.
  const words = ['a', ...Object.keys(lex.number_words)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  const longScales = Object.keys(lex.scale_words).filter((w) => SPELT_SCALE.test(w)).map(escapeRegex).join('|');
  return {
    money: new RegExp(`(?<![\\p{L}\\p{N}])(?:${pre}|${post})`, 'giu'),
    // "at $230 per tonne", "$400 a ton": the price of one unit of a quantity (lexicon quantity_units) is no amount of a deal, loan or trade.
    unitPrice: new RegExp(`^\\s*(?:(?:per|an?)\\s+|/\\s*)(?:${[...lex.quantity_units].sort((a, b) => b.length - a.length).map(escapeRegex).join('|').replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu'),
    wordMoney: new RegExp(`(?<![\\p{L}\\p{N}-])(?<n>${words})[\\s-]+(?<s>${longScales})[\\s-]+(?<post>${alt})(?![\\p{L}])`, 'giu'),
    ordinal: new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d+)(?:st|nd|rd|th)|(${Object.keys(lex.ordinal_words).map(escapeRegex).join('|')}))(?![\\p{L}\\p{N}])`, 'giu'),
    // "increased by a quarter": a fraction after "by" (lexicon fraction_percents).
    fraction: new RegExp(`(?<![\\p{L}])by\\s+(${fractions.map(escapeRegex).join('|').replace(/ /g, '\\s+')})(?![\\p{L}])`, 'giu'),
    fractions: new Map(fractions.map((w) => [w, Number(lex.fraction_percents[w])])),
    digit: /\d/, markers, validity, scales: lex.scale_words, numberWords: lex.number_words, ordinals: lex.ordinal_words,
  };
}

/** Parses "3.4", "1,200", "1.200" (read as thousands when three digits follow). */
export function parseNumber(s: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return Number(s.replace(/,/g, ''));
}

/** Every money amount in text[start, end). */
export function findMoney(text: string, start: number, end: number, rules: AmountRules): MoneyMention[] {
  const out: MoneyMention[] = [];
  const slice = text.slice(start, end);
  // No digit, no amount, unless one is spelt out ("one billion dollars"): skip the long currency patterns.
  if (rules.digit.test(slice)) {
    for (const m of matchesOf(rules.money, slice)) {
      const g = m.groups!;
      const marker = (g.pre ?? g.post).toLowerCase();
      const n = parseNumber(g.n1 ?? g.n2);
      const sc = (g.s1 ?? g.s2)?.toLowerCase();
      const amount = Math.round(n * (sc ? rules.scales[sc] : 1) * 100) / 100;
      if (rules.unitPrice.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
      out.push({ start: start + m.index!, end: start + m.index! + m[0].length, amount, currencies: rules.markers.get(marker)!, text: m[0] });
    }
  }
  if (!SPELT_SCALE.test(slice)) return out;
  for (const m of matchesOf(rules.wordMoney, slice)) {
    const g = m.groups!;
    const n = g.n.toLowerCase() === 'a' ? 1 : rules.numberWords[g.n.toLowerCase()];
    out.push({ start: start + m.index!, end: start + m.index! + m[0].length, amount: n * rules.scales[g.s.toLowerCase()], currencies: rules.markers.get(g.post.toLowerCase())!, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The fraction words of the lexicon (its keys but the note). */
function fractionWords(lex: Lexicon): string[] {
  return Object.keys(lex.fraction_percents).filter((k) => !k.startsWith('_')).sort((a, b) => b.length - a.length);
}

/** Every percentage in text[start, end): "72 percent", "72%", "72 per cent", and "by a quarter" (25). */
export function findPercents(text: string, start: number, end: number, rules: AmountRules): NumberMention[] {
  const slice = text.slice(start, end);
  const found = /\d/.test(slice) ? matchesOf(/(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/giu, slice).map((m) => ({
    start: start + m.index!, end: start + m.index! + m[0].length, value: Number(m[1]), text: m[0],
  })) : [];
  if (!/\bby\s/i.test(slice)) return found;
  for (const m of matchesOf(rules.fraction, slice)) {
    found.push({ start: start + m.index!, end: start + m.index! + m[0].length, value: rules.fractions.get(m[1].toLowerCase().replace(/\s+/g, ' '))!, text: m[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every ordinal in text[start, end): "fourth", "4th", "second-largest". */
export function findOrdinals(text: string, start: number, end: number, rules: AmountRules): NumberMention[] {
  return matchesOf(rules.ordinal, text.slice(start, end)).map((m) => ({
    start: start + m.index!, end: start + m.index! + m[0].length, value: m[1] ? Number(m[1]) : rules.ordinals[m[2].toLowerCase()], text: m[0],
  }));
}

/** A count written as digits or a number word ("16", "sixteen", "a dozen"), or null. */
export function parseCount(s: string, rules: AmountRules): number | null {
  const t = s.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  return rules.numberWords[t] ?? null;
}

/** The currency an amount is in at a date: of the marker's currencies, the one in use then ("Br" in 2009 is BYR, in 2020 BYN). */
export function currencyAt(money: MoneyMention, date: string | null | undefined, rules: AmountRules): string {
  if (money.currencies.length === 1 || !date) return money.currencies[0];
  const inUse = money.currencies.find((code) => {
    const v = rules.validity.get(code);
    return (!v?.from || v.from.slice(0, date.length) <= date) && (!v?.to || date <= v.to.slice(0, date.length) || v.to.startsWith(date));
  });
  return inUse ?? money.currencies[0];
}
