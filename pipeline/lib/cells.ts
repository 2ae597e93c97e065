/**
 * Spreadsheet cells made safe from formula injection (OWASP, "CSV Injection"):
 * text copied from articles must never run as a formula when a CSV file or the workbook is opened.
 *
 * API (shared by the CSV stage and the workbook stage):
 *   isFormulaLike(text)   – true when a spreadsheet could read the text as a formula.
 *   guardFormula(text)    – the text to write into a CSV field: prefixed with ' when formula-like, else unchanged.
 *   formulaProtectionNotes – the codebook's explanation of the protection, for CSV files and for the workbook.
 */

/**
 * First characters that make a spreadsheet treat a field as a formula: OWASP's = + - @ tab carriage return, and the
 * full-width ＝ ＋ － ＠ that Apple Numbers normalises to them (the same list as csv-stringify's escape_formulas).
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/** The character OWASP recommends putting in front of a formula-like field. */
export const FORMULA_GUARD = "'";

/** Whether a spreadsheet could evaluate this text as a formula: it starts with one of FORMULA_TRIGGERS. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]);
}

/**
 * The text to write into a CSV field: formula-like text gets a leading single quote, so Excel, LibreOffice
 * and Google Sheets show it as text; any other text comes back unchanged. Remove the first character of a
 * field that starts with ' followed by one of = + - @ tab CR to get the source text back.
 */
export function guardFormula(text: string): string {
  return isFormulaLike(text) ? FORMULA_GUARD + text : text;
}

const triggerList = 'an equals sign (=), plus (+), minus (-), at sign (@), tab or carriage return (or a full-width ＝ ＋ － ＠)';

/** The codebook's explanation of the protection: one paragraph for the CSV files, one for the workbook. */
export const formulaProtectionNotes = {
  csv:
    `Text that starts with ${triggerList} could run as a formula when a CSV file is opened in a spreadsheet. ` +
    `Following the OWASP advice on CSV injection, such a text field is written with a single quote (') in front of it, ` +
    `so spreadsheets show it as text and never evaluate it. To get the exact source text back (for example to check ` +
    `a quote against char_start and char_end), remove that leading quote from any field that starts with ' followed ` +
    `by one of those characters. Numbers are written as numbers and never prefixed.`,
  workbook:
    `Text that starts with ${triggerList} could run as a formula in a spreadsheet. In this workbook every text cell is ` +
    `stored as a text value (never a formula) and formatted as Text (number format @), so Excel, LibreOffice and ` +
    `Google Sheets show it exactly as in the source, even after the cell is edited, and never evaluate it. ` +
    `No quote character is added, so quotes match the source text character for character ` +
    `(the CSV files add a leading ' to such text instead; see the CSV codebook).`,
} as const;
