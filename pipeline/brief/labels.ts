/**
 * Every fixed word the brief prints: section titles, category and subtype labels, the fixed text of
 * "About the data". Numbers never live here: they come from the records.
 */

/** The themes of the brief, in print order; each lists the event categories it shows. */
export const themes = [
  { id: 'diplomatic', title: 'Diplomatic relations', categories: ['diplomatic_relations'] },
  { id: 'visits', title: 'High-level visits', categories: ['visit'] },
  { id: 'agreements', title: 'Agreements', categories: ['agreement'] },
  { id: 'finance', title: 'Finance and aid', categories: ['finance', 'aid', 'investment'] },
  { id: 'trade', title: 'Trade', categories: ['trade'] },
  { id: 'political', title: 'Political support and UN votes', categories: ['political_support', 'un_vote'] },
  { id: 'culture', title: 'Culture', categories: ['cultural'] },
  { id: 'techmedia', title: 'Technology and media', categories: ['technology', 'media'] },
] as const;
export type ThemeId = (typeof themes)[number]['id'];

/** What each category means, for "About the data" (label, singular noun, definition). */
export const categories: Record<string, { label: string; noun: [string, string]; meaning: string }> = {
  diplomatic_relations: { label: 'Diplomatic relations', noun: ['diplomatic fact', 'diplomatic facts'], meaning: 'Relations established, party-to-party exchanges and other formal ties.' },
  visit: { label: 'Visits', noun: ['visit', 'visits'], meaning: 'Official and high-level visits by a leader or delegation of one country to the other.' },
  agreement: { label: 'Agreements', noun: ['signing of agreements', 'signings of agreements'], meaning: 'Agreements signed, with their number and stated value when given.' },
  trade: { label: 'Trade', noun: ['trade fact', 'trade facts'], meaning: 'Trade figures (volumes, growth, partner ranks) and trade events such as fairs.' },
  finance: { label: 'Finance', noun: ['financial arrangement', 'financial arrangements'], meaning: 'Currency swaps, loans and credit lines.' },
  aid: { label: 'Aid', noun: ['aid fact', 'aid facts'], meaning: 'Aid, grants and projects one country helps to build or fund in the other.' },
  investment: { label: 'Investment', noun: ['investment', 'investments'], meaning: 'Investments by one country in the other.' },
  political_support: { label: 'Political support', noun: ['act of political support', 'acts of political support'], meaning: 'Statements of support and joint political participation.' },
  un_vote: { label: 'UN votes', noun: ['UN vote', 'UN votes'], meaning: 'Votes and positions taken in United Nations bodies.' },
  cultural: { label: 'Culture', noun: ['cultural fact', 'cultural facts'], meaning: 'Cultural institutes, exhibitions, performances and exchanges.' },
  technology: { label: 'Technology', noun: ['technology fact', 'technology facts'], meaning: 'Technology events, joint commissions and technology transfer.' },
  media: { label: 'Media', noun: ['media report', 'media reports'], meaning: 'Reports and coverage of one country in the other’s media.' },
};

/** Readable names for subtypes and finance types; any other is shown with its underscores as spaces. */
export const kindLabels: Record<string, string> = {
  relations_established: 'Relations established',
  party_exchange: 'Party exchange',
  official_visit: 'Official visit',
  agreements_signed: 'Agreements signed',
  trade_partner_rank: 'Trade partner rank',
  trade_growth: 'Trade growth',
  trade_volume: 'Trade volume',
  trade_fair: 'Trade fair',
  exports: 'Exports',
  imports: 'Imports',
  export_growth: 'Export growth',
  import_growth: 'Import growth',
  currency_swap: 'Currency swap',
  preferential_loan: 'Preferential loan',
  loan: 'Loan',
  credit_line: 'Credit line',
  investment: 'Investment',
  park_established: 'Industrial park established',
  aid: 'Aid',
  grant: 'Grant',
  project: 'Project',
  statement_of_support: 'Statement of support',
  congratulation: 'Congratulations',
  participation: 'Participation',
  vote: 'Vote',
  opposed_motion: 'Opposed a motion',
  institute: 'Institute',
  exhibition: 'Exhibition',
  performance: 'Performance',
  cultural_exchange: 'Cultural exchange',
  technology_event: 'Technology event',
  joint_commission: 'Joint commission',
  technology_transfer: 'Technology transfer',
  media_report: 'Media report',
};

/**
 * Where each chart of the manifest is printed: the timeline in its own section, others beside the theme
 * they show or in "About the data". A chart not listed here, or whose theme has no section, goes after
 * the timeline.
 */
export const chartPlacement: Record<string, ThemeId | 'timeline' | 'about' | 'none'> = {
  timeline: 'timeline',
  // With hundreds of facts the theme tables list only the latest; the charts show the whole corpus, together.
  visits: 'timeline',
  money: 'timeline',
  // Left out of the brief to keep it short: About the data already counts facts per category in a table.
  categories: 'none',
  directions: 'none',
};

