/**
 * How to read the CSV files with tools that guess column types: codes such as cameo_code "054" and dates known
 * only to the year ("2007") look like numbers. Printed in datapackage.json and in README's Codebook.
 */
export const csvReadingNotes = {
  summary:
    'Every CSV is UTF-8 with a header row; an empty cell is a missing value. Codes (cameo_code, ids, ISO codes) and dates are text: read them as text, or "054" becomes 54 and "2007" a number (see x-reading-csv).',
  lines: [
    'Codes are text: cameo_code keeps its leading zero ("054"), ids and ISO codes are strings; dates are ISO 8601 text at the precision the source gives (2007, 2007-11 or 2007-11-05).',
    "pandas: pd.read_csv('csv/events.csv', dtype={'cameo_code': str, 'date': str, 'first_reported': str}, keep_default_na=False, na_values=['']); or dtype=str for every column and convert the numbers you need.",
    "R (readr): readr::read_csv('csv/events.csv', col_types = readr::cols(cameo_code = 'c', date = 'c', first_reported = 'c', .default = readr::col_guess())); base R: read.csv('csv/events.csv', colClasses = c(cameo_code = 'character', date = 'character'), na.strings = '', encoding = 'UTF-8').",
    'Numbers (amount, amount_usd, value, count, char_start, char_end, source_count, mention_count) are plain decimals without thousands separators; booleans (sum_safe) are true/false.',
    'Text cells that begin with = + - @ are prefixed with an apostrophe (\') so that a spreadsheet does not run them as formulas; strip it when you need the original text.',
  ],
} as const;
