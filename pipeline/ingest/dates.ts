/** Publication dates: ISO 8601 year, year-month or calendar date that exists, in the years the dataset can cover. */

/** The years a publication date may fall in (the workbook and the brief date themselves from the latest). */
export const YEARS = { first: 1900, last: 2100 } as const;

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a string is not a usable publication date ("month 13 does not exist", …), or null when it is one. */
export function calendarDateProblem(value: string): string | null {
  const m = SHAPE.exec(value);
  if (!m) return 'not written as year-month-day with digits';
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (year < YEARS.first || year > YEARS.last) return `year ${year} is outside ${YEARS.first}–${YEARS.last}`;
  if (month !== null && (month < 1 || month > 12)) return `month ${m[2]} does not exist`;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return `${year}-${m[2]} has no day ${m[3]}`;
  return null;
}
