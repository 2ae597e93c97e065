/** One-line summaries generated from a record's fields, never copied from the source. */
import type { Reference } from '../extract/reference.ts';
import type { Draft } from './merge.ts';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2007", "November 2007", "5 November 2007", or "undated". */
export function readableDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-');
  if (d) return `${Number(d)} ${monthNames[Number(m) - 1]} ${y}`;
  if (m) return `${monthNames[Number(m) - 1]} ${y}`;
  return y;
}

/** "January–April 2025" for months of one year, else "<start> – <end>" ("December 2024 – February 2025", "2016–2018"). */
function readableRange(start: string, end: string): string {
  const [y1, m1, d1] = start.split('-');
  const [y2, m2, d2] = end.split('-');
  if (y1 === y2 && m1 && m2 && !d1 && !d2) return `${monthNames[Number(m1) - 1]}–${readableDate(end)}`;
  if (!m1 && !m2) return `${y1}–${y2}`;
  return `${readableDate(start)} – ${readableDate(end)}`;
}

/** "US$3.4 billion", "CNY 65 billion", "EUR 300 million". */
export function readableMoney(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount == null || !currency) return '';
  const scales: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  const [div, word] = scales.find(([d]) => amount >= d) ?? [1, ''];
  const n = Number((amount / div).toFixed(2)).toString();
  return `${currency === 'USD' ? 'US$' : `${currency} `}${n}${word ? ` ${word}` : ''}`;
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;

