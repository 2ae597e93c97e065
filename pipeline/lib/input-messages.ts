/**
 * Messages of the checks at the door (pipeline/ingest/*), spread into `messages` (pipeline/lib/messages.ts).
 * Each problem names the file, the field, what was found and an example of what is expected.
 */
const MAX = '32,767';

export const inputMessages = {
  /** One problem: "<file>: <field>: found <found>; expected <expected>." */
  inputProblem: (file: string, field: string, found: string, expected: string) => `${file}: ${field}: found ${found}; expected ${expected}.`,
  /** All problems of a run, one a line. */
  inputProblems: (problems: string[]) =>
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in the input; nothing was written. Fix ${problems.length === 1 ? 'it' : 'them'} and run again:\n  - ${problems.join('\n  - ')}`,
  expectedDate: () => `a real calendar date between 1900 and 2100 written 2019-04-30, 2019-04 or 2019`,
  expectedRetrieved: () => `the day the text was taken from its url, a real calendar date written 2026-11-30 (or 2026-11, 2026)`,
  /** A metadata field the schema describes (its description gives an example). */
  expectedAsDescribed: (description: string) => `what schemas/article-metadata.schema.json says of it: ${description.replace(/\.$/, '')}`,
  expectedPerSchema: (field: string) => `what schemas/article-metadata.schema.json says of ${field}`,
  expectedUrl: () => `an http or https address such as https://belarusdigest.com/story/2011-03`,
  expectedTitle: () => `visible text such as "What Drives China-Belarus Relations"`,
  expectedLanguage: () => `a language tag such as en, ru or zh-Hans`,
  expectedString: () => `text in quotes, such as "Belarus Digest"`,
  expectedCleanText: (lineBreaks: boolean) =>
    `text without control characters${lineBreaks ? ' other than tabs and line breaks' : ''} or Unicode non-characters: delete them (they cannot be carried by the workbook's XML nor safely by CSV)`,
  expectedShortField: () => `at most ${MAX} characters (what a spreadsheet cell holds): shorten it`,
  expectedShortSentence: () => `sentences of at most ${MAX} characters (what a spreadsheet cell holds, and a quote is a sentence or part of one): end the sentence with a full stop`,
  expectedUtf8: () => `UTF-8 text: save the file as UTF-8 (in most editors: "Save as" → encoding "UTF-8") and run again`,
  expectedVisibleText: () => `the article's text, such as "Chinese Premier Wen Jiabao visited Minsk in November 2007."`,
  expectedRegularFile: () => `a regular file of text (a real file, not a folder, pipe or device)`,
  expectedInsideSources: (dir: string) => `a file inside ${dir}: copy the article into the folder instead of linking to it`,
  expectedReadable: () => `a file the pipeline can read: check its permissions (chmod a+r)`,
  expectedShortId: (max: number) => `a file name of at most ${max} characters before .txt, such as wen-jiabao-visit-2007.txt`,
  expectedIdName: () =>
    `a lower-case id of letters, digits, '.', '_' or '-', starting with a letter or digit, such as wen-jiabao-visit-2007.txt: rename the file`,
  expectedPair: (other: string) => `its partner ${other} beside it (every article is an <id>.txt with an <id>.json)`,
  expectedJsonObject: () => `a JSON object such as {"title": "What Drives China-Belarus Relations", "published": "2011-03"}`,
  missingGlyph: (codePoint: number, context: string) =>
    `no bundled font draws U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ("${String.fromCodePoint(codePoint)}"), met in "${context.length > 80 ? `${context.slice(0, 80)}…` : context}"; it prints as an empty box. Add an npm font that has it to pipeline/brief/glyphs.ts.`,
};
