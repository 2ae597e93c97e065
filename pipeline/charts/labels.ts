/** Human-readable names for the coded values the charts show (categories, kinds of money). One place to edit wording. */

/** events.category → label. Unknown categories fall back to humanise(). */
export const categoryLabels: Record<string, string> = {
  diplomatic_relations: 'Diplomatic relations',
  visit: 'Visits',
  agreement: 'Agreements',
  trade: 'Trade',
  finance: 'Finance',
  aid: 'Aid',
  investment: 'Investment',
  political_support: 'Political support',
  un_vote: 'UN votes',
  cultural: 'Culture',
  technology: 'Technology',
  media: 'Media',
};

/** Kinds of money on the money chart: 'agreement' (agreements table) and finance.type values. */
export const moneyKindLabels: Record<string, string> = {
  agreement: 'Agreements signed',
  currency_swap: 'Currency swap',
  loan: 'Loan',
  preferential_loan: 'Preferential loan',
  credit_line: 'Credit line',
  aid: 'Aid',
  grant: 'Grant',
  investment: 'Investment',
  project: 'Project',
};

/** 'some_code' → 'Some code', for values no table above names. */
export function humanise(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label of a code in a table, or the code humanised. */
export function labelOf(table: Record<string, string>, code: string): string {
  return table[code] ?? humanise(code);
}
