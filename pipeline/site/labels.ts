/** Fixed words of the site that are not in the brief's labels: what each download is, detail section titles. */

/** What a downloadable file is, by its path relative to the output folder; the first pattern that matches wins. */
export const downloadLabels: [RegExp, string][] = [
  [/^csv\/events\.csv$/, 'One row per fact, with its quote and offsets (CSV)'],
  [/^csv\/mentions\.csv$/, 'Every passage that states a fact (CSV)'],
  [/^csv\/visits\.csv$/, 'Details of visits (CSV)'],
  [/^csv\/agreements\.csv$/, 'Details of agreements (CSV)'],
  [/^csv\/finance\.csv$/, 'Swaps, loans, aid and investments (CSV)'],
  [/^csv\/indicators\.csv$/, 'Trade figures (CSV)'],
  [/^csv\/entities\.csv$/, 'Countries, people, organisations and places (CSV)'],
  [/^csv\/sources\.csv$/, 'The source articles (CSV)'],
  [/^datapackage\.json$/, 'Frictionless data package: every table described (open it beside the csv/ folder)'],
  [/\.xlsx$/, 'Every table as an Excel workbook, with a codebook'],
  [/\.pdf$/, 'The briefing report (PDF)'],
];

/** Section titles of a fact's detail record, by detail table. */
export const detailTitles: Record<string, string> = {
  visits: 'The visit',
  agreements: 'The agreement',
  finance: 'The money',
  indicators: 'The figure',
};

/** Detail fields whose values are entity ids, shown as "Name (ID)". */
export const entityFields = new Set(['visitor_id', 'from_country', 'to_country', 'provider', 'recipients', 'subject_country', 'partner_country']);
