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
