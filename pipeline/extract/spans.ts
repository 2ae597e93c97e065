/** Offsets and stretches of text shared by the extraction rules. Offsets are UTF-16 indices into the article. */
import type { MoneyMention } from './amounts.ts';

export interface Span { start: number; end: number }

/** Whether a span lies inside [s, e). */
export function within(m: Span, s: number, e: number): boolean {
  return m.start >= s && m.end <= e;
}

/** The items inside a clause. */
export function withinClause<T extends Span>(xs: T[], clause: Span): T[] {
  return xs.filter((x) => within(x, clause.start, clause.end));
}

/** The comma-delimited stretch of a clause around [from, to): the small proposition a trigger belongs to. */
export function segmentAround(text: string, clause: Span, from: number, to: number): [number, number] {
  const comma = text.indexOf(',', to);
  return [Math.max(clause.start, text.lastIndexOf(',', from - 1) + 1), comma < 0 || comma > clause.end ? clause.end : comma];
}

/** The amount of a trigger: the nearest in its own comma-delimited stretch, else the nearest in the clause. */
export function amountNearTrigger(text: string, clause: Span, trigger: Span, money: MoneyMention[]): MoneyMention | undefined {
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  const distance = (m: Span) => (m.start >= trigger.end ? m.start - trigger.end : Math.max(0, trigger.start - m.end));
  const own = money.filter((m) => within(m, from, to));
  return [...(own.length ? own : money)].sort((a, b) => distance(a) - distance(b))[0];
}