/** Section titles, in print order (tests check the order against this list). */
export const sectionTitles = {
  findings: 'Key findings',
  trends: 'Trends by period',
  timeline: 'Charts',
  about: 'Annex A. About the data',
  notes: 'Annex B. Notes',
} as const;

export const text = {
  subtitle: (sources: number) => `A briefing on the facts stated in ${sources === 1 ? 'one source article' : `${sources} source articles`}, each cited to the passage it comes from`,
  notesIntro: (noted: number, all: number) =>
    `${noted === all ? 'A note for each fact' : `A note for each fact the brief cites (${noted} of the ${all} facts; every fact is a row of csv/events.csv)`}: its event_id (its row in csv/events.csv), its category, kind and date, where the passage that states it is (the source’s key below and the passage’s character offsets in the source’s text file, in Unicode code points counted from 0, end exclusive), and the passage itself.`,
  sourcesLead: (listed: number, all: number) =>
    listed === all ? null : `The ${listed} sources of the facts cited; the key is the source’s row in csv/sources.csv, which lists all ${all}.`,
  findingsIntro:
    'Generated from the records; the numbers in brackets are the notes giving the passages each sentence rests on. Where a sentence counts more facts than it cites (the earliest and latest, or the largest amounts), the brackets say how many more and where all of them are: the CSV file and the column values to filter on.',
  chartsIntro: 'The charts are drawn from the same records as the tables; each chart’s data is beside it in output/charts/<name>.csv.',
  trendsIntro: (years: number) =>
    `Visits, signings of agreements and money in ${years}-year periods. The numbers in brackets are notes in Annex B: the first visit, the first signing and the largest amount of each period, and how many more facts the row counts; all are rows of csv/events.csv (category = visit or agreement) and csv/finance.csv (sum_safe = true), by date.`,
  conflictsTitle: 'Where sources disagree',
  conflictsLead: (listed: number, all: number) =>
    `The same event stated with different values (a date a day apart, a different amount): each value with the source that gives it (its key in Annex B) and the position of its passage; the event carries the published value. ${listed === all ? 'All are' : `The first ${listed} of ${all} by event_id are listed; all are`} in csv/conflicts.csv.`,
  lendingTitle: 'Finance and aid by year and lender (sum-safe amounts only)',
  tradeTitle: 'The trade series',
  tradeLead: (shown: number, all: number) => (shown === all ? `Every trade figure the sources state (${all}), by the period it refers to.` : `The latest ${shown} of the ${all} trade figures the sources state, by the period they refer to; all are in csv/indicators.csv.`),
  method: [
    'The facts were extracted by rules, not by hand: each sentence of an article is searched for mentions of countries, people, organisations, dates and amounts (from reference lists of names and their variants), and for trigger expressions that signal a kind of fact (a visit, a signing, a loan, a vote). A fact is recorded only where a trigger and the mentions it needs occur in the same clause, and it keeps the exact passage it comes from, with its position in the article.',
    'Normalisation puts every fact into one form: countries as ISO 3166-1 alpha-3 codes, dates in ISO 8601 at the precision the text gives (a year, a month or a day), amounts as plain numbers with their ISO 4217 currency, converted to US dollars at the annual average exchange rate of their year. Facts stated more than once are merged; their other passages are kept in mentions.csv. Every record is checked against the published JSON Schemas and every quote against the article’s text before anything is published.',
  ],
  limitations: [
    'The facts are what the sources state. They have not been independently verified, and a fact a source does not mention is not in the data: the absence of a record is not evidence that nothing happened.',
    'Rule-based extraction can miss facts written in unusual ways and can misread complex sentences; every record quotes its passage so it can be checked against the source.',
    'Amounts in US dollars are conversions at the annual average rate of the year of the fact, for comparison only; the amount and currency the source states are kept beside them.',
  ],
  datesLimitation: (explicit: number, relative: number, inferred: number, undated: number) =>
    `Dates are given at the precision the text gives. Of the facts, ${explicit} carry a date written in the same sentence, ${relative} a date resolved from an expression such as “last year” against the article’s publication date, ${inferred} a date taken from the surrounding text, and ${undated} no date at all (they are listed last in their sections).`,
  whereData: 'The brief is published with the data it is made from, in the same folder (output/ in the project):',
  dataFiles: (workbook: string) => [
    'csv/events.csv: one row per fact; the event_id in each note is its key.',
    'csv/visits.csv, csv/agreements.csv, csv/finance.csv and csv/indicators.csv: the details of visits, agreements, money and trade figures, joined to events on event_id.',
    'csv/entities.csv, csv/sources.csv and csv/mentions.csv: the countries, people and organisations; the source articles; every passage that states a fact.',
    'datapackage.json: every table and column described (Frictionless Data Package), with units and keys.',
    `${workbook}: the same tables as sheets of a workbook.`,
  ],
};