/** Whether a phrase names the country by its name as a word of its own ("President of Belarus"; not "Belarusian delegation"). */
function namesCountry(phrase: string, country: string): boolean {
  const at = phrase.indexOf(country);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(phrase[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(phrase[at + country.length] ?? '');
}

/** The summary of a draft record. */
export function summarise(d: Draft, ref: Reference): string {
  const name = (code: string | null | undefined) => (code ? ref.countryByCode.get(code)?.name ?? code : 'unknown');
  const x = d.details as Record<string, any>;
  // A trade figure of several months is of the whole period: "(January–April 2025)", not its first month.
  const period = d.category === 'trade' && d.date?.value && d.date.endValue ? readableRange(d.date.value, d.date.endValue) : null;
  const when = ` (${period ?? (d.date?.value ? readableDate(d.date.value) : d.date?.text ?? 'undated')})`;
  const list = (codes: string[] | null | undefined) => (codes?.length ? codes.map(name).join(', ') : name(d.actor_2));
  // A fact the sentence model proposed (extract/sentence-model.ts): no rule says what kind it is within its category.
  if (d.subtype === 'unclassified') {
    const [first, second] = d.stated_actors ?? [d.actor_1, d.actor_2];
    return `${name(first)}–${name(second)}: a fact on ${(ref.categories[d.category]?.label ?? d.category).toLowerCase()} stated in the source, found by the sentence model${when}.`;
  }
  switch (d.category) {
    case 'visit':
      // "President of Belarus", "delegation of Belarus": a visitor named with the country needs no " of Belarus" again.
      return `${x.visitor}${x.visitor_role ? ` (${x.visitor_role})` : ''}${namesCountry(String(x.visitor ?? ''), name(d.actor_1)) ? '' : ` of ${name(d.actor_1)}`} visited ${x.city ? `${x.city}, ` : ''}${name(d.actor_2)}${x.duration_days ? ` for ${x.duration_days} days` : ''}${x.delegation_size ? ` with a delegation of ${x.delegation_size}` : ''}${when}.`;
    case 'agreement':
      // A kind whose trigger says how to tell it ("agreed on a free visa regime": reached, not signed; an agreement that
      // entered into force) uses its template; a signing tells its count, value and signatories.
      if (ref.triggers.some((t) => t.category === d.category && t.subtype === d.subtype && t.summary)) break;
      // Agreements "reached" on an occasion, that no one is named as signing, say so ("reached agreements").
      return `${name(d.actor_1)} and ${name(d.actor_2)} ${x.reached && !x.signatories?.length ? 'reached' : 'signed'} ${x.count === 1 ? 'an ' : x.count ? `${x.count} ` : ''}agreement${x.count === 1 ? '' : 's'}${x.value != null ? ` worth ${readableMoney(x.value, x.currency)}` : ''}${x.signatories?.length ? `, signed by ${x.signatories.join(' and ')}` : ''}${when}.`;
    case 'trade':
      if (x.indicator === 'trade_partner_rank') return `${name(x.partner_country)} ranked ${x.value ? ordinal(x.value) : ''} among ${name(x.subject_country)}’s trade partners${when}.`;
      if (x.indicator === 'trade_growth') return `Trade between ${name(x.subject_country)} and ${name(x.partner_country)} ${growthPhrase(x.value, x.unit)}${when}.`;
      if (x.indicator === 'trade_volume') return `Trade between ${name(x.subject_country)} and ${name(x.partner_country)}${levelPhrase(x.value, x.unit)}${when}.`;
      if (x.indicator === 'exports' || x.indicator === 'imports') return `${name(x.subject_country)}’s ${x.indicator} ${x.indicator === 'exports' ? 'to' : 'from'} ${name(x.partner_country)}${levelPhrase(x.value, x.unit)}${when}.`;
      if (x.indicator === 'export_growth' || x.indicator === 'import_growth') return `${name(x.subject_country)}’s ${x.indicator === 'export_growth' ? 'exports to' : 'imports from'} ${name(x.partner_country)} ${growthPhrase(x.value, x.unit)}${when}.`;
      break;
    case 'finance': case 'aid': case 'investment': {
      const money = readableMoney(x.amount, x.currency);
      const label = ref.triggers.find((t) => t.category === d.category && t.subtype === d.subtype)?.label ?? d.subtype;
      if (x.type === 'project') return `${name(d.actor_1)} agreed to help build a ${x.project} in ${list(x.recipients)}${when}.`;
      if (!ref.triggers.some((t) => t.category === d.category && t.subtype === d.subtype && t.summary)) return `${name(d.actor_1)}: ${label}${money ? ` of ${money}` : ''} to ${list(x.recipients)}${when}.`;
      break;
    }
  }
  const trigger = ref.triggers.find((t) => t.category === d.category && t.subtype === d.subtype);
  const org = x.agent_id ? ref.organisations.find((o) => o.id === x.agent_id)?.name : null;
  // A mutual act's actors are stored in alphabetical order; its sentence keeps the order the source states.
  const [first, second] = d.stated_actors ?? [d.actor_1, d.actor_2];
  const adjective = ref.countryByCode.get(first)?.adjectives[0];
  const agent = org ?? (d.category === 'media' && adjective ? `${adjective} media` : name(first));
  // A statement of support says what it is about (lexicon support_stances): a summary of its own ("Belarus thanked China
  // for its support"), or a phrase after the one supported ("… for Belarus against sanctions or interference").
  const stance = x.stance ? ref.lexicon.support_stances?.[x.stance] : undefined;
  // (A trigger of the kind whose own summary has no place for the stance lends the template of one that has.)
  const stanceTemplate = stance && !trigger?.summary?.includes('{stance}') ? ref.triggers.find((t) => t.category === d.category && t.subtype === d.subtype && t.summary?.includes('{stance}'))?.summary : undefined;
  const template = stance?.summary ?? stanceTemplate ?? trigger?.summary ?? `{actor_1} → {actor_2}: ${trigger?.label ?? d.subtype.replace(/_/g, ' ')}{when}.`;
  const money = readableMoney(x.amount, x.currency);
  const fields: Record<string, string> = { actor_1: name(first), actor_2: name(second), agent, when, stance: stance?.phrase ?? '', money: money ? ` of ${money}` : '', amount: money ? ` ${money}` : '', recipients: list(x.recipients) };
  const filled = template.replace(/\{(\w+)\}/g, (_, k: string) => fields[k] ?? '');
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** " reached US$2 billion", or ", no figure given" when the text gives none ("launched test exports of its ice-cream"). */
function levelPhrase(value: number | null, unit: string): string {
  return value === null || value === undefined ? ', no figure given' : ` reached ${readableMoney(value, unit)}`;
}

/** "grew by 17%", "fell by 5%", "grew 3.4-fold", or "changed" when the text gives no figure. */
function growthPhrase(value: number | null, unit: string): string {
  if (value === null || value === undefined) return 'changed (no figure given)';
  if (unit === 'times') return `grew ${value}-fold`;
  return `${value < 0 ? 'fell' : 'grew'} by ${Math.abs(value)}%`;
}
