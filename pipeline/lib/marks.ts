/**
 * How uncertainty and two-way acts are shown in every output (brief, charts, workbook), so that one sign means one
 * thing everywhere: "≈" before a date that is not written in the fact's sentence, "↔" between the actors of a
 * mutual act, "→" from the acting country to its partner otherwise.
 */
import type { Row } from './records.ts';

/** date_basis values whose date the sentence itself does not state. */
export const inferredBases = ['inferred_from_context', 'relative_to_publication'] as const;

/** The sign put before an inferred date. */
export const inferredSign = '≈';

/** The legend printed wherever dates are shown. */
export const inferredLegend =
  `${inferredSign} before a date: the sentence does not state it; it was resolved from an expression such as “last year” against the publication date, or taken from the surrounding text (date_basis).`;

/** The legend for the arrows between countries. */
export const directionLegend = 'A → B: A visits, signs, lends or acts toward B; A ↔ B: a mutual act of both (direction mutual).';

/** Whether the fact's date is inferred rather than stated in its sentence. */
export function isInferredDate(event: Row | undefined): boolean {
  return (inferredBases as readonly string[]).includes(String(event?.date_basis));
}

/** A shown date with the inferred sign when the fact's date is inferred. */
export function markedDate(event: Row | undefined, shown: string): string {
  return isInferredDate(event) ? `${inferredSign} ${shown}` : shown;
}

/** The arrow between two actors of a fact: ↔ for a mutual act, → otherwise. */
export function arrowOf(event: Row | undefined): string {
  return event?.direction === 'mutual' ? '↔' : '→';
}

/** The legend for ranges, recurring facts and bounded counts. */
export const rangeLegend =
  'A date with an end (16–19 November 2016) is a range the text states (end_date); “every year since 1998” a fact that recurs, from its first year (recurrence); “≥ 16” or “more than 20” a count the text gives as a bound, not exact (count_qualifier).';

/**
 * A fact's date as shown: its range when it has an end, "every year since …" when it recurs annually, "(recurring)" when
 * it recurs at a frequency not stated, and the inferred sign before it. `format` shows one date, `span` a range.
 */
export function shownDate(event: Row | undefined, format: (iso: string) => string, span: (start: string, end: string) => string): string | null {
  const date = event?.date;
  if (typeof date !== 'string') return null;
  const end = typeof event?.end_date === 'string' ? event.end_date : null;
  const when = end ? span(date, end) : format(date);
  const recurring = event?.recurrence === 'annual' ? `every year since ${when}` : event?.recurrence === 'recurring' ? `${when} (recurring)` : when;
  return markedDate(event, recurring);
}

/** A count with its qualifier (agreements.count_qualifier): "≥ 16", "more than 20", "≤ 10", "about 30" (in prose "at least 16", "up to 10"), or the bare count. */
export function qualifiedCount(count: number, qualifier: unknown, prose = false): string {
  switch (qualifier) {
    case 'at_least': return prose ? `at least ${count}` : `≥ ${count}`;
    case 'more_than': return `more than ${count}`;
    case 'at_most': return prose ? `up to ${count}` : `≤ ${count}`;
    case 'about': return `about ${count}`;
    default: return String(count);
  }
}
